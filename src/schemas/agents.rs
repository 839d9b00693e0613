//! The official schemas of the agent files a package may carry (`agents.md` §2):
//! declarative agents (`v1.0`, `v1.2` … `v1.9`; v1.9 from an unreleased commit of that
//! repository, see `SOURCES.md`), API plugins (`v2.1` … `v2.4`), and
//! for each manifest format that has them, agentic user templates and API response
//! rendering templates. Byte for byte the files of `microsoft/json-schemas` (MIT;
//! `assets/schemas/copilot/SOURCES.md`).
//!
//! **Validators generated when the app is built.** Each schema becomes Rust code
//! through jsonschema's `validator` attribute, so checking an agent file compiles no
//! schema at run time (compiling the declarative agent and plugin schemas was most of
//! an agent package's check). The generated code reports the errors the run-time
//! compiler reports, with two differences of form that [`AgentSchema::errors`] undoes:
//! a value that fails both `type` and `enum` (or `const`) gets only the `enum` error
//! (the `type` error is added back), and a property name that fails `propertyNames`
//! comes without its wrapper ([`SchemaError::property_name`]). A test compares both on
//! thousands of altered agent files.
//!
//! **Drafts.** The declarative agent and plugin schemas declare draft-04 but rely on
//! `const`, `propertyNames`, `if`/`then` and `$defs`: they are validated with draft-07
//! semantics, or they would check almost nothing. The agentic user schema (2020-12)
//! and the response template schema (draft-06) use the draft they declare. Formats
//! `uri` and `email` are asserted, no other. Nothing is fetched from the network.

use std::sync::OnceLock;

use jsonschema::error::ValidationErrorKind;
use jsonschema::{ErrorIterator, ValidationError};
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

/// A format JSON Schema names but this app does not assert (only `uri` and `email` are).
fn unasserted(_: &str) -> bool {
    true
}

/// Generates, for each `name = "path" (draft)`, a validator of the schema at `path`
/// with that draft: a unit struct whose `iter_errors` checks a document (see the
/// module documentation).
macro_rules! generated {
    ($($name:ident = $path:literal ($draft:ident),)+) => {$(
        #[jsonschema::validator(
            path = $path,
            draft = $draft,
            validate_formats = true,
            methods = { is_valid = false, validate = false, iter_errors = true },
            formats = {
                "uuid" => crate::schemas::agents::unasserted,
                "date" => crate::schemas::agents::unasserted,
                "date-time" => crate::schemas::agents::unasserted,
                "time" => crate::schemas::agents::unasserted,
                "duration" => crate::schemas::agents::unasserted,
                "hostname" => crate::schemas::agents::unasserted,
                "idn-hostname" => crate::schemas::agents::unasserted,
                "idn-email" => crate::schemas::agents::unasserted,
                "ipv4" => crate::schemas::agents::unasserted,
                "ipv6" => crate::schemas::agents::unasserted,
                "iri" => crate::schemas::agents::unasserted,
                "iri-reference" => crate::schemas::agents::unasserted,
                "uri-reference" => crate::schemas::agents::unasserted,
                "uri-template" => crate::schemas::agents::unasserted,
                "json-pointer" => crate::schemas::agents::unasserted,
                "relative-json-pointer" => crate::schemas::agents::unasserted,
                "regex" => crate::schemas::agents::unasserted,
            }
        )]
        struct $name;
    )+};
}

