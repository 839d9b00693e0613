//! `agent-schema-url` (warning, packages only)
//!
//! **What it checks:** a declarative agent's or plugin's `$schema` link names the
//! same format as its `version` (`schema_version`): the version in the link is the
//! first `/v1.6/` (or `/1.6/`) part of it.
//!
//! **Why:** editors and the Agents Toolkit check the file against the linked schema;
//! a link to another format checks it against the wrong rules, so mistakes slip by.
//!
//! **Example:** `"$schema": "https://developer.microsoft.com/json-schemas/copilot/declarative-agent/v1.4/schema.json"`
//! with `"version": "v1.6"`.
//!
//! Source: the declarative agent and API plugin manifest references.

use serde_json::Value;

use crate::package_use::UseKind;

use super::{Raw, Severity, StoreCheck, Subject, sources};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "agent-schema-url";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-agent-schema-url-title",
    severity: Severity::Warning,
    needs_package: true,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// One finding per agent file whose schema link names another format.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let mut found = Vec::new();
    for file in subject.agents.files.values() {
        let crate::agents::AgentContent::Loaded(document) = file.content() else {
            continue;
        };
        let (field, source) = match file.kind {
            UseKind::DeclarativeAgent => ("version", sources::DECLARATIVE_AGENT),
            UseKind::Plugin => ("schema_version", sources::PLUGIN),
            _ => continue,
        };
        let Some(link) = document.get("$schema").and_then(Value::as_str) else {
            continue;
        };
        let Some(version) = document.get(field).and_then(Value::as_str) else {
            continue;
        };
        let Some(linked) = version_in_link(link) else {
            continue;
        };
        if linked != version.trim_start_matches('v') {
            found.push(Raw::in_file(
                &file.name,
                "/$schema",
                msg!(
                    "store-agent-schema-url-mismatch",
                    file = file.name.as_str(),
                    linked = linked,
                    version = version,
                ),
                source,
            ));
        }
    }
    found
}

/// The version a schema link names: the first `/v?<digits>.<digits>/` part, without the `v`.
fn version_in_link(link: &str) -> Option<&str> {
    let parts: Vec<&str> = link.split('/').collect();
    // Only parts with a slash on both sides.
    let inner = parts.get(1..parts.len().saturating_sub(1))?;
    inner.iter().find_map(|part| {
        let version = part.strip_prefix('v').unwrap_or(part);
        let (major, minor) = version.split_once('.')?;
        let digits = |text: &str| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
        (digits(major) && digits(minor)).then_some(version)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_in_links() {
        let base = "https://developer.microsoft.com/json-schemas/copilot";
        assert_eq!(
            version_in_link(&format!("{base}/declarative-agent/v1.4/schema.json")),
            Some("1.4")
        );
        assert_eq!(
            version_in_link(&format!("{base}/plugin/2.4/schema.json")),
            Some("2.4")
        );
        assert_eq!(version_in_link(&format!("{base}/plugin/schema.json")), None);
        assert_eq!(version_in_link("schema.json"), None);
        assert_eq!(version_in_link("https://x/v1.4"), None);
    }
}
