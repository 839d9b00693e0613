//! `activities` (error)
//!
//! **What it checks:** each activity type (`/activities/activityTypes/<i>/type`)
//! that is exactly `systemDefault`, or exactly the type of an earlier entry.
//! Activity groups are in no published manifest format (the schema's
//! `activities` allows only `activityTypes` and `activityIcons`), so the upload
//! codes about them cannot fire and are not checked.
//!
//! **Why:** `systemDefault` is reserved by Teams for its own activity feed
//! notifications, and Teams tells notifications apart by their type, so each
//! type can be declared once.
//!
//! **Example:** two entries with `"type": "taskCreated"`.
//!
//! Source: upload codes `ReservedActivitiesValidation`,
//! `UniqueActivityTypeInActivitiesValidation` (Microsoft Graph "Publish teamsApp").

use serde_json::Value;

use super::{Raw, Severity, StoreCheck, Subject, has_placeholder, sources};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "activities";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-activities-title",
    severity: Severity::Error,
    needs_package: false,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let types = subject
        .document
        .pointer("/activities/activityTypes")
        .and_then(Value::as_array);
    let mut seen = std::collections::BTreeSet::new();
    let mut found = Vec::new();
    for (index, entry) in types.into_iter().flatten().enumerate() {
        let Some(kind) = entry.get("type").and_then(Value::as_str) else {
            continue;
        };
        if has_placeholder(kind) {
            continue;
        }
        let pointer = format!("/activities/activityTypes/{index}/type");
        let shown = super::words::shorten(kind, 40);
        if kind == "systemDefault" {
            found.push(Raw::new(
                pointer,
                msg!("store-activities-reserved"),
                sources::UPLOAD,
            ));
        } else if !seen.insert(kind) {
            found.push(Raw::new(
                pointer,
                msg!("store-activities-duplicate", kind = shown),
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

    fn found(types: &[&str]) -> Vec<String> {
        let entries: Vec<Value> = types
            .iter()
            .map(|kind| json!({"type": kind, "description": "A task", "templateText": "{actor} did it"}))
            .collect();
        pointers(
            &run(&valid_manifest(
                json!({"activities": {"activityTypes": entries}}),
            )),
            ID,
        )
    }

    #[test]
    fn reserved_and_repeated_types() {
        assert_eq!(
            found(&["systemDefault", "taskCreated", "taskDone", "taskCreated"]),
            [
                "/activities/activityTypes/0/type",
                "/activities/activityTypes/3/type"
            ]
        );
    }

    #[test]
    fn exact_comparison_only() {
        assert!(
            found(&[
                "SystemDefault",
                "taskCreated",
                "TaskCreated",
                "taskCreated "
            ])
            .is_empty()
        );
        assert!(found(&[]).is_empty());
    }
}
