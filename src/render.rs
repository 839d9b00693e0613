//! The report as text for a terminal, as JSON for scripts, and as Markdown or
//! HTML for saving and sharing.
//!
//! Every format puts the verdict first, then what needs attention, then the rest.

use std::fmt::Write;

use serde_json::json;

use crate::changes::{Change, ChangeKind};
use crate::checks::{CheckOutcome, Status};
use crate::escape::escape_html;
use crate::input::SideError;
use crate::report::{Report, Verdict};
use crate::rules::{RuleOutcome, Source};
use serde_json::Value;

/// The verdict as one plain sentence.
pub fn verdict_headline(report: &Report) -> String {
    match report.verdict {
        Verdict::Ready => "Ready to submit".to_string(),
        Verdict::NothingToSubmit => "Nothing changed: there is no update to submit".to_string(),
        Verdict::Blocked => {
            let n = report.failed_checks().count();
            format!(
                "Fix {n} problem{} before submitting",
                if n == 1 { "" } else { "s" }
            )
        }
    }
}

/// The consent impact as one plain sentence.
pub fn consent_headline(report: &Report) -> &'static str {
    if report.consent_required {
        "Existing users will be asked to approve the app again."
    } else {
        "Existing users get this update automatically (no new approval needed)."
    }
}

/// Describes one change in plain words: "Changed /version: "1.0.0" → "1.0.1"".
pub fn describe_change(change: &Change) -> String {
    if let Some(detail) = change.file_detail() {
        return match change.kind {
            ChangeKind::Added => format!("Added {}: {detail}", change.path),
            ChangeKind::Removed => format!("Removed {} ({detail})", change.path),
            ChangeKind::Changed => format!("Changed {}: {detail}", change.path),
        };
    }
    match change.kind {
        ChangeKind::Added => format!(
            "Added {}: {}",
            change.path,
            short_value(change.new.as_ref())
        ),
        ChangeKind::Removed => format!(
            "Removed {} (was {})",
            change.path,
            short_value(change.old.as_ref())
        ),
        ChangeKind::Changed => format!(
            "Changed {}: {} → {}",
            change.path,
            short_value(change.old.as_ref()),
            short_value(change.new.as_ref())
        ),
    }
}

/// A value as compact JSON, cut to a readable length. Writing stops once the
/// text is long enough, so a huge value costs no more than a short one.
pub fn short_value(value: Option<&Value>) -> String {
    let Some(value) = value else {
        return "(none)".to_string();
    };
    // 120 characters are at most 480 bytes of UTF-8; one byte more shows it was cut.
    let mut out = Capped {
        bytes: Vec::new(),
        limit: 481,
    };
    // An error here only means the limit was reached.
    let _ = serde_json::to_writer(&mut out, value);
    let text = String::from_utf8_lossy(&out.bytes);
    if text.chars().count() > 120 {
        let head: String = text.chars().take(117).collect();
        format!("{head}…")
    } else {
        text.into_owned()
    }
}

/// A writer that keeps at most `limit` bytes, then refuses more.
struct Capped {
    bytes: Vec<u8>,
    limit: usize,
}

impl std::io::Write for Capped {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let room = self.limit.saturating_sub(self.bytes.len());
        if room == 0 {
            return Err(std::io::Error::other("long enough"));
        }
        let taken = buf.len().min(room);
        self.bytes
            .extend_from_slice(buf.get(..taken).unwrap_or_default());
        Ok(taken)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn status_tag(status: Status) -> &'static str {
    match status {
        Status::Pass => "[PASS]",
        Status::Fail => "[FAIL]",
        Status::Warn => "[WARN]",
        Status::Skip => "[SKIP]",
    }
}

fn rules_of(report: &Report, source: Source) -> impl Iterator<Item = &RuleOutcome> {
    report
        .consent
        .iter()
        .filter(move |rule| rule.source == source)
}

