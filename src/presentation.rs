//! The report as people read it, decided once: the sections and their order, titles and
//! leads, each item's mark, words, link and details for developers, and how the changes
//! are grouped. Every output draws from this: the text, Markdown and HTML reports
//! ([`crate::render`]) and the window's views are thin emitters over a [`Presentation`],
//! so they cannot disagree.
//!
//! Sentences are whole sentences with named values (never fragments glued together by an
//! output), so a translation can later replace them one by one. Names and values a
//! message quotes may stand between backticks; each output shows them as names (code in
//! HTML and Markdown, quotes in plain text), never as literal backticks.

use crate::changes::{Area, Change, ChangeKind};
use crate::checks::{CheckOutcome, Status};
use crate::describe::describe_named;
pub use crate::guidance::Medium;
use crate::input::SideError;
use crate::plain::count;
use crate::report::{Report, Summary, Verdict};
use crate::rules::{RuleOutcome, Source};
use crate::store::{Finding, Severity, summarize};

/// What an item's mark says: how it went, or what happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Fine.
    Pass,
    /// Must be fixed before submitting.
    Fix,
    /// Worth a look; does not block.
    Warn,
    /// Not needed for this update.
    Skip,
    /// For information.
    Info,
    /// A step to take.
    Step,
    /// A change that makes users approve the app again is in this update.
    Yes,
    /// Such a change is not in this update.
    No,
    /// Something was added.
    Added,
    /// Something was removed.
    Removed,
    /// Something changed.
    Changed,
}

impl Mark {
    /// A one-character symbol: ✔ ✖ ⚠ — ℹ + − ~.
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Pass | Mark::No => "✔",
            Mark::Fix => "✖",
            Mark::Warn | Mark::Yes => "⚠",
            Mark::Skip => "—",
            Mark::Info => "ℹ",
            Mark::Step => "▶",
            Mark::Added => "+",
            Mark::Removed => "−",
            Mark::Changed => "~",
        }
    }

    /// The mark in a word or two: "OK", "Fix this", "Check this".
    pub fn word(self) -> &'static str {
        match self {
            Mark::Pass => "OK",
            Mark::Fix => "Fix this",
            Mark::Warn => "Check this",
            Mark::Skip => "Not needed",
            Mark::Info => "Note",
            Mark::Step => "Next",
            Mark::Yes => "Yes",
            Mark::No => "No",
            Mark::Added => "Added",
            Mark::Removed => "Removed",
            Mark::Changed => "Changed",
        }
    }

    /// The tag a plain-text report starts the item's line with (`[FIX]`), or `None` for
    /// changes, whose sentence starts with its verb.
    pub fn tag(self) -> Option<&'static str> {
        Some(match self {
            Mark::Pass => "[PASS]",
            Mark::Fix => "[FIX]",
            Mark::Warn => "[WARN]",
            Mark::Skip => "[SKIP]",
            Mark::Info => "[NOTE]",
            Mark::Step => "[NEXT]",
            Mark::Yes => "[YES]",
            Mark::No => "[no]",
            Mark::Added | Mark::Removed | Mark::Changed => return None,
        })
    }

    /// A stable name for styling (`fix`, `pass`), used as a class in HTML.
    pub fn id(self) -> &'static str {
        match self {
            Mark::Pass => "pass",
            Mark::Fix => "fix",
            Mark::Warn => "warn",
            Mark::Skip => "skip",
            Mark::Info => "info",
            Mark::Step => "step",
            Mark::Yes => "yes",
            Mark::No => "no",
            Mark::Added => "added",
            Mark::Removed => "removed",
            Mark::Changed => "changed",
        }
    }
}

/// A sentence with its mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// How it went.
    pub mark: Mark,
    /// The sentence.
    pub text: String,
}

/// A link to a page, with the words it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// What the link is called: "Microsoft's rule".
    pub title: String,
    /// The address.
    pub url: String,
}

/// Where an item is, for a developer: the check or rule, the file, line, column and the
/// JSON pointer into the file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Developer {
    /// The check's or rule's identifier (`valid-domains`).
    pub id: Option<String>,
    /// The file (`manifest.json`, `fr.json`).
    pub file: Option<String>,
    /// 1-based line in the file.
    pub line: Option<usize>,
    /// 1-based column in the file.
    pub column: Option<usize>,
    /// JSON pointer into the file (`/validDomains/1`).
    pub pointer: Option<String>,
}

impl Developer {
    /// True when it says where in a file (not only which check).
    pub fn has_place(&self) -> bool {
        self.file.is_some() || self.pointer.as_deref().is_some_and(|p| !p.is_empty())
    }

    /// All of it on one line: "manifest.json, line 46, column 27 · /validDomains/1 · valid-domains".
    pub fn text(&self) -> String {
        let mut parts = Vec::new();
        let mut place = self.file.clone().unwrap_or_default();
        if let (Some(line), Some(column)) = (self.line, self.column) {
            place.push_str(&format!(", line {line}, column {column}"));
        }
        if !place.is_empty() {
            parts.push(place);
        }
        if let Some(pointer) = self.pointer.as_deref().filter(|p| !p.is_empty()) {
            parts.push(pointer.to_string());
        }
        if let Some(id) = &self.id {
            parts.push(id.clone());
        }
        parts.join(" · ")
    }
}

