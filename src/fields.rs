//! The one table of manifest field names: for each field a publisher may see, the part of
//! the app it belongs to, what the field is called, and what one entry of it is called.
//!
//! Every output names fields from here (the change list, the store findings' places,
//! the consent evidence), so a field is called the same everywhere. The names follow
//! Developer Portal's where it has one ("Valid domains").

/// One manifest field as people name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// The JSON key, at the top level of the manifest unless [`Field::nested`].
    pub key: &'static str,
    /// The part of the app a change to it belongs to.
    pub area: Area,
    /// What the field is called: "Personal tabs", "Version".
    pub label: &'static str,
    /// What one entry of the field's list is called ("Personal tab"), for list fields.
    pub entry: Option<&'static str>,
    /// True for a key that only appears inside other fields (`commands`).
    pub nested: bool,
}

const fn top(key: &'static str, area: Area, label: &'static str) -> Field {
    Field {
        key,
        area,
        label,
        entry: None,
        nested: false,
    }
}

const fn list(key: &'static str, area: Area, label: &'static str, entry: &'static str) -> Field {
    Field {
        key,
        area,
        label,
        entry: Some(entry),
        nested: false,
    }
}

const fn inner(key: &'static str, label: &'static str, entry: &'static str) -> Field {
    Field {
        key,
        area: Area::Other,
        label,
        entry: Some(entry),
        nested: true,
    }
}

/// A setting inside other fields (`contentUrl` is "page address").
const fn setting(key: &'static str, label: &'static str) -> Field {
    Field {
        key,
        area: Area::Other,
        label,
        entry: None,
        nested: true,
    }
}

/// Every field and setting with a name of its own: the one table of manifest places. A
/// key `a/b` names a place inside a top-level field as a whole ("Short name", not
/// "App name › short").
pub const FIELDS: &[Field] = &[
    top("id", Area::Identity, "App ID"),
    top("version", Area::Identity, "Version"),
    top("manifestVersion", Area::Identity, "Manifest format version"),
    top("$schema", Area::Identity, "Manifest schema link"),
    top("name", Area::Listing, "App name"),
    top("description", Area::Listing, "Description"),
    top("developer", Area::Listing, "Developer details"),
    top("icons", Area::Listing, "Icons"),
    top("accentColor", Area::Listing, "Accent color"),
    top("localizationInfo", Area::Listing, "Translations"),
    top("packageName", Area::Listing, "Package name"),
    top("name/short", Area::Listing, "Short name"),
    top("name/full", Area::Listing, "Full name"),
    top("description/short", Area::Listing, "Short description"),
    top("description/full", Area::Listing, "Full description"),
    top("developer/name", Area::Listing, "Developer name"),
    top("icons/color", Area::Listing, "Color icon"),
    top("icons/outline", Area::Listing, "Outline icon"),
    list("bots", Area::Capability, "Bots", "Bot"),
    list(
        "composeExtensions",
        Area::Capability,
        "Message extensions",
        "Message extension",
    ),
    list("connectors", Area::Capability, "Connectors", "Connector"),
    list(
        "staticTabs",
        Area::Capability,
        "Personal tabs",
        "Personal tab",
    ),
    list(
        "configurableTabs",
        Area::Capability,
        "Channel and group tabs",
        "Channel/group tab",
    ),
    top("webApplicationInfo", Area::Capability, "Sign-in settings"),
    top(
        "authorization",
        Area::Capability,
        "Team and chat data permissions",
    ),
    list("permissions", Area::Capability, "Permissions", "Permission"),
    list(
        "devicePermissions",
        Area::Capability,
        "Device permissions",
        "Device permission",
    ),
    list(
        "validDomains",
        Area::Capability,
        "Valid domains",
        "Valid domain",
    ),
    top(
        "meetingExtensionDefinition",
        Area::Capability,
        "Meeting extension",
    ),
    top(
        "activities",
        Area::Capability,
        "Activity feed notifications",
    ),
    top("copilotAgents", Area::Agent, "Copilot agents"),
    top("copilotExtensions", Area::Agent, "Copilot extensions"),
    list(
        "agentConnectors",
        Area::Agent,
        "Agent connectors",
        "Agent connector",
    ),
    list("agentSkills", Area::Agent, "Agent skills", "Agent skill"),
    list(
        "agenticUserTemplates",
        Area::Agent,
        "Agentic user templates",
        "Agentic user template",
    ),
    list(
        "extensions",
        Area::Capability,
        "Outlook and Office extensions",
        "Extension",
    ),
    list(
        "dashboardCards",
        Area::Capability,
        "Dashboard cards",
        "Dashboard card",
    ),
    top("graphConnector", Area::Capability, "Graph connector"),
    top(
        "supportedChannelTypes",
        Area::Capability,
        "Supported channel types",
    ),
    top(
        "defaultInstallScope",
        Area::Capability,
        "Default install scope",
    ),
    top(
        "defaultGroupCapability",
        Area::Capability,
        "Default group capability",
    ),
    inner("commands", "Commands", "Command"),
    inner("additionalLanguages", "Languages", "Language"),
    inner("resourceSpecific", "Permissions", "Permission"),
    inner("activityTypes", "Activity types", "Activity type"),
    inner(
        "declarativeAgents",
        "Declarative agents",
        "Declarative agent",
    ),
    inner("parameters", "Parameters", "Parameter"),
    inner("commandLists", "command lists", "Command list"),
    setting("supportsFiles", "file sharing"),
    setting("isNotificationOnly", "notifications only"),
    setting("supportsCalling", "audio calls"),
    setting("supportsVideo", "video"),
    setting("contentUrl", "page address"),
    setting("websiteUrl", "website address"),
    setting("configurationUrl", "setup page address"),
    setting("searchUrl", "search address"),
    setting("privacyUrl", "privacy statement address"),
    setting("termsOfUseUrl", "terms of use address"),
    setting("mpnId", "Partner Network ID"),
    setting("botId", "bot ID"),
    setting("entityId", "tab ID"),
    setting("connectorId", "connector ID"),
    setting("color", "color icon"),
    setting("outline", "outline icon"),
    setting("resource", "resource address"),
    setting("canUpdateConfiguration", "settings can be changed"),
    setting("id", "ID"),
];

