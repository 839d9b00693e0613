//! The report: everything the window and the command line show about one update.

use crate::agents::notes::AgentNote;
use crate::button::download_url;
use crate::changes::{Change, diff};
use std::collections::BTreeMap;

use crate::checks::{self, CheckId, CheckOutcome, Status};
use crate::input::{Input, SideError, load_files};
use crate::json::semantic_eq;
use crate::message::Message;
use crate::msg;
use crate::rules::{self, RuleOutcome};
use crate::store::{Finding, Severity, StoreScope};

/// The overall answer: can this update be submitted?
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Every check passes (or only warns) and the store checks found no error:
    /// the update can be submitted.
    Ready,
    /// A check fails or the store would refuse the package: fix it before submitting.
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
    /// The package's color icon (PNG bytes), for the HTML report's header; not part of
    /// the JSON output.
    #[serde(skip)]
    pub color_icon: Option<Vec<u8>>,
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
            color_icon: input
                .color_icon()
                .filter(|bytes| bytes.starts_with(b"\x89PNG"))
                .map(<[u8]>::to_vec),
        }
    }
}

/// Everything known about an update: verdict, consent impact, checks, changes, link.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Report {
    /// Ready, blocked, or nothing to submit.
    pub verdict: Verdict,
    /// True when anyone will be asked to approve the update again: existing users (rules
    /// 1–11) or the admin who deployed the Office add-in (rules 12–13); see `consent_by`.
    pub consent_required: bool,
    /// Who approves the update again (`consent_by`): `users`, then `admin`, for the
    /// triggered rules; empty when none is triggered.
    pub consent_by: Vec<rules::Who>,
    /// All consent rules, triggered or not, in order.
    pub consent: Vec<RuleOutcome>,
    /// The three version and app ID checks, in order.
    pub checks: Vec<CheckOutcome>,
    /// Every difference between the two inputs.
    pub changes: Vec<Change>,
    /// The store link for the download button, when the new app ID is a GUID and
    /// the app ID check does not fail.
    pub download_url: Option<String>,
    /// Why there is no link, when there is none (its text in JSON).
    #[serde(serialize_with = "message_text")]
    pub no_link_reason: Option<Message>,
    /// True when both inputs are packages, so their icons and other files were compared.
    pub files_compared: bool,
    /// What the store would refuse or question in the new version, in the order
    /// of the store checks.
    pub store: Vec<Finding>,
    /// What the store checks could look at.
    pub store_scope: StoreScope,
    /// For each store finding, in order: true when the published version has the same
    /// finding at the same place with the same value (the store accepted it before).
    /// In JSON, each store finding's `already_published`.
    #[serde(skip)]
    pub already_published: Vec<bool>,
    /// The store warnings that follow from an error of the same report (a file left
    /// unused by a reference the error removed): said under the error, not on their own.
    #[serde(skip)]
    pub store_consequences: Vec<crate::store::Consequence>,
    /// When the published version cannot be the package in the store (its app ID is not
    /// a GUID, or it holds placeholders that build tools fill in): why, and what to open
    /// instead. Then no finding is said to be "already in your published version".
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "message_text"
    )]
    pub published_not_in_store: Option<Message>,
    /// The published input.
    pub old: Summary,
    /// The input to submit.
    pub new: Summary,
    /// The names of list entries that have one (personal tabs), by change path, so
    /// changes name a tab rather than its ID (not part of the JSON output).
    #[serde(skip)]
    pub entry_names: crate::describe::EntryNames,
    /// What users will notice about the Copilot agent (information only: never a
    /// consent rule, never the verdict). In JSON, `agent_notes` (`[]` when none).
    pub agent_notes: Vec<AgentNote>,
}

impl Report {
    /// True when every existing user is asked to approve the app again (rules 1–11).
    pub fn users_asked(&self) -> bool {
        self.consent_by.contains(&rules::Who::Users)
    }

    /// True when the admin who deployed the app's Office add-in has to approve it again.
    pub fn admin_asked(&self) -> bool {
        self.consent_by.contains(&rules::Who::Admin)
    }

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

    /// The store findings arranged as every output says them: a warning that follows
    /// from an error is said under it ([`crate::store::consequences`]), not on its own.
    pub fn store_summary(&self) -> crate::store::StoreSummary<'_> {
        crate::store::summarize(&self.store, &self.store_scope, &self.store_consequences)
    }

    /// The store findings that block the update.
    pub fn store_errors(&self) -> impl Iterator<Item = &Finding> {
        crate::store::of_severity(&self.store, Severity::Error)
    }

    /// The store findings that do not block it.
    pub fn store_warnings(&self) -> impl Iterator<Item = &Finding> {
        crate::store::of_severity(&self.store, Severity::Warning)
    }

    /// How many problems must be fixed before submitting: failed checks and store errors.
    pub fn problem_count(&self) -> usize {
        self.failed_checks().count() + self.store_errors().count()
    }
}

