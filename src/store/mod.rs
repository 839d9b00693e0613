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

mod app_name_words;
mod channel_features;
mod descriptions;
mod https_urls;
mod icon_color;
mod icon_color32x32;
mod icon_outline;
mod localization;
mod manifest_version;
mod package_extra_files;
mod package_files;
mod package_name_deprecated;
mod package_size;
mod placeholders;
mod required_texts;
mod schema;
mod schema_split;
mod schema_url;
pub mod schemas;
mod static_tab_names;
mod summary;
mod valid_domains;
mod valid_domains_coverage;
mod version_major;
pub mod words;

use std::collections::BTreeMap;

use serde_json::Value;

use crate::json::locate;

pub use icon_color::png_size;
pub(crate) use package_files::referenced as referenced_files;
pub use placeholders::has_placeholder;
pub use summary::{StoreSummary, Template, summarize, where_text};

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
    /// The check's identifier, such as `valid-domains`.
    pub check: &'static str,
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
    /// What is wrong and what to do, in plain words.
    pub message: String,
    /// Where Microsoft says so.
    pub source: &'static str,
    /// The text at the pointer, for a placeholder (not part of the JSON output).
    #[serde(skip)]
    pub value: Option<String>,
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

/// The package around a manifest, as far as the store checks read it.
#[derive(Debug, Clone, Copy)]
pub struct PackageView<'a> {
    /// Every file entry's name other than `manifest.json`.
    pub file_names: &'a [&'a str],
    /// The bytes of the files the checks read (icons, localization files), by entry name.
    pub kept_files: &'a BTreeMap<String, Vec<u8>>,
    /// The package file's size in bytes.
    pub size: u64,
}

/// What one check looks at: the manifest to submit and, for a package, its files.
#[derive(Debug, Clone, Copy)]
pub struct Subject<'a> {
    /// The manifest document.
    pub document: &'a Value,
    /// The manifest's `manifestVersion` when it is a text.
    pub format: Option<&'a str>,
    /// The package, when the input was one.
    pub package: Option<PackageView<'a>>,
}

impl<'a> Subject<'a> {
    /// The subject for a manifest and, when it came in one, its package.
    pub fn new(document: &'a Value, package: Option<PackageView<'a>>) -> Self {
        Subject {
            document,
            format: document.get("manifestVersion").and_then(Value::as_str),
            package,
        }
    }

    /// The manifest format when it is one Microsoft published (`1.17`, `devPreview`).
    pub fn known_format(&self) -> Option<&'a str> {
        self.format
            .filter(|format| schemas::KNOWN_FORMATS.contains(format))
    }
}

/// A finding before it is placed in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Raw {
    /// The check's identifier.
    pub check: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// `None` for the manifest, else the package entry it is about.
    pub file: Option<String>,
    /// JSON pointer into that file.
    pub pointer: String,
    /// The message.
    pub message: String,
    /// Microsoft's page.
    pub source: &'static str,
    /// Where it is, when that is known without looking up the pointer (a syntax error).
    pub at: Option<crate::json::Position>,
    /// The text at the pointer, when showing it helps (a placeholder).
    pub value: Option<String>,
}

impl Raw {
    /// An error about the manifest.
    pub fn error(
        check: &'static str,
        pointer: impl Into<String>,
        message: impl Into<String>,
        source: &'static str,
    ) -> Raw {
        Raw {
            check,
            severity: Severity::Error,
            file: None,
            pointer: pointer.into(),
            message: message.into(),
            source,
            at: None,
            value: None,
        }
    }

    /// A warning about the manifest.
    pub fn warning(
        check: &'static str,
        pointer: impl Into<String>,
        message: impl Into<String>,
        source: &'static str,
    ) -> Raw {
        Raw {
            severity: Severity::Warning,
            ..Raw::error(check, pointer, message, source)
        }
    }
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
}

/// The package entries whose bytes the store checks read: the icons and the
/// localization files the manifest names (one leading `./` dropped).
pub fn files_to_read(document: &Value) -> Vec<String> {
    package_files::referenced(document)
        .into_iter()
        .filter(|(pointer, _)| {
            pointer.starts_with("/icons/") || pointer.starts_with("/localizationInfo/")
        })
        .map(|(_, path)| package_files::entry_name(path).to_string())
        .collect()
}

/// The file name findings about the manifest carry.
pub const MANIFEST_FILE: &str = "manifest.json";

