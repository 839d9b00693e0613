//! The version and app ID checks the store applies to an update.
//!
//! Microsoft's publishing guide: keep the same app ID, and increase the version
//! number for any change, including changes to the name or description.

use crate::ids::{identity_key, is_guid};
use crate::manifest::Manifest;

/// Outcome of a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Fine.
    Pass,
    /// The store will refuse this; fix it before submitting.
    Fail,
    /// Probably fine, but worth a look.
    Warn,
    /// Not applicable to this pair.
    Skip,
}

impl Status {
    /// The identifier used in reports (`pass`, `fail`, `warn`, `skip`).
    pub fn id(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Fail => "fail",
            Status::Warn => "warn",
            Status::Skip => "skip",
        }
    }
}

/// The result of one check.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CheckOutcome {
    /// Identifier: `app-id-unchanged`, `version-format` or `version-incremented`.
    pub check: &'static str,
    /// Pass, fail, warn or skip.
    pub status: Status,
    /// What was found and, when it is not a pass, what to do.
    pub message: String,
}

/// Runs the three checks, in reporting order. `nothing_changed` is true when
/// the two inputs are the same (then the version need not increase).
pub fn evaluate(old: &Manifest, new: &Manifest, nothing_changed: bool) -> Vec<CheckOutcome> {
    vec![
        app_id_unchanged(old, new),
        version_format(new),
        version_incremented(old, new, nothing_changed),
    ]
}

/// `app-id-unchanged`: an update must keep the published app's ID.
pub fn app_id_unchanged(old: &Manifest, new: &Manifest) -> CheckOutcome {
    let (status, message) = if identity_key(&old.id) != identity_key(&new.id) {
        (
            Status::Fail,
            format!(
                "The app ID changed from {} to {}. An update must keep the published app's ID; \
                 with a new ID the store treats it as a different app. Put the old ID back.",
                old.id, new.id
            ),
        )
    } else if !is_guid(&new.id) {
        (
            Status::Warn,
            format!(
                "The app ID is the same in both files, but \"{}\" is not a real app ID (a GUID such as \
                 0b5c3d6e-1234-4abc-9def-00112233aabb). It looks like a placeholder your build tools \
                 fill in; check the package you actually submit.",
                new.id
            ),
        )
    } else {
        (Status::Pass, format!("The app ID stays {}.", new.id))
    };
    CheckOutcome {
        check: "app-id-unchanged",
        status,
        message,
    }
}

/// `version-format`: the store accepts only `MAJOR.MINOR.PATCH` with plain numbers.
pub fn version_format(new: &Manifest) -> CheckOutcome {
    let version = new.version.as_str();
    let problem = if version.chars().count() > 256 {
        Some("is longer than 256 characters".to_string())
    } else if !is_strict_version(version) {
        Some(
            "is not three whole numbers separated by dots, like 1.4.2 (no letters, no leading zeros, \
             no \"-beta\"); the store refuses other forms"
                .to_string(),
        )
    } else if new.has_office_extensions
        && version
            .split('.')
            .any(|segment| segment.len() > 5 || segment.parse::<u32>().is_ok_and(|n| n > 99_999))
    {
        Some(
            "has a part above 99999, which Office add-ins (the `extensions` section) do not allow"
                .to_string(),
        )
    } else {
        None
    };
    let (status, message) = match problem {
        Some(problem) => (
            Status::Fail,
            format!("The new version \"{}\" {problem}.", shorten(version)),
        ),
        None => (
            Status::Pass,
            format!("The new version {version} is written the way the store expects."),
        ),
    };
    CheckOutcome {
        check: "version-format",
        status,
        message,
    }
}

/// `version-incremented`: any change needs a higher version than the published one.
pub fn version_incremented(old: &Manifest, new: &Manifest, nothing_changed: bool) -> CheckOutcome {
    let (status, message) = if nothing_changed {
        (
            Status::Skip,
            "Nothing changed, so the version does not need to change.".to_string(),
        )
    } else {
        match (lenient_version(&old.version), lenient_version(&new.version)) {
            (Some(o), Some(n)) if n > o => (
                Status::Pass,
                format!(
                    "The version goes up from {} to {}.",
                    old.version, new.version
                ),
            ),
            (Some(_), Some(_)) => (
                Status::Fail,
                format!(
                    "The version must go up for any change, but it goes from {} to {}. \
                     Raise the new version above {}.",
                    shorten(&old.version),
                    shorten(&new.version),
                    shorten(&old.version)
                ),
            ),
            _ => (
                Status::Warn,
                format!(
                    "Could not compare the versions \"{}\" and \"{}\" because one is not made of numbers \
                     and dots. Make sure the new version is higher than the published one.",
                    shorten(&old.version),
                    shorten(&new.version)
                ),
            ),
        }
    };
    CheckOutcome {
        check: "version-incremented",
        status,
        message,
    }
}