/// A whole value the short words leave something out of, shown on demand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FullValue {
    /// What it is: "Full value of Personal tab "Reports"".
    pub title: String,
    /// The value as indented JSON.
    pub text: String,
}

/// A text made to be copied and pasted elsewhere, with the words of its copy button.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyText {
    /// The button's words: "Copy for my developer".
    pub label: String,
    /// The text.
    pub text: String,
}

/// One line of evidence under an item, with its developer text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bullet {
    /// Plain words.
    pub text: String,
    /// Fields and IDs for a developer, when they say more.
    pub developer: Option<String>,
}

/// One thing a section says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// How it went, or what happened.
    pub mark: Mark,
    /// A short title shown before the text, when the item has one.
    pub title: Option<String>,
    /// The item's sentence(s).
    pub text: String,
    /// Where it is, in words ("the short name in manifest.json").
    pub place: Option<String>,
    /// Evidence lines under it.
    pub bullets: Vec<Bullet>,
    /// Why it matters, in one sentence.
    pub why: Option<String>,
    /// Microsoft's page about it.
    pub link: Option<Link>,
    /// Where it is, for a developer.
    pub developer: Option<Developer>,
    /// The whole value, when the words leave something out.
    pub full_value: Option<FullValue>,
    /// Who can fix it, for a problem: "You, in Developer Portal (…)", "Your developer".
    pub who: Option<String>,
    /// A remark that changes how to read it ("Already in your published version: …").
    pub remark: Option<String>,
    /// A text to copy as it is (certification notes, a release note, the list for a developer).
    pub copy: Option<CopyText>,
    /// The key of the item that says more, for a summary item (the window scrolls to it).
    pub target: Option<String>,
    /// A key unique within the report, for the window's controls.
    pub key: String,
}

impl Item {
    fn new(mark: Mark, text: impl Into<String>, key: impl Into<String>) -> Self {
        Item {
            mark,
            title: None,
            text: text.into(),
            place: None,
            bullets: Vec::new(),
            why: None,
            link: None,
            developer: None,
            full_value: None,
            who: None,
            remark: None,
            copy: None,
            target: None,
            key: key.into(),
        }
    }

    /// What a developer needs to find it: the place in the file, then the evidence with
    /// field names and IDs (names between backticks). Empty when there is nothing to add.
    pub fn developer_lines(&self) -> Vec<String> {
        let mut lines: Vec<String> = self
            .developer
            .iter()
            .filter(|d| d.has_place())
            .map(Developer::text)
            .collect();
        lines.extend(
            self.bullets
                .iter()
                .filter_map(|bullet| bullet.developer.clone()),
        );
        lines
    }

    /// The title and the text as one sentence: "The version number goes up: The version
    /// stays 1.0.0…", or the text alone.
    pub fn title_and_text(&self) -> String {
        match &self.title {
            Some(title) if !self.text.is_empty() => format!("{title}: {}", self.text),
            Some(title) => title.clone(),
            None => self.text.clone(),
        }
    }
}

/// Items that belong together, with an optional heading; a folded group starts closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The heading, or `None` for items straight under the section.
    pub title: Option<String>,
    /// A hint shown on hover or in small print.
    pub hint: Option<String>,
    /// A line shown above the items even when folded (a template's note).
    pub note: Option<Line>,
    /// True when the group starts closed.
    pub folded: bool,
    /// True when printed reports (text, Markdown) show only each item's title: the
    /// details are a click away in the window and the HTML page.
    pub brief: bool,
    /// The items.
    pub items: Vec<Item>,
    /// A key unique within the report, for the window's controls.
    pub key: String,
}

impl Group {
    fn plain(items: Vec<Item>, key: &str) -> Self {
        Group {
            title: None,
            hint: None,
            note: None,
            folded: false,
            brief: false,
            items,
            key: key.to_string(),
        }
    }
}

/// Which section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionId {
    /// The problems to fix before submitting, each with who can fix it.
    Attention,
    /// What to do next: where to upload, what to write, what to tell users.
    NextSteps,
    /// The version and app ID checks.
    Checks,
    /// The store checks.
    Store,
    /// The consent rules.
    Consent,
    /// What users will notice about the Copilot agent (information only).
    AgentNotes,
    /// The change list.
    Changes,
    /// The download link.
    Download,
}

impl SectionId {
    /// A stable name, used as an anchor in HTML (`#store`).
    pub fn anchor(self) -> &'static str {
        match self {
            SectionId::Attention => "problems",
            SectionId::NextSteps => "next-steps",
            SectionId::Checks => "checks",
            SectionId::Store => "store",
            SectionId::Consent => "consent",
            SectionId::AgentNotes => "agent-notes",
            SectionId::Changes => "changes",
            SectionId::Download => "download",
        }
    }
}

/// One section of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Which section.
    pub id: SectionId,
    /// Its heading.
    pub title: String,
    /// What it is about, in one sentence, when that helps.
    pub intro: Option<String>,
    /// Its answer in one sentence.
    pub lead: Option<Line>,
    /// Its items, in groups.
    pub groups: Vec<Group>,
    /// Notes after the items.
    pub notes: Vec<String>,
    /// Pages the whole section relies on.
    pub sources: Vec<Link>,
}

