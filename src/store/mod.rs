//! The store checks: would the Teams Store accept the new version?
//!
//! Checks run on the version to submit only (the published one is already in
//! the store). Each check lives in its own module, documenting what it checks,
//! why, an example and Microsoft's source, next to its code and tests, as the
//! consent rules in [`crate::rules`] do. Every finding names the file it is
//! about, a JSON pointer (RFC 6901) into that file, and the line and column of
//! that spot.
//!
//! An **error** is something the upload service or the store's validation
//! refuses: any error blocks the update. A **warning** is review guidance or an
//! unofficial limit: shown, never blocking.

//! Every check is an entry of [`STORE_CHECKS`] (as the consent rules are of
//! [`crate::rules::RULES`]): its identifier, a plain-language title, its
//! severity, whether it needs the package, and one function from the
//! [`Subject`] to what it finds. The registry, not the check, decides the
//! severity; [`evaluate`] runs the entries in order.

mod activities;
mod agent_files;
mod agent_localization;
mod agent_name_match;
mod agent_operations;
mod agent_schema;
mod agent_schema_url;
pub mod agent_store;
mod agent_text_hygiene;
mod agent_urls;
mod api_message_extension;
mod app_name_core_feature;
mod app_name_words;
mod bot_id_guid;
mod bot_id_kept;
mod cea_bot_id;
mod channel_features;
mod commands;
mod consequences;
mod consequential_actions;
mod da_actions;
mod da_graph_connectors;
mod da_starters_count;
mod dashboard_cards;
mod descriptions;
mod https_urls;
mod icon_color;
mod icon_color32x32;
mod icon_outline;
mod localization;
mod localization_tags;
mod long_description_copilot;
mod manifest_version;
mod me_sample_prompts;
mod package_extra_files;
mod package_files;
mod package_name_deprecated;
mod package_size;
mod placeholders;
mod required_texts;
mod schema;
mod schema_url;
mod static_tab_names;
mod subject;
mod summary;
mod valid_domains;
mod valid_domains_coverage;
mod version_major;
pub mod words;

use std::collections::BTreeMap;

use serde_json::Value;

use crate::json::locate;

pub use crate::checks::{FixBy, Fixer, WhoFixes};

/// The bundled schemas, where they were before they got their own module.
pub use crate::schemas;
pub use consequences::{Consequence, consequences, folded_under};
pub use icon_color::png_size;
pub use manifest_version::refused_format;
pub use placeholders::has_placeholder;
pub use schema_url::repairable as schema_link_repairable;
pub use subject::{LocalizationContent, LocalizationFile, PackageView, Published, Raw, Subject};
pub use summary::{StoreSummary, Template, summarize, where_text};

/// A store check: its identity, its plain-language title, how serious what it
/// finds is, and its code.
#[derive(Debug)]
pub struct StoreCheck {
    /// The identifier its findings carry, such as `valid-domains` (reports and the
    /// JSON output use it; never change one). A check whose findings can be errors
    /// or warnings has one entry for each, with the same identifier and title.
    pub id: &'static str,
    /// The catalogue identifier of a short title a publisher understands, such as
    /// "Outline icon is white on transparent" ([`check_title`] gives it as a message).
    pub title: &'static str,
    /// What the findings of this entry are.
    pub severity: Severity,
    /// True when it only looks at the package's files: skipped for a manifest alone.
    pub needs_package: bool,
    /// What it finds, in document order.
    pub run: fn(&Subject<'_>) -> Vec<Raw>,
    /// Who fixes what it finds when the fixed copy does not: a developer, a named
    /// Developer Portal page, or each finding by its place.
    pub fixed_by: WhoFixes,
    /// Which of its findings the fixed copy repairs.
    pub repairs: Repair,
}

/// Which findings of a check the fixed copy (`fix`) repairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repair {
    /// None.
    Never,
    /// Its errors, except those found unrepairable ([`Finding::unrepairable`]).
    Errors,
    /// Its errors at this pointer of the file, except those found unrepairable.
    ErrorsAt(&'static str),
    /// Every finding, warnings too (files the package does not use are removed).
    Always,
}

impl StoreCheck {
    /// True when the fixed copy repairs `finding` (one of this check's findings).
    pub fn repairs(&self, finding: &Finding) -> bool {
        let error = finding.severity == Severity::Error && !finding.unrepairable;
        match self.repairs {
            Repair::Never => false,
            Repair::Errors => error,
            Repair::ErrorsAt(pointer) => error && finding.pointer == pointer,
            Repair::Always => true,
        }
    }

