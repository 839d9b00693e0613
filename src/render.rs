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
use crate::store::{Severity, summarize, where_text};
use serde_json::Value;

/// The verdict as one plain sentence.
pub fn verdict_headline(report: &Report) -> String {
    match report.verdict {
        Verdict::Ready => "Ready to submit".to_string(),
        Verdict::NothingToSubmit => "Nothing changed: there is no update to submit".to_string(),
        Verdict::Blocked => {
            let n = report.problem_count();
            format!(
                "Fix {n} problem{} before submitting",
                if n == 1 { "" } else { "s" }
            )
        }
    }
}

/// The consent impact as one plain sentence.
pub fn consent_headline(report: &Report) -> &'static str {
    if report.verdict == Verdict::NothingToSubmit {
        "Nothing changed, so there is nothing for existing users to approve."
    } else if report.consent_required {
        "Existing users will be asked to approve the app again."
    } else {
        "Existing users get this update automatically (no new approval needed)."
    }
}

/// Describes one change in plain words, never raw JSON: `Added Personal tab "Reports" (reports)`,
/// `Changed Version: was "1.0.0", now "1.0.1"` (see [`crate::describe`]).
pub fn describe_change(change: &Change) -> String {
    if let Some(detail) = change.file_detail() {
        return match change.kind {
            ChangeKind::Added => format!("Added {}: {detail}", change.path),
            ChangeKind::Removed => format!("Removed {} ({detail})", change.path),
            ChangeKind::Changed => format!("Changed {}: {detail}", change.path),
        };
    }
    crate::describe::describe(change).sentence()
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

/// The consent rules in the order a publisher reads them: those in this update first, then
/// the others (each group in [`crate::rules::RULES`] order). JSON keeps the fixed order.
pub fn rules_triggered_first(report: &Report) -> impl Iterator<Item = &RuleOutcome> {
    report
        .triggered_rules()
        .chain(report.consent.iter().filter(|rule| !rule.triggered))
}

/// The consent summary in one sentence: how many of the rules are in this update.
pub fn consent_summary(report: &Report) -> String {
    let triggered = report.triggered_rules().count();
    if triggered == 0 {
        "None of the changes that make users approve the app again is in this update.".to_string()
    } else {
        format!(
            "{triggered} of the {} changes that make users approve the app again {} in this update.",
            report.consent.len(),
            if triggered == 1 { "is" } else { "are" }
        )
    }
}

/// The line the rules not in this update fold into: "The other 10 changes that would need
/// approval are not in this update" (or "None of the 11 …" when no rule is).
pub fn untriggered_heading(report: &Report) -> String {
    let triggered = report.triggered_rules().count();
    let others = report.consent.len() - triggered.min(report.consent.len());
    match (triggered, others) {
        (0, n) => format!("None of the {n} changes that would need approval is in this update"),
        (_, 1) => "The other change that would need approval is not in this update".to_string(),
        (_, n) => format!("The other {n} changes that would need approval are not in this update"),
    }
}

/// The checks that need a look (failed or warned), in report order.
fn attention_checks(report: &Report) -> Vec<&CheckOutcome> {
    report
        .checks
        .iter()
        .filter(|c| matches!(c.status, Status::Fail | Status::Warn))
        .collect()
}

/// Splits evidence such as "Personal tab `reports` was added" into plain and code parts
/// (`false` = plain text, `true` = the text between backticks). Unpaired backticks stay text.
fn code_spans(line: &str) -> Vec<(bool, &str)> {
    if !line.matches('`').count().is_multiple_of(2) {
        return vec![(false, line)];
    }
    line.split('`')
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(i, part)| (i % 2 == 1, part))
        .collect()
}

/// Evidence as Markdown: names between backticks stay code spans, the rest is escaped.
fn md_evidence(line: &str) -> String {
    code_spans(line)
        .into_iter()
        .map(|(code, part)| {
            if code {
                format!("`{}`", part.replace('\n', " "))
            } else {
                md(part)
            }
        })
        .collect()
}

