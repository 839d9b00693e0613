//! The store findings arranged the way a publisher reads them: one plain lead
//! sentence, a template said once with the findings it causes folded under it,
//! then each finding with where it is. The window and every report use this, so
//! they say the same thing.

use super::{Consequence, Finding, Severity, StoreScope, words};
use crate::message::Message;
use crate::msg;
use crate::store::placeholders;

/// The store findings of a report, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreSummary<'r> {
    /// "The store would refuse this package: 3 problems." or "No store problems found (…)".
    pub lead: Message,
    /// When the manifest still holds placeholders: that said once, and what it causes.
    pub template: Option<Template<'r>>,
    /// The errors not folded under the template, in report order.
    pub errors: Vec<&'r Finding>,
    /// The warnings, in report order.
    pub warnings: Vec<&'r Finding>,
    /// What was not checked, when a manifest.json alone was given.
    pub not_checked: Option<Message>,
}

/// A manifest that is still a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template<'r> {
    /// "This is a template: 12 values still hold placeholders such as `${{BOT_ID}}`. …"
    pub note: Message,
    /// The placeholder findings themselves.
    pub placeholders: Vec<&'r Finding>,
    /// Other errors at the same places (schema, links), caused by the placeholders.
    pub caused: Vec<&'r Finding>,
}

/// Arranges the findings of a report; a warning that `consequences` fold under their
/// causes is not listed on its own.
pub fn summarize<'r>(
    findings: &'r [Finding],
    scope: &StoreScope,
    consequences: &[Consequence],
) -> StoreSummary<'r> {
    let errors: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    let warnings: Vec<&Finding> = findings
        .iter()
        .enumerate()
        .filter(|(index, f)| {
            f.severity == Severity::Warning
                && super::folded_under(consequences, *index).next().is_none()
        })
        .map(|(_, f)| f)
        .collect();
    let placeholder_findings: Vec<&Finding> = errors
        .iter()
        .copied()
        .filter(|f| f.check == placeholders::ID && f.file == super::MANIFEST_FILE)
        .collect();
    let at_placeholder = |finding: &Finding| {
        placeholder_findings
            .iter()
            .any(|p| p.pointer == finding.pointer && p.file == finding.file)
    };
    let template = (!placeholder_findings.is_empty()).then(|| {
        let caused: Vec<&Finding> = errors
            .iter()
            .copied()
            .filter(|f| f.check != placeholders::ID && at_placeholder(f))
            .collect();
        let example = placeholder_findings
            .first()
            .and_then(|f| f.value.as_deref())
            .map(|text| words::shorten(text, 40))
            .unwrap_or_default();
        let note = msg!(
            "store-summary-template",
            count = placeholder_findings.len(),
            example = example,
            caused = caused.len(),
        );
        Template {
            note,
            placeholders: placeholder_findings.clone(),
            caused,
        }
    });
    let shown_errors: Vec<&Finding> = errors
        .iter()
        .copied()
        .filter(|f| {
            template.is_none()
                || (f.check != placeholders::ID && !at_placeholder(f))
                || f.file != super::MANIFEST_FILE
        })
        .filter(|f| !(f.check == placeholders::ID && f.file == super::MANIFEST_FILE))
        .collect();
    let lead = if errors.is_empty() {
        match &scope.schema {
            Some(folder) => msg!(
                "store-summary-none-found-in-format",
                format = folder.trim_start_matches('v'),
            ),
            None => msg!("store-summary-none-found"),
        }
    } else {
        msg!(
            "store-summary-refused",
            package = if scope.package { "package" } else { "manifest" },
            count = errors.len(),
        )
    };
    let not_checked = (!scope.package).then(|| msg!("store-summary-manifest-alone"));
    StoreSummary {
        lead,
        template,
        errors: shown_errors,
        warnings,
        not_checked,
    }
}

/// Where a finding is, in words: "manifest.json, line 12, column 5 (Bot 1 › scopes › 3)".
pub fn where_text(finding: &Finding) -> String {
    let file = match (finding.line, finding.column) {
        (Some(line), Some(column)) => msg!(
            "store-where-line-column",
            file = finding.file.as_str(),
            line = line,
            column = column,
        ),
        _ => msg!("store-where-file", file = finding.file.as_str()),
    };
    if finding.pointer.is_empty() {
        return file.text();
    }
    msg!(
        "store-where-with-place",
        file = file,
        place = words::pointer_in_file_words(&finding.file, &finding.pointer),
    )
    .text()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{run, valid_manifest};
    use serde_json::json;

    #[test]
    fn clean_manifest_leads_with_what_was_checked() {
        let report = run(&valid_manifest(json!({})));
        let summary = summarize(&report.findings, &report.scope, &[]);
        assert_eq!(
            summary.lead.text(),
            "No store problems found (checked against the official format 1.17 and the store's rules)."
        );
        assert!(
            summary
                .not_checked
                .is_some_and(|n| n.text().contains("Open the .zip"))
        );
    }

    #[test]
    fn a_template_is_said_once_with_its_consequences_folded() {
        let report = run(&valid_manifest(json!({
            "id": "${{TEAMS_APP_ID}}",
            "developer": {"name": "C", "websiteUrl": "${{TAB_ENDPOINT}}", "privacyUrl": "https://c.example", "termsOfUseUrl": "https://c.example"},
            "validDomains": ["tasks.contoso.com", "abc.ngrok.io"]
        })));
        let summary = summarize(&report.findings, &report.scope, &[]);
        let template = summary
            .template
            .clone()
            .unwrap_or_else(|| panic!("template expected: {summary:?}"));
        assert!(
            template.note.text().starts_with(
                "This is a template: 2 values still hold placeholders such as `${{TEAMS_APP_ID}}`"
            ),
            "{}",
            template.note
        );
        assert_eq!(template.placeholders.len(), 2);
        // The app ID's GUID pattern error is folded under the template.
        assert!(
            template
                .caused
                .iter()
                .any(|f| f.check == "schema" && f.pointer == "/id"),
            "{:?}",
            template.caused
        );
        // What the placeholders do not explain is listed on its own.
        assert_eq!(
            summary
                .errors
                .iter()
                .map(|f| f.pointer.as_str())
                .collect::<Vec<_>>(),
            ["/validDomains/1"]
        );
        assert!(summary.lead.text().contains("problems"));
    }

    #[test]
    fn one_placeholder_and_one_problem_it_causes_read_in_the_singular() {
        let report = run(&valid_manifest(json!({"id": "${{TEAMS_APP_ID}}"})));
        let summary = summarize(&report.findings, &report.scope, &[]);
        let note = summary.template.map(|t| t.note.text()).unwrap_or_default();
        assert!(note.contains("1 value still holds placeholders"), "{note}");
        assert!(
            note.ends_with(
                "1 other problem at those placeholders comes from them and goes away with real values."
            ),
            "{note}"
        );
    }

    #[test]
    fn where_in_words() {
        let report = run(&valid_manifest(
            json!({"validDomains": ["tasks.contoso.com", "*.com"]}),
        ));
        let finding = report.findings.iter().find(|f| f.check == "valid-domains");
        let text = finding.map(where_text).unwrap_or_default();
        assert!(
            text.starts_with("manifest.json, line ") && text.ends_with("(Valid domain 2)"),
            "{text}"
        );
    }
}
