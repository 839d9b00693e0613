//! What changed in the Copilot agent, in words (`agents.md` §4).
//!
//! The agent files of both versions are paired the way the manifest and the files name
//! them, not by file name: the declarative agent (DA) at one manifest entry
//! (`/copilotAgents/declarativeAgents/<i>`, by its `id`, else its place) is one agent on
//! both sides even when its file was renamed; the plugins of a DA pair through the action
//! that names them (by action `id`); the OpenAPI document and the MCP tool list of a
//! plugin pair through its runtime. Each pair is compared by meaning and each difference
//! is one line in the area "Copilot agent": "Changed the instructions of agent "Contoso
//! Tasks": from 1,204 to 1,530 characters", "Added a capability to agent "Contoso Tasks": web
//! search". The manifest's agent entries are said with their names, never as raw paths,
//! and no file the app reads (agents, plugins, API descriptions, tool lists, templates)
//! is told by its size.
//!
//! Pure functions over loaded documents: [`compare`] takes each version's manifest and a
//! way to get the document of a used file.

mod agent;
mod hosts;
mod lookup;
mod manifest;
mod pairing;
mod plugin;
mod say;
#[cfg(test)]
mod tests;
mod words;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::changes::{Area, Change};
use crate::package_use::{UseKind, resolve};

use hosts::connector_url;
pub use hosts::{host, openapi_hosts};
use lookup::{list, text};

/// The manifest fields told by this module rather than as raw paths.
pub const AGENT_FIELDS: &[&str] = &[
    "copilotAgents",
    "copilotExtensions",
    "agentConnectors",
    "agentSkills",
    "agenticUserTemplates",
];

/// One version as the agent comparison sees it.
pub struct AgentSide<'a> {
    /// The manifest document.
    pub manifest: &'a Value,
    /// The used files of a loaded kind (agents, plugins, API descriptions, tool lists,
    /// templates), with their kind; empty when the files are not compared.
    pub kinds: BTreeMap<String, UseKind>,
    /// The loaded document of a used file, by entry name (`None` when it did not load or
    /// the files are not compared).
    pub document: &'a dyn Fn(&str) -> Option<&'a Value>,
}

impl AgentSide<'_> {
    fn doc(&self, name: &str) -> Option<&Value> {
        (self.document)(name)
    }

    /// The plugins of this version, by entry name.
    pub fn plugins(&self) -> Vec<(&str, &Value)> {
        self.kinds
            .iter()
            .filter(|(_, kind)| **kind == UseKind::Plugin)
            .filter_map(|(name, _)| Some((name.as_str(), self.doc(name)?)))
            .collect()
    }

    /// The hosts a plugin runtime calls: the servers of its OpenAPI document (or the
    /// address of a remote one), or its MCP server.
    pub fn runtime_hosts(&self, plugin: &str, runtime: &Value) -> BTreeSet<String> {
        let url = text(runtime, "/spec/url");
        match text(runtime, "/type") {
            Some("OpenApi") => match url.and_then(|url| resolve(plugin, url)) {
                Some(file) => self.doc(&file).map(openapi_hosts).unwrap_or_default(),
                None => url.and_then(host).into_iter().collect(),
            },
            _ => url.and_then(host).into_iter().collect(),
        }
    }

    /// The hosts of the manifest's agent connectors.
    pub fn connector_hosts(&self) -> BTreeSet<String> {
        list(self.manifest, "/agentConnectors")
            .iter()
            .filter_map(connector_url)
            .filter_map(host)
            .collect()
    }
}

/// What [`compare`] found.
#[derive(Debug, Default)]
pub struct Compared {
    /// One change per difference, in the area "Copilot agent".
    pub changes: Vec<Change>,
    /// The plugins compared as one: each new plugin's entry name, with the published one's.
    pub plugin_pairs: BTreeMap<String, String>,
}

/// Compares the Copilot agents of two versions (see the module documentation).
pub fn compare<'o, 'n>(old: &AgentSide<'o>, new: &AgentSide<'n>) -> Compared {
    let mut run = Run {
        old,
        new,
        out: Vec::new(),
        visited: BTreeSet::new(),
        pairs: BTreeMap::new(),
    };
    run.manifest();
    run.leftovers();
    Compared {
        changes: run.out,
        plugin_pairs: run.pairs,
    }
}

/// Takes out of `changes` what the worded agent lines replace: the manifest's raw lines
/// under the agent fields, and the sizes of `loaded` files (files the app reads).
pub fn drop_raw(changes: &mut Vec<Change>, loaded: &BTreeSet<String>) {
    changes.retain(|change| {
        if change.area == Area::PackageFile {
            return !loaded.contains(&change.path);
        }
        let first = change.path.trim_start_matches('/').split('/').next();
        !first.is_some_and(|first| AGENT_FIELDS.contains(&first))
    });
}

/// One comparison in progress.
struct Run<'s, 'o, 'n> {
    old: &'s AgentSide<'o>,
    new: &'s AgentSide<'n>,
    out: Vec<Change>,
    /// The file pairs already compared (a worker agent may name its own agent).
    visited: BTreeSet<(String, String)>,
    /// The plugins compared as one: new entry name → published one.
    pairs: BTreeMap<String, String>,
}