impl Section {
    fn new(id: SectionId, title: impl Into<String>) -> Self {
        Section {
            id,
            title: title.into(),
            intro: None,
            lead: None,
            groups: Vec::new(),
            notes: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// Every item of the section, in order.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.groups.iter().flat_map(|group| group.items.iter())
    }
}

/// One row of the table of the two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionRow {
    /// "App name", "Version".
    pub label: &'static str,
    /// The published version's value.
    pub published: String,
    /// The new version's value.
    pub new: String,
}

/// The whole report, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presentation {
    /// The verdict, or `None` when a file could not be loaded.
    pub verdict: Option<Verdict>,
    /// The app's name (the new version's, else the published one's).
    pub app_name: Option<String>,
    /// The verdict in a few words: "Fix 2 problems before submitting".
    pub headline: Line,
    /// Whether users will be asked to approve the app again, in one sentence.
    pub consent: Option<Line>,
    /// A sentence under the headline, when the verdict needs one.
    pub note: Option<String>,
    /// The two versions side by side.
    pub versions: Vec<VersionRow>,
    /// The sections, in reading order.
    pub sections: Vec<Section>,
    /// The new version's app ID, for the download button.
    pub app_id: Option<String>,
}

impl Presentation {
    /// The section with this id, when the report has it.
    pub fn section(&self, id: SectionId) -> Option<&Section> {
        self.sections.iter().find(|section| section.id == id)
    }
}

/// The verdict as one plain sentence.
pub fn verdict_headline(report: &Report) -> String {
    match report.verdict {
        Verdict::Ready => "Ready to submit".to_string(),
        Verdict::NothingToSubmit => "Nothing changed: there is no update to submit".to_string(),
        Verdict::Blocked => {
            let n = report.problem_count();
            if n == 1 {
                "Fix 1 problem before submitting".to_string()
            } else {
                format!("Fix {n} problems before submitting")
            }
        }
    }
}

/// Who is asked, for rules 1–11: existing users approve the app again.
pub const USERS_ASKED: &str = "Existing users will be asked to approve the app again.";

/// Who is asked, for rules 12–13 (and 11 with an add-in): the admin who deployed the add-in.
pub const ADMIN_ASKED: &str = "Organizations whose admin deployed the add-in: the admin has to approve this update again before people there can use the updated add-in.";

/// A Copilot agent's update, where an organization deploys the app through its admin
/// center: an admin approves each update first (the agent note `agent-admin-approval`).
pub const AGENT_ADMIN_APPROVES: &str = "Where an organization deploys your app through its admin center, an admin approves each update of the Copilot agent before users get it.";

/// True when the report carries the agent note that an admin approves each agent update.
pub fn agent_admin_approves(report: &Report) -> bool {
    report
        .agent_notes
        .iter()
        .any(|note| note.id == "agent-admin-approval")
}

/// Who is asked to approve the update, in whole sentences: every existing user (rules
/// 1–11), the admin who deployed the add-in (rules 12–13), or both; empty when no one is.
pub fn who_is_asked(report: &Report) -> Vec<&'static str> {
    let mut sentences = Vec::new();
    if report.users_asked() {
        sentences.push(USERS_ASKED);
    }
    if report.admin_asked() {
        sentences.push(ADMIN_ASKED);
    }
    sentences
}

/// The consent impact in one or two plain sentences: who is asked to approve the update
/// (users, the admin, both), and for a Copilot agent that an admin approves each update
/// where an organization deploys the app through its admin center.
pub fn consent_headline(report: &Report) -> String {
    if report.verdict == Verdict::NothingToSubmit {
        return "Nothing changed, so there is nothing for existing users to approve.".to_string();
    }
    let agent = agent_admin_approves(report);
    let mut sentences = who_is_asked(report);
    if sentences.is_empty() {
        sentences.push(if agent {
            "Existing users are not asked to approve the app again."
        } else {
            "Existing users get this update automatically (no new approval needed)."
        });
    }
    if agent {
        sentences.push(AGENT_ADMIN_APPROVES);
    }
    sentences.join(" ")
}

/// The report, arranged for reading (see the module documentation).
pub fn present(report: &Report) -> Presentation {
    present_in(report, Medium::Window)
}

/// The report, arranged for reading where `medium` shows it: each way of fixing a
/// problem is named as it works there (the window's button, the `fix` command in a
/// terminal, nothing of either in a report forwarded to someone).
pub fn present_in(report: &Report, medium: Medium) -> Presentation {
    let headline_mark = match report.verdict {
        Verdict::Ready => Mark::Pass,
        Verdict::Blocked => Mark::Fix,
        Verdict::NothingToSubmit => Mark::Info,
    };
    let consent_mark = if report.consent_required {
        Mark::Yes
    } else {
        Mark::Pass
    };
    let mut sections = Vec::new();
    if let Some(attention) = attention(report, medium) {
        sections.push(attention);
    }
    sections.push(next_steps(report, medium));
    sections.push(checks(report, medium));
    sections.push(store(report, medium));
    sections.push(consent(report));
    if let Some(notes) = agent_notes(report) {
        sections.push(notes);
    }
    sections.push(changes(report));
    sections.push(download(report, medium));
    Presentation {
        verdict: Some(report.verdict),
        app_name: report
            .new
            .app_name
            .clone()
            .or_else(|| report.old.app_name.clone()),
        headline: Line {
            mark: headline_mark,
            text: verdict_headline(report),
        },
        consent: Some(Line {
            mark: consent_mark,
            text: consent_headline(report),
        }),
        note: (report.verdict == Verdict::NothingToSubmit).then(|| {
            "The two versions are the same. Make your changes, raise the version number, then check again."
                .to_string()
        }),
        versions: versions(&report.old, &report.new),
        sections,
        app_id: Some(report.new.id.clone()),
    }
}

