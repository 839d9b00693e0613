//! The official schemas of the agent files a package may carry (`agents.md` §2):
//! declarative agents (`v1.0`, `v1.2` … `v1.8`), API plugins (`v2.1` … `v2.4`), and
//! for each manifest format that has them, agentic user templates and API response
//! rendering templates. Byte for byte the files of `microsoft/json-schemas` (MIT;
//! `assets/schemas/copilot/SOURCES.md`), included as text and compiled on first use.
//!
//! **Drafts.** The declarative agent and plugin schemas declare draft-04 but rely on
//! `const`, `propertyNames`, `if`/`then` and `$defs`: they are validated with draft-07
//! semantics, or they would check almost nothing. The agentic user schema (2020-12)
//! and the response template schema (draft-06) use the draft they declare. Formats
//! `uri` and `email` are asserted, no other. Nothing is fetched from the network.

use std::sync::OnceLock;

use serde_json::Value;

/// Which agent schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgentSchema {
    /// A declarative agent's, by its `version` (`v1.6`).
    DeclarativeAgent(&'static str),
    /// An API plugin's, by its `schema_version` (`v2.4`).
    Plugin(&'static str),
    /// An agentic user template's, by the manifest's schema folder (`v1.30`).
    AgenticUser(&'static str),
    /// A response rendering template's, by the manifest's schema folder (`v1.17`).
    ResponseTemplate(&'static str),
}

/// The text of `assets/schemas/<path>`.
macro_rules! asset {
    ($($part:literal),+) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/schemas/", $($part),+))
    };
}

/// The bundled declarative agent schemas, oldest first (there is no v1.1).
static DECLARATIVE_AGENTS: [(&str, &str); 8] = [
    ("v1.0", asset!("copilot/declarative-agent/v1.0/schema.json")),
    ("v1.2", asset!("copilot/declarative-agent/v1.2/schema.json")),
    ("v1.3", asset!("copilot/declarative-agent/v1.3/schema.json")),
    ("v1.4", asset!("copilot/declarative-agent/v1.4/schema.json")),
    ("v1.5", asset!("copilot/declarative-agent/v1.5/schema.json")),
    ("v1.6", asset!("copilot/declarative-agent/v1.6/schema.json")),
    ("v1.7", asset!("copilot/declarative-agent/v1.7/schema.json")),
    ("v1.8", asset!("copilot/declarative-agent/v1.8/schema.json")),
];

/// The bundled plugin schemas, oldest first.
static PLUGINS: [(&str, &str); 4] = [
    ("v2.1", asset!("copilot/plugin/v2.1/schema.json")),
    ("v2.2", asset!("copilot/plugin/v2.2/schema.json")),
    ("v2.3", asset!("copilot/plugin/v2.3/schema.json")),
    ("v2.4", asset!("copilot/plugin/v2.4/schema.json")),
];

/// A manifest format's agentic user template schema.
macro_rules! agentic {
    ($folder:literal) => {
        (
            $folder,
            asset!("teams/", $folder, "/MicrosoftTeams.AgenticUser.schema.json"),
        )
    };
}

/// A manifest format's response rendering template schema.
macro_rules! rendering {
    ($folder:literal) => {
        (
            $folder,
            asset!(
                "teams/",
                $folder,
                "/MicrosoftTeams.ResponseRenderingTemplate.schema.json"
            ),
        )
    };
}

/// The bundled agentic user template schemas, by manifest schema folder.
static AGENTIC_USERS: [(&str, &str); 7] = [
    agentic!("v1.25"),
    agentic!("v1.26"),
    agentic!("v1.27"),
    agentic!("v1.28"),
    agentic!("v1.29"),
    agentic!("v1.30"),
    agentic!("vDevPreview"),
];

/// The bundled response rendering template schemas, by manifest schema folder.
static RESPONSE_TEMPLATES: [(&str, &str); 14] = [
    rendering!("v1.17"),
    rendering!("v1.19"),
    rendering!("v1.20"),
    rendering!("v1.21"),
    rendering!("v1.22"),
    rendering!("v1.23"),
    rendering!("v1.24"),
    rendering!("v1.25"),
    rendering!("v1.26"),
    rendering!("v1.27"),
    rendering!("v1.28"),
    rendering!("v1.29"),
    rendering!("v1.30"),
    rendering!("vDevPreview"),
];

impl AgentSchema {
    /// The declarative agent schema of a `version` such as `v1.6`, when bundled.
    pub fn declarative_agent(version: &str) -> Option<AgentSchema> {
        find(&DECLARATIVE_AGENTS, version).map(|(name, _)| AgentSchema::DeclarativeAgent(name))
    }

    /// The plugin schema of a `schema_version` such as `v2.4`, when bundled.
    pub fn plugin(version: &str) -> Option<AgentSchema> {
        find(&PLUGINS, version).map(|(name, _)| AgentSchema::Plugin(name))
    }

    /// The agentic user template schema of a manifest schema folder (`v1.30`), when it has one.
    pub fn agentic_user(folder: &str) -> Option<AgentSchema> {
        find(&AGENTIC_USERS, folder).map(|(name, _)| AgentSchema::AgenticUser(name))
    }

    /// The response template schema of a manifest schema folder (`v1.17`), when it has one.
    pub fn response_template(folder: &str) -> Option<AgentSchema> {
        find(&RESPONSE_TEMPLATES, folder).map(|(name, _)| AgentSchema::ResponseTemplate(name))
    }

    /// The schema's text, as shipped.
    pub fn text(self) -> &'static str {
        let (table, name): (&[(&'static str, &'static str)], _) = match self {
            AgentSchema::DeclarativeAgent(name) => (&DECLARATIVE_AGENTS, name),
            AgentSchema::Plugin(name) => (&PLUGINS, name),
            AgentSchema::AgenticUser(name) => (&AGENTIC_USERS, name),
            AgentSchema::ResponseTemplate(name) => (&RESPONSE_TEMPLATES, name),
        };
        find(table, name).map(|(_, text)| text).unwrap_or_default()
    }

    /// The validator, compiled on first use (`None` if the schema does not compile). A
    /// caller that asks while another thread compiles it waits for that compilation.
    pub fn validator(self) -> Option<&'static jsonschema::Validator> {
        let (table, name, slots): (&[(&str, &str)], _, &'static [Slot]) = match self {
            AgentSchema::DeclarativeAgent(name) => {
                (&DECLARATIVE_AGENTS, name, &COMPILED.declarative_agents)
            }
            AgentSchema::Plugin(name) => (&PLUGINS, name, &COMPILED.plugins),
            AgentSchema::AgenticUser(name) => (&AGENTIC_USERS, name, &COMPILED.agentic_users),
            AgentSchema::ResponseTemplate(name) => {
                (&RESPONSE_TEMPLATES, name, &COMPILED.response_templates)
            }
        };
        let slot = slots.get(table.iter().position(|(known, _)| *known == name)?)?;
        slot.get_or_init(|| build(self)).as_ref()
    }
}

