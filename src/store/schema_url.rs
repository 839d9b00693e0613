//! `schema-url` (error; an unusual link is a warning)
//!
//! **What it checks:** the manifest's `$schema` link is present, is a text, and
//! names the same format as `manifestVersion`. The format is read from the first
//! `/teams/<format>/` (with or without a `v`, any letter case) in the link, as in
//! `https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json`.
//! A link with no such part is unusual: a warning.
//!
//! **Why:** tools and the store read `$schema` to know which rules the manifest
//! follows; a link to another format than `manifestVersion` says two different
//! things, which the store refuses.
//!
//! **Example:** `$schema` names `v1.16` while `"manifestVersion": "1.17"`.
//!
//! Source: app manifest reference.

use serde_json::Value;

use super::{Raw, Severity, StoreCheck, Subject, sources};
use crate::message::{Arg, Message};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "schema-url";

/// The registry entry for the errors: the link is missing or names another format.
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-schema-url-title",
    severity: Severity::Error,
    needs_package: false,
    run: |subject| check(subject, Severity::Error),
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Errors,
};

/// The registry entry for the warning: the link is unusual (reported with the other warnings).
pub const UNUSUAL_LINK: StoreCheck = CHECK.warnings(|subject| check(subject, Severity::Warning));

/// The format a schema link names: the first `/teams/v?(<n>.<n>|devpreview)/` in it.
pub fn format_in_link(link: &str) -> Option<&str> {
    let lower = link.to_ascii_lowercase();
    let mut from = 0;
    while let Some(found) = lower.get(from..).and_then(|rest| rest.find("/teams/")) {
        let start = from + found + "/teams/".len();
        from = from + found + 1;
        let mut at = start;
        if lower.as_bytes().get(at) == Some(&b'v') {
            at += 1;
        }
        let rest = lower.get(at..).unwrap_or_default();
        let end = if rest.starts_with("devpreview/") {
            "devpreview".len()
        } else {
            let major = rest.bytes().take_while(u8::is_ascii_digit).count();
            let after_dot = rest.get(major + 1..).unwrap_or_default();
            let minor = after_dot.bytes().take_while(u8::is_ascii_digit).count();
            let well_formed = major > 0
                && rest.as_bytes().get(major) == Some(&b'.')
                && minor > 0
                && after_dot.as_bytes().get(minor) == Some(&b'/');
            if !well_formed {
                continue;
            }
            major + 1 + minor
        };
        return link.get(at..at + end);
    }
    None
}

/// What is wrong with a `$schema` link for format `format` (the manifest's
/// `manifestVersion`), as (severity, message); `file` names the expected schema file.
pub(crate) fn link_problem(
    link: Option<&Value>,
    format: Option<&str>,
    file: &str,
) -> Option<(Severity, Message)> {
    let folder = format
        .and_then(crate::schemas::folder_of)
        .unwrap_or_else(|| "v1.17".to_string());
    let example = format!("https://developer.microsoft.com/json-schemas/teams/{folder}/{file}");
    let preview = format.is_some_and(|format| format.eq_ignore_ascii_case("devpreview"));
    let Some(Value::String(link)) = link else {
        let add = if preview {
            msg!("store-schema-url-add-later")
        } else {
            msg!(
                "store-schema-url-add",
                schema_field = "$schema",
                example = example.as_str()
            )
        };
        return Some((
            Severity::Error,
            msg!(
                "store-schema-url-missing",
                schema_field = "$schema",
                add = add
            ),
        ));
    };
    let Some(named) = format_in_link(link) else {
        return Some((
            Severity::Warning,
            msg!(
                "store-schema-url-unusual",
                link = super::words::shorten(link, 100),
                example = example.as_str(),
            ),
        ));
    };
    let same = match format {
        Some(format) => {
            named == format
                || (named.eq_ignore_ascii_case("devpreview")
                    && format.eq_ignore_ascii_case("devpreview"))
        }
        None => false,
    };
    if !same && preview {
        return Some((
            Severity::Error,
            msg!(
                "store-schema-url-preview",
                schema_field = "$schema",
                named = named,
                format = format.unwrap_or_default(),
            ),
        ));
    }
    (!same).then(|| {
        (
            Severity::Error,
            msg!(
                "store-schema-url-other-format",
                schema_field = "$schema",
                named = named,
                format = format.map_or_else(
                    || Arg::from(msg!("store-schema-url-no-format")),
                    |f| Arg::from(format!("\"{f}\""))
                ),
                example = example.as_str(),
            ),
        )
    })
}