/// A file that could not be loaded, as a report: what is wrong, where and what to do.
pub fn present_error(error: &SideError) -> Presentation {
    let file = error.error.file_name.clone();
    let mut item = Item::new(Mark::Fix, error.error.to_string(), "input-error");
    item.title = Some(format!("The {} could not be loaded", error.side.label()));
    let mut section = Section::new(SectionId::Attention, "What went wrong");
    section.groups.push(Group::plain(vec![item], "input-error"));
    section
        .notes
        .push("Fix the file (or choose the right one), then check again.".to_string());
    Presentation {
        verdict: None,
        app_name: None,
        headline: Line {
            mark: Mark::Fix,
            text: format!("The {} could not be loaded", error.side.label()),
        },
        consent: None,
        note: Some(format!(
            "{file} is the {}. Nothing was compared yet.",
            error.side.label()
        )),
        versions: Vec::new(),
        sections: vec![section],
        app_id: None,
    }
}

fn versions(old: &Summary, new: &Summary) -> Vec<VersionRow> {
    let row = |label, published: &str, new: &str| VersionRow {
        label,
        published: published.to_string(),
        new: new.to_string(),
    };
    vec![
        row("File", &old.file_name, &new.file_name),
        row(
            "App name",
            old.app_name.as_deref().unwrap_or(""),
            new.app_name.as_deref().unwrap_or(""),
        ),
        row("App ID", &old.id, &new.id),
        row("Version", &old.version, &new.version),
        row(
            "Manifest format",
            old.manifest_version.as_deref().unwrap_or(""),
            new.manifest_version.as_deref().unwrap_or(""),
        ),
    ]
}

fn status_mark(status: Status) -> Mark {
    match status {
        Status::Pass => Mark::Pass,
        Status::Fail => Mark::Fix,
        Status::Warn => Mark::Warn,
        Status::Skip => Mark::Skip,
    }
}

fn check_item(check: &CheckOutcome, medium: Medium) -> Item {
    let mut item = Item::new(
        status_mark(check.status),
        check.message.text(),
        format!("check-{}", check.check.id()),
    );
    item.title = Some(check.check.title().to_string());
    item.who = crate::guidance::fixer_of_check(check).map(|fixer| fixer.text_in(medium));
    item.developer = Some(Developer {
        id: Some(check.check.id().to_string()),
        ..Developer::default()
    });
    item
}

/// "Fix these before submitting": exactly the problems the headline counts, one line
/// each, with who can fix it and the item that says more. `None` when there is none.
fn attention(report: &Report, medium: Medium) -> Option<Section> {
    let mut items: Vec<Item> = report
        .failed_checks()
        .map(|check| {
            let mut item = check_item(check, medium);
            item.target = Some(item.key.clone());
            item.key = format!("problem-{}", check.check.id());
            item
        })
        .collect();
    for (index, finding) in report.store.iter().enumerate() {
        if finding.severity != Severity::Error {
            continue;
        }
        let mut item = finding_item(finding, index, report, medium);
        item.target = Some(item.key.clone());
        item.key = format!("problem-{}", item.key);
        item.link = None;
        item.developer = None;
        items.push(item);
    }
    if items.is_empty() {
        return None;
    }
    let mut section = Section::new(SectionId::Attention, "Fix these before submitting");
    section.intro = Some(
        "Each problem says who can fix it. Fix them, then check the corrected package again."
            .to_string(),
    );
    // A template is said first: most of its problems go away with the real package.
    if let Some(template) = summarize(&report.store, &report.store_scope).template {
        section.lead = Some(Line {
            mark: Mark::Warn,
            text: template.note,
        });
    }
    if let Some(handoff) = crate::guidance::developer_handoff(report) {
        let mut copy = Item::new(
            Mark::Info,
            "Hand the list to your developer: it says where each problem is (file, line, column) and Microsoft's rule, ready to paste into an email or a ticket.",
            "problems-copy",
        );
        copy.title = Some("For your developer".to_string());
        copy.copy = Some(CopyText {
            label: match medium {
                Medium::Window => "Copy for my developer",
                Medium::Terminal | Medium::Document => "For your developer",
            }
            .to_string(),
            text: handoff,
        });
        section.groups.push(Group::plain(items, "problems"));
        section
            .groups
            .push(Group::plain(vec![copy], "problems-copy"));
    } else {
        section.groups.push(Group::plain(items, "problems"));
    }
    Some(section)
}

