//! The shapes of a presented report: marks, lines, items, groups, sections.

use crate::report::Verdict;

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
    pub fn word(self) -> crate::message::Message {
        match self {
            Mark::Pass => crate::msg!("report-mark-ok"),
            Mark::Fix => crate::msg!("report-mark-fix"),
            Mark::Warn => crate::msg!("report-mark-warn"),
            Mark::Skip => crate::msg!("report-mark-skip"),
            Mark::Info => crate::msg!("report-mark-info"),
            Mark::Step => crate::msg!("report-mark-step"),
            Mark::Yes => crate::msg!("report-mark-yes"),
            Mark::No => crate::msg!("report-mark-no"),
            Mark::Added => crate::msg!("report-mark-added"),
            Mark::Removed => crate::msg!("report-mark-removed"),
            Mark::Changed => crate::msg!("report-mark-changed"),
        }
    }

    /// The tag a plain-text report starts the item's line with (`[FIX]`, in the
    /// language of the report), or `None` for changes, whose sentence starts with its verb.
    pub fn tag(self) -> Option<String> {
        let word = match self {
            Mark::Pass => crate::msg!("report-tag-pass"),
            Mark::Fix => crate::msg!("report-tag-fix"),
            Mark::Warn => crate::msg!("report-tag-warn"),
            Mark::Skip => crate::msg!("report-tag-skip"),
            Mark::Info => crate::msg!("report-tag-note"),
            Mark::Step => crate::msg!("report-tag-next"),
            Mark::Yes => crate::msg!("report-tag-yes"),
            Mark::No => crate::msg!("report-tag-no"),
            Mark::Added | Mark::Removed | Mark::Changed => return None,
        };
        Some(format!("[{}]", word.text()))
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
            let at = crate::msg!("input-where-line-column", line = line, column = column);
            place.push_str(&format!(", {}", at.text()));
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
    pub(super) fn new(mark: Mark, text: impl Into<String>, key: impl Into<String>) -> Self {
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
            Some(title) if !self.text.is_empty() => {
                format!("{title}{}{}", crate::plain::colon(), self.text)
            }
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
    pub(super) fn plain(items: Vec<Item>, key: &str) -> Self {
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
    pub(super) fn new(id: SectionId, title: impl Into<String>) -> Self {
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
    pub label: String,
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
