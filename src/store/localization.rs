//! `localization` (error, packages only)
//!
//! **What it checks:** each localization file the manifest names
//! (`localizationInfo.defaultLanguageFile` and every
//! `localizationInfo.additionalLanguages[].file`) that the package holds:
//! - it loads like a manifest: strict JSON (a leading byte-order mark is
//!   allowed), an object, at most 4 MiB and 128 levels deep;
//! - its `$schema` link is present and names the manifest's format (as the
//!   `schema-url` check does for the manifest);
//! - it follows the official localization schema of the manifest's format
//!   (formats 1.5 and later);
//! - it holds no template placeholders.
//!
//! Findings name the localization file and point inside it.
//!
//! **Why:** the upload service reads every localization file and refuses the
//! package when one is broken, too long (the same length limits as the
//! manifest's texts) or written for another format.
//!
//! **Example:** `fr.json` with `"name.short": "Gestionnaire de tâches Contoso pour tous"` (over 30 characters).
//!
//! Source: Localize your app (Teams documentation).

use std::collections::{BTreeMap, BTreeSet};

use super::package_files::{entry_name, referenced};
use super::schemas::SchemaKind;
use super::{PackageView, Raw, Severity, Subject, sources};
use crate::input::MAX_MANIFEST_BYTES;

/// The check's identifier.
pub const ID: &str = "localization";

/// The findings, and the text of each localization file read (for lines and columns).
pub fn check(
    subject: &Subject<'_>,
    package: PackageView<'_>,
) -> (Vec<Raw>, BTreeMap<String, String>) {
    let mut findings = Vec::new();
    let mut texts = BTreeMap::new();
    let mut seen = BTreeSet::new();
    for (pointer, path) in referenced(subject.document) {
        if !pointer.starts_with("/localizationInfo/") {
            continue;
        }
        let name = entry_name(path).to_string();
        let Some(bytes) = package.kept_files.get(&name) else {
            continue; // a missing file is the `package-files` check's finding
        };
        if !seen.insert(name.clone()) {
            continue;
        }
        let text = String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
            .into_owned();
        findings.extend(check_file(&name, bytes, subject.known_format()));
        texts.insert(name, text);
    }
    (findings, texts)
}

fn finding(file: &str, severity: Severity, pointer: impl Into<String>, message: String) -> Raw {
    Raw {
        check: ID,
        severity,
        file: Some(file.to_string()),
        pointer: pointer.into(),
        message,
        source: sources::LOCALIZATION,
        at: None,
        value: None,
    }
}

/// Every finding of one localization file.
fn check_file(name: &str, bytes: &[u8], format: Option<&str>) -> Vec<Raw> {
    if bytes.len() as u64 > MAX_MANIFEST_BYTES {
        return vec![finding(
            name,
            Severity::Error,
            "",
            format!(
                "The localization file \"{name}\" is larger than 4 MiB; a localization file holds a few translated texts."
            ),
        )];
    }
    let document = match crate::json::parse_strict(bytes) {
        Ok(document) => document,
        Err(error) => {
            let mut raw = finding(
                name,
                Severity::Error,
                "",
                format!(
                    "The localization file \"{name}\" is not valid JSON: {}. Open it in a text editor and correct it at line {}, column {}.",
                    error.message, error.line, error.column
                ),
            );
            raw.at = Some(crate::json::Position {
                line: error.line,
                column: error.column,
            });
            return vec![raw];
        }
    };
    if !document.is_object() {
        return vec![finding(
            name,
            Severity::Error,
            "",
            format!(
                "The localization file \"{name}\" must be a JSON object (starting with `{{`), but it is {}.",
                crate::manifest::describe(&document)
            ),
        )];
    }
    let mut found = Vec::new();
    if let Some((severity, message)) = super::schema_url::link_problem(
        document.get("$schema"),
        format,
        "MicrosoftTeams.Localization.schema.json",
    ) {
        found.push(finding(
            name,
            severity,
            "/$schema",
            format!("In \"{name}\": {message}"),
        ));
    }
    if let Some(format) = format {
        for (pointer, message) in
            super::schema::validate(&document, format, SchemaKind::Localization)
        {
            found.push(finding(
                name,
                Severity::Error,
                pointer,
                format!("In \"{name}\": {message}"),
            ));
        }
    }
    for (pointer, text) in super::placeholders::findings_in(&document) {
        found.push(finding(
            name,
            Severity::Error,
            pointer,
            format!("In \"{name}\": {}", super::placeholders::message(text)),
        ));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn judge(files: &[(&str, &str)]) -> Vec<(String, String, Severity)> {
        let document = json!({
            "manifestVersion": "1.17",
            "localizationInfo": {"defaultLanguageTag": "en-us", "additionalLanguages": files.iter().map(|(name, _)| json!({"languageTag": "fr", "file": name})).collect::<Vec<_>>()}
        });
        let kept: BTreeMap<String, Vec<u8>> = files
            .iter()
            .map(|(n, t)| (n.to_string(), t.as_bytes().to_vec()))
            .collect();
        let names: Vec<&str> = files.iter().map(|(n, _)| *n).collect();
        let package = PackageView {
            file_names: &names,
            kept_files: &kept,
            size: 1,
        };
        check(&Subject::new(&document, Some(package)), package)
            .0
            .into_iter()
            .map(|raw| (raw.file.unwrap_or_default(), raw.pointer, raw.severity))
            .collect()
    }

    const REQUIRED: &str = r#""name.full": "Tâches Contoso", "description.short": "Suivez vos tâches", "description.full": "Planifiez et suivez le travail de votre équipe.""#;
    const LINK: &str = "https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.Localization.schema.json";

    #[test]
    fn a_good_file_passes() {
        let text =
            format!("\u{feff}{{\"$schema\": \"{LINK}\", {REQUIRED}, \"name.short\": \"Tâches\"}}");
        assert_eq!(judge(&[("fr.json", &text)]), vec![]);
    }

    #[test]
    fn broken_json_wrong_link_schema_errors_and_placeholders() {
        let too_long = format!(
            "{{\"$schema\": \"{LINK}\", {REQUIRED}, \"name.short\": \"{}\"}}",
            "é".repeat(31)
        );
        let wrong_link = format!(
            "{{\"$schema\": \"https://developer.microsoft.com/json-schemas/teams/v1.16/MicrosoftTeams.Localization.schema.json\", {REQUIRED}, \"name.short\": \"T\"}}"
        );
        let placeholder = format!(
            "{{\"$schema\": \"{LINK}\", {REQUIRED}, \"name.short\": \"{{{{APP_NAME}}}}\"}}"
        );
        let found = judge(&[
            ("a.json", "{\"x\": }"),
            ("b.json", "[]"),
            ("c.json", &too_long),
            ("d.json", &wrong_link),
            ("e.json", &placeholder),
        ]);
        assert_eq!(
            found,
            vec![
                ("a.json".into(), "".into(), Severity::Error),
                ("b.json".into(), "".into(), Severity::Error),
                ("c.json".into(), "/name.short".into(), Severity::Error),
                ("d.json".into(), "/$schema".into(), Severity::Error),
                ("e.json".into(), "/name.short".into(), Severity::Error),
            ]
        );
        let missing = judge(&[("f.json", &format!("{{\"$schema\": \"{LINK}\"}}"))]);
        assert_eq!(
            missing.len(),
            4,
            "one finding per missing required text: {missing:?}"
        );
    }
}