/// The report for a person reading a terminal.
pub fn to_text(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", verdict_headline(report).to_uppercase());
    let _ = writeln!(out, "{}", consent_headline(report));
    let _ = writeln!(
        out,
        "Published: {}   New: {}",
        summary_line(&report.old),
        summary_line(&report.new)
    );

    let attention: Vec<&CheckOutcome> = report
        .checks
        .iter()
        .filter(|c| matches!(c.status, Status::Fail | Status::Warn))
        .collect();
    if !attention.is_empty() || report.consent_required {
        let _ = writeln!(out, "\nNeeds your attention:");
        for check in attention {
            let _ = writeln!(out, "  {} {}", status_tag(check.status), check.message);
        }
        for rule in report.triggered_rules() {
            let _ = writeln!(out, "  [CONSENT] {}", rule.title);
            for line in &rule.evidence {
                let _ = writeln!(out, "      - {line}");
            }
        }
    }

    let _ = writeln!(out, "\nVersion and app ID:");
    for check in &report.checks {
        let _ = writeln!(
            out,
            "  {} {}: {}",
            status_tag(check.status),
            check.check,
            check.message
        );
    }

    let _ = writeln!(
        out,
        "\nWill users be asked to approve the app again? (all {} rules)",
        report.consent.len()
    );
    for source in [Source::PublishingDocs, Source::AdminDocs] {
        let _ = writeln!(out, "  From {} ({}):", source.title(), source.url());
        for rule in rules_of(report, source) {
            let tag = if rule.triggered { "[YES]" } else { "[no] " };
            let _ = writeln!(out, "    {tag} {} ({})", rule.title, rule.rule);
            for line in &rule.evidence {
                let _ = writeln!(out, "          - {line}");
            }
        }
    }

    let _ = writeln!(out, "\nWhat changed ({}):", report.changes.len());
    if report.changes.is_empty() {
        let _ = writeln!(out, "  Nothing.");
    }
    for change in &report.changes {
        let _ = writeln!(out, "  {}", describe_change(change));
    }

    match &report.download_url {
        Some(url) => {
            let _ = writeln!(out, "\nDownload link for your website: {url}");
        }
        None => {
            let _ = writeln!(
                out,
                "\nNo download link: the new app ID \"{}\" is not a real app ID (GUID).",
                report.new.id
            );
        }
    }
    out
}

fn summary_line(summary: &crate::report::Summary) -> String {
    format!(
        "{} ({} {})",
        summary.file_name,
        summary.app_name.as_deref().unwrap_or("unnamed app"),
        summary.version
    )
}

/// The report as JSON (the stable format documented in the README).
pub fn to_json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_else(|err| {
        // Serialising plain data cannot fail; keep the output valid JSON regardless.
        json!({"error": {"file": null, "message": err.to_string()}}).to_string()
    })
}

