//! msg!("report-next-steps-title").text(): the steps, the certification notes and the release note to copy.

use super::{CopyText, Group, Item, Mark, Medium, Section, SectionId, source_link};
use crate::msg;
use crate::report::{Report, Verdict};

/// msg!("report-next-steps-title").text(): the steps, then the certification notes and the release note to copy.
pub(super) fn next_steps(report: &Report, medium: Medium) -> Section {
    use crate::guidance;
    let mut section = Section::new(SectionId::NextSteps, msg!("report-next-steps-title").text());
    let steps: Vec<Item> = guidance::next_steps_in(report, medium)
        .into_iter()
        .enumerate()
        .map(|(index, step)| {
            let mut item = Item::new(
                Mark::Step,
                step.message.text(),
                format!("next-step-{index}"),
            );
            item.link = step.source.map(source_link);
            item
        })
        .collect();
    section.groups.push(Group::plain(steps, "next-steps"));
    if report.verdict == Verdict::Ready {
        let mut notes = Item::new(
            Mark::Info,
            msg!("report-certification-notes-lead").text(),
            "certification-notes",
        );
        notes.title = Some(msg!("report-certification-notes-title").text());
        notes.copy = Some(CopyText {
            label: msg!("report-certification-notes-copy").text(),
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
                (false, true) => msg!("report-release-note-admin").text(),
                (true, true) => msg!("report-release-note-both").text(),
                _ => msg!("report-release-note-users").text(),
            },
            "release-note",
        );
        item.title = Some(msg!("report-release-note-title").text());
        item.copy = Some(CopyText {
            label: msg!("report-release-note-copy").text(),
            text: note.text,
        });
        section
            .groups
            .push(Group::plain(vec![item], "release-note"));
        section.sources = note.sources.into_iter().map(source_link).collect();
    }
    section
}
