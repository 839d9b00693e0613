//! The one table of manifest field names: for each field a publisher may see, the part of
//! the app it belongs to, what the field is called, and what one entry of it is called.
//!
//! Every output names fields from here (the change list, the store findings' places,
//! the consent evidence), so a field is called the same everywhere. The names follow
//! Developer Portal's where it has one ("Valid domains"). Each name is a message of the
//! catalogue (`place-label-…`), so it is said in the reader's language.

use std::fmt;

use crate::message::Message;

/// A name of the table: the catalogue identifier of the words for a place
/// (`place-label-short-name` is "Short name"). Shown as text, it is those words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label(pub &'static str);

impl Label {
    /// The name as a message, to nest in a sentence.
    pub fn message(self) -> Message {
        Message::new(self.0)
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().text())
    }
}

/// One manifest field as people name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// The JSON key, at the top level of the manifest unless [`Field::nested`].
    pub key: &'static str,
    /// The part of the app a change to it belongs to.
    pub area: Area,
    /// What the field is called: "Personal tabs", "Version".
    pub label: Label,
    /// What one entry of the field's list is called ("Personal tab"), for list fields.
    pub entry: Option<Label>,
    /// True for a key that only appears inside other fields (`commands`).
    pub nested: bool,
}

const fn top(key: &'static str, area: Area, label: &'static str) -> Field {
    Field {
        key,
        area,
        label: Label(label),
        entry: None,
        nested: false,
    }
}

const fn list(key: &'static str, area: Area, label: &'static str, entry: &'static str) -> Field {
    Field {
        key,
        area,
        label: Label(label),
        entry: Some(Label(entry)),
        nested: false,
    }
}

const fn inner(key: &'static str, label: &'static str, entry: &'static str) -> Field {
    Field {
        key,
        area: Area::Other,
        label: Label(label),
        entry: Some(Label(entry)),
        nested: true,
    }
}

/// A setting inside other fields (`contentUrl` is "page address").
const fn setting(key: &'static str, label: &'static str) -> Field {
    Field {
        key,
        area: Area::Other,
        label: Label(label),
        entry: None,
        nested: true,
    }
}

