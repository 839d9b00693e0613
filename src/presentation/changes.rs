//! msg!("report-agent-notes-title").text() (agent notes) and "What changed", grouped by area.

use super::{Developer, FullValue, Group, Item, Line, Link, Mark, Section, SectionId};
use crate::changes::{Area, Change, ChangeKind};
use crate::describe::describe_named;
use crate::message::Message;
use crate::msg;
use crate::report::Report;

/// msg!("report-agent-notes-title").text(): the agent notes, each with its source; `None` when
/// there is none. Information only: the consent answer above stays as it is.
pub(super) fn agent_notes(report: &Report) -> Option<Section> {
    if report.agent_notes.is_empty() {
        return None;
    }
    let mut section = Section::new(
        SectionId::AgentNotes,
        msg!("report-agent-notes-title").text(),
    );
    section.intro = Some(msg!("report-agent-notes-intro").text());
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
fn area_hint(area: Area) -> Message {
    match area {
        Area::Identity => msg!("report-area-identity-hint"),
        Area::Listing => {
            msg!("report-area-listing-hint")
        }
        Area::Capability => {
            msg!("report-area-capability-hint")
        }
        Area::PackageFile => {
            msg!("report-area-package-file-hint")
        }
        Area::Agent => {
            msg!("report-area-agent-hint")
        }
        Area::Other => msg!("report-area-other-hint"),
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
    // An agent file's change is `file#pointer`; a manifest change is a pointer.
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
        title: msg!("report-full-value", subject = words.subject.to_string()).text(),
        text,
    });
    item
}

pub(super) fn changes(report: &Report) -> Section {
    let mut section = Section::new(
        SectionId::Changes,
        msg!("report-changes-title", count = report.changes.len()).text(),
    );
    if report.changes.is_empty() {
        section.lead = Some(Line {
            mark: Mark::Info,
            text: msg!("report-changes-nothing").text(),
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
            title: Some(
                msg!(
                    "report-changes-area",
                    area = area.title().to_string(),
                    count = items.len()
                )
                .text(),
            ),
            hint: Some(area_hint(area).text()),
            note: None,
            folded: false,
            brief: false,
            items,
            key: format!("changes-{area:?}"),
        });
    }
    if !report.files_compared {
        section.notes.push(msg!("report-files-not-compared").text());
    }
    section
}
