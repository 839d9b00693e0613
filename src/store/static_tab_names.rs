//! `static-tab-names` (error)
//!
//! **What it checks:** each personal tab (`staticTabs`): the reserved tabs
//! `conversations` and `about` must have no `name` (or `null`); every other tab
//! needs a `name` that is a text with something in it.
//!
//! **Why:** Teams names the reserved chat and about tabs itself and the upload
//! service refuses a name on them; any other tab without a name would show as a
//! blank tab, which the upload service refuses too.
//!
//! **Example:** `{"entityId": "about", "name": "About", …}` → remove the name.
//!
//! Source: the Microsoft Graph "Publish teamsApp" page; app manifest reference.

use serde_json::Value;

use super::{Raw, Severity, StoreCheck, Subject, list, sources};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "static-tab-names";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-static-tab-names-title",
    severity: Severity::Error,
    needs_package: false,
    run: check,
    fixed_by: super::WhoFixes::Portal("portal-features-personal-app"),
    repairs: super::Repair::Never,
};

/// One finding per personal tab whose name is wrong, at `/staticTabs/<i>`.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    list(subject.document, "staticTabs")
        .filter(|(_, tab)| tab.is_object())
        .filter_map(|(index, tab)| {
            let entity = tab
                .get("entityId")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let name = tab.get("name");
            let message = if matches!(entity, "conversations" | "about") {
                match name {
                    None | Some(Value::Null) => return None,
                    Some(_) => msg!(
                        "store-static-tab-names-reserved",
                        number = index + 1,
                        entity = entity,
                    ),
                }
            } else {
                match name.and_then(Value::as_str) {
                    Some(text) if !text.trim().is_empty() => return None,
                    _ => msg!(
                        "store-static-tab-names-unnamed",
                        number = index + 1,
                        entity = super::words::shorten(entity, 40),
                    ),
                }
            };
            Some(Raw::new(
                format!("/staticTabs/{index}"),
                message,
                sources::UPLOAD,
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use serde_json::json;

    #[test]
    fn reserved_tabs_have_no_name_and_others_need_one() {
        let tab = |entity: &str, name: Value| {
            let mut tab = json!({"entityId": entity, "scopes": ["personal"], "contentUrl": "https://tasks.contoso.com/x"});
            if !name.is_null() || entity == "null-name" {
                tab["name"] = name;
            }
            tab
        };
        let report = run(&valid_manifest(json!({"staticTabs": [
            tab("conversations", Value::Null),
            tab("about", json!("About")),
            tab("tasks", json!("Tasks")),
            tab("reports", json!("  ")),
            tab("help", Value::Null),
            {"entityId": "about", "name": null, "scopes": ["personal"]}
        ]})));
        assert_eq!(
            pointers(&report, ID),
            ["/staticTabs/1", "/staticTabs/3", "/staticTabs/4"]
        );
    }
}