    /// Who fixes `finding` (one of this check's findings): this app when its fixed
    /// copy repairs it (with the Developer Portal page that also does), else who the
    /// check names for the finding's file and place.
    pub fn fixer(&self, finding: &Finding) -> Fixer {
        if self.repairs(finding) {
            Fixer::app(self.fixed_by.page())
        } else {
            self.fixed_by.at(&finding.file, &finding.pointer)
        }
    }
}

/// A finding's check: its registry entry, compared, shown and serialized as the
/// entry's identifier (`finding.check == "schema"`, `"check": "schema"` in JSON).
#[derive(Clone, Copy)]
pub struct CheckRef(pub &'static StoreCheck);

impl CheckRef {
    /// The check's identifier, such as `valid-domains`.
    pub fn id(self) -> &'static str {
        self.0.id
    }
}

impl std::ops::Deref for CheckRef {
    type Target = StoreCheck;
    fn deref(&self) -> &StoreCheck {
        self.0
    }
}

impl PartialEq for CheckRef {
    fn eq(&self, other: &CheckRef) -> bool {
        self.0.id == other.0.id
    }
}

impl Eq for CheckRef {}

impl std::hash::Hash for CheckRef {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.id.hash(state);
    }
}

impl PartialOrd for CheckRef {
    fn partial_cmp(&self, other: &CheckRef) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CheckRef {
    fn cmp(&self, other: &CheckRef) -> std::cmp::Ordering {
        self.0.id.cmp(other.0.id)
    }
}

impl PartialEq<str> for CheckRef {
    fn eq(&self, other: &str) -> bool {
        self.0.id == other
    }
}

impl PartialEq<&str> for CheckRef {
    fn eq(&self, other: &&str) -> bool {
        self.0.id == *other
    }
}

impl PartialEq<CheckRef> for &str {
    fn eq(&self, other: &CheckRef) -> bool {
        *self == other.0.id
    }
}

impl std::fmt::Display for CheckRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.id)
    }
}

impl std::fmt::Debug for CheckRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.0.id)
    }
}

impl serde::Serialize for CheckRef {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0.id)
    }
}

impl StoreCheck {
    /// The warnings of a check whose other findings are errors: the same
    /// identifier and title, and `run` to find them.
    pub const fn warnings(self, run: fn(&Subject<'_>) -> Vec<Raw>) -> StoreCheck {
        StoreCheck {
            severity: Severity::Warning,
            run,
            ..self
        }
    }
}

/// Every store check, in reporting order: the errors, then the warnings.
pub static STORE_CHECKS: [&StoreCheck; 54] = [
    &manifest_version::CHECK,
    &schema::CHECK,
    &schema_url::CHECK,
    &placeholders::CHECK,
    &https_urls::CHECK,
    &valid_domains::CHECK,
    &static_tab_names::CHECK,
    &required_texts::CHECK,
    &version_major::CHECK,
    &package_files::CHECK,
    &agent_files::CHECK,
    &agent_schema::CHECK,
    &agent_urls::CHECK,
    &agent_operations::CHECK,
    &agent_name_match::CHECK,
    &da_starters_count::CHECK,
    &me_sample_prompts::CHECK,
    &agent_text_hygiene::CHECK,
    &long_description_copilot::CHECK,
    &cea_bot_id::CHECK,
    &da_graph_connectors::CHECK,
    &consequential_actions::CHECK,
    &icon_color::CHECK,
    &icon_outline::CHECK,
    &icon_color32x32::CHECK,
    &localization::CHECK,
    &app_name_core_feature::CHECK,
    &bot_id_guid::CHECK,
    &commands::SLASH,
    &commands::BOT_DUPLICATE,
    &api_message_extension::CHECK,
    &activities::CHECK,
    &dashboard_cards::CHECK,
    &bot_id_kept::CHECK,
    &commands::ME_DUPLICATE,
    &agent_localization::DEFAULT_FILE,
    &agent_localization::KEYS,
    &localization::UNUSUAL_LINK,
    &package_extra_files::CHECK,
    &package_size::CHECK,
    &package_name_deprecated::CHECK,
    &channel_features::CHECK,
    &app_name_words::CHECK,
    &descriptions::CHECK,
    &valid_domains_coverage::CHECK,
    &schema_url::UNUSUAL_LINK,
    &localization_tags::CHECK,
    &agent_schema::NEWER_FORMAT,
    &agent_schema_url::CHECK,
    &agent_localization::DEFAULT_FILE_WARNING,
    &agent_text_hygiene::WARNINGS,
    &long_description_copilot::WORDING,
    &consequential_actions::POST,
    &da_actions::CHECK,
];

/// The plain-language title of the check whose identifier is `id` (a finding's
/// [`Finding::check`]), such as "Manifest matches Microsoft's official schema" for
/// `schema`; `None` for an identifier no check has.
pub fn check_title(id: &str) -> Option<crate::message::Message> {
    STORE_CHECKS
        .iter()
        .find(|check| check.id == id)
        .map(|check| crate::message::Message::new(check.title))
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The store refuses the package: fix it before submitting.
    Error,
    /// Review guidance or an unofficial limit: worth a look, never blocking.
    Warning,
}

impl Severity {
    /// The identifier used in reports (`error`, `warning`).
    pub fn id(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One thing the store would refuse or question, and where it is.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    /// The check's registry entry, compared and serialized as its identifier, such as
    /// `valid-domains`.
    pub check: CheckRef,
    /// Error (blocks) or warning.
    pub severity: Severity,
    /// The file it is about: `manifest.json` or the package entry (a localization file).
    pub file: String,
    /// JSON pointer to the value it is about, in that file (`""` is the whole file).
    pub pointer: String,
    /// 1-based line of that value in the file, when the file is text.
    pub line: Option<usize>,
    /// 1-based column (in characters) of that value, when the file is text.
    pub column: Option<usize>,
    /// What is wrong and what to do, in plain words (in the JSON: `message`,
    /// `message_id` and `args`).
    #[serde(flatten)]
    pub message: crate::message::Message,
    /// Where Microsoft says so.
    pub source: &'static str,
    /// The text at the pointer, for a placeholder (not part of the JSON output).
    #[serde(skip)]
    pub value: Option<String>,
    /// True when the fixed copy cannot repair this finding although its check is one it
    /// repairs: a `$schema` link when the manifest's format is a preview or unknown one,
    /// or when the link is present but not a text (not part of the JSON output).
    #[serde(skip)]
    pub unrepairable: bool,
}

impl Finding {
    /// True when the fixed copy repairs this finding, as its check declares.
    pub fn repairable(&self) -> bool {
        self.check.repairs(self)
    }