/// "What to do next": the steps, then the certification notes and the release note to copy.
fn next_steps(report: &Report, medium: Medium) -> Section {
    use crate::guidance;
    let mut section = Section::new(SectionId::NextSteps, "What to do next");
    let steps: Vec<Item> = guidance::next_steps_in(report, medium)
        .into_iter()
        .enumerate()
        .map(|(index, step)| {
            let mut item = Item::new(Mark::Step, step.text, format!("next-step-{index}"));
            item.link = step.source.map(source_link);
            item
        })
        .collect();
    section.groups.push(Group::plain(steps, "next-steps"));
    if report.verdict == Verdict::Ready {
        let mut notes = Item::new(
            Mark::Info,
            "A draft for the notes for certification in Partner Center: what changed in this update. Add how to sign in and test it.",
            "certification-notes",
        );
        notes.title = Some("Certification notes".to_string());
        notes.copy = Some(CopyText {
            label: "Copy certification notes".to_string(),
            text: guidance::certification_notes(report),
        });
        section
            .groups
            .push(Group::plain(vec![notes], "certification-notes"));
    }
    if report.verdict != Verdict::NothingToSubmit
        && let Some(note) = guidance::release_note(report)
    {
        let mut item = Item::new(
            Mark::Yes,
            match (report.users_asked(), report.admin_asked()) {
                (false, true) => {
                    "The admin who deployed the add-in has to approve this update again. Send this note to your customers' IT admins before the update arrives."
                }
                (true, true) => {
                    "Existing users will be asked to approve the app again, and the admin who deployed the add-in has to approve it again too. Send this note to your users and their IT admins before the update arrives."
                }
                _ => {
                    "Existing users will be asked to approve the app again. Send them this note (and their IT admins) before the update arrives."
                }
            },
            "release-note",
        );
        item.title = Some("Tell your users".to_string());
        item.copy = Some(CopyText {
            label: "Copy release note".to_string(),
            text: note.text,
        });
        section
            .groups
            .push(Group::plain(vec![item], "release-note"));
        section.sources = note.sources.into_iter().map(source_link).collect();
    }
    section
}

fn checks(report: &Report, medium: Medium) -> Section {
    let mut section = Section::new(SectionId::Checks, "Version and app ID");
    section.intro = Some(
        "Microsoft requires an update to keep the app ID and to raise the version number for any change, even to the name or description."
            .to_string(),
    );
    section.groups.push(Group::plain(
        report
            .checks
            .iter()
            .map(|check| check_item(check, medium))
            .collect(),
        "checks",
    ));
    section
}

/// One store finding: what is wrong and what to do, where in words, who can fix it,
/// Microsoft's rule, and the exact place for a developer.
fn finding_item(finding: &Finding, index: usize, report: &Report, medium: Medium) -> Item {
    let mark = match finding.severity {
        Severity::Error => Mark::Fix,
        Severity::Warning => Mark::Warn,
    };
    let mut item = Item::new(
        mark,
        finding.message.text(),
        format!("store-{index}-{}", finding.check),
    );
    item.title = crate::store::check_title(finding.check.id()).map(|title| title.text());
    item.place = Some(finding_place(finding));
    if finding.severity == Severity::Error {
        item.who = Some(crate::guidance::fixer_of_finding(finding).text_in(medium));
    }
    let mut remarks = Vec::new();
    if report
        .already_published
        .get(index)
        .copied()
        .unwrap_or(false)
    {
        remarks.push(crate::guidance::ALREADY_PUBLISHED.to_string());
    }
    item.remark = (!remarks.is_empty()).then(|| remarks.join(" "));
    item.link = Some(Link {
        title: "Microsoft's rule".to_string(),
        url: finding.source.to_string(),
    });
    item.developer = Some(Developer {
        id: Some(finding.check.to_string()),
        file: Some(finding.file.clone()),
        line: finding.line,
        column: finding.column,
        pointer: Some(finding.pointer.clone()),
    });
    item
}

/// Where a finding is, in words: "the short name, in manifest.json".
fn finding_place(finding: &Finding) -> String {
    let field = crate::store::words::pointer_in_file_words(&finding.file, &finding.pointer);
    // A field without a name of its own comes back as the path in words between backticks.
    let field = field
        .strip_prefix('`')
        .and_then(|f| f.strip_suffix('`'))
        .map_or_else(|| crate::plain::without_backticks(&field), str::to_string);
    if finding.pointer.is_empty() {
        finding.file.clone()
    } else {
        format!("{field}, in {}", finding.file)
    }
}

fn store(report: &Report, medium: Medium) -> Section {
    let summary = summarize(&report.store, &report.store_scope);
    let mut section = Section::new(SectionId::Store, "Will the store accept it?");
    let has_errors = report.store_errors().next().is_some();
    section.lead = Some(Line {
        mark: if has_errors { Mark::Fix } else { Mark::Pass },
        text: summary.lead.clone(),
    });
    let index_of = |finding: &Finding| {
        report
            .store
            .iter()
            .position(|f| std::ptr::eq(f, finding))
            .unwrap_or(0)
    };
    if let Some(template) = &summary.template {
        let items: Vec<Item> = template
            .placeholders
            .iter()
            .chain(&template.caused)
            .map(|finding| finding_item(finding, index_of(finding), report, medium))
            .collect();
        let count = items.len();
        section.groups.push(Group {
            title: Some(if count == 1 {
                "Show the finding it causes".to_string()
            } else {
                format!("Show the {count} findings it causes")
            }),
            hint: None,
            note: Some(Line {
                mark: Mark::Warn,
                text: template.note.clone(),
            }),
            folded: true,
            brief: false,
            items,
            key: "store-template".to_string(),
        });
    }
    if !summary.errors.is_empty() {
        section.groups.push(Group::plain(
            summary
                .errors
                .iter()
                .map(|finding| finding_item(finding, index_of(finding), report, medium))
                .collect(),
            "store-errors",
        ));
    }
    if !summary.warnings.is_empty() {
        let n = summary.warnings.len();
        section.groups.push(Group {
            title: Some(format!(
                "{} worth checking (they do not block the update)",
                count(n, "thing", "things")
            )),
            hint: None,
            note: None,
            folded: n > 3,
            brief: false,
            items: summary
                .warnings
                .iter()
                .map(|finding| finding_item(finding, index_of(finding), report, medium))
                .collect(),
            key: "store-warnings".to_string(),
        });
    }
    if let Some(note) = summary.not_checked {
        section.notes.push(note);
    }
    // Said once, where the findings are: no finding is then "already in your published
    // version".
    if let Some(not_in_store) = &report.published_not_in_store
        && !report.store.is_empty()
    {
        section.notes.push(not_in_store.text());
    }
    section
}