// The agentic user template schema is the same file in every manifest folder that has
// one, and the response template schema in every folder but `vDevPreview` (whose
// version constant differs); `tests::identical_schemas_share_a_validator` checks it.
generated! {
    DeclarativeAgentV1_0 = "assets/schemas/copilot/declarative-agent/v1.0/schema.json" (Draft7),
    DeclarativeAgentV1_2 = "assets/schemas/copilot/declarative-agent/v1.2/schema.json" (Draft7),
    DeclarativeAgentV1_3 = "assets/schemas/copilot/declarative-agent/v1.3/schema.json" (Draft7),
    DeclarativeAgentV1_4 = "assets/schemas/copilot/declarative-agent/v1.4/schema.json" (Draft7),
    DeclarativeAgentV1_5 = "assets/schemas/copilot/declarative-agent/v1.5/schema.json" (Draft7),
    DeclarativeAgentV1_6 = "assets/schemas/copilot/declarative-agent/v1.6/schema.json" (Draft7),
    DeclarativeAgentV1_7 = "assets/schemas/copilot/declarative-agent/v1.7/schema.json" (Draft7),
    DeclarativeAgentV1_8 = "assets/schemas/copilot/declarative-agent/v1.8/schema.json" (Draft7),
    DeclarativeAgentV1_9 = "assets/schemas/copilot/declarative-agent/v1.9/schema.json" (Draft7),
    PluginV2_1 = "assets/schemas/copilot/plugin/v2.1/schema.json" (Draft7),
    PluginV2_2 = "assets/schemas/copilot/plugin/v2.2/schema.json" (Draft7),
    PluginV2_3 = "assets/schemas/copilot/plugin/v2.3/schema.json" (Draft7),
    PluginV2_4 = "assets/schemas/copilot/plugin/v2.4/schema.json" (Draft7),
    AgenticUser = "assets/schemas/teams/v1.30/MicrosoftTeams.AgenticUser.schema.json" (Draft202012),
    ResponseTemplate =
        "assets/schemas/teams/v1.30/MicrosoftTeams.ResponseRenderingTemplate.schema.json" (Draft6),
    ResponseTemplateDevPreview =
        "assets/schemas/teams/vDevPreview/MicrosoftTeams.ResponseRenderingTemplate.schema.json"
        (Draft6),
}

/// The text of `assets/schemas/<path>`.
macro_rules! asset {
    ($($part:literal),+) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/schemas/", $($part),+))
    };
}

/// A generated validator's `iter_errors`.
type Check = for<'a> fn(&'a Value) -> ErrorIterator<'a>;

/// A bundled schema: its name (format or manifest folder), its text and its validator.
type Bundled = (&'static str, &'static str, Check);

/// A declarative agent format's schema.
macro_rules! declarative_agent {
    ($version:literal, $validator:ident) => {
        (
            $version,
            asset!("copilot/declarative-agent/", $version, "/schema.json"),
            $validator::iter_errors,
        )
    };
}

/// An API plugin format's schema.
macro_rules! plugin {
    ($version:literal, $validator:ident) => {
        (
            $version,
            asset!("copilot/plugin/", $version, "/schema.json"),
            $validator::iter_errors,
        )
    };
}

/// The bundled declarative agent schemas, oldest first (there is no v1.1).
static DECLARATIVE_AGENTS: [Bundled; 9] = [
    declarative_agent!("v1.0", DeclarativeAgentV1_0),
    declarative_agent!("v1.2", DeclarativeAgentV1_2),
    declarative_agent!("v1.3", DeclarativeAgentV1_3),
    declarative_agent!("v1.4", DeclarativeAgentV1_4),
    declarative_agent!("v1.5", DeclarativeAgentV1_5),
    declarative_agent!("v1.6", DeclarativeAgentV1_6),
    declarative_agent!("v1.7", DeclarativeAgentV1_7),
    declarative_agent!("v1.8", DeclarativeAgentV1_8),
    declarative_agent!("v1.9", DeclarativeAgentV1_9),
];

/// The bundled plugin schemas, oldest first.
static PLUGINS: [Bundled; 4] = [
    plugin!("v2.1", PluginV2_1),
    plugin!("v2.2", PluginV2_2),
    plugin!("v2.3", PluginV2_3),
    plugin!("v2.4", PluginV2_4),
];

/// A manifest format's agentic user template schema.
macro_rules! agentic {
    ($folder:literal) => {
        (
            $folder,
            asset!("teams/", $folder, "/MicrosoftTeams.AgenticUser.schema.json"),
            AgenticUser::iter_errors,
        )
    };
}