/// The manifest's link problem of one severity, if it has one.
fn check(subject: &Subject<'_>, severity: Severity) -> Vec<Raw> {
    let link = subject.document.get("$schema");
    link_problem(link, subject.format, "MicrosoftTeams.schema.json")
        .filter(|(found, _)| *found == severity)
        .map(|(_, message)| Raw {
            unrepairable: !repairable(link, subject.format),
            ..Raw::new("/$schema", message, sources::MANIFEST)
        })
        .into_iter()
        .collect()
}

/// True when the fixed copy may repair a `$schema` link (`link`, absent when `None`) of a
/// file of a manifest of `format` (store-checks.md, "Fixable findings"): the format is a
/// published one (there is an official link, and nothing is repaired toward a preview
/// format), and the link is absent (it is inserted) or a text (it is replaced).
pub fn repairable(link: Option<&Value>, format: Option<&str>) -> bool {
    let published = format.is_some_and(|format| {
        crate::schemas::KNOWN_FORMATS.contains(&format) && format != "devPreview"
    });
    published && matches!(link, None | Some(Value::String(_)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{run, valid_manifest};
    use serde_json::json;

    #[test]
    fn format_in_links() {
        assert_eq!(
            format_in_link(
                "https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json"
            ),
            Some("1.17")
        );
        assert_eq!(
            format_in_link("https://x/teams/1.5/MicrosoftTeams.schema.json"),
            Some("1.5")
        );
        assert_eq!(format_in_link("HTTPS://X/TEAMS/V1.9/a"), Some("1.9"));
        assert_eq!(
            format_in_link("https://x/teams/vDevPreview/MicrosoftTeams.schema.json"),
            Some("DevPreview")
        );
        assert_eq!(format_in_link("https://x/teams/v1.2.3/a"), None);
        assert_eq!(
            format_in_link("https://x/teams/latest/teams/v1.11/a"),
            Some("1.11")
        );
        assert_eq!(format_in_link("https://x/json-schemas/teams/v1.17"), None);
        assert_eq!(format_in_link("../schema.json"), None);
    }

    fn found(schema: Value, format: &str) -> Vec<(String, Severity)> {
        run(&valid_manifest(
            json!({"$schema": schema, "manifestVersion": format}),
        ))
        .findings
        .into_iter()
        .filter(|f| f.check == ID)
        .map(|f| (f.pointer, f.severity))
        .collect()
    }

    #[test]
    fn spec_cases() {
        let link = |v: &str| {
            json!(format!(
                "https://developer.microsoft.com/json-schemas/teams/{v}/MicrosoftTeams.schema.json"
            ))
        };
        assert!(found(link("v1.17"), "1.17").is_empty());
        assert_eq!(
            found(link("v1.16"), "1.17"),
            [("/$schema".to_string(), Severity::Error)]
        );
        assert_eq!(
            found(json!(null), "1.17"),
            [("/$schema".to_string(), Severity::Error)]
        );
        assert_eq!(
            found(json!(17), "1.17"),
            [("/$schema".to_string(), Severity::Error)]
        );
        assert_eq!(
            found(json!("https://example.com/schema.json"), "1.17"),
            [("/$schema".to_string(), Severity::Warning)]
        );
        assert!(found(link("vdevpreview"), "devPreview").is_empty());
        let report = run(&valid_manifest(json!({"$schema": null})));
        assert!(report.findings.iter().any(|f| f.check == ID));
    }
}
