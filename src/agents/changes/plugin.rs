//! An agent's actions: the plugin files, their functions and runtimes, the OpenAPI
//! documents and MCP tool lists they use.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::changes::ChangeKind;
use crate::json::semantic_eq;
use crate::message::Message;
use crate::msg;

use super::say::from_to;
use crate::package_use::resolve;
use crate::plain::shorten;

use super::hosts::openapi_hosts;
use super::lookup::{SIDE_LENGTH, at, list, text};
use super::pairing::{Runtime, name_of, pair_runtimes};
use super::words::{and_list, and_values, quoted_name, sign_in, value};
use super::{AgentSide, Run};

impl Run<'_, '_, '_> {
    /// One action of a DA: added, removed, or its plugin compared.
    pub(super) fn action_of(
        &mut self,
        path: &str,
        (old_holder, new_holder): (&str, &str),
        (a, b): (Option<&str>, Option<&str>),
        agent: &Message,
    ) {
        let a = a.and_then(|f| resolve(old_holder, f));
        let b = b.and_then(|f| resolve(new_holder, f));
        let plugin_name = |side: &AgentSide<'_>, file: &Option<String>| {
            let doc = file.as_deref().and_then(|f| side.doc(f));
            name_of(doc, "/name_for_human")
                .or_else(|| name_of(doc, "/namespace"))
                .or_else(|| file.clone())
                .map_or_else(|| msg!("agent-an-action"), |name| quoted_name(&name))
        };
        match (&a, &b) {
            (None, Some(_)) => {
                let name = plugin_name(self.new, &b);
                self.say(
                    ChangeKind::Added,
                    path.to_string(),
                    msg!("agent-action-to", label = agent),
                    Some(name),
                    (None, b.clone().map(Value::from)),
                );
            }
            (Some(_), None) => {
                let name = plugin_name(self.old, &a);
                self.say(
                    ChangeKind::Removed,
                    path.to_string(),
                    msg!("agent-action-from", label = agent),
                    Some(name),
                    (a.clone().map(Value::from), None),
                );
            }
            (Some(x), Some(y)) => {
                let label = msg!("agent-action", name = plugin_name(self.new, &b));
                self.plugin(x, y, &label);
            }
            (None, None) => {}
        }
    }

    /// An action the manifest names itself (devPreview `copilotExtensions.plugins`).
    pub(super) fn action(
        &mut self,
        path: &str,
        holder: &str,
        files: (Option<&str>, Option<&str>),
        agent: Option<&Message>,
    ) {
        let extension = msg!("agent-copilot-extension");
        self.action_of(path, (holder, holder), files, agent.unwrap_or(&extension));
    }

    /// Two versions of one plugin.
    pub(super) fn plugin(&mut self, old_file: &str, new_file: &str, label: &Message) {
        if self
            .visited
            .contains(&(old_file.to_string(), new_file.to_string()))
        {
            return;
        }
        self.pairs
            .insert(new_file.to_string(), old_file.to_string());
        let Some((a, b)) = self.documents(old_file, new_file) else {
            return;
        };
        let before = self.out.len();
        let here = |pointer: &str| at(new_file, pointer);
        self.header(
            &here,
            label,
            (a, b),
            "/schema_version",
            &[
                ("/name_for_human", msg!("agent-setting-name")),
                ("/description_for_human", msg!("agent-setting-description")),
            ],
        );
        self.functions(&here("/functions"), label, a, b);
        let runtimes = pair_runtimes(list(a, "/runtimes"), list(b, "/runtimes"));
        let several = runtimes.len() > 1;
        for (x, y) in runtimes {
            self.runtime((old_file, new_file), x, y, label, several);
        }
        self.others(
            here(""),
            label,
            (a, b),
            &[
                "schema_version",
                "name_for_human",
                "description_for_human",
                "functions",
                "runtimes",
            ],
            before,
        );
    }

    pub(super) fn functions(&mut self, path: &str, label: &Message, a: &Value, b: &Value) {
        let named = |doc: &Value| -> BTreeMap<String, Value> {
            list(doc, "/functions")
                .iter()
                .filter_map(|f| Some((text(f, "/name")?.to_string(), f.clone())))
                .collect()
        };
        let (x, y) = (named(a), named(b));
        // The schema gives a function only a `description`; `description_for_human` wins when present.
        let words = |name: &str, function: &Value| match text(function, "/description_for_human")
            .or_else(|| text(function, "/description"))
        {
            Some(said) => msg!(
                "agent-function",
                name = name,
                description = shorten(said, SIDE_LENGTH)
            ),
            None => value(name),
        };
        for (name, function) in &x {
            match y.get(name) {
                None => self.say(
                    ChangeKind::Removed,
                    path.to_string(),
                    msg!("agent-function-from", label = label),
                    Some(words(name, function)),
                    (Some(Value::from(name.as_str())), None),
                ),
                Some(new) if !semantic_eq(function, new) => self.say(
                    ChangeKind::Changed,
                    path.to_string(),
                    msg!("agent-function-of", name = name, label = label),
                    None,
                    (None, None),
                ),
                Some(_) => {}
            }
        }
        for (name, function) in &y {
            if !x.contains_key(name) {
                self.say(
                    ChangeKind::Added,
                    path.to_string(),
                    msg!("agent-function-to", label = label),
                    Some(words(name, function)),
                    (None, Some(Value::from(name.as_str()))),
                );
            }
        }
    }

    /// Two versions of one plugin runtime (or one that is only in one of them).
    pub(super) fn runtime(
        &mut self,
        (old_file, new_file): (&str, &str),
        a: Runtime<'_>,
        b: Runtime<'_>,
        label: &Message,
        several: bool,
    ) {
        let hosts = |side: &AgentSide<'_>, file: &str, runtime: &Value| {
            side.runtime_hosts(file, runtime)
                .into_iter()
                .collect::<Vec<_>>()
        };
        let what = |runtime: &Value| match text(runtime, "/type") {
            Some("RemoteMCPServer") => msg!("agent-thing-mcp-server"),
            Some("LocalPlugin") => msg!("agent-thing-local-runtime"),
            _ => msg!("agent-thing-api"),
        };
        match (a, b) {
            (None, Some((index, runtime))) => {
                let hosts = hosts(self.new, new_file, runtime);
                self.say(
                    ChangeKind::Added,
                    at(new_file, &format!("/runtimes/{index}")),
                    msg!("agent-added-to", what = what(runtime), label = label),
                    (!hosts.is_empty()).then(|| and_values(&hosts)),
                    (None, None),
                );
            }
            (Some((index, runtime)), None) => {
                let hosts = hosts(self.old, old_file, runtime);
                self.say(
                    ChangeKind::Removed,
                    at(new_file, &format!("/runtimes/{index}")),
                    msg!("agent-removed-from", what = what(runtime), label = label),
                    (!hosts.is_empty()).then(|| and_values(&hosts)),
                    (None, None),
                );
            }
            (Some((_, x)), Some((index, y))) => {
                let (old_hosts, new_hosts) =
                    (hosts(self.old, old_file, x), hosts(self.new, new_file, y));
                let sign_in_of = if several {
                    match new_hosts.first() {
                        Some(host) => msg!("agent-sign-in-of-host", label = label, host = host),
                        None => msg!("agent-sign-in-of-number", label = label, number = index + 1),
                    }
                } else {
                    msg!("agent-sign-in-of", label = label)
                };
                let (sa, sb) = (sign_in(x.get("auth")), sign_in(y.get("auth")));
                if sa.text() != sb.text() {
                    self.say(
                        ChangeKind::Changed,
                        at(new_file, &format!("/runtimes/{index}/auth")),
                        sign_in_of,
                        Some(from_to(sa, sb)),
                        (x.get("auth").cloned(), y.get("auth").cloned()),
                    );
                }
                if old_hosts != new_hosts && !(old_hosts.is_empty() || new_hosts.is_empty()) {
                    self.say(
                        ChangeKind::Changed,
                        at(new_file, &format!("/runtimes/{index}/spec")),
                        msg!("agent-server-of", label = label),
                        Some(from_to(and_values(&old_hosts), and_values(&new_hosts))),
                        (None, None),
                    );
                }
                let file = |holder: &str, runtime: &Value, pointer: &str| {
                    text(runtime, pointer).and_then(|f| resolve(holder, f))
                };
                if let (Some(fa), Some(fb)) = (
                    file(old_file, x, "/spec/url"),
                    file(new_file, y, "/spec/url"),
                ) {
                    self.openapi(&fa, &fb, &msg!("agent-api-of", label = label), false);
                }
                let tools = "/spec/mcp_tool_description/file";
                if let (Some(fa), Some(fb)) = (file(old_file, x, tools), file(new_file, y, tools)) {
                    self.tools(&fa, &fb, label);
                } else if let (Some(ta), Some(tb)) = (
                    x.pointer("/spec/mcp_tool_description"),
                    y.pointer("/spec/mcp_tool_description"),
                ) {
                    self.tool_lists(
                        &at(new_file, &format!("/runtimes/{index}/spec")),
                        label,
                        ta,
                        tb,
                    );
                }
            }
            (None, None) => {}
        }
    }

    /// Two versions of one OpenAPI document: operations, and (when no runtime said them)
    /// its servers.
    pub(super) fn openapi(
        &mut self,
        old_file: &str,
        new_file: &str,
        label: &Message,
        servers: bool,
    ) {
        let Some((a, b)) = self.documents(old_file, new_file) else {
            return;
        };
        if std::ptr::eq(a, b) {
            return; // the same file on both sides, loaded once
        }
        let before = self.out.len();
        /// Each operation of a document by "METHOD /path", with its operationId.
        fn operations(doc: &Value) -> BTreeMap<String, (Option<String>, &Value)> {
            crate::agents::openapi::operations(doc)
                .into_iter()
                .map(|op| {
                    let key = format!("{} {}", op.method.to_uppercase(), op.path);
                    (key, (op.id().map(str::to_string), op.value))
                })
                .collect()
        }
        let (x, y) = (operations(a), operations(b));
        let words = |key: &str, id: &Option<String>| match id {
            Some(id) => msg!("agent-operation", operation = key, id = id),
            None => value(key),
        };
        let path = at(new_file, "/paths");
        let mut changed = Vec::new();
        for (key, (id, operation)) in &x {
            match y.get(key) {
                None => self.say(
                    ChangeKind::Removed,
                    path.clone(),
                    msg!("agent-operation-from", label = label),
                    Some(words(key, id)),
                    (Some(Value::from(key.as_str())), None),
                ),
                Some((_, new)) if !semantic_eq(operation, new) => changed.push(words(key, id)),
                Some(_) => {}
            }
        }
        for (key, (id, _)) in &y {
            if !x.contains_key(key) {
                self.say(
                    ChangeKind::Added,
                    path.clone(),
                    msg!("agent-operation-to", label = label),
                    Some(words(key, id)),
                    (None, Some(Value::from(key.as_str()))),
                );
            }
        }
        if !changed.is_empty() {
            self.say(
                ChangeKind::Changed,
                path,
                msg!(
                    "agent-operations-changed",
                    count = changed.len(),
                    label = label
                ),
                Some(and_list(&changed)),
                (None, None),
            );
        }
        let (old_hosts, new_hosts) = (openapi_hosts(a), openapi_hosts(b));
        if servers && old_hosts != new_hosts {
            let words = |hosts: BTreeSet<String>| {
                let hosts: Vec<String> = hosts.into_iter().collect();
                if hosts.is_empty() {
                    msg!("agent-none")
                } else {
                    and_values(&hosts)
                }
            };
            self.say(
                ChangeKind::Changed,
                at(new_file, "/servers"),
                msg!("agent-servers-of", label = label),
                Some(from_to(words(old_hosts), words(new_hosts))),
                (None, None),
            );
        }
        if self.out.len() == before && !semantic_eq(a, b) {
            self.say(
                ChangeKind::Changed,
                at(new_file, ""),
                msg!("agent-other-details-of", label = label),
                None,
                (None, None),
            );
        }
    }

    /// Two versions of one MCP tool description file.
    pub(super) fn tools(&mut self, old_file: &str, new_file: &str, label: &Message) {
        if let Some((a, b)) = self.documents(old_file, new_file) {
            self.tool_lists(&at(new_file, ""), label, a, b);
        }
    }

    /// Tools added or removed between two MCP tool lists (`{"tools": [{"name"…}]}`).
    pub(super) fn tool_lists(&mut self, path: &str, label: &Message, a: &Value, b: &Value) {
        let before = self.out.len();
        let names = |doc: &Value| -> Vec<Message> {
            list(doc, "/tools")
                .iter()
                .filter_map(|t| text(t, "/name").map(value))
                .collect()
        };
        self.names_added_removed(path, &msg!("agent-thing-tool"), label, &names(a), &names(b));
        if self.out.len() == before && !semantic_eq(a, b) {
            self.say(
                ChangeKind::Changed,
                path.to_string(),
                msg!("agent-tool-descriptions-of", label = label),
                None,
                (None, None),
            );
        }
    }
}
