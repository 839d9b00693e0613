//! The version and app ID checks the store applies to an update.
//!
//! Microsoft's publishing guide: keep the same app ID, and increase the version
//! number for any change, including changes to the name or description.

use std::cmp::Ordering;

use crate::ids::{identity_key, is_guid};
use crate::manifest::Manifest;
use crate::message::Message;
use crate::msg;

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

/// Which of the three checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckId {
    /// `app-id-unchanged`: the update keeps the published app's ID.
    AppIdUnchanged,
    /// `version-format`: the new version is written the way the store expects.
    VersionFormat,
    /// `version-incremented`: the version goes up.
    VersionIncremented,
}

impl CheckId {
    /// The identifier used in reports (`app-id-unchanged`, …).
    pub fn id(self) -> &'static str {
        match self {
            CheckId::AppIdUnchanged => "app-id-unchanged",
            CheckId::VersionFormat => "version-format",
            CheckId::VersionIncremented => "version-incremented",
        }
    }

    /// The check with this identifier (`version-incremented`), if any.
    pub fn from_id(id: &str) -> Option<CheckId> {
        [
            CheckId::AppIdUnchanged,
            CheckId::VersionFormat,
            CheckId::VersionIncremented,
        ]
        .into_iter()
        .find(|check| check.id() == id)
    }

    /// The check's title as every output shows it.
    pub fn title(self) -> Message {
        match self {
            CheckId::AppIdUnchanged => msg!("check-app-id-unchanged-title"),
            CheckId::VersionFormat => msg!("check-version-format-title"),
            CheckId::VersionIncremented => msg!("check-version-incremented-title"),
        }
    }
}

/// Who can fix a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FixBy {
    /// This app can fix it (its fixed copy).
    App,
    /// The publisher, in a form of Developer Portal, without a developer.
    DeveloperPortal,
    /// A developer: the app's code, hosting, web addresses, domains or files.
    Developer,
}

impl FixBy {
    /// The identifier used in JSON (`app`, `developer-portal`, `developer`).
    pub fn id(self) -> &'static str {
        match self {
            FixBy::App => "app",
            FixBy::DeveloperPortal => "developer-portal",
            FixBy::Developer => "developer",
        }
    }
}

/// Who fixes a problem and, for Developer Portal, where: the page and the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fixer {
    /// Who.
    pub by: FixBy,
    /// The Developer Portal page and field, when it is there: the identifier of its words
    /// in the catalogue (`portal-basic-version`, "Basic information › Version").
    pub place: Option<&'static str>,
}

impl Fixer {
    /// The publisher, in this Developer Portal page and field.
    pub const fn portal(place: &'static str) -> Fixer {
        Fixer {
            by: FixBy::DeveloperPortal,
            place: Some(place),
        }
    }

    /// A developer.
    pub const DEVELOPER: Fixer = Fixer {
        by: FixBy::Developer,
        place: None,
    };

    /// This app's fixed copy, or (when there is one) the Developer Portal field `place`.
    pub const fn app(place: Option<&'static str>) -> Fixer {
        Fixer {
            by: FixBy::App,
            place,
        }
    }
}

/// Who fixes what a check finds when the fixed copy does not repair it: a fact each
/// check (a store check's registry entry, a version check) declares beside its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhoFixes {
    /// A developer.
    Developer,
    /// The publisher, in this Developer Portal page and field ("App features › Bot").
    Portal(&'static str),
    /// Each finding by its place: a manifest's `/name…` in Basic information › App names,
    /// `/description…` in Basic information › Descriptions, `/developer…` in Basic
    /// information › Developer information; anything else a developer.
    ByPlace,
}

/// The Developer Portal page of the app's version.
pub const VERSION_PAGE: &str = "portal-basic-version";

impl WhoFixes {
    /// Who fixes a finding at `pointer` in the file `file` (`manifest.json` or another
    /// file of the package). An agent's or a localization file is a developer's, not a
    /// Developer Portal form, whatever the check.
    pub fn at(self, file: &str, pointer: &str) -> Fixer {
        if file != "manifest.json" {
            return Fixer::DEVELOPER;
        }
        match self {
            WhoFixes::Developer => Fixer::DEVELOPER,
            WhoFixes::Portal(place) => Fixer::portal(place),
            WhoFixes::ByPlace => {
                let under = |top: &str| {
                    pointer
                        .strip_prefix(top)
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
                };
                if under("/name") {
                    Fixer::portal("portal-basic-app-names")
                } else if under("/description") {
                    Fixer::portal("portal-basic-descriptions")
                } else if under("/developer") {
                    Fixer::portal("portal-basic-developer-information")
                } else {
                    Fixer::DEVELOPER
                }
            }
        }
    }

