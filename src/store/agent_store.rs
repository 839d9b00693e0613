//! What the Agent Store checks (`agents.md` §2a) and the agent localization rules
//! (`store-checks.md` rules 24 and 25) share: whether the app has a Copilot agent
//! (AGENT(NEW)), which agent files are "the DAs" and "their plugins", which texts every
//! check skips, and the localization keys of agent files.
//!
//! Nothing here reads a file again: the agent files come loaded from
//! [`crate::agents::AgentFiles`], and the references between them from its
//! [`crate::package_use::UsedFiles`].

use std::collections::BTreeSet;

use serde_json::Value;

use crate::agents::AgentFile;
use crate::package_use::UseKind;

use super::placeholders::{counts_in_agent_file, is_agent_placeholder};
use super::{MANIFEST_FILE, Subject, has_placeholder};
use crate::message::Message;
use crate::msg;

/// Microsoft's "Validation guidelines for agents" (the Agent Store's rules).
pub const SOURCE: &str = "https://learn.microsoft.com/microsoftteams/platform/concepts/deploy-and-publish/appsource/prepare/review-copilot-validation-guidelines";

/// Microsoft's page on localizing agents (`store-checks.md` rules 24 and 25).
pub const LOCALIZE_AGENTS: &str =
    "https://learn.microsoft.com/microsoft-365-copilot/extensibility/localize-agents";

/// True for a manifest `devPreview` format, whose agents are under `copilotExtensions`.
fn is_dev_preview(document: &Value) -> bool {
    document
        .get("manifestVersion")
        .and_then(Value::as_str)
        .is_some_and(|format| format.eq_ignore_ascii_case("devPreview"))
}

/// The manifest pointer of the list of declarative agents its format uses.
fn agents_list(document: &Value) -> &'static str {
    if is_dev_preview(document) {
        "/copilotExtensions/declarativeCopilots"
    } else {
        "/copilotAgents/declarativeAgents"
    }
}

/// A non-empty array at `pointer` of the manifest.
fn non_empty(document: &Value, pointer: &str) -> bool {
    document
        .pointer(pointer)
        .and_then(Value::as_array)
        .is_some_and(|items| !items.is_empty())
}

/// True when the manifest has a declarative agent (`copilotAgents.declarativeAgents`,
/// or for `devPreview` `copilotExtensions.declarativeCopilots`, with an entry).
pub fn has_declarative_agent(document: &Value) -> bool {
    non_empty(document, agents_list(document))
}

/// AGENT(NEW) (`agents.md` §2a): the manifest has a declarative agent, a custom engine
/// agent, or a message extension command with sample prompts (which exist only for
/// Copilot).
pub fn has_agent(document: &Value) -> bool {
    has_declarative_agent(document)
        || non_empty(document, "/copilotAgents/customEngineAgents")
        || super::list(document, "composeExtensions").any(|(_, extension)| {
            extension
                .get("commands")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .any(|command| {
                    command
                        .get("samplePrompts")
                        .and_then(Value::as_array)
                        .is_some_and(|prompts| !prompts.is_empty())
                })
        })
}

/// The loaded files that references matching `wanted` name, each once, in the order
/// of the references.
fn named_by<'s>(
    subject: &'s Subject<'_>,
    wanted: impl Fn(&crate::package_use::Reference) -> bool,
) -> Vec<(&'s AgentFile, &'s Value)> {
    let mut seen = BTreeSet::new();
    subject
        .agents
        .used
        .references
        .iter()
        .filter(|reference| wanted(reference))
        .filter_map(|reference| reference.target.as_deref())
        .filter(|target| seen.insert(*target))
        .filter_map(|target| {
            let file = subject.agents.files.get(target)?;
            Some((file, subject.agents.document(target)?))
        })
        .collect()
}

/// "The DAs": the loaded declarative agents the manifest's own entries name (not
/// worker agents), in the manifest's order.
pub fn the_agents<'s>(subject: &'s Subject<'_>) -> Vec<(&'s AgentFile, &'s Value)> {
    let list = format!("{}/", agents_list(subject.document));
    named_by(subject, |reference| {
        reference.holder == MANIFEST_FILE
            && reference.kind == UseKind::DeclarativeAgent
            && reference.pointer.starts_with(&list)
    })
}