    /// Who fixes this finding, as its check declares.
    pub fn fixer(&self) -> Fixer {
        self.check.fixer(self)
    }
}

/// True when a store finding of the new version is already in the published one: the
/// same check, file and place, and the same value there.
pub fn same_finding(new: &Finding, old: &Finding) -> bool {
    new.check == old.check
        && new.file == old.file
        && new.pointer == old.pointer
        && new.value == old.value
        && new.message == old.message
}

/// What the store checks could look at.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct StoreScope {
    /// The official schema the manifest was validated against (`v1.17`), or
    /// `None` when its manifest format is unknown.
    pub schema: Option<String>,
    /// True when a package was given, so its icons and files were checked too.
    pub package: bool,
}

/// The store checks' answer for the version to submit.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StoreReport {
    /// Every finding, in the order of the checks and, within a check, of the document.
    pub findings: Vec<Finding>,
    /// What was checked.
    pub scope: StoreScope,
}

impl StoreReport {
    /// The findings that block the update.
    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        of_severity(&self.findings, Severity::Error)
    }

    /// The findings that do not block it.
    pub fn warnings(&self) -> impl Iterator<Item = &Finding> {
        of_severity(&self.findings, Severity::Warning)
    }
}

/// The findings of one severity, in their order.
pub fn of_severity(findings: &[Finding], severity: Severity) -> impl Iterator<Item = &Finding> {
    findings
        .iter()
        .filter(move |finding| finding.severity == severity)
}

/// Microsoft's pages the checks cite.
pub mod sources {
    /// The Microsoft Graph "Publish teamsApp" page (upload service error codes).
    pub const UPLOAD: &str = "https://learn.microsoft.com/graph/api/teamsapp-publish";
    /// Teams Store validation guidelines ("Must fix").
    pub const STORE: &str = "https://learn.microsoft.com/microsoftteams/platform/concepts/deploy-and-publish/appsource/prepare/teams-store-validation-guidelines";
    /// The app manifest reference.
    pub const MANIFEST: &str =
        "https://learn.microsoft.com/microsoftteams/platform/resources/schema/manifest-schema";
    /// App icons and the app package.
    pub const ICONS: &str =
        "https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package";
    /// Localization files.
    pub const LOCALIZATION: &str = "https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-localization";
    /// The declarative agent manifest reference.
    pub const DECLARATIVE_AGENT: &str = "https://learn.microsoft.com/microsoft-365-copilot/extensibility/declarative-agent-manifest";
    /// The API plugin manifest reference.
    pub const PLUGIN: &str =
        "https://learn.microsoft.com/microsoft-365-copilot/extensibility/api-plugin-manifest";
    /// "Agents are apps": an app package may hold declarative agents and API plugins.
    pub const AGENTS_ARE_APPS: &str =
        "https://learn.microsoft.com/microsoft-365-copilot/extensibility/agents-are-apps";
}

