//! `rsc-permissions-changed`
//!
//! **What it checks:** whether the set of resource-specific consent (RSC)
//! permissions in `authorization.permissions.resourceSpecific` differs, each
//! permission known by its `name` and `type`. Order and repeats do not matter.
//!
//! **Why:** RSC permissions let the app reach a team's, chat's or meeting's data
//! once that team or chat adds it. Microsoft's admin documentation says changing
//! them makes users approve the app again.
//!
//! **Example:** `{"name": "ChannelMessage.Read.Group", "type": "Application"}` is added.

use std::collections::BTreeSet;

use super::{Comparison, Evidence, Rule, Source};
use crate::manifest::RscPermission;
use crate::msg;

/// The rule's definition.
pub const RULE: Rule = Rule {
    id: "rsc-permissions-changed",
    source: Source::AdminDocs,
    asks: super::Asks::UsersAndAddinAdmin,
    title_id: "rule-rsc-permissions-changed-title",
    explanation_id: "rule-rsc-permissions-changed-explanation",
    check,
};

fn check(c: &Comparison<'_>) -> Vec<Evidence> {
    let old: BTreeSet<&RscPermission> = c.old.rsc_permissions.iter().collect();
    let new: BTreeSet<&RscPermission> = c.new.rsc_permissions.iter().collect();
    let removed = old.difference(&new).map(|p| {
        Evidence::new(
            msg!(
                "rule-rsc-permission-removed",
                permission = p.name.as_str(),
                kind = p.kind.as_str()
            ),
            msg!(
                "rule-rsc-permission-removed-developer",
                permission = p.name.as_str(),
                kind = p.kind.as_str()
            ),
        )
    });
    let added = new.difference(&old).map(|p| {
        Evidence::new(
            msg!(
                "rule-rsc-permission-added",
                permission = p.name.as_str(),
                kind = p.kind.as_str()
            ),
            msg!(
                "rule-rsc-permission-added-developer",
                permission = p.name.as_str(),
                kind = p.kind.as_str()
            ),
        )
    });
    removed.chain(added).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::evidence;
    use serde_json::{Value, json};

    fn rsc(list: Value) -> Value {
        json!({"authorization": {"permissions": {"resourceSpecific": list}}})
    }

    #[test]
    fn added_permission_triggers() {
        let e = evidence(
            &RULE,
            json!({}),
            rsc(json!([{"name": "ChannelMessage.Read.Group", "type": "Application"}])),
        );
        assert_eq!(
            e,
            ["Permission `ChannelMessage.Read.Group` (Application) was added"]
        );
        assert_eq!(
            crate::rules::test_support::plain_evidence(
                &RULE,
                json!({}),
                json!({"authorization": {"permissions": {"resourceSpecific": [
                    {"name": "ChannelMessage.Read.Group", "type": "Application"}]}}})
            ),
            ["The app now asks for the permission ChannelMessage.Read.Group (for the app itself)"]
        );
    }

    #[test]
    fn type_change_triggers() {
        let e = evidence(
            &RULE,
            rsc(json!([{"name": "A", "type": "Application"}])),
            rsc(json!([{"name": "A", "type": "Delegated"}])),
        );
        assert_eq!(e.len(), 2);
    }

    #[test]
    fn order_repeats_and_extra_fields_do_not_trigger() {
        let e = evidence(
            &RULE,
            rsc(json!([{"name": "A", "type": "Application"}, {"name": "B", "type": "Delegated"}])),
            rsc(
                json!([{"name": "B", "type": "Delegated", "note": 1}, {"name": "A", "type": "Application"}, {"name": "A", "type": "Application"}]),
            ),
        );
        assert!(e.is_empty());
    }

    #[test]
    fn empty_list_equals_absent() {
        assert!(evidence(&RULE, json!({"authorization": null}), rsc(json!([]))).is_empty());
    }
}
