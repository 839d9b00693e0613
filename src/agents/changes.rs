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

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::changes::{Area, Change, ChangeKind, Words};
use crate::json::semantic_eq;
use crate::package_use::{UseKind, resolve};
use crate::plain::shorten;

/// The manifest's name at the root of a package.
const MANIFEST: &str = "manifest.json";

/// The manifest fields told by this module rather than as raw paths.
pub const AGENT_FIELDS: &[&str] = &[
    "copilotAgents",
    "copilotExtensions",
    "agentConnectors",
    "agentSkills",
    "agenticUserTemplates",
];

/// How many characters of a text an "old → new" line shows of each side.
const SIDE_LENGTH: usize = 60;

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

/// The text at `pointer`, when it is one.
fn text<'v>(value: &'v Value, pointer: &str) -> Option<&'v str> {
    value.pointer(pointer).and_then(Value::as_str)
}

/// The list at `pointer` (empty when there is none).
fn list<'v>(value: &'v Value, pointer: &str) -> &'v [Value] {
    value
        .pointer(pointer)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The lower-case host of an absolute address without placeholders.
pub fn host(url: &str) -> Option<String> {
    (url.contains("://") && !crate::store::has_placeholder(url))
        .then(|| crate::address::host_of(url))
        .flatten()
}

/// The hosts an OpenAPI document's servers name (top level, per path, per operation).
pub fn openapi_hosts(document: &Value) -> BTreeSet<String> {
    super::openapi::server_urls(document)
        .into_iter()
        .filter_map(|(_, url)| host(url))
        .collect()
}

/// The MCP server address of an agent connector.
fn connector_url(connector: &Value) -> Option<&str> {
    text(connector, "/toolSource/remoteMcpServer/mcpServerUrl")
        .or_else(|| text(connector, "/toolSource/localMcpServer/mcpServerUrl"))
}

/// "1,204".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A text in quotes, shortened for an "old → new" line.
fn quoted(text: &str) -> String {
    format!("\"{}\"", shorten(text, SIDE_LENGTH))
}

/// A list of names in words: "a, b and c".
fn and_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => format!("{} and {last}", head.join(", ")),
    }
}

/// A DA capability named as a person would.
pub fn capability_name(name: &str) -> String {
    match name {
        "WebSearch" => "web search",
        "GraphicArt" => "image generation",
        "CodeInterpreter" => "code interpreter",
        "OneDriveAndSharePoint" => "SharePoint and OneDrive files",
        "GraphConnectors" => "Copilot connectors",
        "TeamsMessages" => "Teams messages",
        "Email" => "email",
        "EmailActions" => "email actions",
        "People" => "people",
        "Meetings" => "meetings",
        "MeetingActions" => "meeting actions",
        "EmbeddedKnowledge" => "files in the package",
        "Dataverse" => "Dataverse",
        "ScenarioModels" => "scenario models",
        other if other.starts_with("Fabric") => "Fabric",
        other => other,
    }
    .to_string()
}

/// A sign-in type in words, with its reference id: "none", "OAuth (reference id abc…)".
fn sign_in(auth: Option<&Value>) -> String {
    let kind = auth
        .and_then(|auth| text(auth, "/type").or_else(|| text(auth, "/Type")))
        .unwrap_or("None");
    let words = match kind {
        "None" => return "none".to_string(),
        "OAuthPluginVault" => "OAuth",
        "ApiKeyPluginVault" => "API key",
        "DynamicClientRegistration" => "OAuth with dynamic client registration",
        "AzureKeyVault" => "a key in Azure Key Vault",
        other => other,
    };
    let reference =
        auth.and_then(|auth| text(auth, "/reference_id").or_else(|| text(auth, "/referenceId")));
    match reference {
        // Whole: two reference ids often differ only after their first characters.
        Some(id) => format!("{words} (reference id {id})"),
        None => words.to_string(),
    }
}

/// A setting's key in words: `description_for_model` → "description for model".
fn key_words(key: &str) -> String {
    match key {
        "$schema" => "schema link".to_string(),
        other => {
            let mut out = String::new();
            for c in other.chars() {
                if c == '_' || c == '-' {
                    out.push(' ');
                } else if c.is_uppercase() && !out.is_empty() {
                    out.push(' ');
                    out.extend(c.to_lowercase());
                } else {
                    out.push(c);
                }
            }
            out
        }
    }
}

/// The entries of a list in both versions, paired by `field` when every entry of both
/// has a distinct one, else by position: (key, old entry, new entry, index in its list).
fn pair_entries<'v>(
    old: &'v [Value],
    new: &'v [Value],
    field: &str,
) -> Vec<(String, Option<&'v Value>, Option<&'v Value>, usize)> {
    let keys = |items: &[Value]| -> Option<Vec<String>> {
        let keys: Option<Vec<String>> = items
            .iter()
            .map(|item| text(item, &format!("/{field}")).map(str::to_string))
            .collect();
        let keys = keys?;
        let distinct: BTreeSet<&String> = keys.iter().collect();
        (distinct.len() == keys.len()).then_some(keys)
    };
    let (old_keys, new_keys) = match (keys(old), keys(new)) {
        (Some(a), Some(b)) => (a, b),
        _ => (
            (0..old.len()).map(|i| i.to_string()).collect(),
            (0..new.len()).map(|i| i.to_string()).collect(),
        ),
    };
    let mut pairs = Vec::new();
    for (index, (key, entry)) in old_keys.iter().zip(old).enumerate() {
        let other = new_keys
            .iter()
            .position(|k| k == key)
            .and_then(|at| Some((at, new.get(at)?)));
        match other {
            Some((at, new_entry)) => pairs.push((key.clone(), Some(entry), Some(new_entry), at)),
            None => pairs.push((key.clone(), Some(entry), None, index)),
        }
    }
    for (index, (key, entry)) in new_keys.iter().zip(new).enumerate() {
        if !old_keys.contains(key) {
            pairs.push((key.clone(), None, Some(entry), index));
        }
    }
    pairs
}