/// Compares the published input with the new one.
pub fn check(old: &Input, new: &Input) -> Report {
    // Package files can only be compared between two packages: a bare manifest.json
    // has none, which says nothing about the icons the publisher will upload.
    let files_compared = old.is_package && new.is_package;
    let no_files = BTreeMap::new();
    let (old_files, new_files) = if files_compared {
        (&old.companion_files, &new.companion_files)
    } else {
        (&no_files, &no_files)
    };
    let nothing_changed =
        semantic_eq(&old.manifest.document, &new.manifest.document) && old_files == new_files;
    let consent = rules::evaluate(&old.manifest, &new.manifest);
    let checks = checks::evaluate(&old.manifest, &new.manifest, nothing_changed);
    let store = store_checks_of_update(old, new);
    // The published version is checked only when the new one has findings to compare:
    // a clean update costs one store check, not two.
    let published_store = if store.findings.is_empty() {
        crate::store::StoreReport::default()
    } else {
        store_checks(old)
    };
    let published_not_in_store = not_the_store_package(old, &published_store);
    let already_published = store
        .findings
        .iter()
        .map(|finding| {
            if published_not_in_store.is_some() {
                return false;
            }
            let same_value = finding.file != crate::store::MANIFEST_FILE
                || old.manifest.document.pointer(&finding.pointer)
                    == new.manifest.document.pointer(&finding.pointer);
            same_value
                && published_store
                    .findings
                    .iter()
                    .any(|old_finding| crate::store::same_finding(finding, old_finding))
        })
        .collect();
    let new_entries: Vec<&str> = if new.is_package {
        new.companion_files.keys().map(String::as_str).collect()
    } else {
        Vec::new()
    };
    let store_consequences = crate::store::consequences(
        &store.findings,
        old.agents.as_ref().map(|agents| &agents.used),
        new.agents.as_ref().map(|agents| &agents.used),
        &new_entries,
    );
    let id_rejected = checks
        .iter()
        .any(|c| c.check == CheckId::AppIdUnchanged && c.status == Status::Fail);
    let verdict = if nothing_changed {
        Verdict::NothingToSubmit
    } else if checks.iter().any(|c| c.status == Status::Fail) || store.errors().next().is_some() {
        Verdict::Blocked
    } else {
        Verdict::Ready
    };
    let (download_url, no_link_reason) = link(&new.manifest.id, id_rejected);
    let mut changes = diff(
        &old.manifest.document,
        &new.manifest.document,
        old_files,
        new_files,
    );
    crate::addin::tell_changes(&mut changes, &old.manifest.document, &new.manifest.document);
    let agent_notes = agents(old, new, files_compared, &mut changes);
    Report {
        verdict,
        consent_required: consent.iter().any(|rule| rule.triggered),
        consent_by: rules::consent_by(&consent),
        consent,
        checks,
        changes,
        download_url,
        no_link_reason,
        files_compared,
        store: store.findings,
        store_scope: store.scope,
        already_published,
        store_consequences,
        published_not_in_store,
        old: Summary::of(old),
        new: Summary::of(new),
        entry_names: crate::describe::entry_names(&old.manifest.document, &new.manifest.document),
        agent_notes,
    }
}

/// A message in JSON as its text (a member that has always been a text).
fn message_text<S: serde::Serializer>(
    message: &Option<Message>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match message {
        Some(message) => serializer.serialize_some(&message.text()),
        None => serializer.serialize_none(),
    }
}

/// Why the published input cannot be the package the store has, in words with what to
/// open instead; `None` when it can be (a GUID app ID, a manifest format the store accepts,
/// and no placeholder in the manifest, nor, when its store checks ran, in its other files).
/// A store package is built: its app ID is a real one, its format a published one, and its
/// placeholders were filled in.
fn not_the_store_package(
    old: &Input,
    published_store: &crate::store::StoreReport,
) -> Option<Message> {
    let id = &old.manifest.id;
    let placeholder_id = crate::store::has_placeholder(id);
    let reason = if placeholder_id || !crate::ids::is_guid(id.trim()) {
        msg!(
            "report-not-store-package-app-id",
            id = crate::store::words::shorten(id, 40)
        )
    } else if let Some(format) = crate::store::refused_format(&old.manifest.document) {
        msg!(
            "report-not-store-package-format",
            format = crate::store::words::shorten(format, 40)
        )
    } else if let Some(text) =
        crate::store::texts_where(&old.manifest.document, crate::store::has_placeholder)
            .first()
            .map(|(_, text)| (*text).to_string())
            .or_else(|| {
                published_store
                    .findings
                    .iter()
                    .find(|finding| finding.check == "placeholders")
                    .and_then(|finding| finding.value.clone())
            })
    {
        msg!(
            "report-not-store-package-placeholder",
            placeholder = crate::store::words::shorten(&text, 40)
        )
    } else {
        return None;
    };
    Some(msg!("report-not-store-package", reason = reason))
}

