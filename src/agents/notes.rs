//! What users will notice about the Copilot agent (`agents.md` §5): short notes with
//! Microsoft's sources. Information only: they are not consent rules and never change
//! the verdict.

use std::collections::BTreeMap;

use serde_json::Value;

use super::changes::{AgentSide, host};
use crate::message::{Arg, Message};
use crate::msg;

/// Sign-in for agent actions.
pub const SIGN_IN_SOURCE: &str =
    "https://learn.microsoft.com/microsoft-365-copilot/extensibility/plugin-authentication";
/// What an agent action calls (the spec names no source for new hosts; this page
/// documents the runtimes and the servers they call).
pub const NEW_HOST_SOURCE: &str =
    "https://learn.microsoft.com/microsoft-365-copilot/extensibility/api-plugin-manifest";
/// Converting a declarative agent to a custom engine agent.
pub const CONVERTED_SOURCE: &str =
    "https://learn.microsoft.com/microsoft-365-copilot/extensibility/convert-declarative-agent";
/// Microsoft 365 message center MC1041454: agent updates show as "Update Pending" for admins.
pub const ADMIN_APPROVAL_SOURCE: &str =
    "https://admin.microsoft.com/AdminPortal/home#/MessageCenter/:/messages/MC1041454";

/// One thing users will notice about the agent after the update.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AgentNote {
    /// `agent-sign-in`, `agent-new-host`, `agent-converted` or `agent-admin-approval`.
    pub id: &'static str,
    /// The note in plain words, as one sentence (in JSON: `message`, `message_id`, `args`).
    #[serde(flatten)]
    pub message: Message,
    /// The address of Microsoft's page (or message) it relies on.
    pub source: &'static str,
}

impl AgentNote {
    /// What the source link is called.
    pub fn source_title_message(&self) -> Message {
        match self.id {
            "agent-sign-in" => msg!("agent-note-source-sign-in"),
            "agent-converted" => msg!("agent-note-source-converted"),
            "agent-admin-approval" => msg!("agent-note-source-admin-approval"),
            _ => msg!("agent-note-source-actions"),
        }
    }

    /// What the source link is called, in English ([`AgentNote::source_title_message`]).
    pub fn source_title(&self) -> String {
        self.source_title_message().text()
    }
}

/// The notes for an update from `old` to `new`. `plugin_pairs` are the plugins compared as
/// one (new entry name → published one), from [`super::changes::compare`].
/// `files_compared` is false when one input is a bare manifest: then only the manifests
/// are compared (a published manifest.json says nothing of its actions' servers).
pub fn notes(
    old: &AgentSide<'_>,
    new: &AgentSide<'_>,
    plugin_pairs: &std::collections::BTreeMap<String, String>,
    files_compared: bool,
) -> Vec<AgentNote> {
    let mut notes = Vec::new();
    if files_compared {
        for host in sign_in_hosts(old, new, plugin_pairs).into_values() {
            notes.push(AgentNote {
                id: "agent-sign-in",
                message: msg!("agent-note-sign-in", host = host),
                source: SIGN_IN_SOURCE,
            });
        }
    }
    let hosts = |side: &AgentSide<'_>| {
        let mut hosts = side.connector_hosts();
        if files_compared {
            for (name, plugin) in side.plugins() {
                for runtime in list(plugin, "/runtimes") {
                    hosts.extend(side.runtime_hosts(name, runtime));
                }
            }
        }
        hosts
    };
    let known = hosts(old);
    for host in hosts(new).difference(&known) {
        notes.push(AgentNote {
            id: "agent-new-host",
            message: msg!("agent-note-new-host", host = host),
            source: NEW_HOST_SOURCE,
        });
    }
    if converted(old.manifest, new.manifest) {
        notes.push(AgentNote {
            id: "agent-converted",
            message: msg!("agent-note-converted"),
            source: CONVERTED_SOURCE,
        });
    }
    if has_agent(new.manifest) {
        notes.push(AgentNote {
            id: "agent-admin-approval",
            message: msg!("agent-note-admin-approval"),
            source: ADMIN_APPROVAL_SOURCE,
        });
    }
    notes
}

fn list<'v>(value: &'v Value, pointer: &str) -> &'v [Value] {
    value
        .pointer(pointer)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// A sign-in type other than none.
fn signs_in(runtime: &Value) -> bool {
    let kind = runtime
        .pointer("/auth/type")
        .or_else(|| runtime.pointer("/auth/Type"))
        .and_then(Value::as_str);
    kind.is_some_and(|kind| kind != "None")
}

