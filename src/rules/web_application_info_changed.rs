//! `web-application-info-changed`
//!
//! **What it checks:** whether `webApplicationInfo` differs: added, removed, or
//! any value inside it changed. Key order does not matter, and two GUIDs that
//! differ only in letter case are the same. Absent and null are the same.
//!
//! **Why:** `webApplicationInfo` names the Microsoft Entra app (formerly Azure
//! AD) the app signs users in with, and so what data it may access on their
//! behalf. Changing it makes every user approve the app again.
//!
//! **Example:** `"webApplicationInfo": {"id": "…", "resource": "api://…"}` gets a new `resource`.

use super::{Comparison, Evidence, Rule, Source};
use crate::json::semantic_eq_guid_insensitive;
use crate::message::Arg;
use crate::msg;

/// The rule's definition.
pub const RULE: Rule = Rule {
    id: "web-application-info-changed",
    source: Source::PublishingDocs,
    asks: super::Asks::Users,
    title_id: "rule-web-application-info-changed-title",
    explanation_id: "rule-web-application-info-changed-explanation",
    check,
};

fn check(c: &Comparison<'_>) -> Vec<Evidence> {
    match (&c.old.web_application_info, &c.new.web_application_info) {
        (None, None) => Vec::new(),
        (None, Some(_)) => vec![Evidence::new(
            msg!("rule-sign-in-added"),
            msg!("rule-sign-in-added-developer"),
        )],
        (Some(_), None) => vec![Evidence::new(
            msg!("rule-sign-in-removed"),
            msg!("rule-sign-in-removed-developer"),
        )],
        (Some(old), Some(new)) => {
            if semantic_eq_guid_insensitive(old, new) {
                return Vec::new();
            }
            let (Some(old_map), Some(new_map)) = (old.as_object(), new.as_object()) else {
                return vec![Evidence::new(
                    msg!("rule-sign-in-changed"),
                    msg!("rule-sign-in-changed-developer"),
                )];
            };
            // Sorted, so the evidence does not depend on the order keys are written in.
            let keys: std::collections::BTreeSet<&str> = old_map
                .keys()
                .chain(new_map.keys())
                .map(String::as_str)
                .collect();
            keys.into_iter()
                .filter(|key| match (old_map.get(*key), new_map.get(*key)) {
                    (Some(a), Some(b)) => !semantic_eq_guid_insensitive(a, b),
                    _ => true,
                })
                .map(|key| {
                    let show = |v: Option<&serde_json::Value>| -> Arg {
                        v.map_or_else(
                            || msg!("rule-sign-in-value-none").into(),
                            |v| v.to_string().into(),
                        )
                    };
                    let what = match key {
                        "id" => msg!("rule-sign-in-setting-id"),
                        "resource" => msg!("rule-sign-in-setting-resource"),
                        "applicationPermissions" => {
                            msg!("rule-sign-in-setting-application-permissions")
                        }
                        _ => msg!("rule-sign-in-setting-other"),
                    };
                    Evidence::new(
                        msg!("rule-sign-in-setting-changed", setting = what),
                        msg!(
                            "rule-sign-in-setting-changed-developer",
                            key = key,
                            old = show(old_map.get(key)),
                            new = show(new_map.get(key))
                        ),
                    )
                })
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::evidence;
    use serde_json::json;

    #[test]
    fn presence_change_triggers() {
        let info = json!({"webApplicationInfo": {"id": "x"}});
        assert_eq!(evidence(&RULE, json!({}), info.clone()).len(), 1);
        assert_eq!(
            evidence(&RULE, info, json!({"webApplicationInfo": null})).len(),
            1
        );
    }

    #[test]
    fn value_change_names_the_field() {
        let e = evidence(
            &RULE,
            json!({"webApplicationInfo": {"id": "x", "resource": "api://a"}}),
            json!({"webApplicationInfo": {"resource": "api://b", "id": "x"}}),
        );
        assert_eq!(
            e,
            [
                "Sign-in settings: webApplicationInfo.resource changed from \"api://a\" to \"api://b\""
            ]
        );
    }

    #[test]
    fn guid_case_and_key_order_do_not_trigger() {
        let e = evidence(
            &RULE,
            json!({"webApplicationInfo": {"id": "0B5C3D6E-1234-4ABC-9DEF-00112233AABB", "resource": "r"}}),
            json!({"webApplicationInfo": {"resource": "r", "id": "0b5c3d6e-1234-4abc-9def-00112233aabb"}}),
        );
        assert!(e.is_empty());
    }

    #[test]
    fn non_guid_case_change_triggers() {
        let e = evidence(
            &RULE,
            json!({"webApplicationInfo": {"resource": "api://Contoso"}}),
            json!({"webApplicationInfo": {"resource": "api://contoso"}}),
        );
        assert_eq!(e.len(), 1);
    }
}
