//! The presentation as Markdown, for a ticket or a wiki.

use crate::msg;
use std::fmt::Write;

use crate::plain::{Span, spans};
use crate::presentation::{Group, Item, Presentation, Section};

/// Writes the whole presentation.
pub fn emit(view: &Presentation) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n",
        msg!("render-title", headline = md(&view.headline.text)).text()
    );
    if let Some(consent) = &view.consent {
        let _ = writeln!(out, "**{}**\n", md(&consent.text));
    }
    if let Some(note) = &view.note {
        let _ = writeln!(out, "{}\n", words(note));
    }
    if !view.versions.is_empty() {
        let _ = writeln!(
            out,
            "| | {} | {} |\n|---|---|---|",
            msg!("render-column-published").text(),
            msg!("render-column-new").text()
        );
        for row in &view.versions {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                row.label,
                md(&row.published),
                md(&row.new)
            );
        }
    }
    for section in &view.sections {
        write_section(&mut out, section);
    }
    out
}

fn write_section(out: &mut String, section: &Section) {
    let _ = writeln!(out, "\n## {}\n", md(&section.title));
    if let Some(intro) = &section.intro {
        let _ = writeln!(out, "_{}_\n", md(intro));
    }
    if let Some(lead) = &section.lead {
        let _ = writeln!(out, "{} {}\n", lead.mark.symbol(), words(&lead.text));
    }
    for group in &section.groups {
        write_group(out, group);
    }
    for note in &section.notes {
        let _ = writeln!(
            out,
            "\n_{} {}_",
            msg!("render-label-note").text(),
            words(note)
        );
    }
    if !section.sources.is_empty() {
        let links: Vec<String> = section
            .sources
            .iter()
            .map(|link| format!("[{}]({})", md(&link.title), link.url))
            .collect();
        let _ = writeln!(
            out,
            "\n{} {}",
            msg!("render-label-sources").text(),
            links.join(", ")
        );
    }
}

fn write_group(out: &mut String, group: &Group) {
    if let Some(note) = &group.note {
        let _ = writeln!(out, "- {} **{}**", note.mark.symbol(), words(&note.text));
    }
    let indent = if group.note.is_some() { "  " } else { "" };
    if let Some(title) = &group.title {
        let _ = writeln!(out, "\n**{}**\n", crate::plain::heading(&md(title)));
    }
    for item in &group.items {
        write_item(out, item, indent, group.brief);
    }
}

fn write_item(out: &mut String, item: &Item, indent: &str, brief: bool) {
    // A change's sentence starts with its verb ("Added …"): no symbol before it.
    let mut line = match item.mark.tag() {
        Some(_) => format!("{indent}- {} ", item.mark.symbol()),
        None => format!("{indent}- "),
    };
    match (&item.title, item.text.is_empty()) {
        (Some(title), false) => {
            // "**Title:** text": the colon inside the bold, its space (if the language has
            // one) after it.
            let colon = crate::plain::colon();
            let (mark, space) = colon.split_at(colon.trim_end().len());
            let _ = write!(line, "**{}{mark}**{space}{}", md(title), words(&item.text));
        }
        (Some(title), true) => {
            let _ = write!(line, "**{}**", md(title));
        }
        (None, _) => line.push_str(&words(&item.text)),
    }
    if let Some(link) = &item.link
        && link.url != item.text
    {
        let _ = write!(line, " ([{}]({}))", md(&link.title), link.url);
    }
    let _ = writeln!(out, "{line}");
    if brief {
        return;
    }
    let under = format!("{indent}  ");
    for bullet in &item.bullets {
        let _ = writeln!(out, "{under}- {}", words(&bullet.text));
    }
    if let Some(place) = &item.place {
        let _ = writeln!(
            out,
            "{under}- {} {}",
            msg!("render-label-where").text(),
            words(place)
        );
    }
    if let Some(why) = &item.why {
        let _ = writeln!(
            out,
            "{under}- {} {}",
            msg!("render-label-why").text(),
            md(why)
        );
    }
    if let Some(who) = &item.who {
        let _ = writeln!(
            out,
            "{under}- {} {}",
            msg!("render-label-who").text(),
            md(who)
        );
    }
    if let Some(remark) = &item.remark {
        let _ = writeln!(
            out,
            "{under}- {} {}",
            msg!("render-label-note").text(),
            md(remark)
        );
    }
    let developer = item.developer_lines();
    if !developer.is_empty() {
        let _ = writeln!(
            out,
            "{under}- <sub>{} {}</sub>",
            msg!("render-label-developers").text(),
            words(&developer.join("; "))
        );
    }
    if let Some(copy) = &item.copy {
        // A fence longer than any run of backticks in the text, so nothing ends it early.
        let longest = copy
            .text
            .split(|c| c != '`')
            .map(str::len)
            .max()
            .unwrap_or(0);
        let fence = "`".repeat(longest.max(2) + 1);
        let _ = writeln!(out, "\n{fence}text\n{}\n{fence}\n", copy.text.trim_end());
    }
}

/// A message as Markdown: names between backticks stay code, the rest is escaped.
fn words(text: &str) -> String {
    spans(text)
        .into_iter()
        .map(|span| match span {
            Span::Name(name) => format!("`{}`", name.replace('`', "'").replace('\n', " ")),
            Span::Prose(prose) => md(prose),
        })
        .collect()
}

/// Escapes Markdown's active characters in user text.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        if c == '\n' {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}
