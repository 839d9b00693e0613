//! The agent files of a package, read once: every used file of a loaded kind
//! (declarative agents, plugins, OpenAPI documents, MCP tool descriptions, Adaptive
//! Cards and response templates, agentic user templates), each loaded as
//! `agents.md` §1 says, or why it did not load.

use crate::message::Message;
use crate::msg;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde_json::Value;

use crate::json::{JsonError, Position};
use crate::package_file::PackageFile;
use crate::package_use::{MAX_FOLLOWED_BYTES, UseKind, UsedFiles, used_files};

/// The agent files of one package and the references that lead to them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgentFiles {
    /// The files the package uses and every reference followed ([`used_files`]).
    pub used: UsedFiles,
    /// Each used file of a loaded kind that the package holds, by entry name.
    pub files: BTreeMap<String, AgentFile>,
    /// The used files larger than [`MAX_FOLLOWED_BYTES`], with their size: not read
    /// by any check (agents, icons and localization files alike).
    pub too_large: BTreeMap<String, u64>,
}

/// One agent file, read; it is loaded (parsed) the first time its content is asked for,
/// so a file no check or comparison needs costs nothing more than its bytes.
#[derive(Debug, Clone)]
pub struct AgentFile {
    /// Its package entry name.
    pub name: String,
    /// What kind of file the reference that names it says it is.
    pub kind: UseKind,
    /// Its text (without a byte-order mark; bytes that are not UTF-8 replaced), for
    /// the line and column of what the checks find in it.
    pub text: String,
    /// Its bytes as read, until loaded.
    bytes: Vec<u8>,
    /// How it is written and what loading it gave, once loaded.
    loaded: OnceLock<(SourceFormat, AgentContent)>,
}

/// How a file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceFormat {
    /// JSON.
    Json,
    /// YAML (an OpenAPI document).
    Yaml,
}

/// What reading an agent file gave.
#[derive(Debug, Clone, PartialEq)]
pub enum AgentContent {
    /// The document: a JSON object (an OpenAPI document's `openapi` starts with `3.`).
    Loaded(Value),
    /// It does not load: why, where (`None` when it is about the whole file), and the
    /// pointer the finding is at (`""`, or `/openapi`).
    Broken {
        /// What is wrong, in plain words.
        message: Message,
        /// The line and column of the problem, when known.
        at: Option<Position>,
        /// The pointer of the finding.
        pointer: String,
    },
}

impl AgentFiles {
    /// The agent files of a package: `file_names` are its entries (other than the
    /// manifest), `kept_files` the bytes read of them (the used agent files among
    /// them), and `sizes`, when known, every entry's size (for files too large to read).
    pub fn of(
        manifest: &Value,
        file_names: &[&str],
        kept_files: &BTreeMap<String, Vec<u8>>,
        sizes: Option<&BTreeMap<String, PackageFile>>,
    ) -> AgentFiles {
        AgentFiles::read(manifest, file_names, sizes, |name| {
            kept_files.get(name).cloned()
        })
    }

    /// The agent files of a package whose entries' bytes `read` gives (`None` when an
    /// entry cannot be read or is larger than [`MAX_FOLLOWED_BYTES`]): each used file is
    /// read once and loaded once. The bytes read move from [`UsedFiles::read`] (left
    /// empty) into the [`AgentFile`]s.
    pub fn read(
        manifest: &Value,
        file_names: &[&str],
        sizes: Option<&BTreeMap<String, PackageFile>>,
        read: impl FnMut(&str) -> Option<Vec<u8>>,
    ) -> AgentFiles {
        let mut used = used_files(manifest, file_names, read);
        let too_large: BTreeMap<String, u64> = sizes
            .into_iter()
            .flatten()
            .filter(|(name, file)| {
                file.size > MAX_FOLLOWED_BYTES as u64 && used.used.contains(name.as_str())
            })
            .map(|(name, file)| (name.clone(), file.size))
            .collect();
        let files = std::mem::take(&mut used.read)
            .into_iter()
            .filter_map(|(name, bytes)| {
                let kind = *used.kinds.get(&name)?;
                let file = AgentFile::new(&name, kind, bytes);
                Some((name, file))
            })
            .collect();
        AgentFiles {
            used,
            files,
            too_large,
        }
    }

