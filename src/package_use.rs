//! The files a package uses (`agents.md` §1): the files the manifest names, the
//! files those name in turn (declarative agents name plugins and worker agents,
//! plugins name OpenAPI documents, MCP tool descriptions and Adaptive Cards),
//! every file of a named skill folder, and the files `$[file('…')]` directives
//! name inside agent texts.
//!
//! One function, [`used_files`], answers it for both the store's
//! `package-extra-files` warning (so it never names a used file) and the fixed
//! copy (which leaves out only unused files), and for [`crate::agents::AgentFiles`]
//! (the agent files read and checked). Every file of a loaded kind (the JSON kinds
//! and OpenAPI documents) is read; only declarative agents and plugins name further
//! files.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use serde_json::Value;

use crate::message::Message;
use crate::msg;
use crate::template::has_placeholder;

/// Largest agent file read to follow its references: 4 MiB (as for a manifest).
pub const MAX_FOLLOWED_BYTES: usize = 4 * 1024 * 1024;
/// Most agent files read per package, counted breadth-first from the manifest.
pub const MAX_FOLLOWED_FILES: usize = 64;

/// What kind of file a reference names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum UseKind {
    /// An icon, an image, a localization file or any other file that is not followed.
    Plain,
    /// A declarative agent (followed).
    DeclarativeAgent,
    /// An API plugin (followed).
    Plugin,
    /// An OpenAPI document.
    OpenApi,
    /// An MCP tool description.
    McpToolDescription,
    /// An API response rendering template (named by the manifest).
    ResponseTemplate,
    /// An Adaptive Card (a plugin function's static template).
    AdaptiveCard,
    /// An agentic user template.
    AgenticUserTemplate,
    /// A skill folder: every entry under it is used.
    SkillFolder,
}

/// One reference from a file of the package to another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The file that holds the reference (`manifest.json` for the manifest).
    pub holder: String,
    /// JSON pointer to the reference in its holder.
    pub pointer: String,
    /// The path as written.
    pub written: String,
    /// The package entry (or folder) it resolves to; `None` when it is not a package path.
    pub target: Option<String>,
    /// What kind of file it names.
    pub kind: UseKind,
    /// True for a `$[file('…')]` directive in a text (the directive is a placeholder
    /// finding; a missing target adds no finding of its own).
    pub from_directive: bool,
}

impl UseKind {
    /// True for the kinds whose files are read and checked (`agents.md` §1): the JSON
    /// kinds and OpenAPI documents. Plain files and skill folders are not read.
    pub fn is_loaded(self) -> bool {
        !matches!(self, UseKind::Plain | UseKind::SkillFolder)
    }

    /// True for the kinds that name further files (declarative agents and plugins).
    pub fn is_followed(self) -> bool {
        matches!(self, UseKind::DeclarativeAgent | UseKind::Plugin)
    }
}

/// The answer of [`used_files`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UsedFiles {
    /// Every package entry the package uses (`manifest.json` included).
    pub used: BTreeSet<String>,
    /// Every reference found, in the order they were followed.
    pub references: Vec<Reference>,
    /// The files of a loaded kind ([`UseKind::is_loaded`]) that were read, with their
    /// bytes (a file that could not be read, or is larger than [`MAX_FOLLOWED_BYTES`],
    /// has none).
    pub read: BTreeMap<String, Vec<u8>>,
    /// The kind of each file of a loaded kind, as the first reference to it says.
    pub kinds: BTreeMap<String, UseKind>,
    /// The reference that would have read one file more than [`MAX_FOLLOWED_FILES`]:
    /// its target is not used and no later reference was followed.
    pub over_limit: Option<Reference>,
}

/// The manifest's name at the root of a package.
const MANIFEST: &str = "manifest.json";

