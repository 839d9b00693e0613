//! `agent-schema` (error; a warning for a newer format, packages only)
//!
//! **What it checks:** each declarative agent against Microsoft's official schema of
//! its `version` (`v1.0`, `v1.2` … `v1.9`), each API plugin against the schema of its
//! `schema_version` (`v2.1` … `v2.4`), and each agentic user template and response
//! rendering template against the schema of the manifest's format (when that format
//! has one). One finding per error, at the place in that file, in the same words as
//! the manifest's schema findings. A missing or unknown format is an error at
//! `/version` (`/schema_version`); a well-formed newer one (`v1.10`, `v2.5`) is a
//! warning: this app does not know that format yet, so the file is not checked. A
//! declarative agent `v1.9` is checked against its bundled schema and also gets a
//! warning: Microsoft's pages document formats up to v1.8, and the v1.9 schema comes
//! from a commit no published branch holds, so the store may refuse it.
//!
//! **Why:** Copilot and the store validate agent files against these schemas; a
//! plugin whose runtime lacks its required `auth` is refused.
//!
//! **Example:** a plugin `v2.4` whose `runtimes[0]` has no `auth` → one finding at
//! `/runtimes/0`.
//!
//! Source: the declarative agent and API plugin manifest references; schemas from
//! `microsoft/json-schemas` (MIT).

use serde_json::Value;

use crate::agents::AgentFile;
use crate::package_use::UseKind;
use crate::schemas::agents::{AgentSchema, newest_declarative_agent, newest_plugin};

use super::schema::{About, describe_all, describe_property_name, most_specific};
use super::{Raw, Severity, StoreCheck, Subject, sources};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "agent-schema";

/// The registry entry for the errors ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-agent-schema-title",
    severity: Severity::Error,
    needs_package: true,
    run: |subject| check(subject, Severity::Error),
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// The declarative agent format that is bundled but not yet documented by Microsoft
/// (`agents.md` §2): validated, and a warning at `/version`.
pub const UNDOCUMENTED_DECLARATIVE_AGENT: &str = "v1.9";

/// The registry entry for the warnings: a newer format than this app knows, or a
/// declarative agent format Microsoft has not documented yet.
pub const NEWER_FORMAT: StoreCheck = CHECK.warnings(|subject| check(subject, Severity::Warning));

/// The schema a loaded agent file is validated against: by its own format for a
/// declarative agent or plugin, by the manifest's schema folder for a template.
fn schema_of(kind: UseKind, document: &Value, folder: Option<&str>) -> Option<AgentSchema> {
    let version = |field: &str| document.get(field).and_then(Value::as_str);
    match kind {
        UseKind::DeclarativeAgent => version("version").and_then(AgentSchema::declarative_agent),
        UseKind::Plugin => version("schema_version").and_then(AgentSchema::plugin),
        UseKind::AgenticUserTemplate => folder.and_then(AgentSchema::agentic_user),
        UseKind::ResponseTemplate => folder.and_then(AgentSchema::response_template),
        _ => None,
    }
}

/// Reads every agent file of `subject` and validates it once, so that the patterns its
/// schema uses are compiled (the first use of a pattern compiles it). Called on another
/// thread while the manifest's checks run ([`super::evaluate`]): reading OpenAPI
/// documents and compiling patterns is most of an agent package's check.
pub(crate) fn prepare(subject: &Subject<'_>) {
    let folder = subject.known_format().and_then(crate::schemas::folder_of);
    for file in subject.agents.files.values() {
        if let crate::agents::AgentContent::Loaded(document) = file.content()
            && let Some(schema) = schema_of(file.kind, document, folder.as_deref())
        {
            schema.errors(document);
        }
    }
}