/// The hosts of the new runtimes that ask users to sign in where the published runtime
/// they pair with did not (or there was none: a new action), in words (a host, or the
/// service behind an action without one), in the order of their words.
fn sign_in_hosts(
    old: &AgentSide<'_>,
    new: &AgentSide<'_>,
    plugin_pairs: &std::collections::BTreeMap<String, String>,
) -> BTreeMap<String, Arg> {
    let mut hosts = BTreeMap::new();
    let mut add = |said: Arg| {
        let text = match &said {
            Arg::Message(message) => message.text(),
            Arg::Text(text) => text.clone(),
            Arg::Number(number) => number.to_string(),
        };
        hosts.insert(text, said);
    };
    let old_plugins = old.plugins();
    for (name, plugin) in new.plugins() {
        let published = plugin_pairs.get(name).and_then(|old_name| {
            old_plugins
                .iter()
                .find(|(n, _)| n == old_name)
                .map(|(_, doc)| *doc)
        });
        let runtimes = list(plugin, "/runtimes");
        let old_runtimes = published.map_or(&[][..], |doc| list(doc, "/runtimes"));
        for (index, runtime) in runtimes.iter().enumerate() {
            if !signs_in(runtime) {
                continue;
            }
            let kind = runtime.get("type");
            let nth = runtimes
                .iter()
                .take(index)
                .filter(|r| r.get("type") == kind)
                .count();
            let before = old_runtimes
                .iter()
                .filter(|r| r.get("type") == kind)
                .nth(nth);
            if before.is_some_and(signs_in) {
                continue;
            }
            let found = new.runtime_hosts(name, runtime);
            if found.is_empty() {
                let url = runtime.pointer("/spec/url").and_then(Value::as_str);
                let named = name_for_human(plugin).unwrap_or_else(|| name.to_string());
                add(match url.and_then(host) {
                    Some(host) => Arg::Text(host),
                    None => msg!("agent-note-action-service", name = named).into(),
                });
            } else {
                for host in found {
                    add(Arg::Text(host));
                }
            }
        }
    }
    hosts
}

