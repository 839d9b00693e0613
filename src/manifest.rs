//! The parts of a Teams manifest the checks read, validated once at load time.
//!
//! Anything the rules depend on is checked here, so a rule never meets a
//! field of the wrong shape: a wrong shape is an input error with its location.

use serde_json::{Map, Value};

use crate::message::{Arg, Message};
use crate::msg;

/// Where in the manifest a problem is, and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestError {
    /// The field, written the way the manifest spells it (`bots[0].botId`).
    pub field: String,
    /// What is wrong with it and what is expected.
    pub message: Message,
}

impl std::fmt::Display for ManifestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = msg!(
            "input-manifest-field-problem",
            field = self.field.as_str(),
            problem = &self.message
        );
        f.write_str(&text.text())
    }
}

impl std::error::Error for ManifestError {}

/// One bot of the app with the settings that affect consent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bot {
    /// The bot's Microsoft App ID as written.
    pub bot_id: String,
    /// `isNotificationOnly` (absent means false).
    pub is_notification_only: bool,
    /// `supportsFiles` (absent means false).
    pub supports_files: bool,
    /// `supportsCalling` (absent means false).
    pub supports_calling: bool,
    /// `supportsVideo` (absent means false).
    pub supports_video: bool,
}

/// How a message extension is told apart from the others.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ExtensionKey {
    /// Identity key of its `botId`, or of its `id` when it has no `botId`.
    Id(String),
    /// Its 0-based position, when it has neither.
    Position(usize),
}

impl ExtensionKey {
    /// The key in words, as a message's argument: the ID as written, or "number 2 in
    /// the list".
    pub fn in_words(&self) -> Arg {
        match self {
            ExtensionKey::Id(id) => id.into(),
            ExtensionKey::Position(index) => {
                msg!("place-extension-number", number = index.saturating_add(1)).into()
            }
        }
    }
}

impl std::fmt::Display for ExtensionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.in_words() {
            Arg::Text(text) => f.write_str(&text),
            Arg::Message(message) => f.write_str(&message.text()),
            Arg::Number(number) => write!(f, "{number}"),
        }
    }
}

/// A resource-specific consent (RSC) permission: its `name` and `type`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RscPermission {
    /// Permission name, such as `ChannelMessage.Read.Group`.
    pub name: String,
    /// Permission type, `Application` or `Delegated`.
    pub kind: String,
}

/// A validated manifest: the whole document plus typed views of what the checks use.
#[derive(Debug, Clone, PartialEq)]
pub struct Manifest {
    /// The parsed document exactly as read.
    pub document: Value,
    /// `id` as written.
    pub id: String,
    /// `version` as written.
    pub version: String,
    /// `bots`, in order.
    pub bots: Vec<Bot>,
    /// Keys of the `composeExtensions` entries, in order.
    pub message_extensions: Vec<ExtensionKey>,
    /// `connectors[].connectorId`, as written, in order.
    pub connectors: Vec<String>,
    /// `staticTabs[].entityId`, in order.
    pub personal_tabs: Vec<String>,
    /// How many `configurableTabs` entries there are.
    pub channel_tab_count: usize,
    /// `webApplicationInfo` when present and not null.
    pub web_application_info: Option<Value>,
    /// `authorization.permissions.resourceSpecific`, in order.
    pub rsc_permissions: Vec<RscPermission>,
    /// True when `extensions` is a non-empty array (an Office add-in manifest).
    pub has_office_extensions: bool,
}