    /// The Developer Portal page this names, when it names one.
    pub fn page(self) -> Option<&'static str> {
        match self {
            WhoFixes::Portal(place) => Some(place),
            WhoFixes::Developer | WhoFixes::ByPlace => None,
        }
    }
}

impl CheckId {
    /// Who fixes this check's failure when the fixed copy does not: the version in
    /// Developer Portal › Basic information › Version; a changed app ID, a developer
    /// (the package rebuilt with the published ID).
    pub fn who_fixes(self) -> WhoFixes {
        match self {
            CheckId::VersionFormat | CheckId::VersionIncremented => WhoFixes::Portal(VERSION_PAGE),
            CheckId::AppIdUnchanged => WhoFixes::Developer,
        }
    }

    /// True when the fixed copy repairs this check's failure (the version, which a fix
    /// option gives or the copy raises).
    pub fn repairable(self) -> bool {
        match self {
            CheckId::VersionFormat | CheckId::VersionIncremented => true,
            CheckId::AppIdUnchanged => false,
        }
    }
}

impl CheckOutcome {
    /// True when a fixed copy may repair this outcome: a failed check the copy repairs.
    pub fn repairable(&self) -> bool {
        self.status == Status::Fail && self.check.repairable()
    }

    /// Who fixes this outcome: `None` unless it failed; this app when its fixed copy
    /// repairs it (with the Developer Portal field that also does), else who the check names.
    pub fn fixer(&self) -> Option<Fixer> {
        if self.status != Status::Fail {
            return None;
        }
        let who = self.check.who_fixes();
        Some(if self.check.repairable() {
            Fixer::app(who.page())
        } else {
            who.at("manifest.json", "")
        })
    }
}

impl std::fmt::Display for CheckId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// The result of one check.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CheckOutcome {
    /// Which check (`app-id-unchanged`, `version-format` or `version-incremented` in reports).
    pub check: CheckId,
    /// Pass, fail, warn or skip.
    pub status: Status,
    /// What was found and, when it is not a pass, what to do.
    #[serde(flatten)]
    pub message: Message,
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
            msg!("check-app-id-changed", old = &old.id, new = &new.id),
        )
    } else if !is_guid(&new.id) {
        (Status::Warn, msg!("check-app-id-not-guid", id = &new.id))
    } else {
        (Status::Pass, msg!("check-app-id-same", id = &new.id))
    };
    CheckOutcome {
        check: CheckId::AppIdUnchanged,
        status,
        message,
    }
}

/// `version-format`: the store accepts only `MAJOR.MINOR.PATCH` with plain numbers.
pub fn version_format(new: &Manifest) -> CheckOutcome {
    let version = new.version.as_str();
    let shown = shorten(version);
    let problem = if version.chars().count() > 256 {
        Some(msg!("check-version-too-long", version = shown))
    } else if !is_strict_version(version) {
        Some(msg!("check-version-not-three-numbers", version = shown))
    } else if new.has_office_extensions
        && version
            .split('.')
            .any(|segment| segment.len() > 5 || segment.parse::<u32>().is_ok_and(|n| n > 99_999))
    {
        Some(msg!("check-version-addin-part-too-big", version = shown))
    } else {
        None
    };
    let (status, message) = match problem {
        Some(problem) => (Status::Fail, problem),
        None => (
            Status::Pass,
            msg!("check-version-well-formed", version = version),
        ),
    };
    CheckOutcome {
        check: CheckId::VersionFormat,
        status,
        message,
    }
}

/// `version-incremented`: any change needs a higher version than the published one.
pub fn version_incremented(old: &Manifest, new: &Manifest, nothing_changed: bool) -> CheckOutcome {
    let (status, message) = if nothing_changed {
        (Status::Skip, msg!("check-version-nothing-changed"))
    } else {
        let (old_version, new_version) = (shorten(&old.version), shorten(&new.version));
        match compare_versions(&new.version, &old.version) {
            Some(Ordering::Greater) => (
                Status::Pass,
                msg!(
                    "check-version-goes-up",
                    old = old_version,
                    new = new_version
                ),
            ),
            Some(Ordering::Equal) if old.version == new.version => (
                Status::Fail,
                msg!(
                    "check-version-unchanged",
                    old = old_version,
                    new = new_version,
                    next = next_version(&old.version),
                ),
            ),
            Some(Ordering::Equal) => (
                Status::Fail,
                msg!(
                    "check-version-same-number",
                    old = old_version,
                    new = new_version,
                    next = next_version(&old.version),
                ),
            ),
            Some(_) => (
                Status::Fail,
                msg!("check-version-lower", old = old_version, new = new_version),
            ),
            None => {
                let (which, text) = if lenient_version(&old.version).is_none() {
                    ("published", old.version.as_str())
                } else {
                    ("new", new.version.as_str())
                };
                // Say the real reason: letters or other signs, or a number too long to compare.
                let reason = if text
                    .split('.')
                    .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
                {
                    "long"
                } else {
                    "signs"
                };
                (
                    Status::Warn,
                    msg!(
                        "check-version-not-comparable",
                        which = which,
                        version = shorten(text),
                        reason = reason,
                    ),
                )
            }
        }
    };
    CheckOutcome {
        check: CheckId::VersionIncremented,
        status,
        message,
    }
}