/// The findings of one severity, file by file.
fn check(subject: &Subject<'_>, severity: Severity) -> Vec<Raw> {
    let folder = subject.known_format().and_then(crate::schemas::folder_of);
    let mut found = Vec::new();
    for file in subject.agents.files.values() {
        let crate::agents::AgentContent::Loaded(document) = file.content() else {
            continue;
        };
        let versioned_kind = match file.kind {
            UseKind::DeclarativeAgent => Some((
                "version",
                1,
                newest_declarative_agent(),
                "declarative-agent",
            )),
            UseKind::Plugin => Some(("schema_version", 2, newest_plugin(), "plugin")),
            _ => None,
        };
        let (schema, whole, format_words) = match file.kind {
            _ if let Some((field, major, newest, whole)) = versioned_kind => {
                match versioned(file, document, field, major, newest) {
                    Ok(version) => {
                        if severity == Severity::Warning
                            && file.kind == UseKind::DeclarativeAgent
                            && version == UNDOCUMENTED_DECLARATIVE_AGENT
                        {
                            found.push(Raw::in_file(
                                &file.name,
                                "/version",
                                msg!(
                                    "store-agent-schema-undocumented",
                                    file = file.name.as_str(),
                                    version = version,
                                ),
                                sources::DECLARATIVE_AGENT,
                            ));
                        }
                        (
                            schema_of(file.kind, document, folder.as_deref()),
                            whole,
                            msg!("store-agent-schema-format", kind = whole, version = version),
                        )
                    }
                    Err(finding) => {
                        let (found_severity, raw) = *finding;
                        if found_severity == severity {
                            found.push(raw);
                        }
                        continue;
                    }
                }
            }
            UseKind::AgenticUserTemplate => (
                schema_of(file.kind, document, folder.as_deref()),
                "agentic-user",
                msg!(
                    "store-agent-schema-format",
                    kind = "agentic-user",
                    version = ""
                ),
            ),
            UseKind::ResponseTemplate => (
                schema_of(file.kind, document, folder.as_deref()),
                "response-template",
                msg!(
                    "store-agent-schema-format",
                    kind = "response-template",
                    version = ""
                ),
            ),
            _ => continue,
        };
        if severity == Severity::Warning {
            continue;
        }
        let Some(schema) = schema else {
            continue;
        };
        let about = About {
            whole,
            format_words,
            later: None,
        };
        let source = match file.kind {
            UseKind::Plugin => sources::PLUGIN,
            UseKind::DeclarativeAgent => sources::DECLARATIVE_AGENT,
            _ => sources::MANIFEST,
        };
        let errors = schema.errors(document);
        let mut specific = Vec::new();
        let mut property_names = Vec::new();
        for error in &errors {
            if error.property_name {
                let name = error.error.instance().as_str().unwrap_or_default();
                property_names.push((
                    error.pointer.clone(),
                    describe_property_name(&error.pointer, name, &about),
                ));
            } else {
                specific.extend(most_specific(&error.error));
            }
        }
        let mut messages = describe_all(&specific, &about);
        for named in property_names {
            if !messages.contains(&named) {
                messages.push(named);
            }
        }
        found.extend(
            messages
                .into_iter()
                .map(|(pointer, message)| Raw::in_file(&file.name, pointer, message, source)),
        );
    }
    found
}