fn source_link(source: Source) -> Link {
    Link {
        title: source.title().to_string(),
        url: source.url().to_string(),
    }
}

fn bullets(rule: &RuleOutcome) -> Vec<Bullet> {
    rule.evidence
        .iter()
        .map(|evidence| Bullet {
            text: evidence.text.text(),
            developer: Some(evidence.developer.text()),
        })
        .collect()
}

/// The consent summary: how many of the rules are in this update, and who is asked.
pub fn consent_summary(report: &Report) -> String {
    let triggered = report.triggered_rules().count();
    let total = report.consent.len();
    let count = match triggered {
        0 => {
            return format!(
                "None of the {total} changes that need approval is in this update: existing users get it without a new prompt."
            );
        }
        1 => format!("1 of the {total} changes that need approval is in this update."),
        n => format!("{n} of the {total} changes that need approval are in this update."),
    };
    let mut sentences = vec![count];
    sentences.extend(who_is_asked(report).into_iter().map(str::to_string));
    sentences.join(" ")
}

/// The heading the rules not in this update fold under: "The other 12 changes that need
/// approval are not in this update" (or "None of the 13 …" when no rule is).
pub fn untriggered_heading(report: &Report) -> String {
    let triggered = report.triggered_rules().count();
    let others = report.consent.len().saturating_sub(triggered);
    match (triggered, others) {
        (0, n) => format!("None of the {n} changes that need approval is in this update"),
        (_, 1) => "The other change that needs approval is not in this update".to_string(),
        (_, n) => format!("The other {n} changes that need approval are not in this update"),
    }
}

/// Who a rule asks, in words: "Who is asked: every existing user".
fn who_words(rule: &RuleOutcome) -> String {
    use crate::rules::Who;
    let users = rule.who.contains(&Who::Users);
    let admin = rule.who.contains(&Who::Admin);
    match (users, admin) {
        (true, true) => "Who is asked: every existing user, and the admin who deployed the Office add-in".to_string(),
        (false, true) => "Who is asked: the admin who deployed the Office add-in to the organization, not each user".to_string(),
        _ => "Who is asked: every existing user".to_string(),
    }
}

fn consent(report: &Report) -> Section {
    let mut section = Section::new(
        SectionId::Consent,
        "Will users or the admin be asked to approve the app again?",
    );
    section.intro = Some(
        "Some changes make Teams show every existing user a prompt to approve (consent to) the app again. Changes to an Office add-in make the admin who deployed it approve it again instead."
            .to_string(),
    );
    section.lead = Some(Line {
        mark: if report.consent_required {
            Mark::Yes
        } else {
            Mark::Pass
        },
        text: consent_summary(report),
    });
    let rule_item = |rule: &RuleOutcome, mark: Mark| {
        let mut item = Item::new(mark, "", format!("consent-{}", rule.rule));
        item.title = Some(rule.title.to_string());
        item.bullets = bullets(rule);
        item.why = Some(rule.explanation.to_string());
        if mark == Mark::Yes {
            item.remark = Some(who_words(rule));
        }
        item.link = Some(source_link(rule.source));
        item.developer = Some(Developer {
            id: Some(rule.rule.to_string()),
            ..Developer::default()
        });
        item
    };
    let triggered: Vec<Item> = report
        .triggered_rules()
        .map(|rule| rule_item(rule, Mark::Yes))
        .collect();
    if !triggered.is_empty() {
        section
            .groups
            .push(Group::plain(triggered, "consent-triggered"));
    }
    section.groups.push(Group {
        title: Some(untriggered_heading(report)),
        hint: Some("None of these is in this update. Open one to read what it means.".to_string()),
        note: None,
        folded: true,
        brief: true,
        items: report
            .consent
            .iter()
            .filter(|rule| !rule.triggered)
            .map(|rule| rule_item(rule, Mark::No))
            .collect(),
        key: "consent-not-in-update".to_string(),
    });
    section.sources = [
        Source::PublishingDocs,
        Source::AdminDocs,
        Source::OfficeAddinDocs,
    ]
    .into_iter()
    .map(source_link)
    .collect();
    section
}

