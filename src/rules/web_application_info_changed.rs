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

/// The rule's definition.
pub const RULE: Rule = Rule {
    id: "web-application-info-changed",
    source: Source::PublishingDocs,
    asks: super::Asks::Users,
    title: "The sign-in settings changed (webApplicationInfo)",
    explanation: "webApplicationInfo names the Microsoft Entra app your app signs users in with, and so what data it can reach; changing it makes Teams ask every user to approve the app again.",
    check,
};

fn check(c: &Comparison<'_>) -> Vec<Evidence> {
    match (&c.old.web_application_info, &c.new.web_application_info) {
        (None, None) => Vec::new(),
        (None, Some(_)) => vec![Evidence::new(
            "Sign-in settings were added: the app now signs users in with a Microsoft Entra app",
            "Sign-in settings (webApplicationInfo) were added",
        )],
        (Some(_), None) => vec![Evidence::new(
            "The sign-in settings were removed",
            "Sign-in settings (webApplicationInfo) were removed",
        )],
        (Some(old), Some(new)) => {
            if semantic_eq_guid_insensitive(old, new) {
                return Vec::new();
            }
            let (Some(old_map), Some(new_map)) = (old.as_object(), new.as_object()) else {
                return vec![Evidence::new(
                    "The sign-in settings changed",
                    "Sign-in settings (webApplicationInfo) changed",
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
                    let show = |v: Option<&serde_json::Value>| {
                        v.map_or_else(|| "(none)".to_string(), |v| v.to_string())
                    };
                    let what = match key {
                        "id" => "the Microsoft Entra app users sign in with",
                        "resource" => "the address of the resource users sign in to",
                        "applicationPermissions" => "the permissions the app has for itself",
                        _ => "a sign-in setting",
                    };
                    Evidence::new(
                        format!("The sign-in settings changed: {what}"),
                        format!(
                            "Sign-in settings: webApplicationInfo.{key} changed from {} to {}",
                            show(old_map.get(key)),
                            show(new_map.get(key))
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
