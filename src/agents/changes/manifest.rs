//! The manifest's agent entries (declarative and custom engine agents, actions, agent
//! connectors, skills, agentic user templates) and the loaded files no entry reached.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::changes::ChangeKind;
use crate::json::semantic_eq;
use crate::message::Message;
use crate::msg;

use super::say::from_to;
use crate::package_use::{UseKind, resolve};
use crate::plain::shorten;

use super::hosts::{connector_url, host};
use super::lookup::{MANIFEST, at, list, text};
use super::pairing::{doc, entry_file, name_of, pair_entries, rest};
use super::words::{key_words, quoted_name, sign_in, value};
use super::{AGENT_FIELDS, Run};

impl Run<'_, '_, '_> {
    /// The manifest's agent entries, and through them the agent files.
    pub(super) fn manifest(&mut self) {
        let (old, new) = (self.old.manifest, self.new.manifest);
        // The preview form (`copilotExtensions.declarativeCopilots`) and `copilotAgents`
        // declare the same agents: an agent moved from one to the other is one agent.
        let lists = [
            "/copilotAgents/declarativeAgents",
            "/copilotExtensions/declarativeCopilots",
        ];
        let entries = |manifest: &'_ Value| -> Vec<(String, Value)> {
            lists
                .iter()
                .flat_map(|pointer| {
                    list(manifest, pointer)
                        .iter()
                        .enumerate()
                        .map(move |(i, entry)| (format!("{pointer}/{i}"), entry.clone()))
                })
                .collect()
        };
        let (a_entries, b_entries) = (entries(old), entries(new));
        let values = |entries: &[(String, Value)]| -> Vec<Value> {
            entries.iter().map(|(_, entry)| entry.clone()).collect()
        };
        let (a_values, b_values) = (values(&a_entries), values(&b_entries));
        for (_, a, b, index) in pair_entries(&a_values, &b_values, "id") {
            let side = if b.is_some() { &b_entries } else { &a_entries };
            let path = side.get(index).map(|(p, _)| p.clone()).unwrap_or_default();
            let moved = a_entries
                .iter()
                .zip(&a_values)
                .find(|(_, value)| a.is_some_and(|a| std::ptr::eq(a, *value)))
                .is_some_and(|((old_path, _), _)| {
                    b.is_some() && old_path.split('/').nth(1) != path.split('/').nth(1)
                });
            self.agent_entry(&path, a, b, moved);
        }
        self.custom_engine_agents();
        for (_, a, b, index) in pair_entries(
            list(old, "/copilotExtensions/plugins"),
            list(new, "/copilotExtensions/plugins"),
            "id",
        ) {
            let path = format!("/copilotExtensions/plugins/{index}");
            let files = (
                a.and_then(|a| text(a, "/file")),
                b.and_then(|b| text(b, "/file")),
            );
            if let (Some(_), Some(entry)) = (a, b) {
                let id = text(entry, "/id").unwrap_or("plugin");
                let label = msg!("agent-action", name = quoted_name(id));
                self.file_moved(&path, &label, files.0, files.1);
            }
            self.action(&path, MANIFEST, files, None);
        }
        self.connectors();
        self.skills();
        self.agentic_users();
        // What the entries above leave out: a field not of the shape the schema gives it.
        for field in AGENT_FIELDS {
            let (a, b) = (rest(field, old.get(*field)), rest(field, new.get(*field)));
            let same = match (&a, &b) {
                (Some(a), Some(b)) => semantic_eq(a, b),
                (None, None) => true,
                _ => false,
            };
            if !same {
                // Mid-sentence: "Copilot" is a name, "agent skills" is not.
                let label = match *field {
                    "copilotAgents" => msg!("agent-field-copilot-agents"),
                    "copilotExtensions" => msg!("agent-field-copilot-extensions"),
                    "agentConnectors" => msg!("agent-field-agent-connectors"),
                    "agentSkills" => msg!("agent-field-agent-skills"),
                    "agenticUserTemplates" => msg!("agent-field-agentic-user-templates"),
                    other => key_words(other),
                };
                self.say(
                    ChangeKind::Changed,
                    format!("/{field}"),
                    msg!("agent-other-settings-of", label = label),
                    None,
                    (a, b),
                );
            }
        }
    }

    /// One DA entry of the manifest: added, removed, moved to another file, and its file.
    pub(super) fn agent_entry(
        &mut self,
        path: &str,
        old: Option<&Value>,
        new: Option<&Value>,
        moved: bool,
    ) {
        let (a, b) = (entry_file(self.old, old), entry_file(self.new, new));
        let id = new.or(old).and_then(|e| text(e, "/id")).unwrap_or("agent");
        let name = name_of(doc(&b), "/name").or_else(|| name_of(doc(&a), "/name"));
        let label = match &name {
            Some(name) => msg!("agent-agent", name = quoted_name(name)),
            None => msg!("agent-agent", name = quoted_name(id)),
        };
        match (old, new) {
            (None, Some(entry)) => self.say(
                ChangeKind::Added,
                path.to_string(),
                msg!("agent-copilot-added", label = &label),
                doc(&b)
                    .and_then(|d| text(d, "/description"))
                    .map(|d| value(shorten(d, crate::plain::SHORT_LENGTH))),
                (None, Some(entry.clone())),
            ),
            (Some(entry), None) => self.say(
                ChangeKind::Removed,
                path.to_string(),
                msg!("agent-copilot-removed", label = &label),
                None,
                (Some(entry.clone()), None),
            ),
            (Some(x), Some(y)) => {
                if moved {
                    self.say(
                        ChangeKind::Changed,
                        path.to_string(),
                        msg!("agent-declared-how", label = &label),
                        Some(msg!("agent-declared-from-preview")),
                        (Some(x.clone()), Some(y.clone())),
                    );
                }
                let (fa, fb) = (text(x, "/file"), text(y, "/file"));
                self.file_moved(path, &label, fa, fb);
                if let (Some((fa, _)), Some((fb, _))) = (&a, &b) {
                    self.agent(fa, fb, &label);
                }
            }
            (None, None) => {}
        }
    }

    /// The custom engine agents (`copilotAgents.customEngineAgents`).
    pub(super) fn custom_engine_agents(&mut self) {
        let list_pointer = "/copilotAgents/customEngineAgents";
        let label = &msg!("agent-custom-engine");
        for (_, a, b, index) in pair_entries(
            list(self.old.manifest, list_pointer),
            list(self.new.manifest, list_pointer),
            "id",
        ) {
            let path = format!("{list_pointer}/{index}");
            match (a, b) {
                (None, Some(entry)) => self.say(
                    ChangeKind::Added,
                    path,
                    msg!("agent-custom-engine-added"),
                    None,
                    (None, Some(entry.clone())),
                ),
                (Some(entry), None) => self.say(
                    ChangeKind::Removed,
                    path,
                    label.clone(),
                    None,
                    (Some(entry.clone()), None),
                ),
                (Some(x), Some(y)) => {
                    let before = self.out.len();
                    self.text_setting(
                        format!("{path}/disclaimer"),
                        &msg!("agent-setting-disclaimer"),
                        label,
                        text(x, "/disclaimer/text"),
                        text(y, "/disclaimer/text"),
                    );
                    self.others(path, label, (x, y), &["disclaimer"], before);
                }
                (None, None) => {}
            }
        }
    }

    /// The agent connectors, by their `id`.
    pub(super) fn connectors(&mut self) {
        for (key, a, b, index) in pair_entries(
            list(self.old.manifest, "/agentConnectors"),
            list(self.new.manifest, "/agentConnectors"),
            "id",
        ) {
            let path = format!("/agentConnectors/{index}");
            let name = b
                .or(a)
                .and_then(|c| text(c, "/displayName"))
                .unwrap_or(&key)
                .to_string();
            let label = msg!("agent-connector", name = quoted_name(&name));
            let server = |c: &Value| connector_url(c).and_then(host);
            match (a, b) {
                (None, Some(entry)) => self.say(
                    ChangeKind::Added,
                    path,
                    msg!("agent-connector-added", label = &label),
                    server(entry).map(|h| msg!("agent-it-calls", host = h)),
                    (None, Some(entry.clone())),
                ),
                (Some(entry), None) => self.say(
                    ChangeKind::Removed,
                    path,
                    msg!("agent-connector-removed", label = &label),
                    None,
                    (Some(entry.clone()), None),
                ),
                (Some(x), Some(y)) => self.connector(&path, &label, x, y),
                (None, None) => {}
            }
        }
    }

    pub(super) fn connector(&mut self, path: &str, label: &Message, x: &Value, y: &Value) {
        let before = self.out.len();
        self.text_settings(
            &|pointer: &str| format!("{path}{pointer}"),
            label,
            (x, y),
            &[
                ("/displayName", msg!("agent-setting-name")),
                ("/description", msg!("agent-setting-description")),
            ],
        );
        let (ha, hb) = (
            connector_url(x).and_then(host),
            connector_url(y).and_then(host),
        );
        if ha != hb {
            let words = |h: Option<String>| h.map_or_else(|| msg!("agent-none"), value);
            self.say(
                ChangeKind::Changed,
                format!("{path}/toolSource"),
                msg!("agent-mcp-server-of", label = label),
                Some(from_to(words(ha), words(hb))),
                (
                    connector_url(x).map(Value::from),
                    connector_url(y).map(Value::from),
                ),
            );
        }
        let auth = |c: &Value| {
            c.pointer("/toolSource/remoteMcpServer/authorization")
                .or_else(|| c.pointer("/toolSource/localMcpServer/authorization"))
                .cloned()
        };
        let (aa, ab) = (auth(x), auth(y));
        let (sa, sb) = (sign_in(aa.as_ref()), sign_in(ab.as_ref()));
        if sa.text() != sb.text() {
            self.say(
                ChangeKind::Changed,
                format!("{path}/toolSource"),
                msg!("agent-sign-in-of", label = label),
                Some(from_to(sa, sb)),
                (aa, ab),
            );
        }
        let files = |c: &Value, tail: &str| text(c, tail).and_then(|f| resolve(MANIFEST, f));
        for tail in [
            "/toolSource/remoteMcpServer/mcpToolDescription/file",
            "/toolSource/localMcpServer/mcpToolDescription/file",
        ] {
            if let (Some(fa), Some(fb)) = (files(x, tail), files(y, tail)) {
                self.tools(&fa, &fb, label);
            }
        }
        let plugin = "/toolSource/plugin/file";
        self.action_of(
            &format!("{path}/toolSource/plugin"),
            (MANIFEST, MANIFEST),
            (text(x, plugin), text(y, plugin)),
            label,
        );
        self.others(
            path.to_string(),
            label,
            (x, y),
            &["displayName", "description", "toolSource", "id"],
            before,
        );
    }

    /// The agent skills, by their folder.
    pub(super) fn skills(&mut self) {
        for (key, a, b, index) in pair_entries(
            list(self.old.manifest, "/agentSkills"),
            list(self.new.manifest, "/agentSkills"),
            "folder",
        ) {
            let path = format!("/agentSkills/{index}");
            let folder = |e: &Value| text(e, "/folder").unwrap_or(&key).to_string();
            match (a, b) {
                (None, Some(entry)) => self.say(
                    ChangeKind::Added,
                    path,
                    msg!("agent-skill"),
                    Some(msg!("agent-folder", folder = folder(entry))),
                    (None, Some(entry.clone())),
                ),
                (Some(entry), None) => self.say(
                    ChangeKind::Removed,
                    path,
                    msg!("agent-skill"),
                    Some(msg!("agent-folder", folder = folder(entry))),
                    (Some(entry.clone()), None),
                ),
                (Some(x), Some(y)) if !semantic_eq(x, y) => self.say(
                    ChangeKind::Changed,
                    path,
                    msg!("agent-skill-in-folder", folder = folder(y)),
                    Some(from_to(value(folder(x)), value(folder(y)))),
                    (Some(x.clone()), Some(y.clone())),
                ),
                _ => {}
            }
        }
    }

    /// The agentic user templates, by their `id`.
    pub(super) fn agentic_users(&mut self) {
        for (key, a, b, index) in pair_entries(
            list(self.old.manifest, "/agenticUserTemplates"),
            list(self.new.manifest, "/agenticUserTemplates"),
            "id",
        ) {
            let path = format!("/agenticUserTemplates/{index}");
            let label = msg!("agent-agentic-user-template", name = quoted_name(&key));
            match (a, b) {
                (None, Some(entry)) => self.say(
                    ChangeKind::Added,
                    path,
                    msg!(
                        "agent-agentic-user-template-added",
                        name = quoted_name(&key)
                    ),
                    None,
                    (None, Some(entry.clone())),
                ),
                (Some(entry), None) => self.say(
                    ChangeKind::Removed,
                    path,
                    label,
                    None,
                    (Some(entry.clone()), None),
                ),
                (Some(x), Some(y)) => {
                    let (fa, fb) = (text(x, "/file"), text(y, "/file"));
                    self.file_moved(&path, &label, fa, fb);
                    let resolved = |f: Option<&str>| f.and_then(|f| resolve(MANIFEST, f));
                    if let (Some(fa), Some(fb)) = (resolved(fa), resolved(fb)) {
                        self.file_details(&fa, &fb, &label);
                    }
                }
                (None, None) => {}
            }
        }
    }

    /// "Changed other details of …" when two loaded files differ.
    pub(super) fn file_details(&mut self, old_file: &str, new_file: &str, label: &Message) {
        if let Some((a, b)) = self.documents(old_file, new_file)
            && !semantic_eq(a, b)
        {
            self.say(
                ChangeKind::Changed,
                at(new_file, ""),
                msg!("agent-other-details-of", label = label),
                None,
                (None, None),
            );
        }
    }

    /// Loaded files no pairing above reached (an Adaptive Card of a function, the API
    /// description of a message extension): compared with the file of the same name.
    pub(super) fn leftovers(&mut self) {
        let reached: BTreeSet<String> = self
            .visited
            .iter()
            .flat_map(|(a, b)| [a.clone(), b.clone()])
            .collect();
        let names: Vec<(String, UseKind)> = self
            .new
            .kinds
            .iter()
            .filter(|(name, _)| !reached.contains(*name) && self.old.kinds.contains_key(*name))
            .map(|(name, kind)| (name.clone(), *kind))
            .collect();
        for (name, kind) in names {
            let label = match kind {
                UseKind::DeclarativeAgent => msg!("agent-file-agent", file = &name),
                UseKind::Plugin => msg!("agent-file-action", file = &name),
                UseKind::OpenApi => msg!("agent-file-api", file = &name),
                UseKind::McpToolDescription => msg!("agent-file-tools", file = &name),
                UseKind::AdaptiveCard => msg!("agent-file-card", file = &name),
                UseKind::ResponseTemplate => msg!("agent-file-response-template", file = &name),
                UseKind::AgenticUserTemplate => {
                    msg!("agent-file-agentic-user-template", file = &name)
                }
                UseKind::Plain | UseKind::SkillFolder => continue,
            };
            match kind {
                UseKind::DeclarativeAgent => self.agent(&name, &name, &label),
                UseKind::Plugin => self.plugin(&name, &name, &label),
                UseKind::OpenApi => self.openapi(&name, &name, &label, true),
                UseKind::McpToolDescription => self.tools(&name, &name, &label),
                _ => self.file_details(&name, &name, &label),
            }
        }
    }
}