/// A plugin runtime with its place in the list, or none.
type Runtime<'v> = Option<(usize, &'v Value)>;

/// The runtimes of two plugins, paired by type and place among the runtimes of that type.
fn pair_runtimes<'v>(old: &'v [Value], new: &'v [Value]) -> Vec<(Runtime<'v>, Runtime<'v>)> {
    let typed = |items: &'v [Value]| -> Vec<(String, usize, &'v Value)> {
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        items
            .iter()
            .enumerate()
            .map(|(index, runtime)| {
                let kind = text(runtime, "/type").unwrap_or_default().to_string();
                let nth = seen.entry(kind.clone()).or_default();
                let key = format!("{kind}#{nth}");
                *nth += 1;
                (key, index, runtime)
            })
            .collect()
    };
    let (a, b) = (typed(old), typed(new));
    let mut pairs = Vec::new();
    for (key, index, runtime) in &a {
        let other = b
            .iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, i, r)| (*i, *r));
        pairs.push((Some((*index, *runtime)), other));
    }
    for (key, index, runtime) in &b {
        if !a.iter().any(|(k, _, _)| k == key) {
            pairs.push((None, Some((*index, *runtime))));
        }
    }
    pairs
}

/// The name of an agent's document, or of a plugin's: its `name` / `name_for_human`.
fn name_of(document: Option<&Value>, key: &str) -> Option<String> {
    document
        .and_then(|d| text(d, key))
        .filter(|n| !n.trim().is_empty())
        .map(str::to_string)
}

/// The file a manifest entry names, with its document when it loaded.
fn entry_file<'v>(
    side: &'v AgentSide<'_>,
    entry: Option<&Value>,
) -> Option<(String, Option<&'v Value>)> {
    let file = entry
        .and_then(|e| text(e, "/file"))
        .and_then(|f| resolve(MANIFEST, f))?;
    let document = side.doc(&file);
    Some((file, document))
}

/// What of a manifest agent field the entry lists do not tell: the field without them
/// (`None` when nothing is left).
fn rest(field: &str, value: Option<&Value>) -> Option<Value> {
    let lists: &[&str] = match field {
        "copilotAgents" => &["declarativeAgents", "customEngineAgents"],
        "copilotExtensions" => &["declarativeCopilots", "plugins"],
        _ => &[],
    };
    match value? {
        Value::Array(_) if lists.is_empty() => None,
        Value::Object(map) if !lists.is_empty() => {
            let left: serde_json::Map<String, Value> = map
                .iter()
                .filter(|(key, value)| !(lists.contains(&key.as_str()) && value.is_array()))
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect();
            (!left.is_empty()).then_some(Value::Object(left))
        }
        other => Some(other.clone()),
    }
}

/// The document of an entry's file, when it loaded.
fn doc<'v>(file: &Option<(String, Option<&'v Value>)>) -> Option<&'v Value> {
    file.as_ref().and_then(|(_, d)| *d)
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

/// Where a change is, for a developer: `file#pointer`, or a manifest pointer.
fn at(file: &str, pointer: &str) -> String {
    if file == MANIFEST {
        pointer.to_string()
    } else {
        format!("{file}#{pointer}")
    }
}