impl Manifest {
    /// Validates a parsed document and extracts the typed views.
    pub fn from_value(document: Value) -> Result<Self, ManifestError> {
        let root = document.as_object().ok_or_else(|| ManifestError {
            field: "(whole file)".into(),
            message: msg!("input-manifest-not-object", value = describe(&document)),
        })?;
        let id = required_string(root, "id", "id")?.to_string();
        let version = required_string(root, "version", "version")?.to_string();

        let bots = object_list(root, "bots")?
            .into_iter()
            .enumerate()
            .map(|(i, bot)| read_bot(i, bot))
            .collect::<Result<Vec<_>, _>>()?;

        let message_extensions = object_list(root, "composeExtensions")?
            .into_iter()
            .enumerate()
            .map(|(i, ext)| message_extension_key(i, ext))
            .collect();

        let connectors = object_list(root, "connectors")?
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                required_string(c, "connectorId", &format!("connectors[{i}].connectorId"))
                    .map(str::to_string)
            })
            .collect::<Result<Vec<_>, _>>()?;

        let personal_tabs = object_list(root, "staticTabs")?
            .into_iter()
            .enumerate()
            .map(|(i, t)| {
                required_string(t, "entityId", &format!("staticTabs[{i}].entityId"))
                    .map(str::to_string)
            })
            .collect::<Result<Vec<_>, _>>()?;

        let channel_tab_count = object_list(root, "configurableTabs")?.len();

        let web_application_info =
            optional_object(root, "webApplicationInfo", "webApplicationInfo")?
                .map(|map| Value::Object(map.clone()));

        let rsc_permissions = read_rsc_permissions(root)?;
        let has_office_extensions = root
            .get("extensions")
            .and_then(Value::as_array)
            .is_some_and(|list| !list.is_empty());

        Ok(Manifest {
            id,
            version,
            bots,
            message_extensions,
            connectors,
            personal_tabs,
            channel_tab_count,
            web_application_info,
            rsc_permissions,
            has_office_extensions,
            document,
        })
    }

    /// The app's short name (`name.short`, or `name` when it is plain text).
    pub fn app_name(&self) -> Option<&str> {
        match self.document.get("name")? {
            Value::String(name) => Some(name),
            Value::Object(name) => name.get("short").and_then(Value::as_str),
            _ => None,
        }
    }

    /// `manifestVersion` as text (some old manifests write it as a number).
    pub fn manifest_version(&self) -> Option<String> {
        match self.document.get("manifestVersion")? {
            Value::String(v) => Some(v.to_string()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    }

    /// The path of the color icon inside the package (`icons.color`).
    pub fn color_icon_path(&self) -> Option<&str> {
        self.document.get("icons")?.get("color")?.as_str()
    }
}

fn read_bot(index: usize, bot: &Map<String, Value>) -> Result<Bot, ManifestError> {
    let flag = |name: &str| optional_bool(bot, name, &format!("bots[{index}].{name}"));
    Ok(Bot {
        bot_id: required_string(bot, "botId", &format!("bots[{index}].botId"))?.to_string(),
        is_notification_only: flag("isNotificationOnly")?,
        supports_files: flag("supportsFiles")?,
        supports_calling: flag("supportsCalling")?,
        supports_video: flag("supportsVideo")?,
    })
}

fn message_extension_key(index: usize, ext: &Map<String, Value>) -> ExtensionKey {
    if let Some(Value::String(bot_id)) = ext.get("botId") {
        ExtensionKey::Id(crate::ids::identity_key(bot_id))
    } else if let Some(Value::String(id)) = ext.get("id") {
        ExtensionKey::Id(crate::ids::identity_key(id))
    } else {
        ExtensionKey::Position(index)
    }
}

fn read_rsc_permissions(root: &Map<String, Value>) -> Result<Vec<RscPermission>, ManifestError> {
    let Some(authorization) = optional_object(root, "authorization", "authorization")? else {
        return Ok(Vec::new());
    };
    let Some(permissions) =
        optional_object(authorization, "permissions", "authorization.permissions")?
    else {
        return Ok(Vec::new());
    };
    let list = match permissions.get("resourceSpecific") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(list)) => list,
        Some(other) => {
            return Err(ManifestError {
                field: "authorization.permissions.resourceSpecific".into(),
                message: msg!("input-manifest-not-list", value = describe(other)),
            });
        }
    };
    list.iter()
        .enumerate()
        .map(|(i, entry)| {
            let field = format!("authorization.permissions.resourceSpecific[{i}]");
            let entry = entry.as_object().ok_or_else(|| ManifestError {
                field: field.clone(),
                message: msg!(
                    "input-manifest-permission-not-object",
                    value = describe(entry)
                ),
            })?;
            Ok(RscPermission {
                name: required_string(entry, "name", &format!("{field}.name"))?.to_string(),
                kind: required_string(entry, "type", &format!("{field}.type"))?.to_string(),
            })
        })
        .collect()
}