/// "Their plugins": the loaded plugins the actions of `agents` name.
pub fn their_plugins<'s>(
    subject: &'s Subject<'_>,
    agents: &[(&AgentFile, &Value)],
) -> Vec<(&'s AgentFile, &'s Value)> {
    let holders: BTreeSet<&str> = agents.iter().map(|(file, _)| file.name.as_str()).collect();
    named_by(subject, |reference| {
        holders.contains(reference.holder.as_str())
            && reference.kind == UseKind::Plugin
            && reference.pointer.starts_with("/actions/")
    })
}

/// The names the Agent Store compares with the app's: each of [`the_agents`]' `/name`
/// and each of [`their_plugins`]' `/name_for_human`, as (file, its name, the pointer,
/// what it is in words: "Copilot agent" or "agent action"). A name that is not a text,
/// holds a placeholder or is a localization key is left out, as every check skips it.
pub fn agent_names<'s>(
    subject: &'s Subject<'_>,
) -> Vec<(&'s AgentFile, &'s str, &'static str, Message)> {
    let agents = the_agents(subject);
    let plugins = their_plugins(subject, &agents);
    let named = agents
        .into_iter()
        .map(|(file, document)| {
            (
                file,
                document,
                "/name",
                msg!("store-agent-store-copilot-agent"),
            )
        })
        .chain(plugins.into_iter().map(|(file, document)| {
            (
                file,
                document,
                "/name_for_human",
                msg!("store-agent-store-agent-action"),
            )
        }));
    named
        .filter_map(|(file, document, pointer, what)| {
            let name = text_at(document, pointer)?;
            (!skipped_in_agent_file(file.kind, pointer, name))
                .then_some((file, name, pointer, what))
        })
        .collect()
}

/// The OpenAPI documents used plugins call through `runtimes[].spec.url`.
pub fn called_documents<'s>(subject: &'s Subject<'_>) -> Vec<(&'s AgentFile, &'s Value)> {
    named_by(subject, |reference| {
        reference.kind == UseKind::OpenApi
            && reference.pointer.starts_with("/runtimes/")
            && reference.pointer.ends_with("/spec/url")
            && subject.agents.used.kinds.get(&reference.holder) == Some(&UseKind::Plugin)
    })
}

/// True when `text` is a localization key: all of it `[[key]]`, the key matching
/// `^[A-Za-z_][A-Za-z0-9_]*$` (`store-checks.md` rule 24).
pub fn is_localization_key(text: &str) -> bool {
    localization_key(text).is_some()
}

