//! `dashboard-cards` (error)
//!
//! **What it checks:** each dashboard card (`/dashboardCards/<i>`): its `icon`
//! holds both `iconUrl` and `officeUIFabricIconName` (present and not null), or
//! its `id` equals an earlier card's id (GUIDs compared ignoring letter case,
//! other ids as written).
//!
//! **Why:** a card's icon is either a picture or a named icon, never both, and
//! Teams finds each card by its id, so ids are unique.
//!
//! **Example:** `"icon": {"iconUrl": "https://…/card.png", "officeUIFabricIconName": "Calendar"}`.
//!
//! Source: upload codes `DashboardCardBothIconNameAndUrlPresent`,
//! `DashboardCardEntityIdsAreNotUnique` (Microsoft Graph "Publish teamsApp").

use serde_json::Value;

use super::{Raw, Severity, StoreCheck, Subject, list, sources};
use crate::ids::identity_key;
use crate::msg;

/// The check's identifier.
pub const ID: &str = "dashboard-cards";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-dashboard-cards-title",
    severity: Severity::Error,
    needs_package: false,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

fn present(value: Option<&Value>) -> bool {
    value.is_some_and(|value| !value.is_null())
}

fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let mut seen = std::collections::BTreeSet::new();
    let mut found = Vec::new();
    for (index, card) in list(subject.document, "dashboardCards") {
        let number = index + 1;
        if let Some(icon) = card.get("icon")
            && present(icon.get("iconUrl"))
            && present(icon.get("officeUIFabricIconName"))
        {
            found.push(Raw::new(
                format!("/dashboardCards/{index}/icon"),
                msg!("store-dashboard-cards-two-icons", number = number),
                sources::UPLOAD,
            ));
        }
        if let Some(Value::String(id)) = card.get("id")
            && !seen.insert(identity_key(id))
        {
            found.push(Raw::new(
                format!("/dashboardCards/{index}/id"),
                msg!(
                    "store-dashboard-cards-same-id",
                    number = number,
                    id = super::words::shorten(id, 40),
                ),
                sources::UPLOAD,
            ));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use serde_json::json;

    fn card(id: &str, icon: Value) -> Value {
        json!({"id": id, "displayName": "Tasks", "description": "Your tasks",
               "pickerGroupId": "0b5c3d6e-1234-4abc-9def-00112233aabb",
               "contentSource": {"sourceType": "bot", "botConfiguration": {"botId": "0b5c3d6e-1234-4abc-9def-00112233aabb"}},
               "icon": icon})
    }

    #[test]
    fn both_icons_and_repeated_ids() {
        let report = run(&valid_manifest(json!({"dashboardCards": [
            card("0B5C3D6E-1234-4ABC-9DEF-00112233AAB1", json!({"iconUrl": "https://tasks.contoso.com/a.png", "officeUIFabricIconName": "Calendar"})),
            card("0b5c3d6e-1234-4abc-9def-00112233aab1", json!({"officeUIFabricIconName": "Calendar"})),
        ]})));
        assert_eq!(
            pointers(&report, ID),
            ["/dashboardCards/0/icon", "/dashboardCards/1/id"]
        );
    }

    #[test]
    fn one_icon_and_distinct_ids_pass() {
        let report = run(&valid_manifest(json!({"dashboardCards": [
            card("0b5c3d6e-1234-4abc-9def-00112233aab1", json!({"iconUrl": "https://tasks.contoso.com/a.png", "officeUIFabricIconName": null})),
            card("0b5c3d6e-1234-4abc-9def-00112233aab2", json!({"officeUIFabricIconName": "Calendar"})),
        ]})));
        assert!(pointers(&report, ID).is_empty());
    }
}