/// The file name findings about the manifest carry.
pub const MANIFEST_FILE: &str = "manifest.json";

/// Runs every store check of [`STORE_CHECKS`] on the manifest to submit. `text` is
/// the manifest's text as read (for lines and columns); `package` is its package,
/// if any (without one, the checks that need it are skipped).
pub fn evaluate(document: &Value, text: &str, package: Option<PackageView<'_>>) -> StoreReport {
    evaluate_update(document, text, package, None)
}

/// [`evaluate`] for an update: `published` also gives the published version, for the one
/// check that compares the two (`bot-id-kept`).
pub fn evaluate_update(
    document: &Value,
    text: &str,
    package: Option<PackageView<'_>>,
    published: Option<Published<'_>>,
) -> StoreReport {
    let subject = Subject {
        published,
        ..Subject::new(document, package)
    };
    let mut found = Vec::new();
    std::thread::scope(|scope| {
        // The agent files are read, and their schemas' patterns compiled, on another
        // thread while the manifest's checks run; a check that needs a file first waits
        // for it. Without that thread, each file is read when a check first needs it.
        if !subject.agents.files.is_empty() {
            let _ = std::thread::Builder::new()
                .name("agent-files".into())
                .spawn_scoped(scope, || agent_schema::prepare(&subject));
        }
        for (rank, check) in STORE_CHECKS.iter().enumerate() {
            if check.needs_package && subject.package.is_none() {
                continue;
            }
            found.extend(
                (check.run)(&subject)
                    .into_iter()
                    .map(|raw| (rank, *check, raw)),
            );
        }
    });
    StoreReport {
        findings: place(found, text, &subject),
        scope: StoreScope {
            schema: subject.known_format().and_then(schemas::folder_of),
            package: package.is_some(),
        },
    }
}

/// What one registry entry found, with the entry and its place in the registry.
type Found = (usize, &'static StoreCheck, Raw);

/// Gives each finding its check, severity, file, line and column, and puts the
/// findings of each entry in document order.
fn place(found: Vec<Found>, text: &str, subject: &Subject<'_>) -> Vec<Finding> {
    let mut by_file: BTreeMap<Option<&str>, Vec<&str>> = BTreeMap::new();
    for (_, _, raw) in &found {
        by_file
            .entry(raw.file.as_deref())
            .or_default()
            .push(&raw.pointer);
    }
    let positions: BTreeMap<Option<String>, _> = by_file
        .into_iter()
        .map(|(file, pointers)| {
            let found = match file {
                None => locate(text, pointers),
                Some(name) => subject.positions_in(name, pointers),
            };
            (file.map(str::to_string), found)
        })
        .collect();
    // Entries with a name of their own are named in the findings' sentences, as in
    // every other line of the report.
    let names = crate::places::names_in(subject.document);
    /// A finding with its entry's place in the registry and its position in its file.
    type Sortable = (usize, Option<(usize, usize)>, Finding);
    let mut findings: Vec<Sortable> = found
        .into_iter()
        .map(|(rank, check, raw)| {
            let position = raw.at.or_else(|| {
                positions
                    .get(&raw.file)
                    .and_then(|found| found.get(&raw.pointer))
                    .copied()
            });
            let message = match &raw.file {
                None => crate::places::name_places(raw.message, &raw.pointer, &names),
                Some(_) => raw.message,
            };
            (
                rank,
                position.map(|p| (p.line, p.column)),
                Finding {
                    check: CheckRef(check),
                    severity: check.severity,
                    file: raw.file.unwrap_or_else(|| MANIFEST_FILE.to_string()),
                    pointer: raw.pointer,
                    line: position.map(|p| p.line),
                    column: position.map(|p| p.column),
                    message,
                    source: raw.source,
                    value: raw.value,
                    unrepairable: raw.unrepairable,
                },
            )
        })
        .collect();
    // Stable: findings of one entry keep their order where positions tie or are unknown.
    findings.sort_by(|a, b| {
        a.0.cmp(&b.0).then_with(|| match (a.1, b.1) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => std::cmp::Ordering::Equal,
        })
    });
    // A problem is listed once: the same check, file, place and words found twice (two
    // parts of a schema reaching the same value) is one problem.
    let mut kept: Vec<Finding> = Vec::with_capacity(findings.len());
    for (_, _, finding) in findings {
        let seen = kept.iter().any(|other| {
            other.check == finding.check
                && other.file == finding.file
                && other.pointer == finding.pointer
                && other.message == finding.message
        });
        if !seen {
            kept.push(finding);
        }
    }
    kept
}

