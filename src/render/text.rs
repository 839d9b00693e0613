//! The presentation as plain text for a terminal.

use crate::msg;
use std::fmt::Write;

use crate::plain::without_backticks;
use crate::presentation::{Group, Item, Presentation, Section};

/// Writes the whole presentation.
pub fn emit(view: &Presentation) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", view.headline.text.to_uppercase());
    if let Some(consent) = &view.consent {
        let _ = writeln!(out, "{}", consent.text);
    }
    if let Some(note) = &view.note {
        let _ = writeln!(out, "{}", without_backticks(note));
    }
    if !view.versions.is_empty() {
        let value = |label: &str, published: bool| {
            view.versions
                .iter()
                .find(|row| row.label == label)
                .map(|row| if published { &row.published } else { &row.new })
                .cloned()
                .unwrap_or_default()
        };
        let side = |published: bool| {
            let name = value(&msg!("report-row-app-name").text(), published);
            format!(
                "{} ({} {})",
                value(&msg!("report-row-file").text(), published),
                if name.is_empty() {
                    msg!("render-unnamed-app").text()
                } else {
                    name
                },
                value(&msg!("report-row-version").text(), published)
            )
        };
        let sides = msg!(
            "render-published-new",
            published = side(true),
            new = side(false)
        );
        let _ = writeln!(out, "{}", sides.text());
    }
    for section in &view.sections {
        write_section(&mut out, section);
    }
    out
}

fn write_section(out: &mut String, section: &Section) {
    if section.title.ends_with('?') {
        let _ = writeln!(out, "\n{}", section.title);
    } else {
        let _ = writeln!(out, "\n{}", crate::plain::heading(&section.title));
    }
    if let Some(intro) = &section.intro {
        let _ = writeln!(out, "  {intro}");
    }
    if let Some(lead) = &section.lead {
        let _ = writeln!(out, "  {}", without_backticks(&lead.text));
    }
    for group in &section.groups {
        write_group(out, group);
    }
    for note in &section.notes {
        let _ = writeln!(
            out,
            "  {} {}",
            msg!("render-label-note").text(),
            without_backticks(note)
        );
    }
    if !section.sources.is_empty() {
        let _ = writeln!(out, "  {}", msg!("render-label-sources").text());
        for link in &section.sources {
            let _ = writeln!(out, "    {} ({})", link.title, link.url);
        }
    }
}

fn write_group(out: &mut String, group: &Group) {
    let indent = if group.title.is_some() || group.note.is_some() {
        "    "
    } else {
        "  "
    };
    if let Some(note) = &group.note {
        let tag = note.mark.tag().unwrap_or_default();
        let _ = writeln!(out, "  {tag} {}", without_backticks(&note.text));
    }
    if let Some(title) = &group.title {
        let _ = writeln!(out, "  {}", crate::plain::heading(title));
    }
    for item in &group.items {
        write_item(out, item, indent, group.brief);
    }
}

fn write_item(out: &mut String, item: &Item, indent: &str, brief: bool) {
    let text = without_backticks(&item.title_and_text());
    match item.mark.tag() {
        Some(tag) => {
            let _ = writeln!(out, "{indent}{tag} {text}");
        }
        None => {
            let _ = writeln!(out, "{indent}{text}");
        }
    }
    if brief {
        return;
    }
    let under = format!("{indent}      ");
    for bullet in &item.bullets {
        let _ = writeln!(out, "{under}- {}", without_backticks(&bullet.text));
    }
    if let Some(place) = &item.place {
        let _ = writeln!(
            out,
            "{under}{} {}",
            msg!("render-label-where").text(),
            without_backticks(place)
        );
    }
    if let Some(who) = &item.who {
        let _ = writeln!(out, "{under}{} {who}", msg!("render-label-who").text());
    }
    if let Some(remark) = &item.remark {
        let _ = writeln!(out, "{under}{} {remark}", msg!("render-label-note").text());
    }
    if let Some(why) = &item.why {
        let _ = writeln!(out, "{under}{} {why}", msg!("render-label-why").text());
    }
    if let Some(link) = &item.link
        && link.url != item.text
    {
        let _ = writeln!(
            out,
            "{under}{}{}{}",
            link.title,
            crate::plain::colon(),
            link.url
        );
    }
    let developer = item.developer_lines();
    if !developer.is_empty() {
        let _ = writeln!(
            out,
            "{under}{} {}",
            msg!("render-label-developers").text(),
            without_backticks(&developer.join("; "))
        );
    }
    if let Some(copy) = &item.copy {
        for line in copy.text.lines() {
            let _ = writeln!(out, "{under}| {line}");
        }
    }
}
