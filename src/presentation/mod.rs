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

pub use crate::guidance::Medium;
use crate::input::SideError;
use crate::msg;
use crate::report::{Report, Summary, Verdict};
use crate::rules::Source;

mod changes;
mod consent;
mod download;
mod headlines;
mod model;
mod next_steps;
mod problems;
mod store;

pub use consent::{
    consent_summary, consent_summary_message, untriggered_heading, untriggered_message,
};
pub use headlines::{
    ADMIN_ASKED, admin_asked, agent_admin_approval, agent_admin_approves, consent_headline,
    consent_message, users_asked, verdict_headline, verdict_message, who_is_asked,
};
pub use model::*;
use {
    changes::{agent_notes, changes},
    consent::consent,
    download::download,
    next_steps::next_steps,
    problems::{attention, checks},
    store::store,
};

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
        note: (report.verdict == Verdict::NothingToSubmit)
            .then(|| msg!("report-nothing-note").text()),
        versions: versions(&report.old, &report.new),
        sections,
        app_id: Some(report.new.id.clone()),
    }
}

/// A file that could not be loaded, as a report: what is wrong, where and what to do.
pub fn present_error(error: &SideError) -> Presentation {
    let file = error.error.file_name.clone();
    let mut item = Item::new(Mark::Fix, error.error.to_string(), "input-error");
    item.title = Some(msg!("report-error-headline", side = error.side.label()).text());
    let mut section = Section::new(SectionId::Attention, msg!("report-error-title").text());
    section.groups.push(Group::plain(vec![item], "input-error"));
    section.notes.push(msg!("report-error-note").text());
    Presentation {
        verdict: None,
        app_name: None,
        headline: Line {
            mark: Mark::Fix,
            text: msg!("report-error-headline", side = error.side.label()).text(),
        },
        consent: None,
        note: Some(
            msg!(
                "report-error-note-file",
                file = file,
                side = error.side.label()
            )
            .text(),
        ),
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
        row(
            msg!("report-row-file").text(),
            &old.file_name,
            &new.file_name,
        ),
        row(
            msg!("report-row-app-name").text(),
            old.app_name.as_deref().unwrap_or(""),
            new.app_name.as_deref().unwrap_or(""),
        ),
        row(msg!("report-row-app-id").text(), &old.id, &new.id),
        row(
            msg!("report-row-version").text(),
            &old.version,
            &new.version,
        ),
        row(
            msg!("report-row-manifest-format").text(),
            old.manifest_version.as_deref().unwrap_or(""),
            new.manifest_version.as_deref().unwrap_or(""),
        ),
    ]
}

/// A link to one of Microsoft's pages, titled with its name.
pub(super) fn source_link(source: Source) -> Link {
    Link {
        title: source.title().to_string(),
        url: source.url().to_string(),
    }
}

#[cfg(test)]
mod tests;
