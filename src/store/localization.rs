//! `localization` (error, packages only; an unusual `$schema` link is a warning)
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

use super::{LocalizationContent, LocalizationFile, Raw, Severity, StoreCheck, Subject, sources};
use crate::json::Position;
use crate::message::Message;
use crate::msg;
use crate::schemas::SchemaKind;

/// The check's identifier.
pub const ID: &str = "localization";

/// The registry entry for the errors.
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-localization-title",
    severity: Severity::Error,
    needs_package: true,
    run: |subject| check(subject, Severity::Error),
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::ErrorsAt("/$schema"),
};

/// The registry entry for the warning: a localization file's `$schema` link is
/// unusual (it names no manifest format), as the `schema-url` check says of the manifest's.
pub const UNUSUAL_LINK: StoreCheck = CHECK.warnings(|subject| check(subject, Severity::Warning));

/// The findings of one severity in every localization file, file by file.
fn check(subject: &Subject<'_>, severity: Severity) -> Vec<Raw> {
    subject
        .localization_files
        .iter()
        .flat_map(|file| check_file(file, subject.known_format(), severity))
        .collect()
}

fn finding(file: &str, pointer: impl Into<String>, message: Message) -> Raw {
    Raw {
        file: Some(file.to_string()),
        ..Raw::new(pointer, message, sources::LOCALIZATION)
    }
}

/// Every finding of one severity in one localization file.
fn check_file(file: &LocalizationFile, format: Option<&str>, severity: Severity) -> Vec<Raw> {
    let name = file.name.as_str();
    let document = match &file.content {
        LocalizationContent::Read(document) if document.is_object() => document,
        _ if severity == Severity::Warning => return Vec::new(),
        LocalizationContent::TooLarge => {
            return vec![finding(
                name,
                "",
                msg!("store-localization-too-large", file = name),
            )];
        }
        LocalizationContent::Broken(error) => {
            let mut raw = finding(
                name,
                "",
                msg!(
                    "store-localization-not-json",
                    file = name,
                    problem = error.message.clone(),
                    line = error.line,
                    column = error.column,
                ),
            );
            raw.at = Some(Position {
                line: error.line,
                column: error.column,
            });
            return vec![raw];
        }
        LocalizationContent::Read(document) => {
            return vec![finding(
                name,
                "",
                msg!(
                    "store-localization-not-object",
                    file = name,
                    value = crate::manifest::describe(document),
                ),
            )];
        }
    };
    let mut found = Vec::new();
    if let Some((_, message)) = super::schema_url::link_problem(
        document.get("$schema"),
        format,
        "MicrosoftTeams.Localization.schema.json",
    )
    .filter(|(found, _)| *found == severity)
    {
        found.push(Raw {
            unrepairable: !super::schema_url::repairable(document.get("$schema"), format),
            ..finding(
                name,
                "/$schema",
                msg!("store-localization-in-file", file = name, problem = message),
            )
        });
    }
    if severity == Severity::Warning {
        return found;
    }
    if let Some(format) = format {
        for (pointer, message) in
            super::schema::validate(document, format, SchemaKind::Localization)
        {
            found.push(finding(
                name,
                pointer,
                msg!("store-localization-in-file", file = name, problem = message),
            ));
        }
    }
    for (pointer, text) in super::placeholders::findings_in(document) {
        found.push(finding(
            name,
            pointer,
            msg!(
                "store-localization-in-file",
                file = name,
                problem = super::placeholders::message(text),
            ),
        ));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::PackageView;
    use serde_json::json;
    use std::collections::BTreeMap;

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
            file_sizes: None,
            agents: None,
        };
        let subject = Subject::new(&document, Some(package));
        [Severity::Error, Severity::Warning]
            .into_iter()
            .flat_map(|severity| {
                check(&subject, severity)
                    .into_iter()
                    .map(move |raw| (raw.file.unwrap_or_default(), raw.pointer, severity))
            })
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
        let unusual_link = format!(
            "{{\"$schema\": \"https://example.com/loc.schema.json\", {REQUIRED}, \"name.short\": \"T\"}}"
        );
        let found = judge(&[
            ("a.json", "{\"x\": }"),
            ("b.json", "[]"),
            ("c.json", &too_long),
            ("d.json", &wrong_link),
            ("e.json", &placeholder),
            ("g.json", &unusual_link),
        ]);
        assert_eq!(
            found,
            vec![
                ("a.json".into(), "".into(), Severity::Error),
                ("b.json".into(), "".into(), Severity::Error),
                ("c.json".into(), "/name.short".into(), Severity::Error),
                ("d.json".into(), "/$schema".into(), Severity::Error),
                ("e.json".into(), "/name.short".into(), Severity::Error),
                ("g.json".into(), "/$schema".into(), Severity::Warning),
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