    /// The loaded document of a file, when it loaded.
    pub fn document(&self, name: &str) -> Option<&Value> {
        match self.files.get(name)?.content() {
            AgentContent::Loaded(document) => Some(document),
            AgentContent::Broken { .. } => None,
        }
    }

    /// The loaded files of one kind, in name order.
    pub fn loaded(&self, kind: UseKind) -> impl Iterator<Item = (&AgentFile, &Value)> {
        self.files
            .values()
            .filter_map(move |file| match file.content() {
                AgentContent::Loaded(document) if file.kind == kind => Some((file, document)),
                _ => None,
            })
    }
}

/// Loads one file of a loaded kind (`agents.md` §1).
fn load(name: &str, kind: UseKind, bytes: &[u8], text: &str) -> (SourceFormat, AgentContent) {
    let without_bom = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let is_yaml = kind == UseKind::OpenApi && !text.trim_start().starts_with('{');
    let broken = |message: Message, at: Option<Position>, pointer: &str| AgentContent::Broken {
        message,
        at,
        pointer: pointer.to_string(),
    };
    let parsed = if is_yaml {
        match std::str::from_utf8(without_bom) {
            Ok(text) => super::yaml::parse(text),
            Err(_) => Err(JsonError {
                line: 1,
                column: 1,
                message: crate::msg!("input-yaml-not-utf8"),
            }),
        }
    } else {
        crate::json::parse_strict(bytes)
    };
    let what = what_it_is(kind);
    let content = match parsed {
        Err(error) => broken(
            msg!(
                "agent-file-unreadable",
                what = &what,
                name = name,
                problem = error.message
            ),
            Some(Position {
                line: error.line,
                column: error.column,
            }),
            "",
        ),
        Ok(document) if !document.is_object() => broken(
            msg!(
                "agent-file-not-object",
                what = &what,
                name = name,
                content = if is_yaml {
                    msg!("agent-file-content-yaml")
                } else {
                    msg!("agent-file-content-json")
                }
            ),
            None,
            "",
        ),
        Ok(document) if kind == UseKind::OpenApi => match document.get("openapi") {
            Some(Value::String(format)) if format.starts_with("3.") => {
                AgentContent::Loaded(document)
            }
            Some(other) => broken(
                msg!(
                    "agent-file-openapi-format",
                    name = name,
                    format = crate::describe::plain_value(other)
                ),
                None,
                "/openapi",
            ),
            None => broken(msg!("agent-file-not-openapi", name = name), None, ""),
        },
        Ok(document) => AgentContent::Loaded(document),
    };
    let format = if is_yaml {
        SourceFormat::Yaml
    } else {
        SourceFormat::Json
    };
    (format, content)
}

/// A file kind in words: "Copilot agent file", "API description".
pub fn what_it_is(kind: UseKind) -> Message {
    match kind {
        UseKind::DeclarativeAgent => msg!("agent-kind-agent"),
        UseKind::Plugin => msg!("agent-kind-plugin"),
        UseKind::OpenApi => msg!("agent-kind-openapi"),
        UseKind::McpToolDescription => msg!("agent-kind-mcp-tools"),
        UseKind::ResponseTemplate => msg!("agent-kind-response-template"),
        UseKind::AdaptiveCard => msg!("agent-kind-card"),
        UseKind::AgenticUserTemplate => msg!("agent-kind-agentic-user-template"),
        UseKind::Plain | UseKind::SkillFolder => msg!("agent-kind-file"),
    }
}

/// Two files are the same when their names, kinds and bytes are, loaded yet or not.
impl PartialEq for AgentFile {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name && self.kind == other.kind && self.bytes == other.bytes
    }
}