/// "What your users will notice": the agent notes, each with its source; `None` when
/// there is none. Information only: the consent answer above stays as it is.
fn agent_notes(report: &Report) -> Option<Section> {
    if report.agent_notes.is_empty() {
        return None;
    }
    let mut section = Section::new(SectionId::AgentNotes, "What your users will notice");
    section.intro = Some(
        "About the Copilot agent in this update. For information: these do not change whether users must approve the app again."
            .to_string(),
    );
    let items = report
        .agent_notes
        .iter()
        .enumerate()
        .map(|(index, note)| {
            let mut item = Item::new(
                Mark::Info,
                note.message.text(),
                format!("{}-{index}", note.id),
            );
            item.link = Some(Link {
                title: note.source_title().to_string(),
                url: note.source.to_string(),
            });
            item.developer = Some(Developer {
                id: Some(note.id.to_string()),
                ..Developer::default()
            });
            item
        })
        .collect();
    section.groups.push(Group::plain(items, "agent-notes"));
    Some(section)
}

/// What people see of an area, on hover.
fn area_hint(area: Area) -> &'static str {
    match area {
        Area::Identity => "The app ID, its version number and the manifest format version",
        Area::Listing => {
            "What people see in the store: name, descriptions, developer details, icons, colors"
        }
        Area::Capability => {
            "What the app can do in Teams and Office: bots, tabs, message extensions, connectors, sign-in, permissions, the Office add-in"
        }
        Area::PackageFile => {
            "Files in the .zip app package besides manifest.json, such as icons and translations"
        }
        Area::Agent => {
            "The Copilot agent: its instructions, capabilities, actions and the servers it calls"
        }
        Area::Other => "Other settings in the manifest",
    }
}

fn change_item(change: &Change, report: &Report, index: usize) -> Item {
    let words = describe_named(change, &report.entry_names);
    let mark = match change.kind {
        ChangeKind::Added => Mark::Added,
        ChangeKind::Removed => Mark::Removed,
        ChangeKind::Changed => Mark::Changed,
    };
    let mut item = Item::new(mark, words.sentence(), format!("change-{index}"));
    let is_file = change.area == Area::PackageFile;
    // An agent file's change is `file#pointer`; a manifest change is a pointer. The
    // developer line gives the real pointer into the file (`change.pointer`).
    let (file, pointer) = match change.path.split_once('#') {
        Some((file, _)) if !is_file => (file.to_string(), Some(change.pointer.clone())),
        _ if is_file => (change.path.clone(), None),
        _ => (
            crate::store::MANIFEST_FILE.to_string(),
            Some(change.pointer.clone()),
        ),
    };
    item.developer = Some(Developer {
        file: Some(file),
        pointer,
        ..Developer::default()
    });
    item.full_value = words.full.map(|text| FullValue {
        title: format!("Full value of {}", words.subject),
        text,
    });
    item
}

fn changes(report: &Report) -> Section {
    let mut section = Section::new(
        SectionId::Changes,
        format!("What changed ({})", report.changes.len()),
    );
    if report.changes.is_empty() {
        section.lead = Some(Line {
            mark: Mark::Info,
            text: "Nothing: the two versions are the same.".to_string(),
        });
    }
    for area in [
        Area::Identity,
        Area::Listing,
        Area::Capability,
        Area::Agent,
        Area::PackageFile,
        Area::Other,
    ] {
        let items: Vec<Item> = report
            .changes
            .iter()
            .enumerate()
            .filter(|(_, change)| change.area == area)
            .map(|(index, change)| change_item(change, report, index))
            .collect();
        if items.is_empty() {
            continue;
        }
        section.groups.push(Group {
            title: Some(format!("{} ({})", area.title(), items.len())),
            hint: Some(area_hint(area).to_string()),
            note: None,
            folded: false,
            brief: false,
            items,
            key: format!("changes-{area:?}"),
        });
    }
    if !report.files_compared {
        section.notes.push(
            "Icons and other package files were not compared, because a manifest.json was given \
             instead of a package. Open both .zip app packages to compare them."
                .to_string(),
        );
    }
    section
}