/// The Copilot agent's changes in words (`agents.md` §4), in place of the raw lines they
/// replace in `changes`, and the notes on what users will notice (§5). The agent files are
/// compared only between two packages; otherwise only the manifests' agent entries are.
fn agents<'a>(
    old: &'a Input,
    new: &'a Input,
    files_compared: bool,
    changes: &mut Vec<Change>,
) -> Vec<AgentNote> {
    use crate::agents::AgentFiles;
    use crate::agents::changes::{AgentSide, compare, drop_raw};
    // Agent files are compared only between two packages (read when each was loaded).
    let files = |input: &'a Input| input.agents.as_ref().filter(|_| files_compared);
    let (old_files, new_files) = (files(old), files(new));
    let kinds = |files: Option<&AgentFiles>| {
        files
            .map(|files| files.used.kinds.clone())
            .unwrap_or_default()
    };
    // A file the update left unchanged is loaded once, on the new side: the published
    // side's comparison and notes read the same document.
    let old_document = |name: &str| {
        let old_file = old_files?.files.get(name)?;
        match new_files.and_then(|files| files.files.get(name)) {
            Some(new_file) if new_file.text == old_file.text && new_file.kind == old_file.kind => {
                new_files?.document(name)
            }
            _ => old_files?.document(name),
        }
    };
    let new_document = |name: &str| new_files?.document(name);
    let old_side = AgentSide {
        manifest: &old.manifest.document,
        kinds: kinds(old_files),
        document: &old_document,
    };
    let new_side = AgentSide {
        manifest: &new.manifest.document,
        kinds: kinds(new_files),
        document: &new_document,
    };
    let compared = compare(&old_side, &new_side);
    let loaded: std::collections::BTreeSet<String> = old_side
        .kinds
        .keys()
        .chain(new_side.kinds.keys())
        .cloned()
        .collect();
    drop_raw(changes, &loaded);
    changes.extend(compared.changes);
    crate::agents::notes::notes(&old_side, &new_side, &compared.plugin_pairs, files_compared)
}

/// The store checks on an input as the version to submit: its manifest, as read,
/// and for a package its files.
pub fn store_checks(new: &Input) -> crate::store::StoreReport {
    store_checks_with(new, None)
}

/// [`store_checks`] on the version to submit of an update, with the published version
/// for the check that compares them (`bot-id-kept`).
pub fn store_checks_of_update(old: &Input, new: &Input) -> crate::store::StoreReport {
    store_checks_with(
        new,
        Some(crate::store::Published {
            old: &old.manifest,
            new: &new.manifest,
        }),
    )
}

fn store_checks_with(
    new: &Input,
    published: Option<crate::store::Published<'_>>,
) -> crate::store::StoreReport {
    let names: Vec<&str> = new.companion_files.keys().map(String::as_str).collect();
    let package = new.is_package.then_some(crate::store::PackageView {
        file_names: &names,
        kept_files: &new.kept_files,
        size: new.package_size,
        file_sizes: Some(&new.companion_files),
        agents: new.agents.as_ref(),
    });
    crate::store::evaluate_update(
        &new.manifest.document,
        &new.manifest_text,
        package,
        published,
    )
}