/// The files a package uses, starting at the manifest document. `entries` are
/// the package's file entries; `read` gives an entry's bytes (`None` when it cannot
/// be read or is larger than [`MAX_FOLLOWED_BYTES`]). Every file of a loaded kind is
/// read, breadth-first, at most [`MAX_FOLLOWED_FILES`] of them; the references of
/// declarative agents and plugins are followed.
pub fn used_files(
    manifest: &Value,
    entries: &[&str],
    mut read: impl FnMut(&str) -> Option<Vec<u8>>,
) -> UsedFiles {
    let names: BTreeSet<&str> = entries.iter().copied().collect();
    let mut answer = UsedFiles::default();
    answer.used.insert(MANIFEST.to_string());
    let mut queue: VecDeque<(String, UseKind)> = VecDeque::new();
    let mut budget = MAX_FOLLOWED_FILES;
    let mut take = |answer: &mut UsedFiles, found: Vec<Reference>, queue: &mut VecDeque<_>| {
        for reference in found {
            if answer.over_limit.is_some() {
                return;
            }
            if let Some(target) = &reference.target {
                if reference.kind == UseKind::SkillFolder {
                    let prefix = format!("{target}/");
                    answer.used.extend(
                        names
                            .iter()
                            .filter(|name| name.starts_with(&prefix))
                            .map(|name| name.to_string()),
                    );
                } else if names.contains(target.as_str()) {
                    if reference.kind.is_loaded() && !answer.kinds.contains_key(target) {
                        if budget == 0 {
                            // The 65th file to read: not used, and nothing later is followed.
                            answer.over_limit = Some(reference.clone());
                            answer.references.push(reference);
                            return;
                        }
                        budget -= 1;
                        answer.kinds.insert(target.clone(), reference.kind);
                        queue.push_back((target.clone(), reference.kind));
                    }
                    answer.used.insert(target.clone());
                }
            }
            answer.references.push(reference);
        }
    };
    let found = manifest_references(manifest);
    take(&mut answer, found, &mut queue);
    while let Some((name, kind)) = queue.pop_front() {
        let Some(bytes) = read(&name).filter(|bytes| bytes.len() <= MAX_FOLLOWED_BYTES) else {
            continue;
        };
        let found = if kind.is_followed() {
            crate::json::parse_strict(&bytes)
                .ok()
                .filter(Value::is_object)
                .map(|document| agent_references(&name, &document, kind))
        } else {
            None
        };
        answer.read.insert(name, bytes);
        if let Some(found) = found {
            take(&mut answer, found, &mut queue);
        }
    }
    answer
}

/// The references in the manifest (`store-checks.md` rule 10 and `agents.md` §1).
fn manifest_references(document: &Value) -> Vec<Reference> {
    let mut found = Vec::new();
    for (pointer, path) in crate::manifest::files_named(document) {
        let kind = if pointer.starts_with("/copilotAgents/declarativeAgents/") {
            UseKind::DeclarativeAgent
        } else if pointer.ends_with("/apiSpecificationFile") {
            UseKind::OpenApi
        } else if pointer.ends_with("/apiResponseRenderingTemplateFile") {
            UseKind::ResponseTemplate
        } else if pointer.starts_with("/agenticUserTemplates/") {
            UseKind::AgenticUserTemplate
        } else {
            UseKind::Plain
        };
        add(&mut found, MANIFEST, pointer, path, kind);
    }
    let mut each = |list: &str, tail: &str, kind: UseKind| {
        each_in_list(&mut found, MANIFEST, document, list, tail, kind);
    };
    each(
        "/agentConnectors",
        "/toolSource/remoteMcpServer/mcpToolDescription/file",
        UseKind::McpToolDescription,
    );
    each(
        "/agentConnectors",
        "/toolSource/localMcpServer/mcpToolDescription/file",
        UseKind::McpToolDescription,
    );
    each(
        "/agentConnectors",
        "/toolSource/plugin/file",
        UseKind::Plugin,
    );
    each("/agentSkills", "/folder", UseKind::SkillFolder);
    each(
        "/meetingExtensionDefinition/scenes",
        "/file",
        UseKind::Plain,
    );
    each(
        "/meetingExtensionDefinition/scenes",
        "/preview",
        UseKind::Plain,
    );
    each(
        "/meetingExtensionDefinition/videoFilters",
        "/thumbnail",
        UseKind::Plain,
    );
    let preview = document
        .get("manifestVersion")
        .and_then(Value::as_str)
        .is_some_and(|format| format.eq_ignore_ascii_case("devPreview"));
    if preview {
        each(
            "/copilotExtensions/declarativeCopilots",
            "/file",
            UseKind::DeclarativeAgent,
        );
        each("/copilotExtensions/plugins", "/file", UseKind::Plugin);
    }
    found
}

