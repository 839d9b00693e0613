//! `agent-name-match` (error, packages only)
//!
//! **What it checks:** the name of each declarative agent the manifest names
//! (`/name` in the agent file) and of each action (API plugin) those agents use
//! (`/name_for_human`), trimmed, equals the app's short name or its full name,
//! trimmed, exactly (letter case included). The guideline asks the app, agent and
//! plugin names to be identical without saying which of the app's two names: a name
//! equal to neither is refused under any reading, so only that is reported. Skipped
//! when the short name holds a placeholder, and for a name that holds one or is a
//! localization key (`[[agentName]]`).
//!
//! **Why:** the Agent Store's rules: "The app name, declarative agent name, and API
//! plugin name must be identical" (*Must fix*).
//!
//! **Example:** app "datododev", agent "datodo", action "TODOAgent" → one error at
//! `/name` of the agent file and one at `/name_for_human` of the plugin.
//!
//! Source: Microsoft's validation guidelines for agents.

use crate::package_use::UseKind;

use super::agent_store::{SOURCE, agent_names, skipped_in_manifest, text_at};
use super::{Raw, Severity, StoreCheck, Subject};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "agent-name-match";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-agent-name-match-title",
    severity: Severity::Error,
    needs_package: true,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// One finding per agent or plugin name equal to neither of the app's names.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let Some(short) = text_at(subject.document, "/name/short") else {
        return Vec::new();
    };
    if skipped_in_manifest(short) {
        return Vec::new();
    }
    let full = text_at(subject.document, "/name/full").map(str::trim);
    let short = short.trim();
    let mut found = Vec::new();
    for (file, name, pointer, what) in agent_names(subject) {
        let name = name.trim();
        if name == short || Some(name) == full {
            continue;
        }
        let kind = if file.kind == UseKind::Plugin {
            "action"
        } else {
            "agent"
        };
        found.push(Raw::in_file(
            &file.name,
            pointer,
            msg!(
                "store-agent-name-match-differs",
                what = what,
                name = super::words::shorten(name, 60),
                kind = kind,
                file = file.name.as_str(),
                app = super::words::shorten(short, 60),
            ),
            SOURCE,
        ));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::agent_store::tests_support::{agent_package, run_check};
    use serde_json::json;

    #[test]
    fn a_name_equal_to_neither_app_name_is_refused() {
        let names = |da: &str, plugin: &str| {
            let (manifest, files) = agent_package(
                json!({"name": da, "conversation_starters": []}),
                json!({"name_for_human": plugin}),
                json!({}),
            );
            run_check(&manifest, &files, check)
        };
        assert_eq!(names("Contoso Tasks", " Contoso Tasks "), []);
        assert_eq!(names("Contoso Tasks for groups", "Contoso Tasks"), []);
        assert_eq!(
            names("contoso tasks", "Tasks"),
            [
                ("agent/da.json".to_string(), "/name".to_string()),
                (
                    "agent/plugin.json".to_string(),
                    "/name_for_human".to_string()
                )
            ]
        );
        assert_eq!(names("[[agentName]]", "${{APP_NAME}}"), []);
    }

    #[test]
    fn skipped_when_the_app_name_is_a_placeholder() {
        let (mut manifest, files) = agent_package(json!({"name": "Other"}), json!({}), json!({}));
        manifest["name"]["short"] = json!("${{APP_NAME}}");
        assert_eq!(run_check(&manifest, &files, check), []);
    }
}