/// Evidence as HTML: names between backticks in `<code>`, everything escaped.
fn html_evidence(line: &str) -> String {
    code_spans(line)
        .into_iter()
        .map(|(code, part)| {
            if code {
                format!("<code>{}</code>", escape_html(part))
            } else {
                escape_html(part)
            }
        })
        .collect()
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

    let attention = attention_checks(report);
    let store_errors = report.store_errors().count();
    if !attention.is_empty() || report.consent_required || store_errors > 0 {
        let _ = writeln!(out, "\nNeeds your attention:");
        for check in attention {
            let _ = writeln!(out, "  {} {}", status_tag(check.status), check.message);
        }
        if store_errors > 0 {
            let summary = summarize(&report.store, &report.store_scope);
            let _ = writeln!(
                out,
                "  [STORE] {} See \"Will the store accept it?\" below.",
                summary.lead
            );
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

    write_store_text(&mut out, report);

    let _ = writeln!(out, "\nWill users be asked to approve the app again?");
    let _ = writeln!(out, "  {}", consent_summary(report));
    for rule in report.triggered_rules() {
        let _ = writeln!(out, "  [YES] {} ({})", rule.title, rule.rule);
        for line in &rule.evidence {
            let _ = writeln!(out, "        - {line}");
        }
        let _ = writeln!(out, "        Why: {}", rule.explanation);
        let _ = writeln!(
            out,
            "        Source: {} ({})",
            rule.source.title(),
            rule.source.url()
        );
    }
    let _ = writeln!(out, "  {}:", untriggered_heading(report));
    for rule in report.consent.iter().filter(|rule| !rule.triggered) {
        let _ = writeln!(out, "    [no]  {} ({})", rule.title, rule.rule);
    }
    let _ = writeln!(out, "  Sources:");
    for source in [Source::PublishingDocs, Source::AdminDocs] {
        let _ = writeln!(out, "    {} ({})", source.title(), source.url());
    }

    let _ = writeln!(out, "\nWhat changed ({}):", report.changes.len());
    if report.changes.is_empty() {
        let _ = writeln!(out, "  Nothing.");
    }
    for change in &report.changes {
        let _ = writeln!(out, "  {}", describe_change(change));
    }
    if let Some(note) = files_note(report) {
        let _ = writeln!(out, "  Note: {note}");
    }

    match (&report.download_url, &report.no_link_reason) {
        (Some(url), _) => {
            let _ = writeln!(out, "\nDownload link for your website: {url}");
        }
        (None, Some(reason)) => {
            let _ = writeln!(out, "\n{reason}");
        }
        (None, None) => {}
    }
    out
}

/// Said once when package files could not be compared (a bare manifest.json on either side).
pub fn files_note(report: &Report) -> Option<&'static str> {
    (!report.files_compared).then_some(
        "icons and other package files were not compared, because a manifest.json was given \
         instead of a package. Open both .zip app packages to compare them.",
    )
}

/// The tag a store finding shows with in text reports.
fn severity_tag(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "[FIX]",
        Severity::Warning => "[WARN]",
    }
}

