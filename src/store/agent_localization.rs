//! `localization-agent-default-file` (error or warning) and
//! `agent-localization-keys` (error, packages only): `store-checks.md` rules 24 and 25.
//!
//! **What they check:**
//! - `localization-agent-default-file`: the manifest lists other languages
//!   (`localizationInfo.additionalLanguages`) but gives no file for the default
//!   language (`defaultLanguageFile`). An error when an agent file (declarative
//!   agent or plugin) uses localization keys (a text that is all `[[key]]`) and no
//!   other-language entry gives a file for the default language either; otherwise a
//!   warning when the app has a declarative agent: whether the agent supports more
//!   than one language needs judgement (a bare manifest.json always gets the warning).
//! - `agent-localization-keys`: each localization file the manifest names, that the
//!   package holds and that loads, has every key the agent files use, in its
//!   `localizationKeys` object (as `key`, or as `[[key]]`). One finding per file,
//!   naming the keys it lacks.
//!
//! **Why:** "If your agent supports more than one language, you must specify a
//! standalone language file for every supported language, including your default
//! language"; the upload service refuses a key it cannot translate ("Failed to
//! localize [[agentName]]").
//!
//! **Example:** a declarative agent named `[[agentName]]` and `fr.json` without
//! `localizationKeys` → an error at `` of `fr.json`.
//!
//! Source: Microsoft's page on localizing agents.

use std::collections::BTreeSet;

use serde_json::Value;

use super::agent_store::{LOCALIZE_AGENTS, has_declarative_agent, localization_keys};
use super::{LocalizationContent, Raw, Severity, StoreCheck, Subject};
use crate::msg;

/// The identifier of rule 24.
pub const DEFAULT_FILE_ID: &str = "localization-agent-default-file";

/// The identifier of rule 25.
pub const KEYS_ID: &str = "agent-localization-keys";

