//! The report: everything the window and the command line show about one update.

use crate::button::download_url;
use crate::changes::{Change, diff};
use crate::checks::{self, CheckOutcome, Status};
use crate::input::{Input, SideError, load_files};
use crate::json::semantic_eq;
use crate::rules::{self, RuleOutcome};

/// The overall answer: can this update be submitted?
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Every check passes (or only warns): the update can be submitted.
    Ready,
    /// At least one check fails: fix it before submitting.
    Blocked,
    /// The two inputs are the same: there is no update to submit.
    NothingToSubmit,
}

impl Verdict {
    /// The identifier used in reports (`ready`, `blocked`, `nothing-to-submit`).
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Ready => "ready",
            Verdict::Blocked => "blocked",
            Verdict::NothingToSubmit => "nothing-to-submit",
        }
    }
}

/// A short description of one input.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// The file's name.
    pub file_name: String,
    /// The app's short name, when the manifest has one.
    pub app_name: Option<String>,
    /// The app ID as written.
    pub id: String,
    /// The app version as written.
    pub version: String,
    /// The manifest schema version, when present.
    pub manifest_version: Option<String>,
}

impl Summary {
    /// Summarises a loaded input.
    pub fn of(input: &Input) -> Self {
        Summary {
            file_name: input.file_name.clone(),
            app_name: input.manifest.app_name().map(str::to_string),
            id: input.manifest.id.clone(),
            version: input.manifest.version.clone(),
            manifest_version: input.manifest.manifest_version(),
        }
    }
}

/// Everything known about an update: verdict, consent impact, checks, changes, link.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Report {
    /// Ready, blocked, or nothing to submit.
    pub verdict: Verdict,
    /// True when existing users will be asked to approve the app again.
    pub consent_required: bool,
    /// All consent rules, triggered or not, in order.
    pub consent: Vec<RuleOutcome>,
    /// The three version and app ID checks, in order.
    pub checks: Vec<CheckOutcome>,
    /// Every difference between the two inputs.
    pub changes: Vec<Change>,
    /// The store link for the download button, when the new app ID is a GUID.
    pub download_url: Option<String>,
    /// The published input.
    pub old: Summary,
    /// The input to submit.
    pub new: Summary,
}

impl Report {
    /// The rules that were triggered.
    pub fn triggered_rules(&self) -> impl Iterator<Item = &RuleOutcome> {
        self.consent.iter().filter(|rule| rule.triggered)
    }

    /// The checks that failed.
    pub fn failed_checks(&self) -> impl Iterator<Item = &CheckOutcome> {
        self.checks
            .iter()
            .filter(|check| check.status == Status::Fail)
    }
}

/// Compares the published input with the new one.
pub fn check(old: &Input, new: &Input) -> Report {
    let nothing_changed = semantic_eq(&old.manifest.document, &new.manifest.document)
        && old.companion_files == new.companion_files;
    let consent = rules::evaluate(&old.manifest, &new.manifest);
    let checks = checks::evaluate(&old.manifest, &new.manifest, nothing_changed);
    let verdict = if nothing_changed {
        Verdict::NothingToSubmit
    } else if checks.iter().any(|c| c.status == Status::Fail) {
        Verdict::Blocked
    } else {
        Verdict::Ready
    };
    Report {
        verdict,
        consent_required: consent.iter().any(|rule| rule.triggered),
        consent,
        checks,
        changes: diff(
            &old.manifest.document,
            &new.manifest.document,
            &old.companion_files,
            &new.companion_files,
        ),
        download_url: download_url(&new.manifest.id),
        old: Summary::of(old),
        new: Summary::of(new),
    }
}

/// Loads both files and compares them. When both are bad, the error names the
/// published one.
pub fn check_files(old: &std::path::Path, new: &std::path::Path) -> Result<Report, SideError> {
    let (old, new) = load_files(old, new)?;
    Ok(check(&old, &new))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(json: &str) -> Input {
        Input::from_bytes("manifest.json", json.as_bytes()).unwrap()
    }

    const ID: &str = "0b5c3d6e-1234-4abc-9def-00112233aabb";

    #[test]
    fn same_document_is_nothing_to_submit() {
        let a = input(&format!(r#"{{"id": "{ID}", "version": "1.0.0", "n": 1}}"#));
        let b = input(&format!(
            r#"{{"n": 1.0, "version": "1.0.0", "id": "{ID}"}}"#
        ));
        let report = check(&a, &b);
        assert_eq!(report.verdict, Verdict::NothingToSubmit);
        assert!(!report.consent_required && report.changes.is_empty());
        assert_eq!(report.checks[2].status, Status::Skip);
        assert_eq!(
            report.download_url.as_deref(),
            Some(&*format!("https://teams.microsoft.com/l/app/{ID}"))
        );
    }

    #[test]
    fn change_without_bump_is_blocked_and_with_bump_ready() {
        let a = input(&format!(
            r#"{{"id": "{ID}", "version": "1.0.0", "name": {{"short": "A"}}}}"#
        ));
        let b = input(&format!(
            r#"{{"id": "{ID}", "version": "1.0.0", "name": {{"short": "B"}}}}"#
        ));
        assert_eq!(check(&a, &b).verdict, Verdict::Blocked);
        let c = input(&format!(
            r#"{{"id": "{ID}", "version": "1.0.1", "name": {{"short": "B"}}}}"#
        ));
        let report = check(&a, &c);
        assert_eq!(report.verdict, Verdict::Ready);
        assert_eq!(report.old.app_name.as_deref(), Some("A"));
        assert_eq!(report.changes.len(), 2);
    }

    #[test]
    fn consent_does_not_block() {
        let a = input(&format!(r#"{{"id": "{ID}", "version": "1.0.0"}}"#));
        let b = input(&format!(
            r#"{{"id": "{ID}", "version": "1.1.0", "bots": [{{"botId": "x"}}]}}"#
        ));
        let report = check(&a, &b);
        assert_eq!(report.verdict, Verdict::Ready);
        assert!(report.consent_required);
        assert_eq!(
            report.triggered_rules().map(|r| r.rule).collect::<Vec<_>>(),
            ["bot-added-or-removed"]
        );
    }

    #[test]
    fn placeholder_id_has_no_link() {
        let a = input(r#"{"id": "${{TEAMS_APP_ID}}", "version": "1.0.0"}"#);
        let b = input(r#"{"id": "${{TEAMS_APP_ID}}", "version": "1.0.1"}"#);
        let report = check(&a, &b);
        assert_eq!(report.download_url, None);
        assert_eq!(report.checks[0].status, Status::Warn);
        assert_eq!(report.verdict, Verdict::Ready);
    }
}