/// Reads an object field that may be absent or null (= `None`).
fn optional_object<'a>(
    map: &'a Map<String, Value>,
    key: &str,
    field: &str,
) -> Result<Option<&'a Map<String, Value>>, ManifestError> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(inner)) => Ok(Some(inner)),
        Some(other) => Err(ManifestError {
            field: field.to_string(),
            message: msg!("input-manifest-not-object-field", value = describe(other)),
        }),
    }
}

/// Reads a list field that may be absent or null (= empty) and must hold objects.
fn object_list<'a>(
    root: &'a Map<String, Value>,
    name: &str,
) -> Result<Vec<&'a Map<String, Value>>, ManifestError> {
    let list = match root.get(name) {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(list)) => list,
        Some(other) => {
            return Err(ManifestError {
                field: name.to_string(),
                message: msg!("input-manifest-not-list", value = describe(other)),
            });
        }
    };
    list.iter()
        .enumerate()
        .map(|(i, item)| {
            item.as_object().ok_or_else(|| ManifestError {
                field: format!("{name}[{i}]"),
                message: msg!("input-manifest-entry-not-object", value = describe(item)),
            })
        })
        .collect()
}

fn required_string<'a>(
    map: &'a Map<String, Value>,
    key: &str,
    field: &str,
) -> Result<&'a str, ManifestError> {
    match map.get(key) {
        Some(Value::String(s)) => Ok(s),
        None => Err(ManifestError {
            field: field.to_string(),
            message: msg!("input-manifest-missing"),
        }),
        Some(other) => Err(ManifestError {
            field: field.to_string(),
            message: msg!("input-manifest-not-text", value = describe(other)),
        }),
    }
}

fn optional_bool(map: &Map<String, Value>, key: &str, field: &str) -> Result<bool, ManifestError> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(other) => Err(ManifestError {
            field: field.to_string(),
            message: msg!("input-manifest-not-true-or-false", value = describe(other)),
        }),
    }
}

/// Names a value's type in plain words, for error messages.
pub fn describe(value: &Value) -> Message {
    match value {
        Value::Null => msg!("input-value-null"),
        Value::Bool(b) => msg!("input-value-true-or-false", value = b.to_string()),
        // As JSON writes it (1.50 is 1.5), not as a number the catalogue formats.
        Value::Number(n) => msg!("input-value-number", number = n.to_string()),
        Value::String(s) => {
            let shown: String = s.chars().take(40).collect();
            if s.chars().count() > 40 {
                msg!("input-value-text-shortened", text = shown)
            } else {
                msg!("input-value-text", text = shown)
            }
        }
        Value::Array(_) => msg!("input-value-list"),
        Value::Object(_) => msg!("input-value-object"),
    }
}

