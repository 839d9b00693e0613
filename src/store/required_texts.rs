//! `required-texts` (error)
//!
//! **What it checks:** the short name, short description, full description and
//! developer name: when one is a text, it must not be empty or only spaces.
//! (When one is missing or not a text, the `schema` check reports it.)
//!
//! **Why:** the schema allows `""`, but the upload service refuses an app whose
//! name, descriptions or developer name are empty: they are what the store shows.
//!
//! **Example:** `"description": {"short": " ", …}` → one finding at `/description/short`.
//!
//! Source: the Microsoft Graph "Publish teamsApp" page.

use super::{Raw, Severity, StoreCheck, Subject, sources, words};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "required-texts";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-required-texts-title",
    severity: Severity::Error,
    needs_package: false,
    run: check,
    fixed_by: super::WhoFixes::ByPlace,
    repairs: super::Repair::Never,
};

const POINTERS: [&str; 4] = [
    "/name/short",
    "/description/short",
    "/description/full",
    "/developer/name",
];

/// One finding per empty text.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    POINTERS
        .iter()
        .filter(|pointer| {
            subject
                .document
                .pointer(pointer)
                .and_then(serde_json::Value::as_str)
                .is_some_and(|text| text.trim().is_empty())
        })
        .map(|pointer| {
            Raw::new(
                *pointer,
                msg!(
                    "store-required-texts-empty",
                    field = words::sentence_start(&words::field_name(pointer)),
                ),
                sources::UPLOAD,
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use serde_json::json;

    #[test]
    fn empty_or_blank_texts_are_refused() {
        let report = run(&valid_manifest(json!({
            "name": {"short": "", "full": ""},
            "description": {"short": " \t", "full": "Fine"},
            "developer": {"name": "\n", "websiteUrl": "https://a.example", "privacyUrl": "https://a.example", "termsOfUseUrl": "https://a.example"}
        })));
        // Document order: the test manifest writes `developer` before `name`.
        assert_eq!(
            pointers(&report, ID),
            ["/developer/name", "/name/short", "/description/short"]
        );
    }

    #[test]
    fn missing_or_non_text_values_are_the_schemas_job() {
        let report = run(&valid_manifest(json!({"description": {"short": 5}})));
        assert!(pointers(&report, ID).is_empty());
        assert!(!pointers(&report, "schema").is_empty());
    }
}
