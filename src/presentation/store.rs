//! "Will the store accept it?": the store findings, each with its place in words.

use super::{Developer, Group, Item, Line, Link, Mark, Medium, Section, SectionId};
use crate::msg;
use crate::report::Report;
use crate::store::{Finding, Severity};

/// Microsoft's rule, and the exact place for a developer.
/// One store finding: what is wrong and what to do, where in words, who can fix it,
pub(super) fn finding_item(
    finding: &Finding,
    index: usize,
    report: &Report,
    medium: Medium,
) -> Item {
    let mark = match finding.severity {
        Severity::Error => Mark::Fix,
        Severity::Warning => Mark::Warn,
    };
    let mut item = Item::new(
        mark,
        // `to_string` whether the finding says a text or a message.
        finding.message.text(),
        format!("store-{index}-{}", finding.check),
    );
    item.title = crate::store::check_title(finding.check.id()).map(|title| title.text());
    item.place = Some(finding_place(finding, &report.entry_names.new));
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
        remarks.push(crate::guidance::already_published().text());
    }
    // What follows from this problem, said here rather than as a problem of its own.
    for consequence in report
        .store_consequences
        .iter()
        .filter(|consequence| consequence.cause == index)
    {
        let names: Vec<&str> = consequence.files.iter().map(String::as_str).collect();
        remarks.push(
            msg!(
                "store-consequence-unused-files",
                count = names.len(),
                files = crate::package_use::quoted_names(&names, 5),
            )
            .text(),
        );
    }
    item.remark = (!remarks.is_empty()).then(|| remarks.join(" "));
    item.link = Some(Link {
        title: msg!("report-microsofts-rule").text(),
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
fn finding_place(finding: &Finding, names: &crate::places::Names) -> String {
    let field = crate::places::in_file_words_named(&finding.file, &finding.pointer, names).text();
    // A field without a name of its own comes back as the path in words between backticks.
    let field = field
        .strip_prefix('`')
        .and_then(|f| f.strip_suffix('`'))
        .map_or_else(|| crate::plain::without_backticks(&field), str::to_string);
    if finding.pointer.is_empty() {
        finding.file.clone()
    } else {
        msg!(
            "report-finding-place",
            place = field,
            file = finding.file.as_str()
        )
        .text()
    }
}

pub(super) fn store(report: &Report, medium: Medium) -> Section {
    let summary = report.store_summary();
    let mut section = Section::new(SectionId::Store, msg!("report-store-title").text());
    let has_errors = report.store_errors().next().is_some();
    section.lead = Some(Line {
        mark: if has_errors { Mark::Fix } else { Mark::Pass },
        text: summary.lead.text(),
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
            title: Some(msg!("report-store-template-findings", count = count).text()),
            hint: None,
            note: Some(Line {
                mark: Mark::Warn,
                text: template.note.text(),
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
            title: Some(msg!("report-store-warnings-title", count = n).text()),
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
        section.notes.push(note.text());
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