/// Every file path a manifest names (icons, localization files, the channel tab's
/// SharePoint preview image, API specifications and response templates, activity
/// icons, declarative agents, agentic user templates), with its pointer, in document order.
pub fn files_named(document: &Value) -> Vec<(String, &str)> {
    let mut found: Vec<(String, &str)> = Vec::new();
    let mut add = |pointer: String| {
        if let Some(path) = document.pointer(&pointer).and_then(Value::as_str) {
            found.push((pointer, path));
        }
    };
    for field in ["color", "outline", "color32x32"] {
        add(format!("/icons/{field}"));
    }
    add("/localizationInfo/defaultLanguageFile".to_string());
    let languages = list_length(document, "/localizationInfo/additionalLanguages");
    for index in 0..languages {
        add(format!(
            "/localizationInfo/additionalLanguages/{index}/file"
        ));
    }
    for index in 0..list_length(document, "/configurableTabs") {
        add(format!("/configurableTabs/{index}/sharePointPreviewImage"));
    }
    for index in 0..list_length(document, "/composeExtensions") {
        add(format!("/composeExtensions/{index}/apiSpecificationFile"));
        let commands = list_length(document, &format!("/composeExtensions/{index}/commands"));
        for command in 0..commands {
            add(format!(
                "/composeExtensions/{index}/commands/{command}/apiResponseRenderingTemplateFile"
            ));
        }
    }
    let activity_icons = list_length(document, "/activities/activityIcons");
    for index in 0..activity_icons {
        add(format!("/activities/activityIcons/{index}/iconFile"));
    }
    let agents = list_length(document, "/copilotAgents/declarativeAgents");
    for index in 0..agents {
        add(format!("/copilotAgents/declarativeAgents/{index}/file"));
    }
    for index in 0..list_length(document, "/agenticUserTemplates") {
        add(format!("/agenticUserTemplates/{index}/file"));
    }
    found
}

/// How many entries the list at `pointer` has (0 when it is not a list).
fn list_length(document: &Value, pointer: &str) -> usize {
    document
        .pointer(pointer)
        .and_then(Value::as_array)
        .map_or(0, Vec::len)
}

/// The package entry name a manifest path means (one leading `./` dropped).
pub fn package_entry_name(path: &str) -> &str {
    path.strip_prefix("./").unwrap_or(path)
}

