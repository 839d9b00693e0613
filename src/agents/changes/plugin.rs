//! An agent's actions: the plugin files, their functions and runtimes, the OpenAPI
//! documents and MCP tool lists they use.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::changes::ChangeKind;
use crate::json::semantic_eq;
use crate::package_use::resolve;
use crate::plain::shorten;

use super::hosts::*;
use super::pairing::*;
use super::words::*;
use super::{AgentSide, Run, SIDE_LENGTH, at, list, text};

impl Run<'_, '_, '_> {
    /// One action of a DA: added, removed, or its plugin compared.
    pub(super) fn action_of(
        &mut self,
        path: &str,
        (old_holder, new_holder): (&str, &str),
        (a, b): (Option<&str>, Option<&str>),
        agent: &str,
    ) {
        let a = a.and_then(|f| resolve(old_holder, f));
        let b = b.and_then(|f| resolve(new_holder, f));
        let plugin_name = |side: &AgentSide<'_>, file: &Option<String>| {
            let doc = file.as_deref().and_then(|f| side.doc(f));
            name_of(doc, "/name_for_human")
                .or_else(|| name_of(doc, "/namespace"))
                .or_else(|| file.clone())
                .unwrap_or_else(|| "an action".to_string())
        };
        match (&a, &b) {
            (None, Some(_)) => {
                let name = plugin_name(self.new, &b);
                self.say(
                    ChangeKind::Added,
                    path.to_string(),
                    format!("an action to {agent}"),
                    Some(crate::plain::quote(&name)),
                    (None, b.clone().map(Value::from)),
                );
            }
            (Some(_), None) => {
                let name = plugin_name(self.old, &a);
                self.say(
                    ChangeKind::Removed,
                    path.to_string(),
                    format!("an action from {agent}"),
                    Some(crate::plain::quote(&name)),
                    (a.clone().map(Value::from), None),
                );
            }
            (Some(x), Some(y)) => {
                let label = format!("action {}", crate::plain::quote(&plugin_name(self.new, &b)));
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
        agent: Option<&str>,
    ) {
        self.action_of(
            path,
            (holder, holder),
            files,
            agent.unwrap_or("the app's Copilot extension"),
        );
    }

    /// Two versions of one plugin.
    pub(super) fn plugin(&mut self, old_file: &str, new_file: &str, label: &str) {
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
                ("/name_for_human", "name"),
                ("/description_for_human", "description"),
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

    pub(super) fn functions(&mut self, path: &str, label: &str, a: &Value, b: &Value) {
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
            Some(said) => format!("{name} ({})", shorten(said, SIDE_LENGTH)),
            None => name.to_string(),
        };
        for (name, function) in &x {
            match y.get(name) {
                None => self.say(
                    ChangeKind::Removed,
                    path.to_string(),
                    format!("a function from {label}"),
                    Some(words(name, function)),
                    (Some(Value::from(name.as_str())), None),
                ),
                Some(new) if !semantic_eq(function, new) => self.say(
                    ChangeKind::Changed,
                    path.to_string(),
                    format!("the function {name} of {label}"),
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
                    format!("a function to {label}"),
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
        label: &str,
        several: bool,
    ) {
        let hosts = |side: &AgentSide<'_>, file: &str, runtime: &Value| {
            side.runtime_hosts(file, runtime)
                .into_iter()
                .collect::<Vec<_>>()
        };
        let what = |runtime: &Value| match text(runtime, "/type") {
            Some("RemoteMCPServer") => "an MCP server",
            Some("LocalPlugin") => "a runtime on the user's device",
            _ => "an API",
        };
        match (a, b) {
            (None, Some((index, runtime))) => {
                let hosts = hosts(self.new, new_file, runtime);
                self.say(
                    ChangeKind::Added,
                    at(new_file, &format!("/runtimes/{index}")),
                    format!("{} to {label}", what(runtime)),
                    (!hosts.is_empty()).then(|| and_list(&hosts)),
                    (None, None),
                );
            }
            (Some((index, runtime)), None) => {
                let hosts = hosts(self.old, old_file, runtime);
                self.say(
                    ChangeKind::Removed,
                    at(new_file, &format!("/runtimes/{index}")),
                    format!("{} from {label}", what(runtime)),
                    (!hosts.is_empty()).then(|| and_list(&hosts)),
                    (None, None),
                );
            }
            (Some((_, x)), Some((index, y))) => {
                let (old_hosts, new_hosts) =
                    (hosts(self.old, old_file, x), hosts(self.new, new_file, y));
                let place = if several {
                    match new_hosts.first() {
                        Some(host) => format!(" for {host}"),
                        None => format!(" ({})", index + 1),
                    }
                } else {
                    String::new()
                };
                let (sa, sb) = (sign_in(x.get("auth")), sign_in(y.get("auth")));
                if sa != sb {
                    self.say(
                        ChangeKind::Changed,
                        at(new_file, &format!("/runtimes/{index}/auth")),
                        format!("sign-in of {label}{place}"),
                        Some(format!("from {sa} to {sb}")),
                        (x.get("auth").cloned(), y.get("auth").cloned()),
                    );
                }
                if old_hosts != new_hosts && !(old_hosts.is_empty() || new_hosts.is_empty()) {
                    self.say(
                        ChangeKind::Changed,
                        at(new_file, &format!("/runtimes/{index}/spec")),
                        format!("the server of {label}"),
                        Some(format!(
                            "from {} to {}",
                            and_list(&old_hosts),
                            and_list(&new_hosts)
                        )),
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
                    self.openapi(&fa, &fb, &format!("the API of {label}"), false);
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
    pub(super) fn openapi(&mut self, old_file: &str, new_file: &str, label: &str, servers: bool) {
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
            Some(id) => format!("{key} ({id})"),
            None => key.to_string(),
        };
        let path = at(new_file, "/paths");
        let mut changed = Vec::new();
        for (key, (id, operation)) in &x {
            match y.get(key) {
                None => self.say(
                    ChangeKind::Removed,
                    path.clone(),
                    format!("an operation from {label}"),
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
                    format!("an operation to {label}"),
                    Some(words(key, id)),
                    (None, Some(Value::from(key.as_str()))),
                );
            }
        }
        if !changed.is_empty() {
            let what = if changed.len() == 1 {
                "the details of an operation of"
            } else {
                "the details of operations of"
            };
            self.say(
                ChangeKind::Changed,
                path,
                format!("{what} {label}"),
                Some(and_list(&changed)),
                (None, None),
            );
        }
        let (old_hosts, new_hosts) = (openapi_hosts(a), openapi_hosts(b));
        if servers && old_hosts != new_hosts {
            let words = |hosts: BTreeSet<String>| {
                let hosts: Vec<String> = hosts.into_iter().collect();
                if hosts.is_empty() {
                    "none".to_string()
                } else {
                    and_list(&hosts)
                }
            };
            self.say(
                ChangeKind::Changed,
                at(new_file, "/servers"),
                format!("the servers of {label}"),
                Some(format!("from {} to {}", words(old_hosts), words(new_hosts))),
                (None, None),
            );
        }
        if self.out.len() == before && !semantic_eq(a, b) {
            self.say(
                ChangeKind::Changed,
                at(new_file, ""),
                format!("other details of {label}"),
                None,
                (None, None),
            );
        }
    }

    /// Two versions of one MCP tool description file.
    pub(super) fn tools(&mut self, old_file: &str, new_file: &str, label: &str) {
        if let Some((a, b)) = self.documents(old_file, new_file) {
            self.tool_lists(&at(new_file, ""), label, a, b);
        }
    }

    /// Tools added or removed between two MCP tool lists (`{"tools": [{"name"…}]}`).
    pub(super) fn tool_lists(&mut self, path: &str, label: &str, a: &Value, b: &Value) {
        let before = self.out.len();
        let names = |doc: &Value| -> Vec<String> {
            list(doc, "/tools")
                .iter()
                .filter_map(|t| text(t, "/name").map(str::to_string))
                .collect()
        };
        self.names_added_removed(path, "a tool", label, &names(a), &names(b));
        if self.out.len() == before && !semantic_eq(a, b) {
            self.say(
                ChangeKind::Changed,
                path.to_string(),
                format!("the tool descriptions of {label}"),
                None,
                (None, None),
            );
        }
    }
}