/// The download link for the new app ID, or why there is none.
fn link(app_id: &str, id_rejected: bool) -> (Option<String>, Option<Message>) {
    if id_rejected {
        return (None, Some(msg!("report-no-link-app-id-changed")));
    }
    match download_url(app_id) {
        Some(url) => (Some(url), None),
        None => (
            None,
            Some(msg!(
                "report-no-link-not-an-app-id",
                id = crate::store::words::shorten(app_id, 60)
            )),
        ),
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
    use serde_json::json;

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

    /// A manifest the store accepts, with `changes` merged in at the top level.
    fn valid(changes: serde_json::Value) -> Input {
        input(&crate::store::test_support::valid_manifest(changes))
    }

    #[test]
    fn change_without_bump_is_blocked_and_with_bump_ready() {
        let name =
            |short: &str| json!({"name": {"short": short, "full": format!("Contoso {short}")}});
        let a = valid(name("A"));
        let mut b_changes = name("B");
        assert_eq!(
            check(&a, &valid(b_changes.clone())).verdict,
            Verdict::Blocked
        );
        b_changes["version"] = json!("1.0.1");
        let report = check(&a, &valid(b_changes));
        assert_eq!(report.verdict, Verdict::Ready, "{:#?}", report.store);
        assert_eq!(report.old.app_name.as_deref(), Some("A"));
        assert_eq!(report.changes.len(), 3);
    }

    #[test]
    fn consent_does_not_block() {
        let a = valid(json!({}));
        let b = valid(json!({"version": "1.1.0", "bots": [{"botId": ID, "scopes": ["personal"]}]}));
        let report = check(&a, &b);
        assert_eq!(report.verdict, Verdict::Ready, "{:#?}", report.store);
        assert!(report.consent_required);
        assert_eq!(
            report.triggered_rules().map(|r| r.rule).collect::<Vec<_>>(),
            ["bot-added-or-removed"]
        );
    }

    #[test]
    fn store_errors_block_but_nothing_to_submit_wins() {
        let a = valid(json!({}));
        let b = valid(
            json!({"version": "1.0.1", "validDomains": ["tasks.contoso.com", "abc.ngrok.io"]}),
        );
        let report = check(&a, &b);
        assert_eq!(report.verdict, Verdict::Blocked);
        assert!(report.checks.iter().all(|c| c.status == Status::Pass));
        assert_eq!(report.problem_count(), 1);
        assert_eq!(
            report
                .store_errors()
                .map(|f| f.pointer.as_str())
                .collect::<Vec<_>>(),
            ["/validDomains/1"]
        );
        let same = check(&b, &b);
        assert_eq!(same.verdict, Verdict::NothingToSubmit);
        assert_eq!(same.store_errors().count(), 1);
    }

    #[test]
    fn placeholder_id_has_no_link() {
        let a = input(r#"{"id": "${{TEAMS_APP_ID}}", "version": "1.0.0"}"#);
        let b = input(r#"{"id": "${{TEAMS_APP_ID}}", "version": "1.0.1"}"#);
        let report = check(&a, &b);
        assert_eq!(report.download_url, None);
        assert!(
            report
                .no_link_reason
                .as_ref()
                .is_some_and(|r| r.text().contains("not a real app ID"))
        );
        assert_eq!(report.checks[0].status, Status::Warn);
        // A template is not ready: the store checks find its placeholder (and more).
        assert_eq!(report.verdict, Verdict::Blocked);
        assert!(
            report
                .store_errors()
                .any(|f| f.check == "placeholders" && f.pointer == "/id")
        );
    }

    #[test]
    fn changed_app_id_has_no_link() {
        let a = valid(json!({}));
        let b = valid(json!({"version": "1.0.1", "id": "1b5c3d6e-1234-4abc-9def-00112233aabb"}));
        let report = check(&a, &b);
        assert_eq!(report.checks[0].status, Status::Fail);
        assert_eq!(report.download_url, None);
        assert!(
            report
                .no_link_reason
                .as_ref()
                .is_some_and(|r| r.text().contains("app ID changed"))
        );
    }

    #[test]
    fn package_files_are_compared_only_between_two_packages() {
        let manifest = crate::store::test_support::valid_manifest(json!({}));
        let zip = |icon: &[u8]| {
            let mut out = std::io::Cursor::new(Vec::new());
            let mut writer = zip::ZipWriter::new(&mut out);
            for (name, bytes) in [("manifest.json", manifest.as_bytes()), ("color.png", icon)] {
                writer
                    .start_file(name, zip::write::SimpleFileOptions::default())
                    .unwrap();
                std::io::Write::write_all(&mut writer, bytes).unwrap();
            }
            writer.finish().unwrap();
            out.into_inner()
        };
        let package = Input::from_bytes("app.zip", &zip(b"icon")).unwrap();
        let bare = input(&manifest);
        // The package against its own manifest: nothing changed, no files listed as removed.
        let report = check(&package, &bare);
        assert_eq!(report.verdict, Verdict::NothingToSubmit);
        assert!(!report.files_compared && report.changes.is_empty());
        // Two packages: a changed icon is a change.
        let other = Input::from_bytes("app.zip", &zip(b"other icon")).unwrap();
        let report = check(&package, &other);
        assert!(report.files_compared);
        assert_eq!(report.verdict, Verdict::Blocked);
        assert!(report.changes.iter().any(|c| c.path == "color.png"));
    }
}