/// The package entries whose bytes are kept when a package is loaded: the icons and
/// localization files the manifest names (the store checks read them).
pub fn files_to_keep(document: &Value) -> Vec<String> {
    files_named(document)
        .into_iter()
        .filter(|(pointer, _)| {
            pointer.starts_with("/icons/") || pointer.starts_with("/localizationInfo/")
        })
        .map(|(_, path)| package_entry_name(path).to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn manifest_error_is_an_error_that_names_the_field() {
        let err: Box<dyn std::error::Error> =
            Box::new(Manifest::from_value(json!({"id": 1})).unwrap_err());
        assert!(err.to_string().starts_with("field `id`: "), "{err}");
    }

    fn load(value: serde_json::Value) -> Result<Manifest, ManifestError> {
        Manifest::from_value(value)
    }

    #[test]
    fn problems_read_as_before_in_english() {
        let said = |value: Value| load(value).map_or_else(|err| err.to_string(), |_| String::new());
        let cases = [
            (
                json!([]),
                "field `(whole file)`: a manifest must be a JSON object (starting with `{`), but this file is a list (`[ ... ]`)",
            ),
            (
                json!({"id": 1.50}),
                "field `id`: must be text in double quotes, but it is the number 1.5",
            ),
            (
                json!({"version": "1.0.0"}),
                "field `id`: is missing; it is required",
            ),
            (
                json!({"id": "x", "version": "1", "connectors": {}}),
                "field `connectors`: must be a list (`[ ... ]`), but it is an object (`{ ... }`)",
            ),
            (
                json!({"id": "x", "version": "1", "staticTabs": [true]}),
                "field `staticTabs[0]`: each entry must be an object (`{ ... }`), but this one is true (true/false)",
            ),
            (
                json!({"id": "x", "version": "1", "bots": [{"botId": "b", "supportsFiles": "yes"}]}),
                "field `bots[0].supportsFiles`: must be true or false (without quotes), but it is the text \"yes\"",
            ),
            (
                json!({"id": "x", "version": "1", "authorization": "x".repeat(41)}),
                "field `authorization`: must be an object (`{ ... }`), but it is the text \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\"",
            ),
            (
                json!({"id": "x", "version": "1", "authorization": {"permissions": {"resourceSpecific": [null]}}}),
                "field `authorization.permissions.resourceSpecific[0]`: each permission must be an object with a `name` and a `type`, but this one is null (empty)",
            ),
        ];
        for (value, text) in cases {
            assert_eq!(said(value), text);
        }
        assert_eq!(
            ExtensionKey::Position(1).to_string(),
            "number 2 in the list"
        );
        assert_eq!(ExtensionKey::Id("bot-1".into()).to_string(), "bot-1");
    }

    #[test]
    fn minimal_manifest_has_empty_capabilities() {
        let m = load(json!({"id": "x", "version": "1.0.0", "bots": null})).unwrap();
        assert!(m.bots.is_empty() && m.connectors.is_empty() && m.personal_tabs.is_empty());
        assert_eq!(m.channel_tab_count, 0);
        assert!(m.web_application_info.is_none());
        assert!(m.rsc_permissions.is_empty());
    }

    #[test]
    fn root_id_and_version_are_required_strings() {
        assert_eq!(load(json!([])).unwrap_err().field, "(whole file)");
        assert_eq!(load(json!({"version": "1.0.0"})).unwrap_err().field, "id");
        assert_eq!(
            load(json!({"id": "x", "version": 1})).unwrap_err().field,
            "version"
        );
    }

    #[test]
    fn lists_must_hold_objects() {
        let err = load(json!({"id": "x", "version": "1", "staticTabs": [{"entityId": "a"}, 3]}));
        assert_eq!(err.unwrap_err().field, "staticTabs[1]");
        let err = load(json!({"id": "x", "version": "1", "connectors": {}}));
        assert_eq!(err.unwrap_err().field, "connectors");
    }

    #[test]
    fn bot_fields_are_checked() {
        let err = load(json!({"id": "x", "version": "1", "bots": [{"botId": 5}]}));
        assert_eq!(err.unwrap_err().field, "bots[0].botId");
        let err = load(
            json!({"id": "x", "version": "1", "bots": [{"botId": "b", "supportsFiles": "yes"}]}),
        );
        assert_eq!(err.unwrap_err().field, "bots[0].supportsFiles");
        let m = load(json!({"id": "x", "version": "1", "bots": [{"botId": "b", "supportsVideo": null, "supportsCalling": true}]})).unwrap();
        assert!(m.bots[0].supports_calling && !m.bots[0].supports_video);
    }

    #[test]
    fn web_application_info_and_rsc_shapes() {
        let err = load(json!({"id": "x", "version": "1", "webApplicationInfo": "abc"}));
        assert_eq!(err.unwrap_err().field, "webApplicationInfo");
        let err = load(json!({"id": "x", "version": "1", "authorization": []}));
        assert_eq!(err.unwrap_err().field, "authorization");
        let err = load(json!({"id": "x", "version": "1", "authorization": {"permissions": 1}}));
        assert_eq!(err.unwrap_err().field, "authorization.permissions");
        let err = load(
            json!({"id": "x", "version": "1", "authorization": {"permissions": {"resourceSpecific": [{"name": "a"}]}}}),
        );
        assert_eq!(
            err.unwrap_err().field,
            "authorization.permissions.resourceSpecific[0].type"
        );
        let m = load(json!({"id": "x", "version": "1", "authorization": {"permissions": null}}))
            .unwrap();
        assert!(m.rsc_permissions.is_empty());
    }

    #[test]
    fn message_extension_keys() {
        let m = load(json!({"id": "x", "version": "1", "composeExtensions": [
            {"botId": "0B5C3D6E-1234-4ABC-9DEF-00112233AABB", "id": "ignored"},
            {"id": "search"},
            {"botId": 7}
        ]}))
        .unwrap();
        assert_eq!(
            m.message_extensions,
            vec![
                ExtensionKey::Id("0b5c3d6e-1234-4abc-9def-00112233aabb".into()),
                ExtensionKey::Id("search".into()),
                ExtensionKey::Position(2),
            ]
        );
    }

    #[test]
    fn summary_fields() {
        let m = load(json!({"id": "x", "version": "1", "name": {"short": "Contoso"}, "manifestVersion": 1.5})).unwrap();
        assert_eq!(m.app_name(), Some("Contoso"));
        assert_eq!(m.manifest_version().as_deref(), Some("1.5"));
    }
}