/// Which part of the app a change touches, so people can tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    /// App ID, version, manifest schema version.
    Identity,
    /// What the store and users see: name, descriptions, developer, icons, colors.
    Listing,
    /// What the app can do: bots, tabs, extensions, connectors, sign-in, permissions.
    Capability,
    /// The Copilot agent: its manifest entries and the agent files they lead to.
    Agent,
    /// Any other manifest field.
    Other,
    /// A file of the app package other than the manifest (icons, translations).
    PackageFile,
}

impl Area {
    /// A short heading for this area, as a message.
    pub fn title_message(self) -> crate::message::Message {
        match self {
            Area::Identity => crate::msg!("change-area-identity"),
            Area::Listing => crate::msg!("change-area-listing"),
            Area::Capability => crate::msg!("change-area-capability"),
            Area::Agent => crate::msg!("change-area-agent"),
            Area::Other => crate::msg!("change-area-other"),
            Area::PackageFile => crate::msg!("change-area-package-file"),
        }
    }

    /// A short heading for this area ([`Area::title_message`] in English).
    pub fn title(self) -> String {
        self.title_message().text()
    }
}

/// What people call the setting `key` inside another field, or `None` to show it as written.
pub fn setting_label(key: &str) -> Option<&'static str> {
    FIELDS
        .iter()
        .find(|field| field.nested && field.key == key)
        .map(|field| field.label)
}

/// What people call the key `key` at `depth` segments into a pointer (0 is the top level):
/// a top-level field's name there, a setting's or an inner list's name deeper (a top-level
/// field's name when no inner one has the key).
pub fn label_at(key: &str, depth: usize) -> Option<&'static Field> {
    let nested = depth > 0;
    FIELDS
        .iter()
        .find(|field| field.nested == nested && field.key == key)
        .or_else(|| {
            FIELDS
                .iter()
                .find(|field| nested && !field.nested && field.entry.is_some() && field.key == key)
        })
}

/// The top-level field named `key`, when it has a name of its own.
pub fn top_level(key: &str) -> Option<&'static Field> {
    FIELDS
        .iter()
        .find(|field| !field.nested && field.key == key)
}

/// What one entry of the list `key` is called (`staticTabs` → "Personal tab"), at any depth.
pub fn entry_label(key: &str) -> Option<&'static str> {
    FIELDS
        .iter()
        .find_map(|field| field.entry.filter(|_| field.key == key))
}

/// The part of the app a manifest path belongs to, by its first segment.
pub fn area_of(pointer: &str) -> Area {
    let first = pointer
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or("");
    top_level(first).map_or(Area::Other, |field| field.area)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_names_have_no_code() {
        for (i, field) in FIELDS.iter().enumerate() {
            assert!(
                FIELDS
                    .iter()
                    .skip(i + 1)
                    .all(|other| other.key != field.key || other.nested != field.nested),
                "{} twice",
                field.key
            );
            assert!(!field.label.contains('`') && !field.label.is_empty());
        }
    }

    #[test]
    fn areas_and_entries() {
        assert_eq!(area_of("/staticTabs/0/name"), Area::Capability);
        assert_eq!(area_of("/name/short"), Area::Listing);
        assert_eq!(area_of("/version"), Area::Identity);
        assert_eq!(area_of("/somethingNew"), Area::Other);
        assert_eq!(
            area_of("/commands"),
            Area::Other,
            "nested keys are not top level"
        );
        assert_eq!(entry_label("configurableTabs"), Some("Channel/group tab"));
        assert_eq!(entry_label("commands"), Some("Command"));
        assert_eq!(entry_label("name"), None);
    }
}