/// Compares two versions the lenient way `version-incremented` does: any
/// number of dot-separated numbers, missing parts counting as 0 (so 2.4.0.0
/// equals 2.4.0). `None` when either is not made of numbers and dots.
pub fn compare_versions(a: &str, b: &str) -> Option<Ordering> {
    let (a, b) = (lenient_version(a)?, lenient_version(b)?);
    let length = a.len().max(b.len());
    let part = |v: &[u64], i: usize| v.get(i).copied().unwrap_or(0);
    Some(
        (0..length)
            .map(|i| part(&a, i).cmp(&part(&b, i)))
            .find(|order| order.is_ne())
            .unwrap_or(Ordering::Equal),
    )
}

/// A version one step above `version` in its last part (`1.0.9` → `1.0.10`), as an example.
fn next_version(version: &str) -> crate::message::Arg {
    match lenient_version(version) {
        Some(mut parts) if parts.len() >= 3 => {
            if let Some(last) = parts.get_mut(2) {
                *last = last.saturating_add(1);
            }
            parts.truncate(3);
            parts
                .iter()
                .map(u64::to_string)
                .collect::<Vec<_>>()
                .join(".")
                .into()
        }
        Some(parts) => {
            let mut three: Vec<u64> = parts.clone();
            three.resize(3, 0);
            if let Some(last) = three.get_mut(2) {
                *last = last.saturating_add(1);
            }
            three
                .iter()
                .map(u64::to_string)
                .collect::<Vec<_>>()
                .join(".")
                .into()
        }
        None => msg!("check-version-higher-number").into(),
    }
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

/// Parses one or more dot-separated runs of ASCII digits (leading zeros
/// allowed; a run of more than 18 digits is not parseable).
fn lenient_version(version: &str) -> Option<Vec<u64>> {
    version
        .split('.')
        .map(|segment| {
            if segment.is_empty()
                || segment.len() > 18
                || !segment.bytes().all(|b| b.is_ascii_digit())
            {
                None
            } else {
                segment.parse().ok()
            }
        })
        .collect()
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
        // Any number of segments; missing ones are 0.
        assert_eq!(check("1.0.0.0", "1.0.1"), Status::Pass);
        assert_eq!(check("2.4.0.0", "2.4.0"), Status::Fail);
        assert_eq!(check("2.4.0", "2.4.0.1"), Status::Pass);
        assert_eq!(check("1.2.3.4.5", "1.2.3.4.6"), Status::Pass);
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

    #[test]
    fn messages_name_the_real_reason() {
        let message = |o: &str, n: &str| {
            version_incremented(&with(GUID, o), &with(GUID, n), false)
                .message
                .text()
        };
        let lower = message("2.0.0", "1.9.0");
        assert!(
            lower.contains("lower") && lower.contains("wrong way round"),
            "{lower}"
        );
        let same = message("2.4.0.0", "2.4.0");
        assert!(same.contains("same number written differently"), "{same}");
        assert!(!same.contains("not made of numbers"), "{same}");
        let unchanged = message("1.0.9", "1.0.9");
        assert!(unchanged.contains("1.0.10"), "{unchanged}");
        let unreadable = message("1.0.0", "1.0.0-beta");
        assert!(
            unreadable.contains("the new version \"1.0.0-beta\""),
            "{unreadable}"
        );
    }

    #[test]
    fn check_ids_and_titles_come_from_one_place() {
        assert_eq!(CheckId::AppIdUnchanged.id(), "app-id-unchanged");
        assert_eq!(
            serde_json::to_value(CheckId::VersionIncremented).ok(),
            Some(serde_json::json!("version-incremented"))
        );
        assert_eq!(
            CheckId::VersionFormat.title().text(),
            "The version number is written correctly"
        );
    }
}
