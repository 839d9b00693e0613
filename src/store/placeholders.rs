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

use crate::package_use::UseKind;

use super::{Raw, Severity, StoreCheck, Subject, sources, texts_where};
use crate::message::Message;
use crate::msg;

/// The check's identifier.
pub const ID: &str = "placeholders";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-placeholders-title",
    severity: Severity::Error,
    needs_package: false,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

pub use crate::template::has_placeholder;

/// One finding per text that holds a placeholder, in the manifest and then in each
/// agent file the package uses (`agents.md` §2).
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let mut found: Vec<Raw> = findings_in(subject.document)
        .into_iter()
        .map(|(pointer, text)| Raw {
            value: Some(text.to_string()),
            ..Raw::new(pointer, message(text), sources::STORE)
        })
        .collect();
    // A built package: the manifest has a real app ID and no placeholder left, so the
    // build ran; a placeholder left in an agent file is then a broken value, not one the
    // build tools will still fill in.
    let built = found.is_empty()
        && subject
            .document
            .get("id")
            .and_then(serde_json::Value::as_str)
            .is_some_and(|id| crate::ids::is_guid(id.trim()));
    for file in subject.agents.files.values() {
        let crate::agents::AgentContent::Loaded(document) = file.content() else {
            continue;
        };
        for (pointer, text) in texts_where(document, is_agent_placeholder) {
            if !counts_in_agent_file(file.kind, &pointer, text) {
                continue;
            }
            found.push(Raw {
                value: Some(text.to_string()),
                ..Raw::in_file(
                    &file.name,
                    pointer.clone(),
                    if built {
                        built_message(&pointer, text)
                    } else {
                        agent_message(text)
                    },
                    sources::STORE,
                )
            });
        }
    }
    found
}

/// A placeholder in an agent file: a template placeholder, or the Agents Toolkit's
/// `$[file('…')]` directive (the toolkit puts the file's text there when it builds).
pub(crate) fn is_agent_placeholder(text: &str) -> bool {
    has_placeholder(text) || text.contains("$[file(")
}

/// True when a placeholder found at `pointer` counts (`agents.md` §2): OpenAPI
/// descriptions and summaries are prose; in the texts Copilot itself reads or fills
/// at run time, `{{…}}` is a template by design and only `${{…}}` or `$[file(` count.
pub(crate) fn counts_in_agent_file(kind: UseKind, pointer: &str, text: &str) -> bool {
    let segments: Vec<&str> = pointer.split('/').skip(1).collect();
    let run_time_text = match (kind, segments.as_slice()) {
        (UseKind::OpenApi, [.., "description" | "summary"]) => return false,
        (UseKind::DeclarativeAgent, ["instructions" | "description"]) => true,
        (UseKind::DeclarativeAgent, ["conversation_starters", _, "text"]) => true,
        (UseKind::Plugin, ["description_for_model" | "description_for_human"]) => true,
        (UseKind::Plugin, ["functions", _, "description"]) => true,
        (
            UseKind::Plugin,
            [
                "functions",
                _,
                "capabilities",
                "confirmation",
                "title" | "body",
            ],
        ) => true,
        (UseKind::Plugin, ["runtimes", _, "output_template"]) => true,
        _ => false,
    };
    !run_time_text || text.contains("${{") || text.contains("$[file(")
}

/// The message for a placeholder in an agent file.
fn agent_message(text: &str) -> Message {
    if text.contains("$[file(") {
        msg!(
            "store-placeholders-file-directive",
            text = super::words::shorten(text, 60)
        )
    } else {
        message(text)
    }
}

/// The message for a placeholder left in an agent file of a built package: an address
/// (a field whose name ends in `url`) is broken, any other value is missing.
fn built_message(pointer: &str, text: &str) -> Message {
    let shown = super::words::shorten(text, 60);
    let is_address = pointer
        .rsplit('/')
        .next()
        .is_some_and(|name| name.to_ascii_lowercase().ends_with("url"));
    if is_address {
        msg!("store-placeholders-built-address", text = shown)
    } else {
        msg!("store-placeholders-built-value", text = shown)
    }
}

/// The placeholders of any document (the manifest or a localization file), with their pointers.
pub(crate) fn findings_in(document: &serde_json::Value) -> Vec<(String, &str)> {
    texts_where(document, has_placeholder)
}

/// The message for one placeholder text.
pub(crate) fn message(text: &str) -> Message {
    msg!(
        "store-placeholders-placeholder",
        text = super::words::shorten(text, 60)
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

    #[test]
    fn run_time_texts_of_agents_hold_templates_by_design() {
        let da = UseKind::DeclarativeAgent;
        let plugin = UseKind::Plugin;
        assert!(!counts_in_agent_file(
            da,
            "/instructions",
            "Say {{user.name}}"
        ));
        assert!(counts_in_agent_file(
            da,
            "/instructions",
            "$[file('instructions.txt')]"
        ));
        assert!(counts_in_agent_file(
            da,
            "/instructions",
            "${{INSTRUCTIONS}}"
        ));
        assert!(counts_in_agent_file(da, "/name", "{{NAME}}"));
        let confirmation = "/functions/0/capabilities/confirmation/body";
        assert!(!counts_in_agent_file(
            plugin,
            confirmation,
            "Create {{function.parameters.title}}?"
        ));
        assert!(counts_in_agent_file(
            plugin,
            "/runtimes/0/spec/url",
            "{{ENDPOINT_URL}}/openapi.yaml"
        ));
        assert!(!counts_in_agent_file(
            UseKind::OpenApi,
            "/paths/~1a/get/description",
            "{{x}}"
        ));
        assert!(counts_in_agent_file(
            UseKind::OpenApi,
            "/servers/0/url",
            "{{ENDPOINT_URL}}"
        ));
        assert!(is_agent_placeholder("$[file('a.txt')]"));
    }
}