/// A bundled schema's validator, once compiled (`None`: it does not compile).
type Slot = OnceLock<Option<jsonschema::Validator>>;

/// The validators, one slot per bundled schema, compiled on first use.
struct Compiled {
    declarative_agents: [Slot; DECLARATIVE_AGENTS.len()],
    plugins: [Slot; PLUGINS.len()],
    agentic_users: [Slot; AGENTIC_USERS.len()],
    response_templates: [Slot; RESPONSE_TEMPLATES.len()],
}

static COMPILED: Compiled = Compiled {
    declarative_agents: [const { OnceLock::new() }; DECLARATIVE_AGENTS.len()],
    plugins: [const { OnceLock::new() }; PLUGINS.len()],
    agentic_users: [const { OnceLock::new() }; AGENTIC_USERS.len()],
    response_templates: [const { OnceLock::new() }; RESPONSE_TEMPLATES.len()],
};

/// The newest bundled declarative agent format (`v1.8`).
pub fn newest_declarative_agent() -> &'static str {
    DECLARATIVE_AGENTS
        .last()
        .map(|(name, _)| *name)
        .unwrap_or_default()
}

/// The newest bundled plugin format (`v2.4`).
pub fn newest_plugin() -> &'static str {
    PLUGINS.last().map(|(name, _)| *name).unwrap_or_default()
}

