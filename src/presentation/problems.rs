//! msg!("report-attention-title").text() and the version and app ID checks.

use super::{
    CopyText, Developer, Group, Item, Line, Mark, Medium, Section, SectionId, store::finding_item,
};
use crate::checks::{CheckOutcome, Status};
use crate::msg;
use crate::report::Report;
use crate::store::Severity;

fn status_mark(status: Status) -> Mark {
    match status {
        Status::Pass => Mark::Pass,
        Status::Fail => Mark::Fix,
        Status::Warn => Mark::Warn,
        Status::Skip => Mark::Skip,
    }
}

pub(super) fn check_item(check: &CheckOutcome, medium: Medium) -> Item {
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

/// msg!("report-attention-title").text(): exactly the problems the headline counts, one line
/// each, with who can fix it and the item that says more. `None` when there is none.
pub(super) fn attention(report: &Report, medium: Medium) -> Option<Section> {
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
    let mut section = Section::new(SectionId::Attention, msg!("report-attention-title").text());
    section.intro = Some(msg!("report-attention-intro").text());
    // A template is said first: most of its problems go away with the real package.
    if let Some(template) = report.store_summary().template {
        section.lead = Some(Line {
            mark: Mark::Warn,
            text: template.note.text(),
        });
    }
    if let Some(handoff) = crate::guidance::developer_handoff(report) {
        let mut copy = Item::new(
            Mark::Info,
            msg!("report-handoff-lead").text(),
            "problems-copy",
        );
        copy.title = Some(msg!("report-handoff-title").text());
        copy.copy = Some(CopyText {
            label: match medium {
                Medium::Window => msg!("report-handoff-copy").text(),
                Medium::Terminal | Medium::Document => msg!("report-handoff-title").text(),
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

pub(super) fn checks(report: &Report, medium: Medium) -> Section {
    let mut section = Section::new(SectionId::Checks, msg!("report-checks-title").text());
    section.intro = Some(msg!("report-checks-intro").text());
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