/// Runs every store check on the manifest to submit. `text` is the manifest's
/// text as read (for lines and columns); `package` is its package, if any.
pub fn evaluate(document: &Value, text: &str, package: Option<PackageView<'_>>) -> StoreReport {
    let subject = Subject::new(document, package);
    let mut raw = Vec::new();
    raw.extend(manifest_version::check(&subject));
    raw.extend(schema::check(&subject));
    raw.extend(schema_url::check(&subject));
    raw.extend(placeholders::check(&subject));
    raw.extend(https_urls::check(&subject));
    raw.extend(valid_domains::check(&subject));
    raw.extend(static_tab_names::check(&subject));
    raw.extend(required_texts::check(&subject));
    raw.extend(version_major::check(&subject));
    let mut localization_texts = BTreeMap::new();
    if let Some(package) = package {
        raw.extend(package_files::check(&subject, package));
        raw.extend(icon_color::check(&subject, package));
        raw.extend(icon_outline::check(&subject, package));
        raw.extend(icon_color32x32::check(&subject, package));
        let (found, texts) = localization::check(&subject, package);
        raw.extend(found);
        localization_texts = texts;
    }
    // Warnings.
    if let Some(package) = package {
        raw.extend(package_extra_files::check(&subject, package));
        raw.extend(package_size::check(package));
    }
    raw.extend(package_name_deprecated::check(&subject));
    raw.extend(channel_features::check(&subject));
    raw.extend(app_name_words::check(&subject));
    raw.extend(descriptions::check(&subject));
    raw.extend(valid_domains_coverage::check(&subject));
    raw.extend(schema_url::unusual_link_warning(&subject));

    StoreReport {
        findings: place(raw, text, &localization_texts),
        scope: StoreScope {
            schema: subject.known_format().and_then(schemas::folder_of),
            package: package.is_some(),
        },
    }
}

/// Gives each finding its file, line and column, and puts the findings of each
/// check in document order.
fn place(raw: Vec<Raw>, text: &str, other_texts: &BTreeMap<String, String>) -> Vec<Finding> {
    let mut by_file: BTreeMap<Option<&str>, Vec<&str>> = BTreeMap::new();
    for finding in &raw {
        by_file
            .entry(finding.file.as_deref())
            .or_default()
            .push(&finding.pointer);
    }
    let positions: BTreeMap<Option<&str>, _> = by_file
        .into_iter()
        .map(|(file, pointers)| {
            let file_text = match file {
                None => Some(text),
                Some(name) => other_texts.get(name).map(String::as_str),
            };
            let found = file_text.map(|t| locate(t, pointers)).unwrap_or_default();
            (file, found)
        })
        .collect();
    /// A finding with its check's place in the order and its position in its file.
    type Sortable = (usize, Option<(usize, usize)>, Finding);
    let mut findings: Vec<Sortable> = raw
        .iter()
        .enumerate()
        .map(|(order, finding)| {
            let position = finding.at.as_ref().or_else(|| {
                positions
                    .get(&finding.file.as_deref())
                    .and_then(|found| found.get(&finding.pointer))
            });
            let check_rank = raw
                .iter()
                .position(|other| {
                    other.check == finding.check && other.severity == finding.severity
                })
                .unwrap_or(order);
            (
                check_rank,
                position.map(|p| (p.line, p.column)),
                Finding {
                    check: finding.check,
                    severity: finding.severity,
                    file: finding
                        .file
                        .clone()
                        .unwrap_or_else(|| MANIFEST_FILE.to_string()),
                    pointer: finding.pointer.clone(),
                    line: position.map(|p| p.line),
                    column: position.map(|p| p.column),
                    message: finding.message.clone(),
                    source: finding.source,
                    value: finding.value.clone(),
                },
            )
        })
        .collect();
    // Stable: findings of one check keep their order where positions tie or are unknown.
    findings.sort_by(|a, b| {
        a.0.cmp(&b.0).then_with(|| match (a.1, b.1) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => std::cmp::Ordering::Equal,
        })
    });
    findings
        .into_iter()
        .map(|(_, _, finding)| finding)
        .collect()
}

/// The texts of a document that `wanted` accepts, with their pointers, in document
/// order (object keys are not texts). Pointers are only written out for the texts
/// kept, so a walk over a large document allocates almost nothing.
pub(crate) fn texts_where(document: &Value, wanted: impl Fn(&str) -> bool) -> Vec<(String, &str)> {
    /// Where the walk is: the keys and indexes from the root.
    enum Step<'v> {
        Key(&'v str),
        Index(usize),
    }
    fn pointer(path: &[Step<'_>]) -> String {
        let mut out = String::new();
        for step in path {
            out.push('/');
            match step {
                Step::Key(key) => out.push_str(&crate::json::escape_pointer_segment(key)),
                Step::Index(index) => out.push_str(&index.to_string()),
            }
        }
        out
    }
    fn walk<'v>(
        value: &'v Value,
        path: &mut Vec<Step<'v>>,
        wanted: &dyn Fn(&str) -> bool,
        out: &mut Vec<(String, &'v str)>,
    ) {
        match value {
            Value::String(text) if wanted(text) => out.push((pointer(path), text)),
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    path.push(Step::Index(index));
                    walk(item, path, wanted, out);
                    path.pop();
                }
            }
            Value::Object(map) => {
                for (key, item) in map {
                    path.push(Step::Key(key));
                    walk(item, path, wanted, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(document, &mut Vec::new(), &wanted, &mut out);
    out
}

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

    /// A manifest that passes every store check, as JSON, with `changes` merged in at the top level.
    pub fn valid_manifest(changes: Value) -> String {
        let mut base = serde_json::json!({
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
        if let (Some(target), Value::Object(extra)) = (base.as_object_mut(), changes) {
            for (key, value) in extra {
                if value.is_null() {
                    target.shift_remove(&key);
                } else {
                    target.insert(key, value);
                }
            }
        }
        serde_json::to_string_pretty(&base).unwrap_or_default()
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
