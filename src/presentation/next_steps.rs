//! "What to do next": the steps, the certification notes and the release note to copy.

use super::{CopyText, Group, Item, Mark, Medium, Section, SectionId, source_link};
use crate::report::{Report, Verdict};

/// "What to do next": the steps, then the certification notes and the release note to copy.
pub(super) fn next_steps(report: &Report, medium: Medium) -> Section {
    use crate::guidance;
    let mut section = Section::new(SectionId::NextSteps, "What to do next");
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