fn name_for_human(plugin: &Value) -> Option<String> {
    plugin
        .get("name_for_human")
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// The ids of a manifest's declarative agents (`copilotAgents`, and `copilotExtensions`
/// in a devPreview manifest), by id or place.
fn declarative_agents(manifest: &Value) -> Vec<String> {
    let mut keys = Vec::new();
    let preview = manifest
        .get("manifestVersion")
        .and_then(Value::as_str)
        .is_some_and(|v| v.eq_ignore_ascii_case("devPreview"));
    let mut lists = vec!["/copilotAgents/declarativeAgents"];
    if preview {
        lists.push("/copilotExtensions/declarativeCopilots");
    }
    for pointer in lists {
        for (index, entry) in list(manifest, pointer).iter().enumerate() {
            let id = entry.get("id").and_then(Value::as_str);
            keys.push(match id {
                Some(id) => format!("{pointer}#{id}"),
                None => format!("{pointer}/{index}"),
            });
        }
    }
    keys
}

/// The custom engine agents of a manifest, by id.
fn custom_engine_agents(manifest: &Value) -> Vec<String> {
    list(manifest, "/copilotAgents/customEngineAgents")
        .iter()
        .enumerate()
        .map(|(index, entry)| {
            entry
                .get("id")
                .and_then(Value::as_str)
                .map_or_else(|| index.to_string(), str::to_string)
        })
        .collect()
}

/// A declarative agent removed and a custom engine agent added in the same update.
fn converted(old: &Value, new: &Value) -> bool {
    let (old_agents, new_agents) = (declarative_agents(old), declarative_agents(new));
    let removed = old_agents.iter().any(|key| !new_agents.contains(key));
    let old_engines = custom_engine_agents(old);
    let added = custom_engine_agents(new)
        .iter()
        .any(|id| !old_engines.contains(id));
    removed && added
}

/// The new version has an agent: a declarative agent, a custom engine agent or an
/// agent connector.
fn has_agent(manifest: &Value) -> bool {
    !declarative_agents(manifest).is_empty()
        || !custom_engine_agents(manifest).is_empty()
        || !list(manifest, "/agentConnectors").is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::package_use::UseKind;
    use serde_json::json;
    use std::collections::BTreeMap;

    type Files = BTreeMap<String, Value>;

    fn side<'a>(
        manifest: &'a Value,
        files: &'a Files,
        docs: &'a dyn Fn(&str) -> Option<&'a Value>,
    ) -> AgentSide<'a> {
        AgentSide {
            manifest,
            kinds: files
                .keys()
                .map(|name| {
                    let kind = if name.ends_with(".yaml") {
                        UseKind::OpenApi
                    } else {
                        UseKind::Plugin
                    };
                    (name.clone(), kind)
                })
                .collect(),
            document: docs,
        }
    }

    fn ids(old: (&Value, &Files), new: (&Value, &Files), files_compared: bool) -> Vec<String> {
        let docs_old = |name: &str| old.1.get(name);
        let docs_new = |name: &str| new.1.get(name);
        let (a, b) = (side(old.0, old.1, &docs_old), side(new.0, new.1, &docs_new));
        let compared = super::super::changes::compare(&a, &b);
        notes(&a, &b, &compared.plugin_pairs, files_compared)
            .iter()
            .map(|n| format!("{}: {}", n.id, n.message))
            .collect()
    }

    fn plugin(auth: &str, url: &str) -> Value {
        json!({"name_for_human": "Tasks API", "runtimes": [
            {"type": "OpenApi", "auth": {"type": auth, "reference_id": "r"}, "spec": {"url": url}}]})
    }

    fn api(host: &str) -> Value {
        json!({"openapi": "3.0.0", "servers": [{"url": format!("https://{host}/v1")}]})
    }

    fn files(plugin: Value, host: &str) -> Files {
        Files::from([
            (
                "da.json".to_string(),
                json!({"name": "A", "actions": [{"id": "p", "file": "plugin.json"}]}),
            ),
            ("plugin.json".to_string(), plugin),
            ("api.yaml".to_string(), api(host)),
        ])
    }

    fn with_da() -> Value {
        json!({"copilotAgents": {"declarativeAgents": [{"id": "a", "file": "da.json"}]}})
    }

    #[test]
    fn sign_in_fires_when_a_runtime_starts_asking() {
        let manifest = with_da();
        let old = files(plugin("None", "api.yaml"), "api.contoso.example");
        let new = files(
            plugin("OAuthPluginVault", "api.yaml"),
            "api.contoso.example",
        );
        assert_eq!(
            ids((&manifest, &old), (&manifest, &new), true),
            [
                "agent-sign-in: Users will be asked to sign in to api.contoso.example the first time the agent uses it.",
                "agent-admin-approval: Where an organization deploys your app through its admin center, an admin approves each update before users get it."
            ]
        );
        // Already asking before: nothing new for users.
        assert_eq!(ids((&manifest, &new), (&manifest, &new), true).len(), 1);
        // Only the manifests compared: no sign-in note.
        assert_eq!(ids((&manifest, &old), (&manifest, &new), false).len(), 1);
    }

    #[test]
    fn an_added_action_that_signs_in_fires_too() {
        let manifest = with_da();
        let empty = Files::new();
        let old_manifest = json!({});
        let new = files(
            plugin("ApiKeyPluginVault", "api.yaml"),
            "api.contoso.example",
        );
        let said = ids((&old_manifest, &empty), (&manifest, &new), true);
        assert!(
            said.iter().any(|s| s.starts_with("agent-sign-in")),
            "{said:?}"
        );
        assert!(said.contains(
            &"agent-new-host: The agent now sends requests to api.contoso.example.".to_string()
        ));
    }

    #[test]
    fn new_hosts_fire_only_for_hosts_never_called() {
        let manifest = with_da();
        let old = files(plugin("None", "api.yaml"), "api.contoso.example");
        let new = files(plugin("None", "api.yaml"), "api2.contoso.example");
        let said = ids((&manifest, &old), (&manifest, &new), true);
        assert_eq!(
            said.first().map(String::as_str),
            Some("agent-new-host: The agent now sends requests to api2.contoso.example.")
        );
        assert_eq!(ids((&manifest, &old), (&manifest, &old), true).len(), 1);
        let connector = |url: &str| {
            json!({"agentConnectors": [{"id": "c", "displayName": "C",
                "toolSource": {"remoteMcpServer": {"mcpServerUrl": url}}}]})
        };
        let empty = Files::new();
        let said = ids(
            (&connector("https://a.example"), &empty),
            (&connector("https://b.example/mcp"), &empty),
            false,
        );
        assert_eq!(
            said.first().map(String::as_str),
            Some("agent-new-host: The agent now sends requests to b.example.")
        );
    }

    #[test]
    fn converted_fires_for_a_declarative_agent_replaced_by_a_custom_engine_agent() {
        let empty = Files::new();
        let old = with_da();
        let new = json!({"copilotAgents": {"customEngineAgents": [{"id": "b", "type": "bot"}]}});
        let said = ids((&old, &empty), (&new, &empty), false);
        assert!(
            said.first()
                .is_some_and(|s| s.starts_with("agent-converted: ")),
            "{said:?}"
        );
        // Both kept, or none removed: not a conversion.
        let both = json!({"copilotAgents": {"declarativeAgents": [{"id": "a", "file": "da.json"}],
            "customEngineAgents": [{"id": "b", "type": "bot"}]}});
        assert!(
            !ids((&old, &empty), (&both, &empty), false)
                .iter()
                .any(|s| s.starts_with("agent-converted"))
        );
    }

    #[test]
    fn admin_approval_fires_only_when_the_new_version_has_an_agent() {
        let empty = Files::new();
        let none = json!({"bots": []});
        assert!(ids((&with_da(), &empty), (&none, &empty), false).is_empty());
        let said = ids((&none, &empty), (&with_da(), &empty), false);
        assert_eq!(said.len(), 1);
        assert!(said.iter().all(|s| s.starts_with("agent-admin-approval")));
    }
}
