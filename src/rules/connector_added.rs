//! `connector-added`
//!
//! **What it checks:** whether the new manifest has a connector whose
//! `connectorId` (GUIDs ignoring letter case) the published one does not have.
//! Removing a connector does not trigger.
//!
//! **Why:** a connector posts updates from an outside service into a channel.
//! A new one is a new way for the app to post into teams, so every user is
//! asked to approve the app again.
//!
//! **Example:** `"connectors": [{"connectorId": "…", "scopes": ["team"]}]` appears.

use std::collections::BTreeSet;

use super::{Comparison, Evidence, Rule, Source};
use crate::ids::identity_key;
use crate::msg;

/// The rule's definition.
pub const RULE: Rule = Rule {
    id: "connector-added",
    source: Source::PublishingDocs,
    asks: super::Asks::Users,
    title_id: "rule-connector-added-title",
    explanation_id: "rule-connector-added-explanation",
    check,
};

fn check(c: &Comparison<'_>) -> Vec<Evidence> {
    let old: BTreeSet<String> = c.old.connectors.iter().map(|id| identity_key(id)).collect();
    let mut reported = BTreeSet::new();
    c.new
        .connectors
        .iter()
        .filter(|id| {
            let key = identity_key(id);
            !old.contains(&key) && reported.insert(key)
        })
        .map(|id| {
            Evidence::new(
                msg!("rule-connector-added-evidence"),
                msg!("rule-connector-added-developer", connector = id.as_str()),
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
    fn new_connector_triggers() {
        let e = evidence(
            &RULE,
            json!({"connectors": [{"connectorId": "c1"}]}),
            json!({"connectors": [{"connectorId": "c1"}, {"connectorId": "c2"}]}),
        );
        assert_eq!(e, ["Connector `c2` was added"]);
    }

    #[test]
    fn removal_does_not_trigger() {
        let e = evidence(
            &RULE,
            json!({"connectors": [{"connectorId": "c1"}]}),
            json!({}),
        );
        assert!(e.is_empty());
    }

    #[test]
    fn guid_case_does_not_trigger() {
        let e = evidence(
            &RULE,
            json!({"connectors": [{"connectorId": "0B5C3D6E-1234-4ABC-9DEF-00112233AABB"}]}),
            json!({"connectors": [{"connectorId": "0b5c3d6e-1234-4abc-9def-00112233aabb"}]}),
        );
        assert!(e.is_empty());
    }
}
