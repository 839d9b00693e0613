//! `placeholders` (error)
//!
//! **What it checks:** every text in the manifest that still holds a template
//! placeholder: `{{` followed later by `}}` (this covers `${{BOT_ID}}`,
//! `{{state.x}}`, `{{{x}}}`), or `<<` followed later by `>>`. Single braces
//! (`{teamSiteDomain}`, `{locale}`) are Teams context tokens, not placeholders.
//! Object keys are not texts.
//!
//! **Why:** build tools (Teams Toolkit, Agents Toolkit, Yeoman templates) fill
//! these in when they build the package. A manifest that still holds them is the
//! template, not the package to submit: the store would receive literal
//! `${{TEAMS_APP_ID}}` values and refuse them.
//!
//! **Example:** `"id": "${{TEAMS_APP_ID}}"` → one finding at `/id`.
//!
//! Source: Teams Store validation guidelines.

use super::{Raw, Severity, StoreCheck, Subject, sources, texts_where};

/// The check's identifier.
pub const ID: &str = "placeholders";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "No template placeholders are left",
    severity: Severity::Error,
    needs_package: false,
    run: check,
};

/// True when a text holds a template placeholder (`{{…}}` or `<<…>>`).
pub fn has_placeholder(text: &str) -> bool {
    if !text.bytes().any(|byte| byte == b'{' || byte == b'<') {
        return false; // most texts: no searching
    }
    let pair = |open: &str, close: &str| {
        text.find(open).is_some_and(|at| {
            text.get(at + open.len()..)
                .is_some_and(|rest| rest.contains(close))
        })
    };
    pair("{{", "}}") || pair("<<", ">>")
}

/// One finding per text that holds a placeholder.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    findings_in(subject.document)
        .into_iter()
        .map(|(pointer, text)| Raw {
            value: Some(text.to_string()),
            ..Raw::new(pointer, message(text), sources::STORE)
        })
        .collect()
}

/// The placeholders of any document (the manifest or a localization file), with their pointers.
pub(crate) fn findings_in(document: &serde_json::Value) -> Vec<(String, &str)> {
    texts_where(document, has_placeholder)
}

/// The message for one placeholder text.
pub(crate) fn message(text: &str) -> String {
    format!(
        "\"{}\" is a placeholder that your build tools fill in; the store needs the real value.",
        super::words::shorten(text, 60)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use serde_json::json;

    #[test]
    fn placeholder_shapes() {
        for text in [
            "${{BOT_ID}}",
            "{{state.x}}",
            "{{{x}}}",
            "a {{ b }} c",
            "<<name>>",
            "x<<a>>",
        ] {
            assert!(has_placeholder(text), "{text}");
        }
        for text in [
            "{teamSiteDomain}",
            "{locale}",
            "}}{{",
            ">><<",
            "{{ unclosed",
            "plain",
            "a < b > c",
        ] {
            assert!(!has_placeholder(text), "{text}");
        }
    }

    #[test]
    fn every_text_is_looked_at_but_not_keys() {
        let report = run(&valid_manifest(json!({
            "id": "${{TEAMS_APP_ID}}",
            "bots": [{"botId": "{{state.fx-resource-bot.botId}}", "scopes": ["personal"]}],
            "{{key}}": "fine"
        })));
        assert_eq!(pointers(&report, ID), ["/id", "/bots/0/botId"]);
    }
}