/// "Will the store accept it?" for a terminal.
fn write_store_text(out: &mut String, report: &Report) {
    let summary = summarize(&report.store, &report.store_scope);
    let _ = writeln!(out, "\nWill the store accept it?");
    let _ = writeln!(out, "  {}", summary.lead);
    if let Some(template) = &summary.template {
        let _ = writeln!(out, "  [TEMPLATE] {}", template.note);
        for finding in template.placeholders.iter().chain(&template.caused) {
            let _ = writeln!(out, "      - {}: {}", where_text(finding), finding.message);
        }
    }
    for finding in summary.errors.iter().chain(&summary.warnings) {
        let _ = writeln!(
            out,
            "  {} {}",
            severity_tag(finding.severity),
            finding.message
        );
        let _ = writeln!(out, "         at {}", where_text(finding));
    }
    if let Some(note) = &summary.not_checked {
        let _ = writeln!(out, "  Note: {note}");
    }
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

    let attention = attention_checks(report);
    let store_errors = report.store_errors().count();
    if !attention.is_empty() || report.consent_required || store_errors > 0 {
        let _ = writeln!(out, "\n## Needs your attention\n");
        for check in attention {
            let _ = writeln!(out, "- {} {}", status_tag(check.status), md(&check.message));
        }
        if store_errors > 0 {
            let lead = summarize(&report.store, &report.store_scope).lead;
            let _ = writeln!(
                out,
                "- ✖ **Store:** {} See *Will the store accept it?* below.",
                md(&lead)
            );
        }
        for rule in report.triggered_rules() {
            let _ = writeln!(
                out,
                "- ⚠️ **Users will be asked to approve the app again:** {}",
                md(rule.title)
            );
            for line in &rule.evidence {
                let _ = writeln!(out, "  - {}", md_evidence(line));
            }
        }
    }

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
    let summary = summarize(&report.store, &report.store_scope);
    let _ = writeln!(
        out,
        "\n## Will the store accept it?\n\n{}\n",
        md(&summary.lead)
    );
    if let Some(template) = &summary.template {
        let _ = writeln!(out, "- ⚠ **{}**", md(&template.note));
        for finding in template.placeholders.iter().chain(&template.caused) {
            let _ = writeln!(
                out,
                "  - {} ({})",
                md(&finding.message),
                md(&where_text(finding))
            );
        }
    }
    for finding in summary.errors.iter().chain(&summary.warnings) {
        let mark = match finding.severity {
            Severity::Error => "✖ **Fix:**",
            Severity::Warning => "⚠ **Check:**",
        };
        let _ = writeln!(
            out,
            "- {mark} {} — {} ([source]({}))",
            md(&finding.message),
            md(&where_text(finding)),
            finding.source
        );
    }
    if let Some(note) = &summary.not_checked {
        let _ = writeln!(out, "\n_{}_", md(note));
    }
    let _ = writeln!(out, "\n## Will users be asked to approve the app again?\n");
    let _ = writeln!(out, "{}\n", md(&consent_summary(report)));
    for rule in report.triggered_rules() {
        let _ = writeln!(
            out,
            "- ⚠️ **{}** — {} ([{}]({}))",
            md(rule.title),
            md(rule.explanation),
            source_short(rule.source),
            rule.source.url()
        );
        for line in &rule.evidence {
            let _ = writeln!(out, "  - {}", md_evidence(line));
        }
    }
    if report.consent_required {
        out.push('\n');
    }
    let _ = writeln!(out, "**{}:**\n", md(&untriggered_heading(report)));
    for rule in report.consent.iter().filter(|rule| !rule.triggered) {
        // Only the title: what each one means is in the linked page (and above for those in
        // the update), so the list stays short.
        let _ = writeln!(
            out,
            "- ✔ No: {} ([{}]({}))",
            md(rule.title),
            source_short(rule.source),
            rule.source.url()
        );
    }
    out.push('\n');
    let _ = writeln!(out, "## What changed ({})\n", report.changes.len());
    if report.changes.is_empty() {
        let _ = writeln!(out, "Nothing.");
    }
    for change in &report.changes {
        let _ = writeln!(out, "- {}", md(&describe_change(change)));
    }
    if let Some(note) = files_note(report) {
        let _ = writeln!(out, "\n_Note: {}_", md(note));
    }
    match (&report.download_url, &report.no_link_reason) {
        (Some(url), _) => {
            let _ = writeln!(out, "\n## Download link\n\n<{url}>");
        }
        (None, Some(reason)) => {
            let _ = writeln!(out, "\n## Download link\n\n{}", md(reason));
        }
        (None, None) => {}
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

/// The name of a rule's source document, short enough for a link after each rule.
fn source_short(source: Source) -> &'static str {
    match source {
        Source::PublishingDocs => "Microsoft's guide",
        Source::AdminDocs => "Teams admin docs",
    }
}

/// A rule's evidence as a nested HTML list (nothing when there is none).
fn html_evidence_list(body: &mut String, evidence: &[String]) {
    if evidence.is_empty() {
        return;
    }
    body.push_str("<ul>");
    for line in evidence {
        let _ = write!(body, "<li>{}</li>", html_evidence(line));
    }
    body.push_str("</ul>");
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
    let attention = attention_checks(report);
    let store_errors = report.store_errors().count();
    if !attention.is_empty() || report.consent_required || store_errors > 0 {
        let _ = writeln!(body, "<h2>Needs your attention</h2><ul>");
        for check in attention {
            let _ = writeln!(
                body,
                "<li>{} {}</li>",
                status_tag(check.status),
                e(&check.message)
            );
        }
        if store_errors > 0 {
            let lead = summarize(&report.store, &report.store_scope).lead;
            let _ = writeln!(
                body,
                "<li>✖ <strong>Store:</strong> {} See “Will the store accept it?” below.</li>",
                e(&lead)
            );
        }
        for rule in report.triggered_rules() {
            let _ = write!(
                body,
                "<li>⚠️ <strong>Users will be asked to approve the app again:</strong> {}",
                e(rule.title)
            );
            html_evidence_list(&mut body, &rule.evidence);
            body.push_str("</li>\n");
        }
        body.push_str("</ul>\n");
    }
    let _ = writeln!(body, "<h2>Version and app ID</h2><ul>");
    for check in &report.checks {
        let _ = writeln!(
            body,
            "<li>{} {}</li>",
            status_tag(check.status),
            e(&check.message)
        );
    }
    body.push_str("</ul>\n");
    let summary = summarize(&report.store, &report.store_scope);
    let _ = writeln!(
        body,
        "<h2>Will the store accept it?</h2><p>{}</p><ul>",
        e(&summary.lead)
    );
    if let Some(template) = &summary.template {
        let _ = write!(body, "<li><strong>⚠ {}</strong><ul>", e(&template.note));
        for finding in template.placeholders.iter().chain(&template.caused) {
            let _ = write!(
                body,
                "<li>{} <small>({})</small></li>",
                e(&finding.message),
                e(&where_text(finding))
            );
        }
        body.push_str("</ul></li>\n");
    }
    for finding in summary.errors.iter().chain(&summary.warnings) {
        let mark = match finding.severity {
            Severity::Error => "✖ Fix:",
            Severity::Warning => "⚠ Check:",
        };
        let _ = writeln!(
            body,
            "<li><strong>{mark}</strong> {} <small>({}; <a href=\"{}\">Microsoft's rule</a>)</small></li>",
            e(&finding.message),
            e(&where_text(finding)),
            e(finding.source)
        );
    }
    body.push_str("</ul>\n");
    if let Some(note) = &summary.not_checked {
        let _ = writeln!(body, "<p><em>{}</em></p>", e(note));
    }
    let _ = writeln!(
        body,
        "<h2>Will users be asked to approve the app again?</h2><p>{}</p><ul>",
        e(&consent_summary(report))
    );
    for rule in report.triggered_rules() {
        let _ = write!(
            body,
            "<li>⚠️ <strong>{}</strong> — {} (<a href=\"{}\">{}</a>)",
            e(rule.title),
            e(rule.explanation),
            e(rule.source.url()),
            e(source_short(rule.source))
        );
        html_evidence_list(&mut body, &rule.evidence);
        body.push_str("</li>\n");
    }
    let _ = writeln!(
        body,
        "</ul><details><summary>{}</summary><ul>",
        e(&untriggered_heading(report))
    );
    for rule in report.consent.iter().filter(|rule| !rule.triggered) {
        let _ = writeln!(
            body,
            "<li>✔ No: {} — {} (<a href=\"{}\">{}</a>)</li>",
            e(rule.title),
            e(rule.explanation),
            e(rule.source.url()),
            e(source_short(rule.source))
        );
    }
    body.push_str("</ul></details>\n");
    let _ = writeln!(body, "<h2>What changed ({})</h2><ul>", report.changes.len());
    for change in &report.changes {
        let text = crate::describe::describe(change);
        let _ = write!(body, "<li>{}", e(&text.sentence()));
        if let Some(full) = &text.full {
            let _ = write!(
                body,
                "<details><summary>Full value</summary><pre>{}</pre></details>",
                e(full)
            );
        }
        body.push_str("</li>\n");
    }
    body.push_str("</ul>\n");
    if let Some(note) = files_note(report) {
        let _ = writeln!(body, "<p><em>Note: {}</em></p>", e(note));
    }
    match (&report.download_url, &report.no_link_reason) {
        (Some(url), _) => {
            let _ = writeln!(
                body,
                "<h2>Download link</h2><p><a href=\"{0}\">{0}</a></p>",
                e(url)
            );
        }
        (None, Some(reason)) => {
            let _ = writeln!(body, "<h2>Download link</h2><p>{}</p>", e(reason));
        }
        (None, None) => {}
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
    use serde_json::json;

    fn input(name: &str, changes: serde_json::Value) -> Input {
        let text = crate::store::test_support::valid_manifest(changes);
        Input::from_bytes(name, text.as_bytes()).unwrap()
    }

    /// A store-ready pair whose new version adds a bot without raising the version.
    fn report() -> Report {
        let old = input("old.json", json!({}));
        let new = input(
            "new.json",
            json!({"bots": [{"botId": "<b>", "scopes": ["personal"]}]}),
        );
        crate::check(&old, &new)
    }

    #[test]
    fn store_section_follows_the_version_checks_everywhere() {
        let old = input("old.json", json!({}));
        let new = input(
            "new.json",
            json!({"version": "1.0.1", "validDomains": ["tasks.contoso.com", "abc.ngrok.io"]}),
        );
        let report = crate::check(&old, &new);
        let text = to_text(&report);
        assert!(
            text.starts_with("FIX 1 PROBLEM BEFORE SUBMITTING"),
            "{text}"
        );
        let store = text.find("\nWill the store accept it?\n").unwrap();
        assert!(text.find("Version and app ID:").unwrap() < store);
        assert!(
            text.contains("The store would refuse this manifest: 1 problem."),
            "{text}"
        );
        assert!(
            text.contains("[FIX] Valid domain \"abc.ngrok.io\" is a tunnel"),
            "{text}"
        );
        assert!(text.contains("at manifest.json, line "), "{text}");
        assert!(
            text.contains("Icons and other package files were not checked"),
            "{text}"
        );
        let markdown = to_markdown(&report);
        assert!(
            markdown.contains("## Will the store accept it?") && markdown.contains("✖ **Fix:**"),
            "{markdown}"
        );
        let html = to_html(&report);
        assert!(
            html.contains("<h2>Will the store accept it?</h2>") && html.contains("is a tunnel"),
            "{html}"
        );
        let value: serde_json::Value = serde_json::from_str(&to_json(&report)).unwrap();
        assert_eq!(value["store"][0]["check"], "valid-domains");
        assert_eq!(value["store"][0]["severity"], "error");
        assert_eq!(value["store"][0]["file"], "manifest.json");
        assert_eq!(value["store"][0]["pointer"], "/validDomains/1");
        assert!(value["store"][0]["line"].is_u64() && value["store"][0]["column"].is_u64());
        assert_eq!(
            value["store_scope"],
            json!({"schema": "v1.17", "package": false})
        );
        assert!(value["store"][0].get("value").is_none());
    }

    #[test]
    fn nothing_changed_and_no_link_read_plainly() {
        let same = input("a.json", json!({}));
        let text = to_text(&crate::check(&same, &same));
        assert!(!text.contains("get this update automatically"), "{text}");
        let moved = input(
            "b.json",
            json!({"version": "1.0.1", "id": "1b5c3d6e-1234-4abc-9def-00112233aabb"}),
        );
        let text = to_text(&crate::check(&same, &moved));
        assert!(
            text.contains("No download link: the app ID changed"),
            "{text}"
        );
        assert!(!text.contains("teams.microsoft.com/l/app/1b5c"), "{text}");
        let markdown = to_markdown(&crate::check(&same, &moved));
        assert!(markdown.contains("No download link"), "{markdown}");
    }

    #[test]
    fn text_starts_with_verdict_then_attention() {
        let text = to_text(&report());
        assert!(
            text.starts_with("FIX 2 PROBLEMS BEFORE SUBMITTING\nExisting users will be asked"),
            "{text}"
        );
        let attention = text.find("Needs your attention").unwrap();
        assert!(attention < text.find("Version and app ID:").unwrap());
        assert!(text.contains("[CONSENT] A bot was added or removed"));
        assert!(
            text.contains("  Added Bot <b> in personal chats\n"),
            "{text}"
        );
        assert!(!text.contains("[{"), "no raw JSON: {text}");
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
        assert!(markdown.contains("- ⚠️ **A bot was added or removed**"));
    }

    /// A report where one rule fires, with evidence naming a bot between backticks.
    fn one_rule_report() -> Report {
        let old = input(
            "old.json",
            json!({"staticTabs": null, "validDomains": null}),
        );
        let new = input(
            "new.json",
            json!({"version": "1.0.1", "staticTabs": [{"entityId": "reports", "name": "Reports", "scopes": ["personal"]}], "validDomains": null}),
        );
        crate::check(&old, &new)
    }

    #[test]
    fn triggered_rules_come_first_and_the_others_fold_into_one_line() {
        let report = one_rule_report();
        assert_eq!(report.triggered_rules().count(), 1);
        let heading = untriggered_heading(&report);
        assert_eq!(
            heading,
            "The other 10 changes that would need approval are not in this update"
        );
        let first: Vec<&str> = rules_triggered_first(&report).map(|r| r.rule).collect();
        assert_eq!(first.first(), Some(&"personal-tab-added"));
        assert_eq!(first.len(), 11);
        for page in [to_text(&report), to_markdown(&report), to_html(&report)] {
            let consent = page.find("Will users be asked").unwrap();
            let fired = page[consent..].find("A personal tab was added").unwrap();
            let fold = page[consent..].find(&heading).unwrap();
            let quiet = page[consent..].find("A bot was added or removed").unwrap();
            assert!(fired < fold && fold < quiet, "{page}");
        }
    }

    #[test]
    fn markdown_and_html_say_what_needs_attention_like_the_text() {
        let report = one_rule_report();
        let text = to_text(&report);
        assert!(text.contains("Needs your attention:\n  [CONSENT] A personal tab was added"));
        let markdown = to_markdown(&report);
        let attention = markdown.find("## Needs your attention").unwrap();
        assert!(attention < markdown.find("## Version and app ID").unwrap());
        assert!(markdown.contains(
            "- ⚠️ **Users will be asked to approve the app again:** A personal tab was added\n  - Personal tab `reports` was added"
        ));
        assert!(
            !markdown.contains("\\`"),
            "no escaped backticks: {markdown}"
        );
        assert!(
            !markdown.contains("[x]") && !markdown.contains("[ ]"),
            "no tick boxes"
        );
        let html = to_html(&report);
        let attention = html.find("<h2>Needs your attention</h2>").unwrap();
        assert!(attention < html.find("<h2>Version and app ID</h2>").unwrap());
        assert!(html.contains("Personal tab <code>reports</code> was added"));
        assert!(html.contains("<summary>The other 10 changes"));
    }

    #[test]
    fn no_attention_section_when_nothing_needs_it() {
        let old = input("old.json", json!({}));
        let new = input("new.json", json!({"version": "1.0.1"}));
        let report = crate::check(&old, &new);
        assert!(!to_markdown(&report).contains("Needs your attention"));
        assert!(!to_html(&report).contains("Needs your attention"));
        assert!(
            to_text(&report)
                .contains("None of the 11 changes that would need approval is in this update:")
        );
    }

    #[test]
    fn evidence_backticks_become_code_and_unpaired_ones_stay_text() {
        assert_eq!(md_evidence("Tab `a_b` added"), "Tab `a_b` added");
        assert_eq!(md_evidence("odd ` tick"), "odd \\` tick");
        assert_eq!(html_evidence("Tab `<x>`"), "Tab <code>&lt;x&gt;</code>");
    }
}