impl AgentFile {
    /// A file of `kind` with its bytes, not loaded yet.
    pub fn new(name: &str, kind: UseKind, bytes: Vec<u8>) -> AgentFile {
        let without_bom = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        AgentFile {
            name: name.to_string(),
            kind,
            text: String::from_utf8_lossy(without_bom).into_owned(),
            bytes,
            loaded: OnceLock::new(),
        }
    }

    /// What loading the file gives (loaded on first use).
    pub fn content(&self) -> &AgentContent {
        &self.loaded().1
    }

    /// How the file is written (JSON, or YAML for an OpenAPI document).
    pub fn format(&self) -> SourceFormat {
        self.loaded().0
    }

    /// The file loaded, once.
    fn loaded(&self) -> &(SourceFormat, AgentContent) {
        self.loaded
            .get_or_init(|| load(&self.name, self.kind, &self.bytes, &self.text))
    }

    /// Where each of `pointers` is in the file.
    pub fn locate<'p>(
        &self,
        pointers: impl IntoIterator<Item = &'p str>,
    ) -> std::collections::HashMap<String, Position> {
        match self.format() {
            SourceFormat::Json => crate::json::locate(&self.text, pointers),
            SourceFormat::Yaml => super::yaml::locate(&self.text, pointers),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn agent_files(manifest: Value, files: &[(&str, &str)]) -> AgentFiles {
        let names: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
        let kept = files
            .iter()
            .map(|(name, text)| (name.to_string(), text.as_bytes().to_vec()))
            .collect();
        AgentFiles::of(&manifest, &names, &kept, None)
    }

    #[test]
    fn every_loaded_kind_is_read_and_broken_files_say_why() {
        let manifest = json!({
            "copilotAgents": {"declarativeAgents": [{"id": "a", "file": "da.json"}]},
            "composeExtensions": [{"apiSpecificationFile": "swagger.json"}],
        });
        let files = [
            (
                "da.json",
                r#"{"actions": [{"id": "p", "file": "plugin.json"}]}"#,
            ),
            (
                "plugin.json",
                r#"{"runtimes": [{"type": "OpenApi", "spec": {"url": "api.yaml"}}]}"#,
            ),
            ("api.yaml", "openapi: 3.0.0\npaths: {}\n"),
            ("swagger.json", r#"{"swagger": "2.0"}"#),
        ];
        let found = agent_files(manifest, &files);
        assert_eq!(found.files.len(), 4);
        assert!(found.document("api.yaml").is_some());
        assert_eq!(
            found.files.get("api.yaml").map(AgentFile::format),
            Some(SourceFormat::Yaml)
        );
        assert!(
            matches!(&found.files.get("swagger.json").map(AgentFile::content),
                Some(AgentContent::Broken { pointer, .. }) if pointer.is_empty())
        );
    }

    #[test]
    fn loading_does_not_change_what_a_file_equals() {
        let loaded = AgentFile::new("da.json", UseKind::DeclarativeAgent, b"{}".to_vec());
        let fresh = AgentFile::new("da.json", UseKind::DeclarativeAgent, b"{}".to_vec());
        assert!(loaded.content() == &AgentContent::Loaded(json!({})));
        assert_eq!(loaded, fresh);
    }

    #[test]
    fn a_wrong_openapi_format_is_at_its_field() {
        let manifest = json!({"composeExtensions": [{"apiSpecificationFile": "api.json"}]});
        let found = agent_files(manifest, &[("api.json", r#"{"openapi": "2.0"}"#)]);
        assert!(
            matches!(&found.files.get("api.json").map(AgentFile::content),
                Some(AgentContent::Broken { pointer, .. }) if pointer == "/openapi")
        );
    }

    #[test]
    fn json_syntax_errors_have_a_place() {
        let manifest =
            json!({"copilotAgents": {"declarativeAgents": [{"id": "a", "file": "da.json"}]}});
        let found = agent_files(manifest, &[("da.json", "{\n  \"name\": \n}")]);
        let Some(AgentContent::Broken { at, .. }) =
            found.files.get("da.json").map(AgentFile::content)
        else {
            panic!("broken");
        };
        assert_eq!(at.map(|p| p.line), Some(3));
    }
}
