//! `channel-tab-added`
//!
//! **What it checks:** whether the new manifest has more channel or group tabs
//! (`configurableTabs`) than the published one. An app has at most one, so
//! this means one was added.
//!
//! **Why:** a channel or group tab lets a team or group chat pin a page of the
//! app. Adding one makes every user approve the app again.
//!
//! **Example:** `"configurableTabs": [{"configurationUrl": "…", "scopes": ["team"]}]` appears.

use super::{Comparison, Evidence, Rule, Source};
use crate::msg;

/// The rule's definition.
pub const RULE: Rule = Rule {
    id: "channel-tab-added",
    source: Source::PublishingDocs,
    asks: super::Asks::Users,
    title_id: "rule-channel-tab-added-title",
    explanation_id: "rule-channel-tab-added-explanation",
    check,
};

fn check(c: &Comparison<'_>) -> Vec<Evidence> {
    let (old, new) = (c.old.channel_tab_count, c.new.channel_tab_count);
    if new > old {
        vec![Evidence::new(
            msg!("rule-channel-tab-added-evidence"),
            msg!("rule-channel-tab-added-developer", new = new, old = old),
        )]
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::evidence;
    use serde_json::json;

    #[test]
    fn adding_triggers() {
        let e = evidence(
            &RULE,
            json!({}),
            json!({"configurableTabs": [{"configurationUrl": "https://x"}]}),
        );
        assert_eq!(e.len(), 1);
    }

    #[test]
    fn editing_or_removing_does_not_trigger() {
        let e = evidence(
            &RULE,
            json!({"configurableTabs": [{"configurationUrl": "https://a"}]}),
            json!({"configurableTabs": [{"configurationUrl": "https://b"}]}),
        );
        assert!(e.is_empty());
        assert!(evidence(&RULE, json!({"configurableTabs": [{}]}), json!({})).is_empty());
    }
}
