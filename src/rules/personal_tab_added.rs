//! `personal-tab-added`
//!
//! **What it checks:** whether the new manifest has a personal tab
//! (`staticTabs`) whose `entityId` (compared exactly) the published one does
//! not have. Removing a tab does not trigger.
//!
//! **Why:** a personal tab is a page of the app in each user's own space in
//! Teams. A new one changes what users see and agreed to, so Microsoft's
//! publishing guide says every user is asked to approve the app again.
//!
//! **Example:** a second entry `{"entityId": "reports", …}` in `staticTabs`.

use std::collections::BTreeSet;

use super::{Comparison, Evidence, Rule, Source, entry_name};
use crate::msg;

/// The rule's definition.
pub const RULE: Rule = Rule {
    id: "personal-tab-added",
    source: Source::PublishingDocs,
    asks: super::Asks::Users,
    title_id: "rule-personal-tab-added-title",
    explanation_id: "rule-personal-tab-added-explanation",
    check,
};

fn check(c: &Comparison<'_>) -> Vec<Evidence> {
    let old: BTreeSet<&str> = c.old.personal_tabs.iter().map(String::as_str).collect();
    let mut reported = BTreeSet::new();
    c.new
        .personal_tabs
        .iter()
        .filter(|id| !old.contains(id.as_str()) && reported.insert(id.as_str()))
        .map(|id| {
            let text = match entry_name(&c.new.document, "staticTabs", "entityId", id) {
                Some(name) => msg!(
                    "rule-personal-tab-added-named",
                    name = crate::plain::quote(name)
                ),
                None => msg!("rule-personal-tab-added-unnamed"),
            };
            Evidence::new(
                text,
                msg!("rule-personal-tab-added-developer", tab = id.as_str()),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::evidence;
    use serde_json::json;

    #[test]
    fn new_tab_triggers() {
        let e = evidence(
            &RULE,
            json!({"staticTabs": [{"entityId": "home"}]}),
            json!({"staticTabs": [{"entityId": "home"}, {"entityId": "about"}]}),
        );
        assert_eq!(e, ["Personal tab `about` was added"]);
    }

    #[test]
    fn plain_words_name_the_tab_by_its_name() {
        let e = crate::rules::test_support::plain_evidence(
            &RULE,
            json!({"staticTabs": []}),
            json!({"staticTabs": [{"entityId": "about", "name": "About us"}, {"entityId": "x"}]}),
        );
        assert_eq!(
            e,
            [
                "The personal tab \"About us\" was added",
                "A personal tab was added"
            ]
        );
    }

    #[test]
    fn entity_ids_compare_exactly() {
        let e = evidence(
            &RULE,
            json!({"staticTabs": [{"entityId": "Home"}]}),
            json!({"staticTabs": [{"entityId": "home"}]}),
        );
        assert_eq!(e.len(), 1);
    }

    #[test]
    fn removal_and_reorder_do_not_trigger() {
        let e = evidence(
            &RULE,
            json!({"staticTabs": [{"entityId": "a"}, {"entityId": "b"}]}),
            json!({"staticTabs": [{"entityId": "b"}]}),
        );
        assert!(e.is_empty());
    }
}