/// Every field and setting with a name of its own: the one table of manifest places. A
/// key `a/b` names a place inside a top-level field as a whole ("Short name", not
/// "App name › short").
pub const FIELDS: &[Field] = &[
    top("id", Area::Identity, "place-label-app-id"),
    top("version", Area::Identity, "place-label-version"),
    top(
        "manifestVersion",
        Area::Identity,
        "place-label-manifest-format-version",
    ),
    top(
        "$schema",
        Area::Identity,
        "place-label-manifest-schema-link",
    ),
    top("name", Area::Listing, "place-label-app-name"),
    top("description", Area::Listing, "place-label-description"),
    top("developer", Area::Listing, "place-label-developer-details"),
    top("icons", Area::Listing, "place-label-icons"),
    top("accentColor", Area::Listing, "place-label-accent-color"),
    top(
        "localizationInfo",
        Area::Listing,
        "place-label-translations",
    ),
    top("packageName", Area::Listing, "place-label-package-name"),
    top("name/short", Area::Listing, "place-label-short-name"),
    top("name/full", Area::Listing, "place-label-full-name"),
    top(
        "description/short",
        Area::Listing,
        "place-label-short-description",
    ),
    top(
        "description/full",
        Area::Listing,
        "place-label-full-description",
    ),
    top(
        "developer/name",
        Area::Listing,
        "place-label-developer-name",
    ),
    top("icons/color", Area::Listing, "place-label-color-icon"),
    top("icons/outline", Area::Listing, "place-label-outline-icon"),
    list(
        "bots",
        Area::Capability,
        "place-label-bots",
        "place-label-bot",
    ),
    list(
        "composeExtensions",
        Area::Capability,
        "place-label-message-extensions",
        "place-label-message-extension",
    ),
    list(
        "connectors",
        Area::Capability,
        "place-label-connectors",
        "place-label-connector",
    ),
    list(
        "staticTabs",
        Area::Capability,
        "place-label-personal-tabs",
        "place-label-personal-tab",
    ),
    list(
        "configurableTabs",
        Area::Capability,
        "place-label-channel-and-group-tabs",
        "place-label-channel-group-tab",
    ),
    top(
        "webApplicationInfo",
        Area::Capability,
        "place-label-sign-in-settings",
    ),
    top(
        "authorization",
        Area::Capability,
        "place-label-team-and-chat-data-permissions",
    ),
    list(
        "permissions",
        Area::Capability,
        "place-label-permissions",
        "place-label-permission",
    ),
    list(
        "devicePermissions",
        Area::Capability,
        "place-label-device-permissions",
        "place-label-device-permission",
    ),
    list(
        "validDomains",
        Area::Capability,
        "place-label-valid-domains",
        "place-label-valid-domain",
    ),
    top(
        "meetingExtensionDefinition",
        Area::Capability,
        "place-label-meeting-extension",
    ),
    top(
        "activities",
        Area::Capability,
        "place-label-activity-feed-notifications",
    ),
    top("copilotAgents", Area::Agent, "place-label-copilot-agents"),
    top(
        "copilotExtensions",
        Area::Agent,
        "place-label-copilot-extensions",
    ),
    list(
        "agentConnectors",
        Area::Agent,
        "place-label-agent-connectors",
        "place-label-agent-connector",
    ),
    list(
        "agentSkills",
        Area::Agent,
        "place-label-agent-skills",
        "place-label-agent-skill",
    ),
    list(
        "agenticUserTemplates",
        Area::Agent,
        "place-label-agentic-user-templates",
        "place-label-agentic-user-template",
    ),
    list(
        "extensions",
        Area::Capability,
        "place-label-outlook-and-office-extensions",
        "place-label-extension",
    ),
    list(
        "dashboardCards",
        Area::Capability,
        "place-label-dashboard-cards",
        "place-label-dashboard-card",
    ),
    top(
        "graphConnector",
        Area::Capability,
        "place-label-graph-connector",
    ),
    top(
        "supportedChannelTypes",
        Area::Capability,
        "place-label-supported-channel-types",
    ),
    top(
        "defaultInstallScope",
        Area::Capability,
        "place-label-default-install-scope",
    ),
    top(
        "defaultGroupCapability",
        Area::Capability,
        "place-label-default-group-capability",
    ),
    inner("commands", "place-label-commands", "place-label-command"),
    inner(
        "additionalLanguages",
        "place-label-languages",
        "place-label-language",
    ),
    inner(
        "resourceSpecific",
        "place-label-permissions",
        "place-label-permission",
    ),
    inner(
        "activityTypes",
        "place-label-activity-types",
        "place-label-activity-type",
    ),
    inner(
        "declarativeAgents",
        "place-label-declarative-agents",
        "place-label-declarative-agent",
    ),
    inner(
        "parameters",
        "place-label-parameters",
        "place-label-parameter",
    ),
    inner(
        "commandLists",
        "place-label-command-lists",
        "place-label-command-list",
    ),
    setting("supportsFiles", "place-label-file-sharing"),
    setting("isNotificationOnly", "place-label-notifications-only"),
    setting("supportsCalling", "place-label-audio-calls"),
    setting("supportsVideo", "place-label-video"),
    setting("contentUrl", "place-label-page-address"),
    setting("websiteUrl", "place-label-website-address"),
    setting("configurationUrl", "place-label-setup-page-address"),
    setting("searchUrl", "place-label-search-address"),
    setting("privacyUrl", "place-label-privacy-statement-address"),
    setting("termsOfUseUrl", "place-label-terms-of-use-address"),
    setting("mpnId", "place-label-partner-network-id"),
    setting("botId", "place-label-bot-id"),
    setting("entityId", "place-label-tab-id"),
    setting("connectorId", "place-label-connector-id"),
    setting("color", "place-label-color-icon-setting"),
    setting("outline", "place-label-outline-icon-setting"),
    setting("resource", "place-label-resource-address"),
    setting(
        "canUpdateConfiguration",
        "place-label-settings-can-be-changed",
    ),
    setting("id", "place-label-id"),
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

/// What people call the setting `key` inside another field, or `None` to show it as
/// written (the table's own tests; places read settings through [`label_at`]).
#[cfg(test)]
pub fn setting_label(key: &str) -> Option<Label> {
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
pub fn entry_label(key: &str) -> Option<Label> {
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
    use crate::msg;

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
            let catalogue = crate::message::Catalogue::english();
            for label in std::iter::once(field.label).chain(field.entry) {
                assert!(
                    catalogue.has(label.0),
                    "{}: {} is not in the catalogue",
                    field.key,
                    label.0
                );
                let words = label.to_string();
                assert!(!words.contains('`') && !words.is_empty(), "{words}");
            }
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
        let entry = |key| entry_label(key).map(|label| label.to_string());
        assert_eq!(
            entry("configurableTabs").as_deref(),
            Some("Channel/group tab")
        );
        assert_eq!(entry("commands").as_deref(), Some("Command"));
        assert_eq!(
            setting_label("contentUrl").map(Label::message),
            Some(msg!("place-label-page-address"))
        );
        assert_eq!(entry_label("name"), None);
    }
}