/// A manifest format's response rendering template schema.
macro_rules! rendering {
    ($folder:literal) => {
        rendering!($folder, ResponseTemplate)
    };
    ($folder:literal, $validator:ident) => {
        (
            $folder,
            asset!(
                "teams/",
                $folder,
                "/MicrosoftTeams.ResponseRenderingTemplate.schema.json"
            ),
            $validator::iter_errors,
        )
    };
}

/// The bundled agentic user template schemas, by manifest schema folder.
static AGENTIC_USERS: [Bundled; 7] = [
    agentic!("v1.25"),
    agentic!("v1.26"),
    agentic!("v1.27"),
    agentic!("v1.28"),
    agentic!("v1.29"),
    agentic!("v1.30"),
    agentic!("vDevPreview"),
];

/// The bundled response rendering template schemas, by manifest schema folder.
static RESPONSE_TEMPLATES: [Bundled; 14] = [
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
    rendering!("vDevPreview", ResponseTemplateDevPreview),
];

/// One way an agent file fails its schema.
#[derive(Debug)]
pub struct SchemaError<'a> {
    /// Where in the file: a JSON pointer to the value that fails.
    pub pointer: String,
    /// What fails there: the keyword's error, or for [`Self::property_name`] the
    /// error of the property's name.
    pub error: ValidationError<'a>,
    /// True when the object at [`Self::pointer`] has a property whose name its
    /// schema's `propertyNames` does not allow (the name is the error's instance).
    pub property_name: bool,
}

impl AgentSchema {
    /// The declarative agent schema of a `version` such as `v1.6`, when bundled.
    pub fn declarative_agent(version: &str) -> Option<AgentSchema> {
        find(&DECLARATIVE_AGENTS, version).map(|(name, ..)| AgentSchema::DeclarativeAgent(name))
    }

    /// The plugin schema of a `schema_version` such as `v2.4`, when bundled.
    pub fn plugin(version: &str) -> Option<AgentSchema> {
        find(&PLUGINS, version).map(|(name, ..)| AgentSchema::Plugin(name))
    }

    /// The agentic user template schema of a manifest schema folder (`v1.30`), when it has one.
    pub fn agentic_user(folder: &str) -> Option<AgentSchema> {
        find(&AGENTIC_USERS, folder).map(|(name, ..)| AgentSchema::AgenticUser(name))
    }

    /// The response template schema of a manifest schema folder (`v1.17`), when it has one.
    pub fn response_template(folder: &str) -> Option<AgentSchema> {
        find(&RESPONSE_TEMPLATES, folder).map(|(name, ..)| AgentSchema::ResponseTemplate(name))
    }

    /// The bundled schema: its entry in its table, and the slot for its parsed text.
    fn bundled(self) -> Option<(Bundled, &'static Parsed)> {
        let (table, name, parsed): (&[Bundled], _, &'static [Parsed]) = match self {
            AgentSchema::DeclarativeAgent(name) => {
                (&DECLARATIVE_AGENTS, name, &PARSED.declarative_agents)
            }
            AgentSchema::Plugin(name) => (&PLUGINS, name, &PARSED.plugins),
            AgentSchema::AgenticUser(name) => (&AGENTIC_USERS, name, &PARSED.agentic_users),
            AgentSchema::ResponseTemplate(name) => {
                (&RESPONSE_TEMPLATES, name, &PARSED.response_templates)
            }
        };
        let index = table.iter().position(|(known, ..)| *known == name)?;
        Some((*table.get(index)?, parsed.get(index)?))
    }