/// The references in a declarative agent or a plugin named `holder`.
fn agent_references(holder: &str, document: &Value, kind: UseKind) -> Vec<Reference> {
    let mut found = Vec::new();
    let each = |found: &mut Vec<Reference>, list: &str, tail: &str, kind: UseKind| {
        each_in_list(found, holder, document, list, tail, kind);
    };
    match kind {
        UseKind::DeclarativeAgent => {
            each(&mut found, "/actions", "/file", UseKind::Plugin);
            each(
                &mut found,
                "/worker_agents",
                "/file",
                UseKind::DeclarativeAgent,
            );
            // DA v1.9: skill folders, resolved against the DA's folder.
            each(&mut found, "/agent_skills", "/folder", UseKind::SkillFolder);
            for (index, capability) in items(document, "/capabilities") {
                for (file, _) in items(capability, "/files") {
                    let pointer = format!("/capabilities/{index}/files/{file}/file");
                    if let Some(path) = document.pointer(&pointer).and_then(Value::as_str) {
                        add(&mut found, holder, pointer, path, UseKind::Plain);
                    }
                }
            }
        }
        UseKind::Plugin => {
            for (index, runtime) in items(document, "/runtimes") {
                if let Some(url) = runtime.pointer("/spec/url").and_then(Value::as_str)
                    && resolve(holder, url).is_some()
                {
                    add(
                        &mut found,
                        holder,
                        format!("/runtimes/{index}/spec/url"),
                        url,
                        UseKind::OpenApi,
                    );
                }
            }
            each(
                &mut found,
                "/runtimes",
                "/spec/mcp_tool_description/file",
                UseKind::McpToolDescription,
            );
            each(
                &mut found,
                "/functions",
                "/capabilities/response_semantics/static_template/file",
                UseKind::AdaptiveCard,
            );
        }
        _ => {}
    }
    for (pointer, text) in crate::json::texts_where(document, |text| text.contains("$[file(")) {
        for path in file_directives(text) {
            add(&mut found, holder, pointer.clone(), path, UseKind::Plain);
            if let Some(reference) = found.last_mut() {
                reference.from_directive = true;
            }
        }
    }
    found
}

/// The paths `$[file('p')]` or `$[file("p")]` directives in a text name.
pub fn file_directives(text: &str) -> Vec<&str> {
    let mut paths = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("$[file(") {
        rest = rest.get(at + "$[file(".len()..).unwrap_or_default();
        let Some(quote) = rest.chars().next().filter(|c| *c == '\'' || *c == '"') else {
            continue;
        };
        let inner = rest.get(1..).unwrap_or_default();
        if let Some(end) = inner.find(quote) {
            paths.push(inner.get(..end).unwrap_or_default());
            rest = inner.get(end + 1..).unwrap_or_default();
        }
    }
    paths
}

/// Up to `most` names, quoted, then how many more: `"a.txt", "b.png" and 3 more` (in the
/// quotation marks of the report's language).
pub fn quoted_names(names: &[&str], most: usize) -> Message {
    // File names and keys, not words: each between quotes, one after the other.
    let shown: Vec<String> = names
        .iter()
        .take(most)
        .map(|name| msg!("change-quoted", text = *name).text())
        .collect();
    msg!(
        "change-quoted-names",
        names = shown.join(", "),
        more = names.len().saturating_sub(most)
    )
}

/// Records one reference (a placeholder is left to the `placeholders` check: not followed).
fn add(found: &mut Vec<Reference>, holder: &str, pointer: String, path: &str, kind: UseKind) {
    let target = if has_placeholder(path) {
        None
    } else {
        resolve(holder, path)
    };
    found.push(Reference {
        holder: holder.to_string(),
        pointer,
        written: path.to_string(),
        target,
        kind,
        from_directive: false,
    });
}

/// Records the reference at `tail` in each object of the list at `list`.
fn each_in_list(
    found: &mut Vec<Reference>,
    holder: &str,
    document: &Value,
    list: &str,
    tail: &str,
    kind: UseKind,
) {
    for (index, item) in items(document, list) {
        if let Some(path) = item.pointer(tail).and_then(Value::as_str) {
            add(found, holder, format!("{list}/{index}{tail}"), path, kind);
        }
    }
}

/// The objects of the list at `pointer`, with their index.
fn items<'v>(document: &'v Value, pointer: &str) -> impl Iterator<Item = (usize, &'v Value)> {
    document
        .pointer(pointer)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
}

