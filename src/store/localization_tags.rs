//! `localization-tags` (warning)
//!
//! **What it checks:** each language tag of `localizationInfo.additionalLanguages`
//! (`/localizationInfo/additionalLanguages/<i>/languageTag`) that equals, in ASCII
//! lower case, the tag of an earlier entry. A tag equal to `defaultLanguageTag` is
//! not reported, even twice (Microsoft's own templates repeat it).
//!
//! **Why:** with two files for one language, which one Teams shows is undefined.
//! The schema only asks for entries that are not identical as a whole.
//!
//! **Example:** `{"languageTag": "fr-FR", "file": "fr.json"}` and `{"languageTag": "fr-fr", "file": "fr-fr.json"}`.
//!
//! Source: the localization info reference
//! (https://learn.microsoft.com/microsoft-365/extensibility/schema/root-localization-info).

use serde_json::Value;

use super::{Raw, Severity, StoreCheck, Subject, has_placeholder};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "localization-tags";

/// The localization info reference.
const SOURCE: &str =
    "https://learn.microsoft.com/microsoft-365/extensibility/schema/root-localization-info";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-localization-tags-title",
    severity: Severity::Warning,
    needs_package: false,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let languages = subject
        .document
        .pointer("/localizationInfo/additionalLanguages")
        .and_then(Value::as_array);
    let default = subject
        .document
        .pointer("/localizationInfo/defaultLanguageTag")
        .and_then(Value::as_str)
        .map(str::to_ascii_lowercase);
    let mut seen = std::collections::BTreeSet::new();
    let mut found = Vec::new();
    for (index, entry) in languages.into_iter().flatten().enumerate() {
        let Some(tag) = entry.get("languageTag").and_then(Value::as_str) else {
            continue;
        };
        let key = tag.to_ascii_lowercase();
        if has_placeholder(tag) || default.as_ref() == Some(&key) || seen.insert(key) {
            continue;
        }
        found.push(Raw::new(
            format!("/localizationInfo/additionalLanguages/{index}/languageTag"),
            msg!(
                "store-localization-tags-twice",
                language = super::words::shorten(tag, 20)
            ),
            SOURCE,
        ));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use serde_json::json;

    fn found(tags: &[&str]) -> Vec<String> {
        let entries: Vec<Value> = tags
            .iter()
            .enumerate()
            .map(|(i, tag)| json!({"languageTag": tag, "file": format!("l{i}.json")}))
            .collect();
        pointers(
            &run(&valid_manifest(json!({"localizationInfo": {
                "defaultLanguageTag": "en-us", "additionalLanguages": entries}}))),
            ID,
        )
    }

    #[test]
    fn a_tag_repeated_in_another_letter_case() {
        assert_eq!(
            found(&["fr-FR", "de", "fr-fr"]),
            ["/localizationInfo/additionalLanguages/2/languageTag"]
        );
    }

    #[test]
    fn the_default_tag_repeated_once_is_not_reported() {
        assert!(found(&["en-us", "fr", "de"]).is_empty());
        assert!(found(&["en-US", "fr", "en-us"]).is_empty());
    }
}