/// The key of a localization key text (`agentName` for `[[agentName]]`).
pub fn localization_key(text: &str) -> Option<&str> {
    let key = text.strip_prefix("[[")?.strip_suffix("]]")?;
    let mut chars = key.chars();
    let first = chars.next()?;
    ((first.is_ascii_alphabetic() || first == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_'))
    .then_some(key)
}

/// True when a manifest text is skipped by every Agent Store check: it holds a
/// placeholder.
pub fn skipped_in_manifest(text: &str) -> bool {
    has_placeholder(text)
}

/// True when a text of an agent file of `kind` at `pointer` is skipped by every Agent
/// Store check: it holds a placeholder as `agents.md` §2 counts it for that text, or it
/// is a localization key.
pub fn skipped_in_agent_file(kind: UseKind, pointer: &str, text: &str) -> bool {
    (is_agent_placeholder(text) && counts_in_agent_file(kind, pointer, text))
        || is_localization_key(text)
}

/// Every localization key the used declarative agents and plugins hold, in name order.
pub fn localization_keys<'s>(subject: &'s Subject<'_>) -> BTreeSet<&'s str> {
    let mut keys = BTreeSet::new();
    for kind in [UseKind::DeclarativeAgent, UseKind::Plugin] {
        for (_, document) in subject.agents.loaded(kind) {
            for (_, text) in super::texts_where(document, is_localization_key) {
                keys.extend(localization_key(text));
            }
        }
    }
    keys
}

/// The text at `pointer` of a document, when it is one.
pub fn text_at<'v>(document: &'v Value, pointer: &str) -> Option<&'v str> {
    document.pointer(pointer).and_then(Value::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn localization_keys_are_whole_texts() {
        assert_eq!(localization_key("[[agentName]]"), Some("agentName"));
        assert_eq!(localization_key("[[_a1]]"), Some("_a1"));
        for text in ["[[1a]]", "[[a b]]", " [[a]]", "[[a]] x", "[[]]", "[a]"] {
            assert_eq!(localization_key(text), None, "{text}");
        }
    }

    #[test]
    fn an_agent_is_a_declarative_agent_a_custom_engine_agent_or_sample_prompts() {
        assert!(!has_agent(&json!({})));
        assert!(!has_agent(
            &json!({"copilotAgents": {"declarativeAgents": []}})
        ));
        assert!(has_agent(
            &json!({"copilotAgents": {"declarativeAgents": [{"id": "a", "file": "a.json"}]}})
        ));
        assert!(has_agent(
            &json!({"copilotAgents": {"customEngineAgents": [{"id": "b", "type": "bot"}]}})
        ));
        assert!(has_agent(&json!({"composeExtensions": [{"commands": [
            {"id": "x", "samplePrompts": [{"text": "Find tasks"}]}]}]})));
        assert!(!has_agent(&json!({"composeExtensions": [{"commands": [
            {"id": "x", "samplePrompts": []}]}]})));
        // The preview form counts only in the preview format.
        let preview = json!({"manifestVersion": "devPreview",
            "copilotExtensions": {"declarativeCopilots": [{"id": "a", "file": "a.json"}]}});
        assert!(has_agent(&preview));
        let mut released = preview.clone();
        released["manifestVersion"] = json!("1.19");
        assert!(!has_agent(&released));
    }
}

/// A small agent package for the checks' tests.
#[cfg(test)]
pub(crate) mod tests_support {
    use std::collections::BTreeMap;

    use serde_json::{Value, json};

    use crate::store::test_support::merged;
    use crate::store::{PackageView, Raw, Subject};

    /// A manifest with one declarative agent (`agent/da.json`) whose action is
    /// `agent/plugin.json`, which calls `agent/openapi.json`; each with `changes`.
    pub fn agent_package(
        agent: Value,
        plugin: Value,
        openapi: Value,
    ) -> (Value, BTreeMap<String, Vec<u8>>) {
        let manifest = json!({
            "manifestVersion": "1.22",
            "name": {"short": "Contoso Tasks", "full": "Contoso Tasks for groups"},
            "description": {"short": "Your team's tasks",
                            "full": "Ask Contoso Tasks in Microsoft 365 Copilot about your tasks."},
            "copilotAgents": {"declarativeAgents": [{"id": "tasks", "file": "agent/da.json"}]},
        });
        let da = merged(
            json!({"version": "v1.6", "name": "Contoso Tasks", "description": "Your tasks",
                   "instructions": "Help with tasks.",
                   "conversation_starters": [{"text": "My tasks"}, {"text": "Due today"},
                                             {"text": "Overdue"}],
                   "actions": [{"id": "p", "file": "plugin.json"}]}),
            agent,
        );
        let plugin = merged(
            json!({"schema_version": "v2.4", "name_for_human": "Contoso Tasks",
                   "description_for_human": "Lists tasks", "namespace": "tasks",
                   "functions": [{"name": "listTasks"}],
                   "runtimes": [{"type": "OpenApi", "auth": {"type": "None"},
                                 "spec": {"url": "openapi.json"}}]}),
            plugin,
        );
        let openapi = merged(
            json!({"openapi": "3.0.1", "servers": [{"url": "https://api.contoso.example"}],
                   "paths": {"/tasks": {"get": {"operationId": "listTasks"}}}}),
            openapi,
        );
        let files = [
            ("agent/da.json", da),
            ("agent/plugin.json", plugin),
            ("agent/openapi.json", openapi),
        ]
        .into_iter()
        .map(|(name, document)| (name.to_string(), document.to_string().into_bytes()))
        .collect();
        (manifest, files)
    }

    /// What `check` finds in the package: (file, pointer) of each finding.
    pub fn run_check(
        manifest: &Value,
        files: &BTreeMap<String, Vec<u8>>,
        check: fn(&Subject<'_>) -> Vec<Raw>,
    ) -> Vec<(String, String)> {
        run_raw(manifest, files, check)
            .into_iter()
            .map(|raw| {
                (
                    raw.file
                        .unwrap_or_else(|| crate::store::MANIFEST_FILE.to_string()),
                    raw.pointer,
                )
            })
            .collect()
    }

    /// What `check` finds in the package (or, with `files` empty and no package, in the
    /// manifest alone).
    pub fn run_raw(
        manifest: &Value,
        files: &BTreeMap<String, Vec<u8>>,
        check: fn(&Subject<'_>) -> Vec<Raw>,
    ) -> Vec<Raw> {
        let names: Vec<&str> = files.keys().map(String::as_str).collect();
        let package = PackageView {
            file_names: &names,
            kept_files: files,
            size: 1,
            file_sizes: None,
            agents: None,
        };
        let subject = Subject::new(manifest, (!files.is_empty()).then_some(package));
        check(&subject)
    }
}
