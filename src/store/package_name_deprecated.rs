//! `package-name-deprecated` (warning)
//!
//! **What it checks:** `packageName` is present in a manifest of format 1.17 or later.
//!
//! **Why:** `packageName` has been deprecated since format 1.17; newer tools and
//! reviewers flag it. Removing it changes nothing for your users.
//!
//! **Example:** `"manifestVersion": "1.19", "packageName": "com.contoso.tasks"`.
//!
//! Source: app manifest reference.

use super::{Raw, Severity, StoreCheck, Subject, sources};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "package-name-deprecated";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-package-name-deprecated-title",
    severity: Severity::Warning,
    needs_package: false,
    run: |subject| check(subject).into_iter().collect(),
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// A warning at `/packageName`.
fn check(subject: &Subject<'_>) -> Option<Raw> {
    subject.document.get("packageName")?;
    let format = subject.known_format()?;
    let minor: u32 = format.strip_prefix("1.")?.parse().ok()?;
    (minor > 16).then(|| {
        Raw::new(
            "/packageName",
            msg!("store-package-name-deprecated-unused", format = format),
            sources::MANIFEST,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use serde_json::json;

    #[test]
    fn only_from_format_1_17() {
        let with = |format: &str| {
            let schema = format!(
                "https://developer.microsoft.com/json-schemas/teams/v{format}/MicrosoftTeams.schema.json"
            );
            pointers(
                &run(&valid_manifest(
                    json!({"manifestVersion": format, "$schema": schema, "packageName": "com.contoso.tasks"}),
                )),
                ID,
            )
        };
        assert_eq!(with("1.17"), ["/packageName"]);
        assert!(with("1.16").is_empty());
        assert!(pointers(&run(&valid_manifest(json!({}))), ID).is_empty());
    }
}