impl Run<'_, '_, '_> {
    /// The documents of two files to compare, the first time they are (a worker agent
    /// may name its own agent); `None` when one did not load or they were compared.
    fn documents<'s>(&mut self, old_file: &str, new_file: &str) -> Option<(&'s Value, &'s Value)>
    where
        Self: 's,
    {
        let first = self
            .visited
            .insert((old_file.to_string(), new_file.to_string()));
        let old: &'s AgentSide<'_> = self.old;
        let new: &'s AgentSide<'_> = self.new;
        if !first {
            return None;
        }
        Some((old.doc(old_file)?, new.doc(new_file)?))
    }

    /// "Changed the file of …: a.json → b.json" when a manifest entry names another file.
    fn file_moved(&mut self, path: &str, label: &str, old: Option<&str>, new: Option<&str>) {
        if old != new {
            self.say(
                ChangeKind::Changed,
                format!("{path}/file"),
                format!("the file of {label}"),
                Some(format!(
                    "from {} to {}",
                    old.unwrap_or("none"),
                    new.unwrap_or("none")
                )),
                (old.map(Value::from), new.map(Value::from)),
            );
        }
    }

    fn say(
        &mut self,
        kind: ChangeKind,
        path: String,
        subject: String,
        detail: Option<String>,
        values: (Option<Value>, Option<Value>),
    ) {
        let pointer = crate::changes::pointer_in_path(&path);
        self.out.push(Change {
            path,
            pointer,
            kind,
            area: Area::Agent,
            old: values.0,
            new: values.1,
            words: Some(Words { subject, detail }),
        });
    }

    /// A text setting (name, description, disclaimer): added, removed or old → new.
    fn text_setting(
        &mut self,
        path: String,
        what: &str,
        label: &str,
        old: Option<&str>,
        new: Option<&str>,
    ) {
        let values = (old.map(Value::from), new.map(Value::from));
        match (old, new) {
            (Some(a), Some(b)) if a != b => self.say(
                ChangeKind::Changed,
                path,
                format!("the {what} of {label}"),
                Some(format!("from {} to {}", quoted(a), quoted(b))),
                values,
            ),
            (None, Some(b)) => self.say(
                ChangeKind::Added,
                path,
                format!("a {what} to {label}"),
                Some(quoted(b)),
                values,
            ),
            (Some(a), None) => self.say(
                ChangeKind::Removed,
                path,
                format!("the {what} of {label}"),
                Some(format!("was {}", quoted(a))),
                values,
            ),
            _ => {}
        }
    }

    /// Several text settings, each at `(pointer, what)`, placed by `path`.
    fn text_settings(
        &mut self,
        path: &dyn Fn(&str) -> String,
        label: &str,
        (a, b): (&Value, &Value),
        settings: &[(&str, &str)],
    ) {
        for (pointer, what) in settings {
            self.text_setting(
                path(pointer),
                what,
                label,
                text(a, pointer),
                text(b, pointer),
            );
        }
    }

    /// A file's format version (at `format`) and its text settings.
    fn header(
        &mut self,
        path: &dyn Fn(&str) -> String,
        label: &str,
        (a, b): (&Value, &Value),
        format: &str,
        settings: &[(&str, &str)],
    ) {
        self.format(path(format), label, text(a, format), text(b, format));
        self.text_settings(path, label, (a, b), settings);
    }

    /// A format version: `v1.0 → v1.7`.
    fn format(&mut self, path: String, label: &str, old: Option<&str>, new: Option<&str>) {
        if old != new {
            let words = |v: Option<&str>| v.unwrap_or("none").to_string();
            self.say(
                ChangeKind::Changed,
                path,
                format!("the format version of {label}"),
                Some(format!("from {} to {}", words(old), words(new))),
                (old.map(Value::from), new.map(Value::from)),
            );
        }
    }

    /// Added and removed names: one line each.
    fn names_added_removed(
        &mut self,
        path: &str,
        what: &str,
        label: &str,
        old: &[String],
        new: &[String],
    ) {
        for name in old.iter().filter(|n| !new.contains(n)) {
            self.say(
                ChangeKind::Removed,
                path.to_string(),
                format!("{what} from {label}"),
                Some(name.clone()),
                (Some(Value::from(name.as_str())), None),
            );
        }
        for name in new.iter().filter(|n| !old.contains(n)) {
            self.say(
                ChangeKind::Added,
                path.to_string(),
                format!("{what} to {label}"),
                Some(name.clone()),
                (None, Some(Value::from(name.as_str()))),
            );
        }
    }

    /// "Changed other settings of …: behavior overrides, sensitivity label" for the
    /// top-level keys not told by their own line; or, when nothing at all was said of a
    /// file that differs, "Changed other details of …".
    fn others(
        &mut self,
        path: String,
        label: &str,
        (old, new): (&Value, &Value),
        told: &[&str],
        before: usize,
    ) {
        let keys: BTreeSet<&String> = old
            .as_object()
            .into_iter()
            .chain(new.as_object())
            .flat_map(|map| map.keys())
            .collect();
        let other: Vec<String> = keys
            .into_iter()
            // The schema link follows the format, said on its own line.
            .filter(|key| !told.contains(&key.as_str()) && key.as_str() != "$schema")
            .filter(|key| match (old.get(key.as_str()), new.get(key.as_str())) {
                (Some(a), Some(b)) => !semantic_eq(a, b),
                (None, None) => false,
                _ => true,
            })
            .map(|key| key_words(key))
            .collect();
        if !other.is_empty() {
            self.say(
                ChangeKind::Changed,
                path,
                format!("other settings of {label}"),
                Some(and_list(&other)),
                (None, None),
            );
        } else if self.out.len() == before && !semantic_eq(old, new) {
            self.say(
                ChangeKind::Changed,
                path,
                format!("other details of {label}"),
                None,
                (None, None),
            );
        }
    }

    /// The manifest's agent entries, and through them the agent files.
    fn manifest(&mut self) {
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
                let label = format!("action {}", crate::plain::quote(id));
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
                let label = crate::fields::top_level(field)
                    .map_or_else(|| key_words(field), |f| f.label.to_string());
                // "Copilot" is a name; "Agent skills" is not, mid-sentence.
                let label = if label.starts_with("Copilot") {
                    label
                } else {
                    label.to_lowercase()
                };
                self.say(
                    ChangeKind::Changed,
                    format!("/{field}"),
                    format!("other settings of {label}"),
                    None,
                    (a, b),
                );
            }
        }
    }

    /// One DA entry of the manifest: added, removed, moved to another file, and its file.
    fn agent_entry(&mut self, path: &str, old: Option<&Value>, new: Option<&Value>, moved: bool) {
        let (a, b) = (entry_file(self.old, old), entry_file(self.new, new));
        let id = new.or(old).and_then(|e| text(e, "/id")).unwrap_or("agent");
        let name = name_of(doc(&b), "/name").or_else(|| name_of(doc(&a), "/name"));
        let label = match &name {
            Some(name) => format!("agent {}", crate::plain::quote(name)),
            None => format!("agent {}", crate::plain::quote(id)),
        };
        match (old, new) {
            (None, Some(entry)) => self.say(
                ChangeKind::Added,
                path.to_string(),
                format!("a Copilot {label}"),
                doc(&b)
                    .and_then(|d| text(d, "/description"))
                    .map(|d| shorten(d, crate::plain::SHORT_LENGTH)),
                (None, Some(entry.clone())),
            ),
            (Some(entry), None) => self.say(
                ChangeKind::Removed,
                path.to_string(),
                format!("the Copilot {label}"),
                None,
                (Some(entry.clone()), None),
            ),
            (Some(x), Some(y)) => {
                if moved {
                    self.say(
                        ChangeKind::Changed,
                        path.to_string(),
                        format!("how the manifest declares {label}"),
                        Some(
                            "from its preview form (Copilot extensions) to Copilot agents"
                                .to_string(),
                        ),
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

    /// Two versions of one declarative agent.
    fn agent(&mut self, old_file: &str, new_file: &str, label: &str) {
        let Some((a, b)) = self.documents(old_file, new_file) else {
            return;
        };
        let before = self.out.len();
        let here = |pointer: &str| at(new_file, pointer);
        self.header(
            &here,
            label,
            (a, b),
            "/version",
            &[
                ("/name", "name"),
                ("/description", "description"),
                ("/disclaimer/text", "disclaimer"),
            ],
        );
        self.instructions(here("/instructions"), label, a, b);
        self.capabilities(&here("/capabilities"), label, a, b);
        self.starters(&here("/conversation_starters"), label, a, b);
        for (key, x, y, index) in pair_entries(list(a, "/actions"), list(b, "/actions"), "id") {
            let _ = key;
            let files = (
                x.and_then(|x| text(x, "/file")),
                y.and_then(|y| text(y, "/file")),
            );
            let path = here(&format!("/actions/{index}"));
            self.action_of(&path, (old_file, new_file), files, label);
        }
        self.workers(new_file, (old_file, a), b, label);
        // DA v1.9: skill folders, by their folder as written.
        let folders = |doc: &Value| -> Vec<String> {
            list(doc, "/agent_skills")
                .iter()
                .filter_map(|skill| text(skill, "/folder"))
                .map(quoted)
                .collect()
        };
        self.names_added_removed(
            &here("/agent_skills"),
            "a skill",
            label,
            &folders(a),
            &folders(b),
        );
        self.others(
            here(""),
            label,
            (a, b),
            &[
                "version",
                "name",
                "description",
                "disclaimer",
                "instructions",
                "capabilities",
                "conversation_starters",
                "actions",
                "worker_agents",
                "agent_skills",
                "id",
            ],
            before,
        );
    }

    fn instructions(&mut self, path: String, label: &str, a: &Value, b: &Value) {
        let (x, y) = (text(a, "/instructions"), text(b, "/instructions"));
        let chars = |t: &str| thousands(t.chars().count());
        let values = (x.map(Value::from), y.map(Value::from));
        let subject = format!("the instructions of {label}");
        match (x, y) {
            (Some(x), Some(y)) if x != y => {
                let detail = if x.chars().count() == y.chars().count() {
                    format!("new wording, still {} characters", chars(y))
                } else {
                    format!("from {} to {} characters", chars(x), chars(y))
                };
                self.say(ChangeKind::Changed, path, subject, Some(detail), values);
            }
            (None, Some(y)) => self.say(
                ChangeKind::Added,
                path,
                subject,
                Some(format!("{} characters", chars(y))),
                values,
            ),
            (Some(x), None) => self.say(
                ChangeKind::Removed,
                path,
                subject,
                Some(format!("were {} characters", chars(x))),
                values,
            ),
            _ => {}
        }
    }

    fn capabilities(&mut self, path: &str, label: &str, a: &Value, b: &Value) {
        let named = |doc: &Value| -> BTreeMap<String, Value> {
            list(doc, "/capabilities")
                .iter()
                .filter_map(|c| Some((text(c, "/name")?.to_string(), c.clone())))
                .collect()
        };
        let (x, y) = (named(a), named(b));
        let removed: Vec<String> = x.keys().filter(|k| !y.contains_key(*k)).cloned().collect();
        let added: Vec<String> = y.keys().filter(|k| !x.contains_key(*k)).cloned().collect();
        for (kind, names, words) in [
            (ChangeKind::Removed, removed, "a capability from"),
            (ChangeKind::Added, added, "a capability to"),
        ] {
            for name in names {
                self.say(
                    kind,
                    path.to_string(),
                    format!("{words} {label}"),
                    Some(capability_name(&name)),
                    match kind {
                        ChangeKind::Added => (None, Some(Value::from(name))),
                        _ => (Some(Value::from(name)), None),
                    },
                );
            }
        }
        for (name, old) in &x {
            if let Some(new) = y.get(name)
                && !semantic_eq(old, new)
            {
                self.say(
                    ChangeKind::Changed,
                    path.to_string(),
                    format!("the {} settings of {label}", capability_name(name)),
                    None,
                    (None, None),
                );
            }
        }
    }

    fn starters(&mut self, path: &str, label: &str, a: &Value, b: &Value) {
        let titles = |doc: &Value| -> Vec<(String, String)> {
            list(doc, "/conversation_starters")
                .iter()
                .filter_map(|s| {
                    let said = text(s, "/text").unwrap_or_default();
                    let title = text(s, "/title").unwrap_or(said);
                    Some((title.to_string(), said.to_string())).filter(|(t, _)| !t.is_empty())
                })
                .collect()
        };
        let (x, y) = (titles(a), titles(b));
        let names = |items: &[(String, String)]| -> Vec<String> {
            items.iter().map(|(title, _)| quoted(title)).collect()
        };
        self.names_added_removed(
            path,
            "a conversation starter",
            label,
            &names(&x),
            &names(&y),
        );
        // Starters that share a title are told apart by their text: one found unchanged
        // on the other side is not changed; the rest pair up by title, in order.
        let unchanged =
            |entry: &(String, String), other: &[(String, String)]| other.contains(entry);
        let mut y_left: Vec<&(String, String)> =
            y.iter().filter(|entry| !unchanged(entry, &x)).collect();
        for (title, said) in x.iter().filter(|entry| !unchanged(entry, &y)) {
            let Some(at) = y_left.iter().position(|(t, _)| t == title) else {
                continue;
            };
            let (_, now) = y_left.remove(at);
            {
                self.say(
                    ChangeKind::Changed,
                    path.to_string(),
                    format!("the conversation starter {} of {label}", quoted(title)),
                    Some(format!("from {} to {}", quoted(said), quoted(now))),
                    (
                        Some(Value::from(said.as_str())),
                        Some(Value::from(now.as_str())),
                    ),
                );
            }
        }
    }

    fn workers(&mut self, new_file: &str, (old_file, a): (&str, &Value), b: &Value, label: &str) {
        let keyed = |holder: &str, doc: &Value| -> Vec<(String, Option<String>)> {
            list(doc, "/worker_agents")
                .iter()
                .filter_map(|w| {
                    let file = text(w, "/file").and_then(|f| resolve(holder, f));
                    let key = text(w, "/id")
                        .map(str::to_string)
                        .or_else(|| file.clone())?;
                    Some((key, file))
                })
                .collect()
        };
        let (x, y) = (keyed(old_file, a), keyed(new_file, b));
        let worker_name = |side: &AgentSide<'_>, key: &str, file: &Option<String>| {
            let doc = file.as_deref().and_then(|f| side.doc(f));
            crate::plain::quote(&name_of(doc, "/name").unwrap_or_else(|| key.to_string()))
        };
        let path = at(new_file, "/worker_agents");
        for (key, file) in &x {
            match y.iter().find(|(k, _)| k == key) {
                Some((_, new)) => {
                    if let (Some(old), Some(new)) = (file, new) {
                        let name = worker_name(self.new, key, &Some(new.clone()));
                        self.agent(old, new, &format!("agent {name}"));
                    }
                }
                None => {
                    let name = worker_name(self.old, key, file);
                    self.say(
                        ChangeKind::Removed,
                        path.clone(),
                        format!("a worker agent from {label}"),
                        Some(name),
                        (Some(Value::from(key.as_str())), None),
                    );
                }
            }
        }
        for (key, file) in &y {
            if !x.iter().any(|(k, _)| k == key) {
                let name = worker_name(self.new, key, file);
                self.say(
                    ChangeKind::Added,
                    path.clone(),
                    format!("a worker agent to {label}"),
                    Some(name),
                    (None, Some(Value::from(key.as_str()))),
                );
            }
        }
    }

    /// One action of a DA: added, removed, or its plugin compared.
    fn action_of(
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
    fn action(
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
    fn plugin(&mut self, old_file: &str, new_file: &str, label: &str) {
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

    fn functions(&mut self, path: &str, label: &str, a: &Value, b: &Value) {
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
    fn runtime(
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
    fn openapi(&mut self, old_file: &str, new_file: &str, label: &str, servers: bool) {
        let Some((a, b)) = self.documents(old_file, new_file) else {
            return;
        };
        if std::ptr::eq(a, b) {
            return; // the same file on both sides, loaded once
        }
        let before = self.out.len();
        /// Each operation of a document by "METHOD /path", with its operationId.
        fn operations(doc: &Value) -> BTreeMap<String, (Option<String>, &Value)> {
            super::openapi::operations(doc)
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
    fn tools(&mut self, old_file: &str, new_file: &str, label: &str) {
        if let Some((a, b)) = self.documents(old_file, new_file) {
            self.tool_lists(&at(new_file, ""), label, a, b);
        }
    }

    /// Tools added or removed between two MCP tool lists (`{"tools": [{"name"…}]}`).
    fn tool_lists(&mut self, path: &str, label: &str, a: &Value, b: &Value) {
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

    /// The custom engine agents (`copilotAgents.customEngineAgents`).
    fn custom_engine_agents(&mut self) {
        let list_pointer = "/copilotAgents/customEngineAgents";
        let label = "the custom engine agent";
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
                    "a custom engine agent (it answers through the app's bot)".to_string(),
                    None,
                    (None, Some(entry.clone())),
                ),
                (Some(entry), None) => self.say(
                    ChangeKind::Removed,
                    path,
                    "the custom engine agent".to_string(),
                    None,
                    (Some(entry.clone()), None),
                ),
                (Some(x), Some(y)) => {
                    let before = self.out.len();
                    self.text_setting(
                        format!("{path}/disclaimer"),
                        "disclaimer",
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
    fn connectors(&mut self) {
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
            let label = format!("agent connector {}", crate::plain::quote(&name));
            let server = |c: &Value| connector_url(c).and_then(host);
            match (a, b) {
                (None, Some(entry)) => self.say(
                    ChangeKind::Added,
                    path,
                    format!("an {label}"),
                    server(entry).map(|h| format!("it calls {h}")),
                    (None, Some(entry.clone())),
                ),
                (Some(entry), None) => self.say(
                    ChangeKind::Removed,
                    path,
                    format!("the {label}"),
                    None,
                    (Some(entry.clone()), None),
                ),
                (Some(x), Some(y)) => self.connector(&path, &label, x, y),
                (None, None) => {}
            }
        }
    }

    fn connector(&mut self, path: &str, label: &str, x: &Value, y: &Value) {
        let before = self.out.len();
        self.text_settings(
            &|pointer: &str| format!("{path}{pointer}"),
            label,
            (x, y),
            &[("/displayName", "name"), ("/description", "description")],
        );
        let (ha, hb) = (
            connector_url(x).and_then(host),
            connector_url(y).and_then(host),
        );
        if ha != hb {
            let words = |h: Option<String>| h.unwrap_or_else(|| "none".to_string());
            self.say(
                ChangeKind::Changed,
                format!("{path}/toolSource"),
                format!("the MCP server of {label}"),
                Some(format!("from {} to {}", words(ha), words(hb))),
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
        if sa != sb {
            self.say(
                ChangeKind::Changed,
                format!("{path}/toolSource"),
                format!("sign-in of {label}"),
                Some(format!("from {sa} to {sb}")),
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
    fn skills(&mut self) {
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
                    "an agent skill".to_string(),
                    Some(format!("folder {}", folder(entry))),
                    (None, Some(entry.clone())),
                ),
                (Some(entry), None) => self.say(
                    ChangeKind::Removed,
                    path,
                    "an agent skill".to_string(),
                    Some(format!("folder {}", folder(entry))),
                    (Some(entry.clone()), None),
                ),
                (Some(x), Some(y)) if !semantic_eq(x, y) => self.say(
                    ChangeKind::Changed,
                    path,
                    format!("the agent skill in folder {}", folder(y)),
                    Some(format!("from {} to {}", folder(x), folder(y))),
                    (Some(x.clone()), Some(y.clone())),
                ),
                _ => {}
            }
        }
    }

    /// The agentic user templates, by their `id`.
    fn agentic_users(&mut self) {
        for (key, a, b, index) in pair_entries(
            list(self.old.manifest, "/agenticUserTemplates"),
            list(self.new.manifest, "/agenticUserTemplates"),
            "id",
        ) {
            let path = format!("/agenticUserTemplates/{index}");
            let label = format!("the agentic user template {}", crate::plain::quote(&key));
            match (a, b) {
                (None, Some(entry)) => self.say(
                    ChangeKind::Added,
                    path,
                    format!("an agentic user template {}", crate::plain::quote(&key)),
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
    fn file_details(&mut self, old_file: &str, new_file: &str, label: &str) {
        if let Some((a, b)) = self.documents(old_file, new_file)
            && !semantic_eq(a, b)
        {
            self.say(
                ChangeKind::Changed,
                at(new_file, ""),
                format!("other details of {label}"),
                None,
                (None, None),
            );
        }
    }

    /// Loaded files no pairing above reached (an Adaptive Card of a function, the API
    /// description of a message extension): compared with the file of the same name.
    fn leftovers(&mut self) {
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
                UseKind::DeclarativeAgent => format!("the agent in {name}"),
                UseKind::Plugin => format!("the action in {name}"),
                UseKind::OpenApi => format!("the API description {name}"),
                UseKind::McpToolDescription => format!("the MCP tool list {name}"),
                UseKind::AdaptiveCard => format!("the card template {name}"),
                UseKind::ResponseTemplate => format!("the response template {name}"),
                UseKind::AgenticUserTemplate => format!("the agentic user template in {name}"),
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A version with its files' documents and kinds.
    struct Version {
        manifest: Value,
        files: BTreeMap<String, (UseKind, Value)>,
    }

    fn version(manifest: Value, files: &[(&str, UseKind, Value)]) -> Version {
        Version {
            manifest,
            files: files
                .iter()
                .map(|(name, kind, doc)| (name.to_string(), (*kind, doc.clone())))
                .collect(),
        }
    }

    fn lines(old: &Version, new: &Version) -> Vec<String> {
        compared(old, new)
            .changes
            .iter()
            .map(|c| crate::describe::describe(c).sentence())
            .collect()
    }

    fn compared(old: &Version, new: &Version) -> Compared {
        let docs_old = |name: &str| old.files.get(name).map(|(_, d)| d);
        let docs_new = |name: &str| new.files.get(name).map(|(_, d)| d);
        let side = |v: &'_ Version| -> BTreeMap<String, UseKind> {
            v.files.iter().map(|(n, (k, _))| (n.clone(), *k)).collect()
        };
        let a = AgentSide {
            manifest: &old.manifest,
            kinds: side(old),
            document: &docs_old,
        };
        let b = AgentSide {
            manifest: &new.manifest,
            kinds: side(new),
            document: &docs_new,
        };
        compare(&a, &b)
    }

    fn da_manifest(id: &str, file: &str) -> Value {
        json!({"copilotAgents": {"declarativeAgents": [{"id": id, "file": file}]}})
    }

    #[test]
    fn a_renamed_agent_file_is_paired_by_its_entry_id() {
        let old = version(
            da_manifest("tasks", "declarativeAgent.json"),
            &[(
                "declarativeAgent.json",
                UseKind::DeclarativeAgent,
                json!({"version": "v1.0", "name": "Tasks", "instructions": "x".repeat(1204),
                       "capabilities": [{"name": "WebSearch"}, {"name": "GraphicArt"}]}),
            )],
        );
        let new = version(
            da_manifest("tasks", "agents/tasks.json"),
            &[(
                "agents/tasks.json",
                UseKind::DeclarativeAgent,
                json!({"version": "v1.7", "name": "Contoso Tasks", "instructions": "y".repeat(1530),
                       "capabilities": [{"name": "WebSearch"}, {"name": "CodeInterpreter"}]}),
            )],
        );
        assert_eq!(
            lines(&old, &new),
            [
                "Changed the file of agent \"Contoso Tasks\": from declarativeAgent.json to agents/tasks.json",
                "Changed the format version of agent \"Contoso Tasks\": from v1.0 to v1.7",
                "Changed the name of agent \"Contoso Tasks\": from \"Tasks\" to \"Contoso Tasks\"",
                "Changed the instructions of agent \"Contoso Tasks\": from 1,204 to 1,530 characters",
                "Removed a capability from agent \"Contoso Tasks\": image generation",
                "Added a capability to agent \"Contoso Tasks\": code interpreter",
            ]
        );
        let paths: Vec<String> = compared(&old, &new)
            .changes
            .iter()
            .map(|c| c.path.clone())
            .collect();
        assert_eq!(paths[1], "agents/tasks.json#/version");
        assert_eq!(paths[0], "/copilotAgents/declarativeAgents/0/file");
    }

    #[test]
    fn entries_without_ids_pair_by_place_and_added_agents_are_named() {
        let manifest =
            |file: &str| json!({"copilotAgents": {"declarativeAgents": [{"file": file}]}});
        let doc = json!({"name": "Helper", "description": "Helps."});
        let old = version(
            manifest("a.json"),
            &[("a.json", UseKind::DeclarativeAgent, doc.clone())],
        );
        let new = version(
            manifest("b.json"),
            &[("b.json", UseKind::DeclarativeAgent, doc.clone())],
        );
        assert_eq!(
            lines(&old, &new),
            ["Changed the file of agent \"Helper\": from a.json to b.json"]
        );
        let none = version(json!({}), &[]);
        assert_eq!(
            lines(&none, &new),
            ["Added a Copilot agent \"Helper\": Helps."]
        );
        assert_eq!(lines(&new, &none), ["Removed the Copilot agent \"Helper\""]);
    }

    #[test]
    fn starters_actions_workers_and_texts() {
        let plugin = |name: &str| json!({"name_for_human": name, "functions": []});
        let old = version(
            da_manifest("a", "da.json"),
            &[
                (
                    "da.json",
                    UseKind::DeclarativeAgent,
                    json!({"name": "A", "description": "Old words",
                           "conversation_starters": [{"title": "List", "text": "List my tasks"}, {"text": "Help"}],
                           "actions": [{"id": "p1", "file": "p1.json"}],
                           "worker_agents": [{"id": "w"}],
                           "agent_skills": [{"folder": "skills/triage"}, {"folder": "skills/report"}]}),
                ),
                ("p1.json", UseKind::Plugin, plugin("Tasks API")),
            ],
        );
        let new = version(
            da_manifest("a", "da.json"),
            &[
                (
                    "da.json",
                    UseKind::DeclarativeAgent,
                    json!({"name": "A", "description": "New words", "disclaimer": {"text": "Beta"},
                           "conversation_starters": [{"title": "List", "text": "Show my tasks"}, {"text": "Create a task"}],
                           "actions": [{"id": "p1", "file": "p1.json"}, {"id": "p2", "file": "p2.json"}],
                           "worker_agents": [{"id": "v"}], "sensitivity_label": {"id": "x"},
                           "agent_skills": [{"folder": "skills/report"}, {"folder": "skills/notes"}]}),
                ),
                ("p1.json", UseKind::Plugin, plugin("Tasks API")),
                ("p2.json", UseKind::Plugin, plugin("Projects API")),
            ],
        );
        assert_eq!(
            lines(&old, &new),
            [
                "Changed the description of agent \"A\": from \"Old words\" to \"New words\"",
                "Added a disclaimer to agent \"A\": \"Beta\"",
                "Removed a conversation starter from agent \"A\": \"Help\"",
                "Added a conversation starter to agent \"A\": \"Create a task\"",
                "Changed the conversation starter \"List\" of agent \"A\": from \"List my tasks\" to \"Show my tasks\"",
                "Added an action to agent \"A\": \"Projects API\"",
                "Removed a worker agent from agent \"A\": \"w\"",
                "Added a worker agent to agent \"A\": \"v\"",
                "Removed a skill from agent \"A\": \"skills/triage\"",
                "Added a skill to agent \"A\": \"skills/notes\"",
                "Changed other settings of agent \"A\": sensitivity label",
            ]
        );
    }

    fn plugin_pair(
        old_plugin: Value,
        new_plugin: Value,
        old_api: Value,
        new_api: Value,
    ) -> Vec<String> {
        let side = |plugin: Value, api: Value| {
            version(
                da_manifest("a", "da.json"),
                &[
                    (
                        "da.json",
                        UseKind::DeclarativeAgent,
                        json!({"name": "A", "actions": [{"id": "p", "file": "plugin.json"}]}),
                    ),
                    ("plugin.json", UseKind::Plugin, plugin),
                    ("api.yaml", UseKind::OpenApi, api),
                ],
            )
        };
        lines(&side(old_plugin, old_api), &side(new_plugin, new_api))
    }

    #[test]
    fn plugins_say_functions_sign_in_servers_and_operations() {
        let runtime =
            |auth: Value| json!([{"type": "OpenApi", "auth": auth, "spec": {"url": "api.yaml"}}]);
        let api = |host: &str, extra: bool| {
            let mut paths = json!({"/tasks": {"get": {"operationId": "listTasks"}}});
            if extra {
                paths["/tasks"]["post"] = json!({"operationId": "createTask"});
            }
            json!({"openapi": "3.0.0", "servers": [{"url": format!("https://{host}/v1")}], "paths": paths})
        };
        let said = plugin_pair(
            json!({"schema_version": "v2.1", "name_for_human": "Tasks API",
                   "functions": [{"name": "listTasks"}], "runtimes": runtime(json!({"type": "None"}))}),
            json!({"schema_version": "v2.4", "name_for_human": "Tasks API",
                   "functions": [{"name": "listTasks"}, {"name": "createTask", "description_for_human": "Create a task"}],
                   "runtimes": runtime(json!({"type": "OAuthPluginVault", "reference_id": "abcdefghijklmnopqrstuvwxyz"}))}),
            api("old.contoso.example", false),
            api("api.contoso.example", true),
        );
        assert_eq!(
            said,
            [
                "Changed the format version of action \"Tasks API\": from v2.1 to v2.4",
                "Added a function to action \"Tasks API\": createTask (Create a task)",
                "Changed sign-in of action \"Tasks API\": from none to OAuth (reference id abcdefghijklmnopqrstuvwxyz)",
                "Changed the server of action \"Tasks API\": from old.contoso.example to api.contoso.example",
                "Added an operation to the API of action \"Tasks API\": POST /tasks (createTask)",
            ]
        );
    }

    #[test]
    fn mcp_servers_added_and_removed_and_unexplained_differences() {
        let mcp = |host: &str| json!({"type": "RemoteMCPServer", "auth": {"type": "None"}, "spec": {"url": format!("https://{host}/mcp")}});
        let said = plugin_pair(
            json!({"name_for_human": "T", "runtimes": [mcp("one.example")]}),
            json!({"name_for_human": "T", "runtimes": [mcp("one.example"), mcp("two.example")]}),
            json!({}),
            json!({}),
        );
        assert_eq!(said, ["Added an MCP server to action \"T\": two.example"]);
        let said = plugin_pair(
            json!({"name_for_human": "T", "runtimes": [{"type": "OpenApi", "spec": {"url": "api.yaml"}}]}),
            json!({"name_for_human": "T", "runtimes": [{"type": "OpenApi", "spec": {"url": "api.yaml"}}]}),
            json!({"openapi": "3.0.0", "info": {"title": "a"}}),
            json!({"openapi": "3.0.0", "info": {"title": "b"}}),
        );
        assert_eq!(said, ["Changed other details of the API of action \"T\""]);
    }

    #[test]
    fn manifest_entries_are_said_with_their_names() {
        let old = version(
            json!({"agentConnectors": [{"id": "c", "displayName": "Tasks MCP",
                    "toolSource": {"remoteMcpServer": {"mcpServerUrl": "https://old.example/mcp"}}}],
                   "agentSkills": [{"folder": "skills/a"}]}),
            &[],
        );
        let new = version(
            json!({"agentConnectors": [{"id": "c", "displayName": "Tasks MCP",
                    "toolSource": {"remoteMcpServer": {"mcpServerUrl": "https://new.example/mcp",
                        "authorization": {"type": "OAuthPluginVault", "referenceId": "ref"}}}},
                   {"id": "d", "displayName": "Docs", "toolSource": {"remoteMcpServer": {"mcpServerUrl": "https://docs.example"}}}],
                   "agentSkills": [{"folder": "skills/b"}],
                   "agenticUserTemplates": [{"id": "helper", "file": "helper.json"}],
                   "copilotAgents": {"customEngineAgents": [{"id": "b", "type": "bot"}]}}),
            &[],
        );
        assert_eq!(
            lines(&old, &new),
            [
                "Added a custom engine agent (it answers through the app's bot)",
                "Changed the MCP server of agent connector \"Tasks MCP\": from old.example to new.example",
                "Changed sign-in of agent connector \"Tasks MCP\": from none to OAuth (reference id ref)",
                "Added an agent connector \"Docs\": it calls docs.example",
                "Removed an agent skill: folder skills/a",
                "Added an agent skill: folder skills/b",
                "Added an agentic user template \"helper\"",
            ]
        );
        for change in compared(&old, &new).changes {
            assert_eq!(change.area, Area::Agent);
            assert!(!crate::describe::describe(&change).sentence().contains('›'));
        }
    }

    #[test]
    fn an_agent_moved_out_of_the_preview_field_is_one_agent() {
        let old = version(
            json!({"manifestVersion": "devPreview", "copilotExtensions": {
                "declarativeCopilots": [{"id": "a", "file": "da.json"}],
                "plugins": [{"id": "p", "file": "one.json"}]}}),
            &[],
        );
        let new = version(
            json!({"copilotAgents": {"declarativeAgents": [{"id": "a", "file": "agent.json"}]},
                   "copilotExtensions": {"plugins": [{"id": "p", "file": "two.json"}]}}),
            &[],
        );
        assert_eq!(
            lines(&old, &new),
            [
                "Changed how the manifest declares agent \"a\": from its preview form (Copilot extensions) to Copilot agents",
                "Changed the file of agent \"a\": from da.json to agent.json",
                "Changed the file of action \"p\": from one.json to two.json",
            ]
        );
        let odd = version(json!({"agentSkills": {"folder": "x"}}), &[]);
        assert_eq!(
            lines(&old, &odd),
            [
                "Removed the Copilot agent \"a\"",
                "Removed an action from the app's Copilot extension: \"one.json\"",
                "Changed other settings of agent skills",
            ]
        );
    }

    #[test]
    fn raw_lines_give_way_to_the_worded_ones() {
        let manifest = |file: &str| json!({"version": "1", "copilotAgents": {"declarativeAgents": [{"id": "a", "file": file}]}});
        let (old, new) = (manifest("a.json"), manifest("b.json"));
        let mut raw = crate::changes::diff(&old, &new, &BTreeMap::new(), &BTreeMap::new());
        raw.push(Change {
            path: "b.json".to_string(),
            pointer: "b.json".to_string(),
            kind: ChangeKind::Added,
            area: Area::PackageFile,
            old: None,
            new: Some(json!(10)),
            words: None,
        });
        raw.push(Change {
            path: "image.png".to_string(),
            pointer: "image.png".to_string(),
            kind: ChangeKind::Added,
            area: Area::PackageFile,
            old: None,
            new: Some(json!(10)),
            words: None,
        });
        drop_raw(&mut raw, &BTreeSet::from(["b.json".to_string()]));
        let paths: Vec<&str> = raw.iter().map(|c| c.path.as_str()).collect();
        assert_eq!(paths, ["image.png"]);
    }

    #[test]
    fn helpers() {
        assert_eq!(thousands(1204), "1,204");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(
            capability_name("OneDriveAndSharePoint"),
            "SharePoint and OneDrive files"
        );
        assert_eq!(capability_name("NewThing"), "NewThing");
        assert_eq!(key_words("description_for_model"), "description for model");
        assert_eq!(key_words("behaviorOverrides"), "behavior overrides");
        assert_eq!(
            host("https://API.example:443/x"),
            Some("api.example".to_string())
        );
        assert_eq!(host("${{URL}}/x"), None);
        assert_eq!(host("/api"), None);
    }
}