/// An input error as JSON: `{"error": {"file": "old"|"new", "message": …}}`.
pub fn error_to_json(error: &SideError) -> String {
    let value = json!({
        "error": {
            "file": error.side,
            "message": error.error.to_string(),
        }
    });
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

/// The report as Markdown, for pasting into a ticket or a wiki.
pub fn to_markdown(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Teams update check: {}\n", verdict_headline(report));
    let _ = writeln!(out, "**{}**\n", consent_headline(report));
    let _ = writeln!(out, "| | Published | New |\n|---|---|---|");
    let row = |label: &str, a: &str, b: &str| format!("| {label} | {} | {} |\n", md(a), md(b));
    out.push_str(&row("File", &report.old.file_name, &report.new.file_name));
    out.push_str(&row(
        "App name",
        report.old.app_name.as_deref().unwrap_or(""),
        report.new.app_name.as_deref().unwrap_or(""),
    ));
    out.push_str(&row("App ID", &report.old.id, &report.new.id));
    out.push_str(&row("Version", &report.old.version, &report.new.version));

    let _ = writeln!(out, "\n## Version and app ID\n");
    for check in &report.checks {
        let _ = writeln!(
            out,
            "- {} **{}**: {}",
            status_tag(check.status),
            check.check,
            md(&check.message)
        );
    }
    let _ = writeln!(out, "\n## Will users be asked to approve the app again?\n");
    for source in [Source::PublishingDocs, Source::AdminDocs] {
        let _ = writeln!(out, "### From [{}]({})\n", source.title(), source.url());
        for rule in rules_of(report, source) {
            let mark = if rule.triggered { "x" } else { " " };
            let _ = writeln!(
                out,
                "- [{mark}] **{}** — {}",
                md(rule.title),
                md(rule.explanation)
            );
            for line in &rule.evidence {
                let _ = writeln!(out, "  - {}", md(line));
            }
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## What changed ({})\n", report.changes.len());
    if report.changes.is_empty() {
        let _ = writeln!(out, "Nothing.");
    }
    for change in &report.changes {
        let _ = writeln!(out, "- {}", md(&describe_change(change)));
    }
    if let Some(url) = &report.download_url {
        let _ = writeln!(out, "\n## Download link\n\n<{url}>");
    }
    out
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

/// The report as a self-contained HTML page, for saving and sharing.
pub fn to_html(report: &Report) -> String {
    let mut body = String::new();
    let e = escape_html;
    let _ = writeln!(body, "<h1>{}</h1>", e(&verdict_headline(report)));
    let _ = writeln!(
        body,
        "<p><strong>{}</strong></p>",
        e(consent_headline(report))
    );
    let _ = writeln!(
        body,
        "<table><tr><th></th><th>Published</th><th>New</th></tr>\
         <tr><td>File</td><td>{}</td><td>{}</td></tr>\
         <tr><td>App ID</td><td>{}</td><td>{}</td></tr>\
         <tr><td>Version</td><td>{}</td><td>{}</td></tr></table>",
        e(&report.old.file_name),
        e(&report.new.file_name),
        e(&report.old.id),
        e(&report.new.id),
        e(&report.old.version),
        e(&report.new.version)
    );
    let _ = writeln!(body, "<h2>Version and app ID</h2><ul>");
    for check in &report.checks {
        let _ = writeln!(
            body,
            "<li>{} {}</li>",
            status_tag(check.status),
            e(&check.message)
        );
    }
    let _ = writeln!(
        body,
        "</ul><h2>Will users be asked to approve the app again?</h2>"
    );
    for source in [Source::PublishingDocs, Source::AdminDocs] {
        let _ = writeln!(
            body,
            "<h3><a href=\"{}\">{}</a></h3><ul>",
            e(source.url()),
            e(source.title())
        );
        for rule in rules_of(report, source) {
            let mark = if rule.triggered { "YES" } else { "no" };
            let _ = write!(
                body,
                "<li><strong>[{mark}] {}</strong> — {}",
                e(rule.title),
                e(rule.explanation)
            );
            if !rule.evidence.is_empty() {
                body.push_str("<ul>");
                for line in &rule.evidence {
                    let _ = write!(body, "<li>{}</li>", e(line));
                }
                body.push_str("</ul>");
            }
            body.push_str("</li>\n");
        }
        body.push_str("</ul>\n");
    }
    let _ = writeln!(body, "<h2>What changed ({})</h2><ul>", report.changes.len());
    for change in &report.changes {
        let _ = writeln!(body, "<li>{}</li>", e(&describe_change(change)));
    }
    body.push_str("</ul>\n");
    if let Some(url) = &report.download_url {
        let _ = writeln!(
            body,
            "<h2>Download link</h2><p><a href=\"{0}\">{0}</a></p>",
            e(url)
        );
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>Teams update check</title><style>body{{font-family:system-ui,sans-serif;max-width:60em;\
         margin:2em auto;padding:0 1em}}td,th{{padding:.2em .8em;text-align:left}}</style></head>\
         <body>\n{body}</body></html>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Input;

    fn report() -> Report {
        let id = "0b5c3d6e-1234-4abc-9def-00112233aabb";
        let old = Input::from_bytes(
            "old.json",
            format!(r#"{{"id":"{id}","version":"1.0.0"}}"#).as_bytes(),
        )
        .unwrap();
        let new = Input::from_bytes(
            "new.json",
            format!(r#"{{"id":"{id}","version":"1.0.0","bots":[{{"botId":"<b>"}}]}}"#).as_bytes(),
        )
        .unwrap();
        crate::check(&old, &new)
    }

    #[test]
    fn text_starts_with_verdict_then_attention() {
        let text = to_text(&report());
        assert!(text.starts_with("FIX 1 PROBLEM BEFORE SUBMITTING\nExisting users will be asked"));
        let attention = text.find("Needs your attention").unwrap();
        assert!(attention < text.find("Version and app ID:").unwrap());
        assert!(text.contains("[CONSENT] A bot was added or removed"));
        assert!(
            text.contains("Added /bots: [{\"botId\":\"<b>\"}]"),
            "{text}"
        );
    }

    #[test]
    fn json_has_the_documented_shape() {
        let value: serde_json::Value = serde_json::from_str(&to_json(&report())).unwrap();
        for key in [
            "verdict",
            "consent_required",
            "consent",
            "checks",
            "changes",
            "download_url",
            "old",
            "new",
        ] {
            assert!(value.get(key).is_some(), "{key}");
        }
        assert_eq!(value["verdict"], "blocked");
        assert_eq!(value["consent"][0]["rule"], "bot-added-or-removed");
        assert_eq!(value["consent"][0]["source"], "publishing-docs");
        assert_eq!(value["checks"][2]["status"], "fail");
        assert_eq!(value["changes"][0]["kind"], "added");
        assert_eq!(value["new"]["file_name"], "new.json");
    }

    #[test]
    fn short_values_are_cut_while_written() {
        let long = Value::String("é".repeat(100_000));
        let text = short_value(Some(&long));
        assert_eq!(text.chars().count(), 118);
        assert!(text.starts_with("\"éé") && text.ends_with('…'));
        assert_eq!(
            short_value(Some(&serde_json::json!({"a": 1}))),
            r#"{"a":1}"#
        );
        assert_eq!(short_value(None), "(none)");
    }

    #[test]
    fn html_and_markdown_escape_user_text() {
        let html = to_html(&report());
        assert!(html.contains("&lt;b&gt;") && !html.contains("<b>"));
        let markdown = to_markdown(&report());
        assert!(markdown.contains("\\<b\\>"));
        assert!(markdown.contains("- [x] **A bot was added or removed**"));
    }
}