    /// The schema's text, as shipped.
    pub fn text(self) -> &'static str {
        self.bundled()
            .map(|((_, text, _), _)| text)
            .unwrap_or_default()
    }

    /// Every error of `document` against this schema, in the generated validator's
    /// order, each `type` error that the generated code leaves out just before the
    /// `enum` or `const` error of the same value.
    pub fn errors(self, document: &Value) -> Vec<SchemaError<'_>> {
        let Some(((_, text, check), parsed)) = self.bundled() else {
            return Vec::new();
        };
        let found: Vec<ValidationError<'_>> = check(document).collect();
        // For each error: whether it is about a property's name, and the `type` error the
        // generated code left out before it.
        let forms: Vec<(bool, Option<ValidationError<'_>>)> = found
            .iter()
            .map(|error| {
                let schema_path = error.schema_path().as_str();
                let property_name = under_property_names(schema_path);
                let with_values = matches!(
                    error.kind(),
                    ValidationErrorKind::Enum { .. } | ValidationErrorKind::Constant { .. }
                );
                let left_out = (with_values && !property_name)
                    .then(|| left_out_type_error(&found, error, parsed, text, document))
                    .flatten();
                (property_name, left_out)
            })
            .collect();
        let mut errors = Vec::with_capacity(found.len());
        for (error, (property_name, type_error)) in found.into_iter().zip(forms) {
            let pointer = error.instance_path().as_str().to_string();
            if let Some(type_error) = type_error {
                errors.push(SchemaError {
                    pointer: pointer.clone(),
                    error: type_error,
                    property_name: false,
                });
            }
            errors.push(SchemaError {
                pointer,
                error,
                property_name,
            });
        }
        errors
    }
}

/// A bundled schema's text, parsed the first time a `type` keyword is looked up in it.
type Parsed = OnceLock<Option<Value>>;

/// The parsed texts, one slot per bundled schema.
struct ParsedTexts {
    declarative_agents: [Parsed; DECLARATIVE_AGENTS.len()],
    plugins: [Parsed; PLUGINS.len()],
    agentic_users: [Parsed; AGENTIC_USERS.len()],
    response_templates: [Parsed; RESPONSE_TEMPLATES.len()],
}

static PARSED: ParsedTexts = ParsedTexts {
    declarative_agents: [const { OnceLock::new() }; DECLARATIVE_AGENTS.len()],
    plugins: [const { OnceLock::new() }; PLUGINS.len()],
    agentic_users: [const { OnceLock::new() }; AGENTIC_USERS.len()],
    response_templates: [const { OnceLock::new() }; RESPONSE_TEMPLATES.len()],
};

/// The `type` error the generated code leaves out beside the `enum` or `const` error
/// `error`: when the same schema has a `type` the value does not match, and no error of
/// `found` already reports it.
fn left_out_type_error<'a>(
    found: &[ValidationError<'_>],
    error: &ValidationError<'_>,
    parsed: &Parsed,
    text: &str,
    document: &'a Value,
) -> Option<ValidationError<'a>> {
    let pointer = error.instance_path().as_str();
    let (parent, _) = error.schema_path().as_str().rsplit_once('/')?;
    let reported = found.iter().any(|other| {
        other.instance_path().as_str() == pointer
            && other.schema_path().as_str().strip_prefix(parent) == Some("/type")
    });
    if reported {
        return None;
    }
    type_error(parsed, text, parent, document.pointer(pointer)?)
}

/// The error of `value` against the `type` of the schema at `schema_path`, when that
/// schema has a `type` the value does not match.
fn type_error<'a>(
    parsed: &Parsed,
    text: &str,
    schema_path: &str,
    value: &'a Value,
) -> Option<ValidationError<'a>> {
    let schema = parsed
        .get_or_init(|| serde_json::from_str(text).ok())
        .as_ref()?
        .pointer(schema_path)?;
    let only_type = serde_json::json!({ "type": schema.get("type")? });
    let validator = jsonschema::draft7::new(&only_type).ok()?;
    let error = validator.iter_errors(value).next()?;
    Some(error.to_owned())
}

/// True when a schema path runs through a `propertyNames` keyword (not a property of
/// that name).
fn under_property_names(schema_path: &str) -> bool {
    let mut name_next = false;
    for segment in schema_path.split('/').skip(1) {
        if name_next {
            name_next = false;
            continue;
        }
        match segment {
            "propertyNames" => return true,
            "properties" | "patternProperties" | "$defs" | "definitions" | "dependencies"
            | "dependentSchemas" | "dependentRequired" => name_next = true,
            _ => {}
        }
    }
    false
}

/// The newest bundled declarative agent format (`v1.9`).
pub fn newest_declarative_agent() -> &'static str {
    DECLARATIVE_AGENTS
        .last()
        .map(|(name, ..)| *name)
        .unwrap_or_default()
}