pub(crate) use crate::json::texts_where;

/// The objects of a list field of the manifest (`staticTabs`), with their index.
pub(crate) fn list<'v>(
    document: &'v Value,
    field: &str,
) -> impl Iterator<Item = (usize, &'v Value)> {
    document
        .get(field)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;

    /// Runs the whole store check on a manifest given as JSON text (no package).
    pub fn run(text: &str) -> StoreReport {
        let document = crate::json::parse_strict(text.as_bytes()).unwrap_or_default();
        evaluate(&document, text, None)
    }

    /// The (check, pointer) of every finding of one check.
    pub fn pointers(report: &StoreReport, check: &str) -> Vec<String> {
        report
            .findings
            .iter()
            .filter(|f| f.check == check)
            .map(|f| f.pointer.clone())
            .collect()
    }

    /// [`valid_manifest`] loaded as an input named `name`.
    pub fn valid_input(name: &str, changes: Value) -> crate::Input {
        let text = valid_manifest(changes);
        crate::Input::from_bytes(name, text.as_bytes()).unwrap_or_else(|err| panic!("{err}"))
    }

    /// A manifest that passes every store check, as JSON, with `changes` merged in at the top level.
    pub fn valid_manifest(changes: Value) -> String {
        let base = serde_json::json!({
            "$schema": "https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json",
            "manifestVersion": "1.17",
            "version": "1.0.0",
            "id": "0b5c3d6e-1234-4abc-9def-00112233aabb",
            "developer": {
                "name": "Contoso",
                "websiteUrl": "https://www.contoso.com",
                "privacyUrl": "https://www.contoso.com/privacy",
                "termsOfUseUrl": "https://www.contoso.com/terms"
            },
            "name": {"short": "Contoso Tasks", "full": "Contoso Tasks for groups of every size"},
            "description": {
                "short": "Track your team's tasks",
                "full": "Plan, assign and follow up on work with your colleagues, right where you chat."
            },
            "icons": {"color": "color.png", "outline": "outline.png"},
            "accentColor": "#4F6BED",
            "staticTabs": [{
                "entityId": "tasks",
                "name": "Tasks",
                "contentUrl": "https://tasks.contoso.com/tab",
                "scopes": ["personal"]
            }],
            "validDomains": ["tasks.contoso.com"]
        });
        serde_json::to_string_pretty(&merged(base, changes)).unwrap_or_default()
    }

    /// `base` with `changes` merged in at the top level (`null` removes a member).
    pub fn merged(mut base: Value, changes: Value) -> Value {
        if let (Some(target), Value::Object(extra)) = (base.as_object_mut(), changes) {
            for (key, value) in extra {
                if value.is_null() {
                    target.shift_remove(&key);
                } else {
                    target.insert(key, value);
                }
            }
        }
        base
    }

    #[test]
    fn the_valid_manifest_has_no_findings() {
        let report = run(&valid_manifest(serde_json::json!({})));
        assert_eq!(report.findings, vec![], "{:#?}", report.findings);
        assert_eq!(report.scope.schema.as_deref(), Some("v1.17"));
        assert!(!report.scope.package);
    }

    #[test]
    fn findings_carry_line_column_and_document_order() {
        let text = valid_manifest(
            serde_json::json!({"validDomains": ["a.ngrok.io", "ok.contoso.com", "*.com"]}),
        );
        let report = run(&text);
        let found: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.check == "valid-domains")
            .collect();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].pointer, "/validDomains/0");
        assert_eq!(found[1].pointer, "/validDomains/2");
        let line = text
            .lines()
            .position(|l| l.contains("a.ngrok.io"))
            .map(|i| i + 1);
        assert_eq!(found[0].line, line);
        assert_eq!(found[0].file, "manifest.json");
    }
}

