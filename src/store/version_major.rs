//! `version-major` (error)
//!
//! **What it checks:** a version such as `0.4.2`: made of numbers and dots, and
//! its first number is 0.
//!
//! **Why:** Microsoft's upload service refuses versions below 1.0.0 (its error
//! `VersionHasMajorLessThan1`).
//!
//! **Example:** `"version": "0.9.1"` → start at 1.0.0.
//!
//! Source: the Microsoft Graph "Publish teamsApp" page.

use super::{Raw, Severity, StoreCheck, Subject, sources};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "version-major";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-version-major-title",
    severity: Severity::Error,
    needs_package: false,
    run: |subject| check(subject).into_iter().collect(),
    fixed_by: super::WhoFixes::Portal(crate::checks::VERSION_PAGE),
    repairs: super::Repair::Never,
};

/// A finding at `/version` when the version starts with 0.
fn check(subject: &Subject<'_>) -> Option<Raw> {
    let version = subject.document.get("version")?.as_str()?;
    let numbers_and_dots = version
        .split('.')
        .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
    let first_is_zero = version
        .split('.')
        .next()
        .is_some_and(|first| first.bytes().all(|b| b == b'0'));
    (numbers_and_dots && first_is_zero).then(|| {
        Raw::new(
            "/version",
            msg!("store-version-major-zero", version = version),
            sources::UPLOAD,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use serde_json::json;

    #[test]
    fn zero_major_is_refused() {
        for version in ["0.1.0", "0.0.1", "00.1", "0"] {
            let report = run(&valid_manifest(json!({"version": version})));
            assert_eq!(pointers(&report, ID), ["/version"], "{version}");
        }
        for version in ["1.0.0", "10.0.0", "0.1.0-beta", "v0.1"] {
            let report = run(&valid_manifest(json!({"version": version})));
            assert!(pointers(&report, ID).is_empty(), "{version}");
        }
    }
}