/// The bundled format a file names in `field`, or its finding: an error for a
/// missing or unknown format, a warning for a well-formed newer one (`v<major>.<n>`
/// above `newest`).
fn versioned<'d>(
    file: &AgentFile,
    document: &'d Value,
    field: &str,
    major: u32,
    newest: &str,
) -> Result<&'d str, Box<(Severity, Raw)>> {
    let pointer = format!("/{field}");
    let what = crate::agents::files::what_it_is(file.kind);
    let source = if file.kind == UseKind::Plugin {
        sources::PLUGIN
    } else {
        sources::DECLARATIVE_AGENT
    };
    let written = document.get(field);
    if let Some(version) = written.and_then(Value::as_str) {
        let known = match file.kind {
            UseKind::Plugin => AgentSchema::plugin(version),
            _ => AgentSchema::declarative_agent(version),
        };
        if known.is_some() {
            return Ok(version);
        }
        let minor = |text: &str| -> Option<u32> {
            let rest = text.strip_prefix(&format!("v{major}."))?;
            (!rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()))
                .then(|| rest.parse().ok())
                .flatten()
        };
        if let (Some(theirs), Some(ours)) = (minor(version), minor(newest))
            && theirs > ours
        {
            return Err(Box::new((
                Severity::Warning,
                Raw::in_file(
                    &file.name,
                    pointer,
                    msg!(
                        "store-agent-schema-newer",
                        what = &what,
                        file = file.name.as_str(),
                        version = version,
                        newest = newest,
                    ),
                    source,
                ),
            )));
        }
    }
    let yours = match written {
        None => msg!("store-agent-schema-no-version"),
        Some(Value::String(text)) => msg!(
            "store-agent-schema-yours-quoted",
            value = super::words::shorten(text, 40)
        ),
        Some(other) => msg!(
            "store-agent-schema-yours",
            value = crate::manifest::describe(other)
        ),
    };
    Err(Box::new((
        Severity::Error,
        Raw::in_file(
            &file.name,
            pointer,
            msg!(
                "store-agent-schema-version-missing",
                what = &what,
                file = file.name.as_str(),
                field = field,
                newest = newest,
                yours = yours,
            ),
            source,
        ),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::PackageView;
    use std::collections::BTreeMap;

    /// A package of `names` whose files are `kept`.
    fn package<'a>(names: &'a [&'a str], kept: &'a BTreeMap<String, Vec<u8>>) -> PackageView<'a> {
        PackageView {
            file_names: names,
            kept_files: kept,
            size: 1,
            file_sizes: None,
            agents: None,
        }
    }

    /// The findings of both entries for a package of a DA and its plugin.
    fn run(agent: Value, plugin: Value) -> Vec<(Severity, String, String)> {
        let document = serde_json::json!({
            "manifestVersion": "1.22",
            "copilotAgents": {"declarativeAgents": [{"id": "a", "file": "da.json"}]},
        });
        let kept: BTreeMap<String, Vec<u8>> = [
            ("da.json", agent.to_string()),
            ("plugin.json", plugin.to_string()),
        ]
        .into_iter()
        .map(|(name, text)| (name.to_string(), text.into_bytes()))
        .collect();
        let names = ["da.json", "plugin.json"];
        let subject = Subject::new(&document, Some(package(&names, &kept)));
        [Severity::Error, Severity::Warning]
            .into_iter()
            .flat_map(|severity| {
                check(&subject, severity)
                    .into_iter()
                    .map(move |raw| (severity, raw.file.unwrap_or_default(), raw.pointer))
            })
            .collect()
    }

    fn agent(version: Value) -> Value {
        serde_json::json!({"version": version, "name": "Tasks", "description": "Tasks",
            "instructions": "Help with tasks", "actions": [{"id": "p", "file": "plugin.json"}]})
    }

    fn plugin(runtime: Value) -> Value {
        serde_json::json!({"schema_version": "v2.4", "name_for_human": "Tasks",
            "namespace": "tasks", "description_for_human": "Tasks", "runtimes": [runtime]})
    }

    #[test]
    fn a_runtime_without_auth_is_an_error_in_the_plugin() {
        let found = run(
            agent("v1.6".into()),
            plugin(serde_json::json!({"type": "OpenApi", "spec": {"url": "api.json"}})),
        );
        assert!(
            found.iter().any(|(s, file, pointer)| *s == Severity::Error
                && file == "plugin.json"
                && pointer == "/runtimes/0"),
            "{found:?}"
        );
        let ok = run(
            agent("v1.6".into()),
            plugin(
                serde_json::json!({"type": "OpenApi", "auth": {"type": "None"},
                                       "spec": {"url": "api.json"}}),
            ),
        );
        assert_eq!(ok, []);
    }

    #[test]
    fn an_unknown_field_is_named_in_plain_words() {
        let document = serde_json::json!({
            "copilotAgents": {"declarativeAgents": [{"id": "a", "file": "da.json"}]},
        });
        let mut agent = agent("v1.0".into());
        agent["extra"] = 1.into();
        if let Some(map) = agent.as_object_mut() {
            map.remove("actions");
        }
        let kept: BTreeMap<String, Vec<u8>> =
            [("da.json".to_string(), agent.to_string().into_bytes())].into();
        let names = ["da.json"];
        let found = check(
            &Subject::new(&document, Some(package(&names, &kept))),
            Severity::Error,
        );
        let messages: Vec<String> = found.iter().map(|raw| raw.message.text()).collect();
        assert_eq!(
            messages,
            [
                "`extra` is not a field declarative agent format v1.0 knows at the top of the \
              Copilot agent file. Check its spelling and letter case, or remove it."
            ]
        );
    }

    #[test]
    fn missing_unknown_and_newer_formats() {
        let runtime = serde_json::json!({"type": "OpenApi", "auth": {"type": "None"}, "spec": {"url": "a.json"}});
        let found = run(agent(Value::Null), plugin(runtime.clone()));
        assert_eq!(
            found,
            [(Severity::Error, "da.json".into(), "/version".into())]
        );
        let found = run(agent("v1.1".into()), plugin(runtime.clone()));
        assert_eq!(
            found,
            [(Severity::Error, "da.json".into(), "/version".into())]
        );
        let found = run(agent("v1.12".into()), plugin(runtime.clone()));
        assert_eq!(
            found,
            [(Severity::Warning, "da.json".into(), "/version".into())]
        );
        let found = run(agent("v1.10".into()), plugin(runtime.clone()));
        assert_eq!(
            found,
            [(Severity::Warning, "da.json".into(), "/version".into())]
        );
    }

    #[test]
    fn a_v1_9_agent_is_checked_and_warned_about() {
        let runtime = serde_json::json!({"type": "OpenApi", "auth": {"type": "None"}, "spec": {"url": "a.json"}});
        let mut skills = agent("v1.9".into());
        skills["agent_skills"] = serde_json::json!([{"folder": "skills/triage"}]);
        let found = run(skills.clone(), plugin(runtime.clone()));
        assert_eq!(
            found,
            [(Severity::Warning, "da.json".into(), "/version".into())]
        );
        skills["agent_skills"] = serde_json::json!([{"folder": ""}]);
        let found = run(skills, plugin(runtime.clone()));
        assert_eq!(
            found,
            [
                (
                    Severity::Error,
                    "da.json".into(),
                    "/agent_skills/0/folder".into()
                ),
                (Severity::Warning, "da.json".into(), "/version".into())
            ]
        );
        // v1.8 does not know skills.
        let mut older = agent("v1.8".into());
        older["agent_skills"] = serde_json::json!([{"folder": "skills/triage"}]);
        let found = run(older, plugin(runtime));
        assert!(
            found
                .iter()
                .any(|(s, _, p)| *s == Severity::Error && p.is_empty()),
            "{found:?}"
        );
    }
}
