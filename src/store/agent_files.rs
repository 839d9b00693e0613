//! `agent-files` (error, packages only)
//!
//! **What it checks:** every agent file the package uses loads (`agents.md` §1):
//! declarative agents, API plugins, MCP tool descriptions, Adaptive Cards, response
//! and agentic user templates are strict JSON objects (one byte-order mark allowed);
//! an OpenAPI document is JSON or YAML with an object at its root and an `openapi`
//! text starting with `3.`. Also: a used file over 4 MiB (not read by any check), and
//! a package that leads to more than 64 files to read (the reference to the 65th).
//!
//! **Why:** Copilot reads these files when the app is installed; one that does not
//! load breaks the agent, and the upload service refuses a package whose files it
//! cannot read.
//!
//! **Example:** a `declarativeAgent.json` with a comma after its last field → one
//! finding at that line and column.
//!
//! Source: "Agents are apps" (Microsoft 365 Copilot extensibility).

use crate::agents::AgentContent;
use crate::agents::files::what_it_is;
use crate::package_use::{MAX_FOLLOWED_BYTES, MAX_FOLLOWED_FILES, UseKind};

use super::{Raw, Severity, StoreCheck, Subject, sources};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "agent-files";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-agent-files-title",
    severity: Severity::Error,
    needs_package: true,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// One finding per file that does not load, is too large, or is one too many.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let agents = &subject.agents;
    let mut found = Vec::new();
    for file in agents.files.values() {
        if let AgentContent::Broken {
            message,
            at,
            pointer,
        } = file.content()
        {
            found.push(Raw {
                at: *at,
                ..Raw::in_file(
                    &file.name,
                    pointer.as_str(),
                    msg!("store-agent-files-broken", problem = message),
                    sources::AGENTS_ARE_APPS,
                )
            });
        }
    }
    for (name, size) in &agents.too_large {
        let what = agents
            .used
            .kinds
            .get(name)
            .map_or_else(|| what_it_is(UseKind::Plain), |kind| what_it_is(*kind));
        found.push(Raw::in_file(
            name,
            "",
            msg!(
                "store-agent-files-too-large",
                what = what,
                file = name.as_str(),
                size = mebibytes(*size),
                limit = mebibytes(MAX_FOLLOWED_BYTES as u64),
            ),
            sources::AGENTS_ARE_APPS,
        ));
    }
    if let Some(reference) = &agents.used.over_limit {
        found.push(Raw::in_file(
            &reference.holder,
            reference.pointer.as_str(),
            msg!(
                "store-agent-files-too-many",
                limit = MAX_FOLLOWED_FILES,
                file = super::words::shorten(&reference.written, 80),
            ),
            sources::AGENTS_ARE_APPS,
        ));
    }
    found
}

/// A size in MiB with one decimal: "4.0 MiB".
fn mebibytes(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::PackageFile;
    use crate::store::PackageView;
    use std::collections::BTreeMap;

    #[test]
    fn broken_large_and_one_too_many() {
        let agents: Vec<serde_json::Value> = (0..66)
            .map(|i| serde_json::json!({"id": format!("a{i}"), "file": format!("da{i}.json")}))
            .collect();
        let document = serde_json::json!({
            "icons": {"color": "color.png"},
            "copilotAgents": {"declarativeAgents": agents},
        });
        let mut kept: BTreeMap<String, Vec<u8>> = (1..66)
            .map(|i| (format!("da{i}.json"), b"{}".to_vec()))
            .collect();
        kept.insert("da0.json".to_string(), b"{\"name\": }".to_vec());
        let mut names: Vec<String> = kept.keys().cloned().collect();
        names.push("color.png".to_string());
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let mut sizes = BTreeMap::new();
        sizes.insert(
            "color.png".to_string(),
            PackageFile {
                size: 5 << 20,
                crc32: 0,
            },
        );
        let package = PackageView {
            file_names: &names,
            kept_files: &kept,
            size: 1,
            file_sizes: Some(&sizes),
            agents: None,
        };
        let found = check(&Subject::new(&document, Some(package)));
        let places: Vec<(Option<&str>, &str)> = found
            .iter()
            .map(|raw| (raw.file.as_deref(), raw.pointer.as_str()))
            .collect();
        assert_eq!(
            places,
            [
                (Some("da0.json"), ""),
                (Some("color.png"), ""),
                (None, "/copilotAgents/declarativeAgents/64/file"),
            ]
        );
        assert!(found.first().is_some_and(|raw| raw.at.is_some()));
        assert!(
            found
                .get(1)
                .is_some_and(|raw| raw.message.text().contains("5.0 MiB")),
            "{found:?}"
        );
    }
}