/// Rule 24's errors ([`super::STORE_CHECKS`]).
pub const DEFAULT_FILE: StoreCheck = StoreCheck {
    id: DEFAULT_FILE_ID,
    title: "store-localization-agent-default-file-title",
    severity: Severity::Error,
    needs_package: false,
    run: |subject| default_file(subject, Severity::Error),
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// Rule 24's warnings.
pub const DEFAULT_FILE_WARNING: StoreCheck =
    DEFAULT_FILE.warnings(|subject| default_file(subject, Severity::Warning));

/// Rule 25 ([`super::STORE_CHECKS`]).
pub const KEYS: StoreCheck = StoreCheck {
    id: KEYS_ID,
    title: "store-agent-localization-keys-title",
    severity: Severity::Error,
    needs_package: true,
    run: keys,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// Rule 24's finding of one severity, if any.
fn default_file(subject: &Subject<'_>, severity: Severity) -> Vec<Raw> {
    let info = subject.document.get("localizationInfo");
    let others = info
        .and_then(|info| info.get("additionalLanguages"))
        .and_then(Value::as_array)
        .filter(|others| !others.is_empty());
    let (Some(info), Some(others)) = (info, others) else {
        return Vec::new();
    };
    if !info.get("defaultLanguageFile").is_none_or(Value::is_null) {
        return Vec::new();
    }
    let default_tag = info.get("defaultLanguageTag").and_then(Value::as_str);
    let default_has_file = default_tag.is_some_and(|tag| {
        others.iter().any(|other| {
            other
                .get("languageTag")
                .and_then(Value::as_str)
                .is_some_and(|other| other.eq_ignore_ascii_case(tag))
                && other.get("file").is_some_and(Value::is_string)
        })
    });
    let localized = !localization_keys(subject).is_empty();
    let (found, message) = if localized && !default_has_file {
        (
            Severity::Error,
            msg!("store-localization-agent-default-file-missing"),
        )
    } else if has_declarative_agent(subject.document) {
        (
            Severity::Warning,
            msg!("store-localization-agent-default-file-advice"),
        )
    } else {
        return Vec::new();
    };
    if found != severity {
        return Vec::new();
    }
    vec![Raw::new("/localizationInfo", message, LOCALIZE_AGENTS)]
}

/// Rule 25: one finding per localization file that lacks keys.
fn keys(subject: &Subject<'_>) -> Vec<Raw> {
    let keys = localization_keys(subject);
    if keys.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    for file in &subject.localization_files {
        let LocalizationContent::Read(document @ Value::Object(_)) = &file.content else {
            continue;
        };
        let held = document.get("localizationKeys");
        let object = held.and_then(Value::as_object);
        let lacking: Vec<&str> = keys
            .iter()
            .copied()
            .filter(|key| {
                !object.is_some_and(|object| {
                    object.contains_key(*key) || object.contains_key(&format!("[[{key}]]"))
                })
            })
            .collect();
        if lacking.is_empty() {
            continue;
        }
        let names = lacking.iter().copied().collect::<BTreeSet<_>>();
        let shown: Vec<&str> = names.into_iter().collect();
        found.push(Raw::in_file(
            &file.name,
            if held.is_some() {
                "/localizationKeys"
            } else {
                ""
            },
            msg!(
                "store-agent-localization-keys-lacking",
                file = file.name.as_str(),
                count = lacking.len(),
                keys = crate::package_use::quoted_names(&shown, 8),
            ),
            LOCALIZE_AGENTS,
        ));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::agent_store::tests_support::{agent_package, run_raw};
    use serde_json::json;

    /// A localized agent package: the agent's name is `name`, the manifest's
    /// `localizationInfo` is `info`, and `fr.json` holds `french`.
    fn package(
        name: &str,
        info: Value,
        french: Value,
    ) -> (Value, std::collections::BTreeMap<String, Vec<u8>>) {
        let description = if name.starts_with("[[") {
            "[[agentDescription]]"
        } else {
            "Your tasks"
        };
        let (mut manifest, mut files) = agent_package(
            json!({"name": name, "description": description}),
            json!({}),
            json!({}),
        );
        manifest["localizationInfo"] = info;
        files.insert("fr.json".into(), french.to_string().into_bytes());
        files.insert(
            "en.json".into(),
            json!({"localizationKeys": {"agentName": "Tasks",
            "agentDescription": "Tasks"}})
            .to_string()
            .into_bytes(),
        );
        (manifest, files)
    }

    fn found(
        (manifest, files): &(Value, std::collections::BTreeMap<String, Vec<u8>>),
        check: &StoreCheck,
    ) -> Vec<(String, String)> {
        run_raw(manifest, files, check.run)
            .into_iter()
            .map(|raw| (raw.file.unwrap_or_default(), raw.pointer))
            .collect()
    }

    #[test]
    fn a_translated_agent_needs_a_default_language_file() {
        let others = json!([{"languageTag": "fr", "file": "fr.json"}]);
        let at = vec![(String::new(), "/localizationInfo".to_string())];
        let none: Vec<(String, String)> = Vec::new();
        let keys =
            json!({"localizationKeys": {"agentName": "Tâches", "[[agentDescription]]": "x"}});
        // Keys, no default file: an error.
        let case = package(
            "[[agentName]]",
            json!({"defaultLanguageTag": "en", "additionalLanguages": others}),
            keys.clone(),
        );
        assert_eq!(found(&case, &DEFAULT_FILE), at);
        assert_eq!(found(&case, &DEFAULT_FILE_WARNING), none);
        // The default language's file given among the others: a warning (a DA).
        let case = package(
            "[[agentName]]",
            json!({"defaultLanguageTag": "en",
            "additionalLanguages": [{"languageTag": "EN", "file": "en.json"},
                                    {"languageTag": "fr", "file": "fr.json"}]}),
            keys.clone(),
        );
        assert_eq!(found(&case, &DEFAULT_FILE), none);
        assert_eq!(found(&case, &DEFAULT_FILE_WARNING), at);
        // No keys: a warning.
        let case = package(
            "Contoso Tasks",
            json!({"defaultLanguageTag": "en", "additionalLanguages": others}),
            keys.clone(),
        );
        assert_eq!(found(&case, &DEFAULT_FILE), none);
        assert_eq!(found(&case, &DEFAULT_FILE_WARNING), at);
        // A default file: nothing.
        let case = package(
            "[[agentName]]",
            json!({"defaultLanguageTag": "en",
            "defaultLanguageFile": "en.json", "additionalLanguages": others}),
            keys,
        );
        assert_eq!(found(&case, &DEFAULT_FILE), none);
        assert_eq!(found(&case, &DEFAULT_FILE_WARNING), none);
    }

    #[test]
    fn every_translation_file_has_the_keys() {
        let info = json!({"defaultLanguageTag": "en", "defaultLanguageFile": "en.json",
            "additionalLanguages": [{"languageTag": "fr", "file": "fr.json"}]});
        let case = package(
            "[[agentName]]",
            info.clone(),
            json!({"name.short": "Tâches"}),
        );
        assert_eq!(
            found(&case, &KEYS),
            [("fr.json".to_string(), String::new())]
        );
        let case = package(
            "[[agentName]]",
            info.clone(),
            json!({"localizationKeys": {"agentName": "Tâches"}}),
        );
        assert_eq!(
            found(&case, &KEYS),
            [("fr.json".to_string(), "/localizationKeys".to_string())]
        );
        let case = package(
            "[[agentName]]",
            info.clone(),
            json!({"localizationKeys": {"[[agentName]]": "Tâches", "agentDescription": "x"}}),
        );
        assert_eq!(found(&case, &KEYS), []);
        // An agent without keys needs none.
        let (mut manifest, mut files) = agent_package(json!({}), json!({}), json!({}));
        manifest["localizationInfo"] = info;
        files.insert("fr.json".into(), b"{}".to_vec());
        files.insert("en.json".into(), b"{}".to_vec());
        assert_eq!(run_raw(&manifest, &files, KEYS.run), []);
    }
}