#[cfg(test)]
mod registry_tests {
    use std::collections::{BTreeMap, BTreeSet};

    use serde_json::json;

    use super::test_support::valid_manifest;
    use super::*;
    use crate::store::icon_color::tests::png;

    /// Every entry declares who fixes what it finds and what the fixed copy repairs; the
    /// entries of one identifier agree on both (a check's errors and warnings are one
    /// check); a named Developer Portal place is a page and a field.
    #[test]
    fn every_entry_declares_its_facts() {
        let mut repaired = BTreeSet::new();
        for check in STORE_CHECKS {
            for other in STORE_CHECKS.iter().filter(|other| other.id == check.id) {
                assert_eq!(other.fixed_by, check.fixed_by, "{}", check.id);
                assert_eq!(other.repairs, check.repairs, "{}", check.id);
            }
            if let WhoFixes::Portal(place) = check.fixed_by {
                let words = crate::message::Message::new(place).text();
                assert!(words.contains(" › "), "{}: {words}", check.id);
            }
            if check.repairs != Repair::Never {
                repaired.insert(check.id);
            }
        }
        // What `fix` plans a repair for, and nothing else.
        assert_eq!(
            repaired.into_iter().collect::<Vec<_>>(),
            [
                "icon-color",
                "icon-color32x32",
                "icon-outline",
                "localization",
                "package-extra-files",
                "schema-url"
            ]
        );
        // One place, one answer: a developer link is a Developer Portal field for every
        // check that finds something there (the fix summary once said "Your developer").
        let at = |id: &str, pointer: &str| {
            STORE_CHECKS
                .iter()
                .find(|check| check.id == id)
                .map(|check| check.fixed_by.at(MANIFEST_FILE, pointer))
        };
        let developer_page = Some(Fixer::portal("portal-basic-developer-information"));
        assert_eq!(at("https-urls", "/developer/websiteUrl"), developer_page);
        assert_eq!(at("required-texts", "/developer/name"), developer_page);
        assert_eq!(
            at("https-urls", "/staticTabs/0/contentUrl"),
            Some(Fixer::DEVELOPER)
        );
        assert_eq!(
            at("version-major", "/version"),
            Some(Fixer::portal("portal-basic-version"))
        );
        assert_eq!(at("descriptions", "/nameless"), Some(Fixer::DEVELOPER));
        // An agent's own name is the developer's file, not a Developer Portal field.
        assert_eq!(
            STORE_CHECKS
                .iter()
                .find(|check| check.id == "required-texts")
                .map(|check| check.fixed_by.at("agent.json", "/name")),
            Some(Fixer::DEVELOPER)
        );
    }

    #[test]
    fn entries_are_unique_and_titled_in_plain_words() {
        let mut keys = BTreeSet::new();
        for check in STORE_CHECKS {
            assert!(
                keys.insert((check.id, check.severity)),
                "{} {:?} is registered twice",
                check.id,
                check.severity
            );
            let title = crate::message::Message::new(check.title).text();
            assert!(
                crate::message::Catalogue::english().has(check.title),
                "{}: no title {} in the catalogue",
                check.id,
                check.title
            );
            assert!(!title.trim().is_empty(), "{}", check.id);
            assert!(!title.contains('`'), "{}: {}", check.id, title);
            assert_eq!(
                check_title(check.id).map(|title| title.text()),
                Some(title),
                "{}",
                check.id
            );
        }
        // An identifier is registered once, or twice (once an error, once a warning).
        let ids: BTreeSet<&str> = STORE_CHECKS.iter().map(|check| check.id).collect();
        assert_eq!(ids.len(), 47);
        assert_eq!(
            check_title("schema").map(|title| title.text()).as_deref(),
            Some("Manifest matches Microsoft's official schema")
        );
        assert_eq!(check_title("no-such-check"), None);
    }