/// An entry of a table by name.
fn find(
    table: &[(&'static str, &'static str)],
    name: &str,
) -> Option<(&'static str, &'static str)> {
    table.iter().find(|(known, _)| *known == name).copied()
}

/// Formats JSON Schema names that are not asserted here (only `uri` and `email` are).
const UNASSERTED_FORMATS: [&str; 17] = [
    "uuid",
    "date",
    "date-time",
    "time",
    "duration",
    "hostname",
    "idn-hostname",
    "idn-email",
    "ipv4",
    "ipv6",
    "iri",
    "iri-reference",
    "uri-reference",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
];

/// Compiles a schema with the draft it needs (see the module documentation).
fn build(schema: AgentSchema) -> Option<jsonschema::Validator> {
    let document: Value = serde_json::from_str(schema.text()).ok()?;
    let mut options = match schema {
        AgentSchema::DeclarativeAgent(_) | AgentSchema::Plugin(_) => jsonschema::draft7::options(),
        AgentSchema::AgenticUser(_) | AgentSchema::ResponseTemplate(_) => jsonschema::options(),
    };
    options = options.should_validate_formats(true);
    for format in UNASSERTED_FORMATS {
        options = options.with_format(format, |_: &str| true);
    }
    options.build(&document).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn errors(schema: Option<AgentSchema>, document: &Value) -> Vec<String> {
        let Some(validator) = schema.and_then(AgentSchema::validator) else {
            panic!("{schema:?} compiles");
        };
        validator
            .iter_errors(document)
            .map(|error| format!("{} {}", error.instance_path(), error))
            .collect()
    }

    #[test]
    fn every_bundled_schema_compiles() {
        for (name, _) in DECLARATIVE_AGENTS {
            assert!(
                AgentSchema::declarative_agent(name)
                    .and_then(AgentSchema::validator)
                    .is_some(),
                "{name}"
            );
        }
        for (name, _) in PLUGINS {
            assert!(
                AgentSchema::plugin(name)
                    .and_then(AgentSchema::validator)
                    .is_some(),
                "{name}"
            );
        }
        for (name, _) in AGENTIC_USERS {
            assert!(
                AgentSchema::agentic_user(name)
                    .and_then(AgentSchema::validator)
                    .is_some(),
                "{name}"
            );
        }
        for (name, _) in RESPONSE_TEMPLATES {
            assert!(
                AgentSchema::response_template(name)
                    .and_then(AgentSchema::validator)
                    .is_some(),
                "{name}"
            );
        }
        assert_eq!(AgentSchema::declarative_agent("v1.1"), None);
        assert_eq!(newest_declarative_agent(), "v1.8");
        assert_eq!(newest_plugin(), "v2.4");
    }

    #[test]
    fn draft_07_keywords_are_enforced() {
        // `const` on the version: a draft-04 reading would ignore it.
        let agent =
            json!({"version": "v1.5", "name": "A", "description": "B", "instructions": "C"});
        let found = errors(AgentSchema::declarative_agent("v1.6"), &agent);
        assert!(found.iter().any(|e| e.starts_with("/version")), "{found:?}");
    }

    #[test]
    fn only_uri_and_email_formats_are_asserted() {
        let plugin = json!({
            "schema_version": "v2.1", "name_for_human": "Tasks",
            "contact_email": "not an email", "legal_info_url": "not a link",
        });
        let found = errors(AgentSchema::plugin("v2.1"), &plugin);
        assert!(
            found.iter().any(|e| e.starts_with("/contact_email")),
            "{found:?}"
        );
        assert!(
            found.iter().any(|e| e.starts_with("/legal_info_url")),
            "{found:?}"
        );
    }

    #[test]
    fn a_plugin_runtime_without_auth_fails() {
        let plugin = json!({
            "schema_version": "v2.4", "name_for_human": "Tasks",
            "runtimes": [{"type": "OpenApi", "spec": {"url": "api.json"}}]
        });
        let found = errors(AgentSchema::plugin("v2.4"), &plugin);
        assert!(
            found.iter().any(|e| e.starts_with("/runtimes/0")),
            "{found:?}"
        );
    }
}