/// Compares two versions the lenient way `version-incremented` does; `None`
/// when either is not made of 1 to 3 dot-separated numbers.
pub fn compare_versions(a: &str, b: &str) -> Option<std::cmp::Ordering> {
    Some(lenient_version(a)?.cmp(&lenient_version(b)?))
}

/// True for `^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$`.
fn is_strict_version(version: &str) -> bool {
    let segments: Vec<&str> = version.split('.').collect();
    segments.len() == 3
        && segments.iter().all(|s| {
            !s.is_empty()
                && s.bytes().all(|b| b.is_ascii_digit())
                && (s.len() == 1 || !s.starts_with('0'))
        })
}

/// Parses 1 to 3 dot-separated runs of ASCII digits (leading zeros allowed,
/// missing parts are 0, a run of more than 18 digits is not parseable).
fn lenient_version(version: &str) -> Option<[u64; 3]> {
    let mut parts = [0u64; 3];
    let segments: Vec<&str> = version.split('.').collect();
    if segments.is_empty() || segments.len() > 3 {
        return None;
    }
    for (slot, segment) in parts.iter_mut().zip(&segments) {
        if segment.is_empty() || segment.len() > 18 || !segment.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        *slot = segment.parse().ok()?;
    }
    Some(parts)
}

/// Keeps messages readable when a version is absurdly long.
fn shorten(text: &str) -> String {
    if text.chars().count() <= 40 {
        text.to_string()
    } else {
        let head: String = text.chars().take(40).collect();
        format!("{head}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::manifest;
    use serde_json::json;

    fn with(id: &str, version: &str) -> Manifest {
        manifest(json!({"id": id, "version": version}))
    }

    const GUID: &str = "0b5c3d6e-1234-4abc-9def-00112233aabb";

    #[test]
    fn app_id() {
        assert_eq!(
            app_id_unchanged(&with(GUID, "1"), &with(&GUID.to_uppercase(), "1")).status,
            Status::Pass
        );
        assert_eq!(
            app_id_unchanged(
                &with(GUID, "1"),
                &with("0b5c3d6e-1234-4abc-9def-00112233aabc", "1")
            )
            .status,
            Status::Fail
        );
        assert_eq!(
            app_id_unchanged(
                &with("${{TEAMS_APP_ID}}", "1"),
                &with("${{TEAMS_APP_ID}}", "1")
            )
            .status,
            Status::Warn
        );
        assert_eq!(
            app_id_unchanged(&with("Abc", "1"), &with("abc", "1")).status,
            Status::Fail
        );
    }

    #[test]
    fn version_format_rules() {
        for good in ["1.0.0", "0.0.1", "10.20.30"] {
            assert_eq!(
                version_format(&with(GUID, good)).status,
                Status::Pass,
                "{good}"
            );
        }
        for bad in [
            "1.0",
            "1.0.0-beta",
            "01.0.0",
            "1.0.0.0",
            "v1.0.0",
            "1..0",
            "",
            " 1.0.0",
            "１.0.0",
        ] {
            assert_eq!(
                version_format(&with(GUID, bad)).status,
                Status::Fail,
                "{bad}"
            );
        }
        let long = format!("1.0.{}", "1".repeat(300));
        assert_eq!(version_format(&with(GUID, &long)).status, Status::Fail);
    }

    #[test]
    fn office_add_ins_limit_segments() {
        let addin = |v: &str| manifest(json!({"id": GUID, "version": v, "extensions": [{}]}));
        assert_eq!(version_format(&addin("1.99999.0")).status, Status::Pass);
        assert_eq!(version_format(&addin("1.100000.0")).status, Status::Fail);
        assert_eq!(
            version_format(&addin("1.0.99999999999999999999999")).status,
            Status::Fail
        );
        let empty = manifest(json!({"id": GUID, "version": "1.100000.0", "extensions": []}));
        assert_eq!(version_format(&empty).status, Status::Pass);
    }

    #[test]
    fn increments() {
        let check =
            |o: &str, n: &str| version_incremented(&with(GUID, o), &with(GUID, n), false).status;
        assert_eq!(check("1.0.0", "1.0.1"), Status::Pass);
        assert_eq!(check("1.0.9", "1.1.0"), Status::Pass);
        assert_eq!(check("1.0", "1.0.1"), Status::Pass);
        assert_eq!(check("1.0.0", "1.0"), Status::Fail);
        assert_eq!(check("1.2.0", "1.1.9"), Status::Fail);
        assert_eq!(check("01.0.0", "1.0.1"), Status::Pass);
        assert_eq!(check("1.0.0", "1.0.0-beta"), Status::Warn);
        assert_eq!(check("1.0.0.0", "1.0.1"), Status::Warn);
        assert_eq!(check(&"9".repeat(19), "1.0.0"), Status::Warn);
        assert_eq!(
            check(&"9".repeat(18), &format!("{}.1", "9".repeat(18))),
            Status::Pass
        );
        assert_eq!(
            version_incremented(&with(GUID, "1"), &with(GUID, "1"), true).status,
            Status::Skip
        );
    }
}