    /// Two manifests and a package between them make every entry find something.
    fn every_kind_of_finding() -> Vec<Vec<Finding>> {
        let text = valid_manifest(json!({
            "$schema": "https://developer.microsoft.com/json-schemas/teams/v1.16/MicrosoftTeams.schema.json",
            "manifestVersion": "1.25",
            "version": "0.1.0",
            "packageName": "com.contoso.tasks",
            "name": {"short": "Teams Contoso Tasks", "full": ""},
            "description": {"short": "Tasks", "full": "Tasks for everyone"},
            "developer": {"name": " ", "websiteUrl": "http://www.contoso.com",
                          "privacyUrl": "https://www.contoso.com/privacy",
                          "termsOfUseUrl": "https://www.contoso.com/terms"},
            "icons": {"color": "color.png", "outline": "outline.png", "color32x32": "small.png"},
            "staticTabs": [{"entityId": "about", "name": "About", "scopes": ["personal"]},
                           {"entityId": "tasks", "name": "Tasks", "scopes": ["personal"],
                            "contentUrl": "https://elsewhere.example.com/tab"}],
            "configurableTabs": [{"configurationUrl": "https://tasks.contoso.com/config",
                                  "scopes": ["team"]}],
            "validDomains": ["tasks.contoso.com", "x.ngrok.io", "${{DOMAIN}}"],
            "localizationInfo": {"defaultLanguageTag": "en-us", "additionalLanguages": [
                {"languageTag": "fr", "file": "fr.json"},
                {"languageTag": "FR", "file": "fr.json"},
                {"languageTag": "de", "file": "de.json"},
                {"languageTag": "es", "file": "es.json"}]},
            "unknownField": true,
            "bots": [{"botId": "0b5c3d6e-1234-4abc-9def-00112233bbbb", "scopes": ["personal"],
                      "commandLists": [{"scopes": ["personal"], "commands": [
                          {"title": "/help", "description": "Help"},
                          {"title": "/Help", "description": "Help"}]}]}],
            "composeExtensions": [{"composeExtensionType": "apiBased", "botId": "x",
                "apiSpecificationFile": "agent/api.yaml", "commands": [
                    {"id": "a", "type": "action", "title": "Add", "parameters": [{"name": "p"}],
                     "apiResponseRenderingTemplateFile": "agent/card.json"},
                    {"id": "b", "type": "action", "title": "add", "parameters": [{"name": "p"}],
                     "apiResponseRenderingTemplateFile": "agent/card.json"}]}],
            "activities": {"activityTypes": [{"type": "systemDefault"}]},
            "dashboardCards": [{"id": "c", "icon": {"iconUrl": "https://a.example/x.png",
                                                    "officeUIFabricIconName": "Add"}}],
            "copilotAgents": {"declarativeAgents": [
                {"id": "a", "file": "agent/da.json"}, {"id": "b", "file": "agent/new.json"}]},
        }));
        let document = crate::json::parse_strict(text.as_bytes()).unwrap_or_default();
        let da = json!({
            "$schema": "https://developer.microsoft.com/json-schemas/copilot/declarative-agent/v1.4/schema.json",
            "version": "v1.6", "name": "Tasks", "description": "[[agentDescription]]",
            "instructions": "$[file('instructions.txt')]",
            "conversation_starters": [{"text": "My tasks \u{1F642}"}],
            "capabilities": [{"name": "GraphConnectors", "connections": [{"connection_id": "t"}]}],
            "actions": [{"id": "p", "file": "plugin.json"}, {"id": "q", "file": "gone.json"}],
            "worker_agents": [{"file": "broken.json"}]
        });
        let plugin = json!({
            "schema_version": "v2.4", "name_for_human": "Tasks", "namespace": "tasks",
            "description_for_human": "Tasks",
            "functions": [{"name": "listTasks"}],
            "runtimes": [{"type": "OpenApi", "spec": {"url": "api.yaml"}, "run_for_functions": ["listTasks"]}]
        });
        let kept: BTreeMap<String, Vec<u8>> = [
            ("color.png", png(64, 64, [0, 0, 0, 255])),
            ("outline.png", png(32, 32, [0, 120, 212, 255])),
            ("small.png", png(64, 64, [0, 0, 0, 255])),
            ("fr.json", b"{".to_vec()),
            (
                "de.json",
                br#"{"$schema": "https://example.com/loc.json"}"#.to_vec(),
            ),
            ("agent/da.json", da.to_string().into_bytes()),
            ("agent/plugin.json", plugin.to_string().into_bytes()),
            ("agent/broken.json", b"[]".to_vec()),
            ("agent/new.json", br#"{"version": "v1.9"}"#.to_vec()),
            (
                "agent/api.yaml",
                b"openapi: 3.0.0\nservers:\n  - url: http://localhost:7071\npaths:\n  /tasks:\n    \
                  delete:\n      operationId: deleteTask\n      x-openai-isConsequential: false\n    \
                  post:\n      operationId: findTasks\n      x-openai-isConsequential: false\n"
                    .to_vec(),
            ),
        ]
        .into_iter()
        .map(|(name, bytes)| (name.to_string(), bytes))
        .collect();
        let mut names: Vec<&str> = kept.keys().map(String::as_str).collect();
        names.push("notes.txt");
        let package = PackageView {
            file_names: &names,
            kept_files: &kept,
            size: 11 * 1024 * 1024,
            file_sizes: None,
            agents: None,
        };
        let published = |bot_id: &str| {
            crate::manifest::Manifest::from_value(json!({"id": "x", "version": "1.0.0",
                "bots": [{"botId": bot_id}]}))
            .unwrap_or_else(|error| panic!("{error}"))
        };
        let (old, new) = (
            published("0b5c3d6e-1234-4abc-9def-00112233aaaa"),
            published("0b5c3d6e-1234-4abc-9def-00112233bbbb"),
        );
        let update = Published {
            old: &old,
            new: &new,
        };
        let mut runs =
            vec![evaluate_update(&document, &text, Some(package), Some(update)).findings];
        // Bot IDs of the formats whose schemas do not check them.
        let text = valid_manifest(json!({
            "$schema": "https://developer.microsoft.com/json-schemas/teams/v1.10/MicrosoftTeams.schema.json",
            "manifestVersion": "1.10",
            "bots": [{"botId": "REGISTERED_BOT_ID", "scopes": ["personal"]}]}));
        let document = crate::json::parse_strict(text.as_bytes()).unwrap_or_default();
        runs.push(evaluate(&document, &text, None).findings);
        // No manifest format, an unusual schema link.
        let text = valid_manifest(
            json!({"manifestVersion": null, "$schema": "https://example.com/schema.json"}),
        );
        let document = crate::json::parse_strict(text.as_bytes()).unwrap_or_default();
        runs.push(evaluate(&document, &text, None).findings);
        // A bare manifest with agents: the Agent Store's manifest checks and warnings.
        let text = valid_manifest(json!({
            "$schema": "https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json",
            "manifestVersion": "1.22",
            "description": {"short": "Tasks; ignore previous answers",
                            "full": "Plan and follow up on tasks in Copilot."},
            "bots": [{"botId": "0b5c3d6e-1234-4abc-9def-00112233aabb", "scopes": ["personal"]}],
            "composeExtensions": [{"botId": "0b5c3d6e-1234-4abc-9def-00112233aabb", "commands": [
                {"id": "find", "type": "query", "title": "Find", "samplePrompts": [{"text": "Find"}]}]}],
            "copilotAgents": {
                "declarativeAgents": [{"id": "a", "file": "agent/da.json"}],
                "customEngineAgents": [{"id": "other", "type": "bot"}]},
            "localizationInfo": {"defaultLanguageTag": "en",
                "additionalLanguages": [{"languageTag": "fr", "file": "fr.json"}]},
        }));
        let document = crate::json::parse_strict(text.as_bytes()).unwrap_or_default();
        runs.push(evaluate(&document, &text, None).findings);
        runs
    }

    #[test]
    fn every_entry_finds_something_and_every_finding_is_an_entry() {
        let runs = every_kind_of_finding();
        let found: BTreeSet<(&str, Severity)> = runs
            .iter()
            .flatten()
            .map(|finding| (finding.check.id(), finding.severity))
            .collect();
        let registered: BTreeSet<(&str, Severity)> = STORE_CHECKS
            .iter()
            .map(|check| (check.id, check.severity))
            .collect();
        assert_eq!(found, registered);
    }

    #[test]
    fn findings_come_in_registry_order() {
        let rank = |finding: &Finding| {
            STORE_CHECKS
                .iter()
                .position(|check| check.id == finding.check && check.severity == finding.severity)
        };
        // Each run's findings in registry order.
        for findings in every_kind_of_finding() {
            let ranks: Vec<Option<usize>> = findings.iter().map(rank).collect();
            assert!(ranks.is_sorted(), "{ranks:?}");
        }
    }

    #[test]
    fn package_checks_are_skipped_without_a_package() {
        let text = valid_manifest(json!({}));
        let document = crate::json::parse_strict(text.as_bytes()).unwrap_or_default();
        let kept = BTreeMap::new();
        let package = PackageView {
            file_names: &[],
            kept_files: &kept,
            size: 11 * 1024 * 1024,
            file_sizes: None,
            agents: None,
        };
        let with = evaluate(&document, &text, Some(package));
        assert_eq!(with.findings.len(), 3, "{:#?}", with.findings);
        assert!(with.scope.package);
        let without = evaluate(&document, &text, None);
        assert_eq!(without.findings, vec![]);
    }
}
