//! `manifest-version` (error)
//!
//! **What it checks:** the manifest format (`manifestVersion`) of the version to
//! submit. At most one finding, the first that applies: it is missing, not a
//! text, or not a format Microsoft published (`1.0` … `1.17`, `1.19` … `1.30`,
//! `devPreview`; there is no 1.18); it is `devPreview`; it is older than 1.10.
//!
//! **Why:** the store validates a manifest against the schema of its format, so
//! an unknown format cannot be validated at all. Preview formats are for trying
//! features in your own organisation, not for the store, and the store requires
//! format 1.10 or later for new submissions and updates.
//!
//! **Example:** `"manifestVersion": "1.2"` → "the store needs manifest format 1.10 or later".
//!
//! Source: Teams Store validation guidelines; app manifest reference.

use serde_json::Value;

use super::{Raw, Severity, StoreCheck, Subject, schemas::KNOWN_FORMATS, sources};

/// The check's identifier.
pub const ID: &str = "manifest-version";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "Manifest uses a format the store accepts",
    severity: Severity::Error,
    needs_package: false,
    run: |subject| check(subject).into_iter().collect(),
};

/// The newest manifest format this program knows (for "move to" advice).
pub const NEWEST_FORMAT: &str = "1.30";

/// At most one finding, at `/manifestVersion`.
fn check(subject: &Subject<'_>) -> Option<Raw> {
    let message = match subject.document.get("manifestVersion") {
        None => "The manifest has no manifest format (`manifestVersion`). Add \
                 \"manifestVersion\": \"1.17\" (or the format your tools produce), so the store \
                 knows which rules the manifest follows."
            .to_string(),
        Some(Value::String(format)) if !KNOWN_FORMATS.contains(&format.as_str()) => format!(
            "\"{}\" is not a manifest format Microsoft has published (they are 1.0 to 1.17, 1.19 to \
             {NEWEST_FORMAT}, and devPreview). Set `manifestVersion` to the format your manifest \
             follows, such as \"1.17\"; until then its fields cannot be checked against the official schema.",
            super::words::shorten(format, 40)
        ),
        Some(Value::String(format)) if format == "devPreview" => {
            "The manifest uses the developer preview format (devPreview). Preview formats are for \
             testing in your own organization; the store does not accept them. Move to a published \
             format such as 1.17 (features still in preview cannot be published)."
                .to_string()
        }
        Some(Value::String(format)) if minor(format).is_some_and(|minor| minor < 10) => format!(
            "The manifest uses format {format}; the store needs manifest format 1.10 or later. Update \
             `manifestVersion` (and the `$schema` link) to a newer format such as 1.17; Developer \
             Portal can do this for you when you import and export the app."
        ),
        Some(Value::String(_)) => return None,
        Some(other) => format!(
            "The manifest format (`manifestVersion`) must be a text such as \"1.17\"; yours is {}.",
            crate::manifest::describe(other)
        ),
    };
    Some(Raw::new("/manifestVersion", message, sources::STORE))
}

/// The minor number of `1.x` formats.
fn minor(format: &str) -> Option<u32> {
    format.strip_prefix("1.")?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use serde_json::json;

    fn found(format: Value) -> Vec<String> {
        let schema = match format.as_str() {
            Some(f) => format!("https://developer.microsoft.com/json-schemas/teams/v{f}/MicrosoftTeams.schema.json"),
            None => "https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json".into(),
        };
        pointers(
            &run(&valid_manifest(
                json!({"manifestVersion": format, "$schema": schema}),
            )),
            ID,
        )
    }

    #[test]
    fn known_recent_formats_pass() {
        for format in ["1.10", "1.17", "1.19", "1.30"] {
            assert!(found(json!(format)).is_empty(), "{format}");
        }
    }

    #[test]
    fn unknown_old_preview_and_missing_formats_fail_once() {
        for format in [
            json!("1.18"),
            json!("1.31"),
            json!("m365DevPreview"),
            json!("devPreview"),
            json!("1.2"),
            json!("1.9"),
            json!(1.17),
        ] {
            assert_eq!(found(format.clone()), ["/manifestVersion"], "{format}");
        }
        let report = run(&valid_manifest(json!({"manifestVersion": null})));
        assert_eq!(pointers(&report, ID), ["/manifestVersion"]);
        // An unknown format is not validated against any schema.
        assert!(pointers(&report, "schema").is_empty());
        assert_eq!(report.scope.schema, None);
    }
}