/// The package entry a path names from the file `holder` (`agents.md` §1,
/// "Resolving a path"), or `None` when it is not a package path.
pub fn resolve(holder: &str, path: &str) -> Option<String> {
    let path = path.strip_prefix("./").unwrap_or(path);
    let has_scheme = path.split_once(':').is_some_and(|(scheme, _)| {
        let mut chars = scheme.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'))
    });
    if has_scheme || path.starts_with('/') || path.contains('\\') || path.is_empty() {
        return None;
    }
    let mut parts: Vec<&str> = holder.split('/').collect();
    parts.pop(); // the holder's own name
    for segment in path.split('/') {
        match segment {
            "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn quoted_names_say_how_many_more() {
        assert_eq!(
            quoted_names(&["a.txt", "b.png"], 5).text(),
            "\"a.txt\", \"b.png\""
        );
        assert_eq!(
            quoted_names(&["a", "b", "c", "d"], 2).text(),
            "\"a\", \"b\" and 2 more"
        );
        assert_eq!(quoted_names(&["a", "b"], 1).text(), "\"a\" and 1 more");
        assert_eq!(quoted_names(&[], 3).text(), "");
    }

    fn run(manifest: Value, files: &[(&str, &str)]) -> UsedFiles {
        let names: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
        used_files(&manifest, &names, |name| {
            files
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, text)| text.as_bytes().to_vec())
        })
    }

    #[test]
    fn resolving_paths() {
        for (holder, path, want) in [
            ("manifest.json", "./a.png", Some("a.png")),
            ("agents/da.json", "p.json", Some("agents/p.json")),
            ("agents/da.json", "../x/./p.json", Some("x/p.json")),
            ("manifest.json", "../p.json", None),
            ("manifest.json", "https://x/p.json", None),
            ("manifest.json", "/p.json", None),
            ("manifest.json", "a\\p.json", None),
        ] {
            assert_eq!(resolve(holder, path).as_deref(), want, "{path}");
        }
    }

    #[test]
    fn agents_plugins_directives_and_skills_are_followed() {
        let manifest = json!({
            "icons": {"color": "color.png", "outline": "outline.png"},
            "copilotAgents": {"declarativeAgents": [{"id": "a", "file": "agent/da.json"}]},
            "agentSkills": [{"folder": "skills/one"}],
        });
        let da = r#"{"instructions": "$[file('instructions.txt')]",
            "actions": [{"id": "p", "file": "plugin.json"}],
            "agent_skills": [{"folder": "skills/report"}],
            "worker_agents": [{"file": "da.json"}],
            "capabilities": [{"name": "EmbeddedKnowledge", "files": [{"file": "k.pdf"}]}]}"#;
        let plugin = r#"{"runtimes": [{"type": "OpenApi", "spec": {"url": "../api/openapi.yaml"}},
            {"spec": {"url": "https://x.com/api.json"}}],
            "functions": [{"capabilities": {"response_semantics": {"static_template": {"file": "card.json"}}}}]}"#;
        let files = [
            ("color.png", ""),
            ("outline.png", ""),
            ("agent/da.json", da),
            ("agent/plugin.json", plugin),
            ("agent/instructions.txt", "hi"),
            ("agent/k.pdf", ""),
            ("agent/card.json", "{}"),
            ("api/openapi.yaml", "openapi: 3.0.0"),
            ("skills/one/SKILL.md", ""),
            ("skills/one/x/y.md", ""),
            ("agent/skills/report/SKILL.md", ""),
            ("agent/skills/report/template.md", ""),
            ("notes.txt", ""),
            ("skills/two/SKILL.md", ""),
        ];
        let found = run(manifest, &files);
        let unused: Vec<&str> = files
            .iter()
            .map(|(name, _)| *name)
            .filter(|name| !found.used.contains(*name))
            .collect();
        assert_eq!(unused, ["notes.txt", "skills/two/SKILL.md"]);
        assert!(found.used.contains("manifest.json"));
        assert_eq!(
            found.read.keys().collect::<Vec<_>>(),
            [
                "agent/card.json",
                "agent/da.json",
                "agent/plugin.json",
                "api/openapi.yaml"
            ]
        );
    }

    #[test]
    fn placeholders_and_missing_files_add_nothing() {
        let manifest = json!({"icons": {"color": "{{COLOR}}", "outline": "gone.png"}});
        let found = run(manifest, &[("x.png", "")]);
        assert_eq!(found.used.len(), 1);
        assert_eq!(found.references.len(), 2);
        assert_eq!(found.references[0].target, None);
    }

    #[test]
    fn at_most_64_agent_files_are_read() {
        let agents: Vec<Value> = (0..70)
            .map(|i| json!({"file": format!("da{i}.json")}))
            .collect();
        let manifest = json!({"copilotAgents": {"declarativeAgents": agents}});
        let names: Vec<String> = (0..70).map(|i| format!("da{i}.json")).collect();
        let files: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "{}")).collect();
        let found = run(manifest, &files);
        assert_eq!(found.read.len(), MAX_FOLLOWED_FILES);
        assert_eq!(found.used.len(), MAX_FOLLOWED_FILES + 1);
        let over = found.over_limit.map(|reference| reference.pointer);
        assert_eq!(
            over.as_deref(),
            Some("/copilotAgents/declarativeAgents/64/file")
        );
    }

    #[test]
    fn directives_in_texts() {
        assert_eq!(
            file_directives("a $[file('x.txt')] b $[file(\"y/z.md\")] $[file(bad)]"),
            ["x.txt", "y/z.md"]
        );
    }
}