fn download(report: &Report, medium: Medium) -> Section {
    let mut section = Section::new(SectionId::Download, "Download link for your website");
    match (&report.download_url, &report.no_link_reason) {
        (Some(url), _) => {
            section.intro = Some(
                match medium {
                    Medium::Window => "Put a button on your website that opens your app in the Teams store; the window makes its HTML for you.",
                    Medium::Terminal => "Put a button on your website that opens your app in the Teams store; run teams-update-check button with the new file to print its HTML.",
                    Medium::Document => "Put a button on your website that opens your app in the Teams store; Teams Update Check makes its HTML for you.",
                }
                .to_string(),
            );
            let mut item = Item::new(Mark::Info, url.clone(), "download-link");
            item.link = Some(Link {
                title: url.clone(),
                url: url.clone(),
            });
            section.groups.push(Group::plain(vec![item], "download"));
        }
        (None, Some(reason)) => {
            section.lead = Some(Line {
                mark: Mark::Info,
                text: reason.text(),
            });
        }
        (None, None) => {}
    }
    section
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    use crate::store::test_support::valid_input as input;

    #[test]
    fn sections_come_in_reading_order_and_problems_only_when_blocked() {
        let old = input("old.json", json!({}));
        let ready = crate::check(&old, &input("new.json", json!({"version": "1.0.1"})));
        let ids: Vec<SectionId> = present(&ready).sections.iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            [
                SectionId::NextSteps,
                SectionId::Checks,
                SectionId::Store,
                SectionId::Consent,
                SectionId::Changes,
                SectionId::Download
            ]
        );
        let blocked = crate::check(
            &old,
            &input(
                "new.json",
                json!({"staticTabs": [{"entityId": "dash", "name": "Dashboard", "contentUrl": "https://tasks.contoso.com/d", "scopes": ["personal"]}]}),
            ),
        );
        let view = present(&blocked);
        assert_eq!(view.headline.text, "Fix 1 problem before submitting");
        let problems = view.section(SectionId::Attention).unwrap();
        let items: Vec<&Item> = problems.items().collect();
        assert_eq!(items.len(), 2, "the problem and the copy for a developer");
        assert!(
            items[0]
                .title_and_text()
                .starts_with("The version number goes up: "),
        );
        assert_eq!(
            items[0].who.as_deref(),
            Some(
                "You can fix this here: Save a fixed copy (or in Developer Portal: open your app, then Basic information › Version)"
            )
        );
        assert_eq!(
            items[0].target.as_deref(),
            Some("check-version-incremented")
        );
        let copy = items[1].copy.as_ref().unwrap();
        assert_eq!(copy.label, "Copy for my developer");
        assert!(
            copy.text.contains("1. The version number goes up"),
            "{}",
            copy.text
        );
        let consent = view.section(SectionId::Consent).unwrap();
        let bullet = &consent.items().next().unwrap().bullets[0];
        assert_eq!(bullet.text, "The personal tab \"Dashboard\" was added");
        assert_eq!(
            bullet.developer.as_deref(),
            Some("Personal tab `dash` was added")
        );
    }

    #[test]
    fn changes_are_grouped_by_area_and_count_tabs_from_one() {
        let old = input("old.json", json!({}));
        let new = input(
            "new.json",
            json!({"version": "1.0.1", "staticTabs": [{"entityId": "tasks", "name": "My tasks", "contentUrl": "https://tasks.contoso.com/tab", "scopes": ["personal"]}]}),
        );
        let view = present(&crate::check(&old, &new));
        let changes = view.section(SectionId::Changes).unwrap();
        let titles: Vec<&str> = changes
            .groups
            .iter()
            .filter_map(|g| g.title.as_deref())
            .collect();
        assert_eq!(
            titles,
            ["App ID and version (1)", "What the app can do (1)"]
        );
        let tab = changes.groups[1].items[0].text.clone();
        assert_eq!(
            tab,
            "Changed Personal tab 1 › name: was \"Tasks\", now \"My tasks\""
        );
        let developer = changes.groups[1].items[0].developer.clone().unwrap();
        assert_eq!(developer.pointer.as_deref(), Some("/staticTabs/0/name"));
    }

    #[test]
    fn agent_notes_come_right_after_the_consent_section_and_leave_it_alone() {
        let old = input("old.json", json!({}));
        let new = input(
            "new.json",
            json!({"version": "1.0.1", "copilotAgents": {"declarativeAgents": [{"id": "a", "file": "da.json"}]}}),
        );
        let report = crate::check(&old, &new);
        assert!(!report.consent_required);
        let view = present(&report);
        let ids: Vec<SectionId> = view.sections.iter().map(|s| s.id).collect();
        let at = ids.iter().position(|id| *id == SectionId::Consent).unwrap();
        assert_eq!(ids.get(at + 1), Some(&SectionId::AgentNotes));
        let notes = view.section(SectionId::AgentNotes).unwrap();
        assert_eq!(notes.title, "What your users will notice");
        let item = notes.items().next().unwrap();
        assert_eq!(item.mark, Mark::Info);
        assert!(
            item.text
                .starts_with("Where an organization deploys your app")
        );
        assert!(item.link.as_ref().unwrap().url.contains("MC1041454"));
        let changes = view.section(SectionId::Changes).unwrap();
        let agent = changes.items().last().unwrap();
        assert_eq!(agent.text, "Added a Copilot agent \"a\"");
        assert_eq!(
            agent.developer.as_ref().unwrap().pointer.as_deref(),
            Some("/copilotAgents/declarativeAgents/0")
        );
        // No agent: no section.
        let plain = present(&crate::check(
            &old,
            &input("new.json", json!({"version": "1.0.1"})),
        ));
        assert!(plain.section(SectionId::AgentNotes).is_none());
    }

    #[test]
    fn store_findings_say_where_in_words_and_exactly_for_developers() {
        let old = input("old.json", json!({}));
        let new = input(
            "new.json",
            json!({"version": "1.0.1", "validDomains": ["tasks.contoso.com", "abc.ngrok.io"]}),
        );
        let view = present(&crate::check(&old, &new));
        let store = view.section(SectionId::Store).unwrap();
        let item = store.items().next().unwrap();
        assert_eq!(item.mark, Mark::Fix);
        assert_eq!(
            item.place.as_deref(),
            Some("Valid domain 2, in manifest.json")
        );
        let developer = item.developer.clone().unwrap().text();
        assert!(
            developer.starts_with("manifest.json, line ")
                && developer.ends_with(" · /validDomains/1 · valid-domains"),
            "{developer}"
        );
    }

    #[test]
    fn an_input_error_is_a_report_too() {
        let error = crate::load_files(
            std::path::Path::new("/nonexistent/old.json"),
            std::path::Path::new("/nonexistent/new.json"),
        )
        .unwrap_err();
        let view = present_error(&error);
        assert_eq!(view.verdict, None);
        assert_eq!(
            view.headline.text,
            "The published version could not be loaded"
        );
        assert_eq!(view.sections.len(), 1);
    }
}