/// The newest bundled plugin format (`v2.4`).
pub fn newest_plugin() -> &'static str {
    PLUGINS.last().map(|(name, ..)| *name).unwrap_or_default()
}

/// An entry of a table by name.
fn find(table: &[Bundled], name: &str) -> Option<Bundled> {
    table.iter().find(|(known, ..)| *known == name).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn errors(schema: Option<AgentSchema>, document: &Value) -> Vec<String> {
        let Some(schema) = schema else {
            panic!("a bundled schema");
        };
        schema
            .errors(document)
            .iter()
            .map(|error| format!("{} {}", error.pointer, error.error))
            .collect()
    }

    /// Every bundled schema, by table entry.
    fn every_schema() -> Vec<AgentSchema> {
        let names = |table: &[Bundled]| table.iter().map(|(name, ..)| *name).collect::<Vec<_>>();
        let mut all = Vec::new();
        all.extend(
            names(&DECLARATIVE_AGENTS)
                .into_iter()
                .map(AgentSchema::DeclarativeAgent),
        );
        all.extend(names(&PLUGINS).into_iter().map(AgentSchema::Plugin));
        all.extend(
            names(&AGENTIC_USERS)
                .into_iter()
                .map(AgentSchema::AgenticUser),
        );
        all.extend(
            names(&RESPONSE_TEMPLATES)
                .into_iter()
                .map(AgentSchema::ResponseTemplate),
        );
        all
    }

    /// The run-time compiler's validator of a schema, with the options the generated
    /// validators are built with: the reference the generated code is compared with.
    fn compiled(schema: AgentSchema) -> jsonschema::Validator {
        let document: Value = serde_json::from_str(schema.text()).expect("bundled schemas parse");
        let mut options = match schema {
            AgentSchema::DeclarativeAgent(_) | AgentSchema::Plugin(_) => {
                jsonschema::draft7::options()
            }
            AgentSchema::AgenticUser(_) => jsonschema::draft202012::options(),
            AgentSchema::ResponseTemplate(_) => jsonschema::draft6::options(),
        };
        options = options.should_validate_formats(true);
        for format in [
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
        ] {
            options = options.with_format(format, unasserted);
        }
        options.build(&document).expect("bundled schemas compile")
    }

    #[test]
    fn every_bundled_schema_has_a_validator() {
        for schema in every_schema() {
            assert!(!errors(Some(schema), &json!({})).is_empty(), "{schema:?}");
            assert!(!schema.text().is_empty(), "{schema:?}");
        }
        assert_eq!(AgentSchema::declarative_agent("v1.1"), None);
        assert_eq!(AgentSchema::response_template("v1.18"), None);
        assert_eq!(newest_declarative_agent(), "v1.9");
        assert_eq!(newest_plugin(), "v2.4");
    }

    #[test]
    fn identical_schemas_share_a_validator() {
        let same = |table: &[Bundled], except: &[&str]| {
            let reference = table
                .iter()
                .find(|(name, ..)| *name == "v1.30")
                .map(|(_, text, _)| *text);
            for (name, text, _) in table {
                if !except.contains(name) {
                    assert_eq!(Some(*text), reference, "{name}");
                }
            }
        };
        same(&AGENTIC_USERS, &[]);
        same(&RESPONSE_TEMPLATES, &["vDevPreview"]);
        // Every declarative agent and plugin format is its own schema (v1.9 adds
        // `agent_skills`), so each has its own validator.
        for table in [&DECLARATIVE_AGENTS[..], &PLUGINS[..]] {
            for (index, (name, text, _)) in table.iter().enumerate() {
                for (other, other_text, _) in table.iter().skip(index + 1) {
                    assert_ne!(text, other_text, "{name} and {other}");
                }
            }
        }
        let skills = json!({"version": "v1.9", "name": "A", "description": "B",
            "instructions": "C", "agent_skills": [{"folder": "skills/triage"}]});
        assert_eq!(
            errors(AgentSchema::declarative_agent("v1.9"), &skills),
            Vec::<String>::new()
        );
        let mut older = skills.clone();
        older["version"] = json!("v1.8");
        assert!(
            errors(AgentSchema::declarative_agent("v1.8"), &older)
                .iter()
                .any(|e| e.contains("agent_skills")),
            "v1.8 does not know agent_skills"
        );
        assert_ne!(
            AgentSchema::ResponseTemplate("vDevPreview").text(),
            AgentSchema::ResponseTemplate("v1.30").text()
        );
    }

    /// A small deterministic random source (the mutations must be the same every run).
    struct Random(u64);

    impl Random {
        fn below(&mut self, bound: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((self.0 >> 33) as usize) % bound.max(1)
        }
    }

    /// The pointers of every value of `document`.
    fn pointers(document: &Value, at: String, into: &mut Vec<String>) {
        match document {
            Value::Object(map) => {
                for (key, value) in map {
                    let key = key.replace('~', "~0").replace('/', "~1");
                    pointers(value, format!("{at}/{key}"), into);
                }
            }
            Value::Array(items) => {
                for (index, value) in items.iter().enumerate() {
                    pointers(value, format!("{at}/{index}"), into);
                }
            }
            _ => {}
        }
        into.push(at);
    }

    /// `document` with one to four random changes: a value replaced, removed, doubled
    /// in its list, or an unknown property added.
    fn mutant(document: &Value, random: &mut Random) -> Value {
        let values = [
            json!(null),
            json!(true),
            json!(0),
            json!(-1),
            json!(1.5),
            json!(""),
            json!("x".repeat(5000)),
            json!("http://localhost/a"),
            json!("not a uri"),
            json!("https://ok.example/x"),
            json!("a@b"),
            json!("user@contoso.com"),
            json!([]),
            json!(["x"]),
            json!({}),
            json!({"a": 1}),
            json!("v1.8"),
            json!("v1.9"),
            json!("v2.4"),
            json!("1.0"),
            json!("OAuthPluginVault"),
            json!("None"),
            json!("OpenApi"),
            json!("RemoteMCPServer"),
            json!("WebSearch"),
            json!("has spaces"),
            json!("00000000-0000-0000-0000-000000000000"),
            json!([{"name": "x"}]),
            json!({"type": "OpenApi"}),
            json!("list"),
            json!("activityProtocol"),
        ];
        let mut document = document.clone();
        for _ in 0..=random.below(4) {
            let mut all = Vec::new();
            pointers(&document, String::new(), &mut all);
            let Some(target) = all
                .get(random.below(all.len()))
                .filter(|p| !p.is_empty())
                .cloned()
            else {
                continue;
            };
            let Some((parent, key)) = target.rsplit_once('/') else {
                continue;
            };
            let choice = random.below(10);
            let value = values
                .get(random.below(values.len()))
                .cloned()
                .unwrap_or_default();
            match document.pointer_mut(parent) {
                Some(Value::Object(map)) => {
                    let key = key.replace("~1", "/").replace("~0", "~");
                    match choice {
                        0..=3 => {
                            map.remove(&key);
                        }
                        4..=5 => {
                            map.insert(format!("extra_{}", random.below(3)), value);
                        }
                        _ => {
                            map.insert(key, value);
                        }
                    }
                }
                Some(Value::Array(items)) => {
                    let index: usize = key.parse().unwrap_or_default();
                    match choice {
                        0..=2 if index < items.len() => {
                            items.remove(index);
                        }
                        3..=5 if index < items.len() => {
                            let copy = items[index].clone();
                            items.push(copy);
                        }
                        _ if index < items.len() => items[index] = value,
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        document
    }

    /// The agent fixtures' declarative agents and plugins, and small valid templates.
    fn originals() -> Vec<Value> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/agent-fixtures");
        let mut found = Vec::new();
        let mut folders = vec![root];
        while let Some(folder) = folders.pop() {
            let Ok(entries) = std::fs::read_dir(&folder) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "json")
                    && path
                        .file_name()
                        .is_some_and(|n| n != "expected.json" && n != "manifest.json")
                    && let Ok(text) = std::fs::read_to_string(&path)
                    && let Ok(document) = serde_json::from_str::<Value>(&text)
                {
                    found.push(document);
                }
            }
        }
        found.sort_by_key(|document| document.to_string());
        found.dedup();
        found.push(json!({
            "id": "contoso.tasks-agent", "schemaVersion": "0.1.0-preview",
            "agentIdentityBlueprintId": "00000000-0000-0000-0000-000000000000",
            "communicationProtocol": "activityProtocol"
        }));
        found.push(json!({
            "version": "1.0", "jsonPath": "items", "responseLayout": "list",
            "responseCardTemplate": {"type": "AdaptiveCard", "version": "1.5", "body": []},
            "previewCardTemplate": {
                "title": "${title}", "subtitle": "${owner}",
                "image": {"url": "https://contoso.example/a.png", "alt": "Task"}
            }
        }));
        found
    }

    /// (pointer, message) of each error, sorted: the generated validators report the
    /// same errors as the compiler, not always in the same order.
    fn sorted(mut errors: Vec<(String, String)>) -> Vec<(String, String)> {
        errors.sort();
        errors
    }

    #[test]
    fn generated_validators_agree_with_the_compiled_schemas() {
        let originals = originals();
        assert!(
            originals.len() >= 8,
            "{} agent fixture files",
            originals.len()
        );
        // A declarative agent v1.9 with skill folders is among them.
        assert!(
            originals
                .iter()
                .any(|d| d["version"] == "v1.9" && d.get("agent_skills").is_some()),
            "no v1.9 agent among the fixtures"
        );
        let mut random = Random(18);
        let mut compared = 0;
        let mut failing = 0;
        for schema in every_schema() {
            let reference = compiled(schema);
            for original in &originals {
                for round in 0..25 {
                    let document = if round == 0 {
                        original.clone()
                    } else {
                        mutant(original, &mut random)
                    };
                    let expected = sorted(
                        reference
                            .iter_errors(&document)
                            .map(|error| (error.instance_path().to_string(), error.to_string()))
                            .collect(),
                    );
                    let generated = sorted(
                        schema
                            .errors(&document)
                            .into_iter()
                            .map(|error| (error.pointer, error.error.to_string()))
                            .collect(),
                    );
                    assert_eq!(generated, expected, "{schema:?} on {document}");
                    compared += 1;
                    failing += usize::from(!expected.is_empty());
                }
            }
        }
        // Most altered files fail their schema: the comparison covers errors, not only passes.
        assert!(
            failing * 2 > compared,
            "{failing} of {compared} documents had errors"
        );
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
    fn a_value_outside_its_type_and_its_values_fails_both() {
        let plugin = json!({"schema_version": 2.4, "name_for_human": "Tasks"});
        let found = errors(AgentSchema::plugin("v2.4"), &plugin);
        let at_version: Vec<_> = found
            .iter()
            .filter(|e| e.starts_with("/schema_version "))
            .collect();
        assert_eq!(at_version.len(), 2, "{found:?}");
        assert!(at_version[0].contains("is not of type"), "{found:?}");
    }

    #[test]
    fn an_unknown_property_name_is_marked() {
        let agent = json!({"version": "v1.6", "name": "A", "description": "B", "instructions": "C", "colour": "red"});
        let Some(schema) = AgentSchema::declarative_agent("v1.6") else {
            panic!("v1.6 is bundled");
        };
        let found = schema.errors(&agent);
        assert!(
            found.iter().any(|e| e.property_name
                && e.pointer.is_empty()
                && e.error.instance().as_ref() == &json!("colour")),
            "{found:?}"
        );
    }

    #[test]
    fn a_property_called_like_a_keyword_is_not_a_keyword() {
        assert!(under_property_names("/propertyNames/enum"));
        assert!(under_property_names("/$defs/starter/propertyNames/enum"));
        assert!(!under_property_names("/properties/propertyNames/type"));
        assert!(!under_property_names("/$defs/propertyNames/enum"));
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
