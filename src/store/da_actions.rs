//! `da-actions` (warning, packages only)
//!
//! **What it checks:** each declarative agent the package uses (worker agents
//! included) has at least one action (`actions`, a list of API plugins).
//!
//! **Why:** the Agent Store's rules, under "Action or knowledge source": "Your agent
//! must have nodes defined as actions in the app manifest. All agents must have a core
//! use case that's served through API actions". The same heading allows an agent
//! grounded in knowledge only, so this is a warning: store review decides.
//!
//! **Example:** an agent with web search and no `actions` → one warning on the agent file.
//!
//! Source: Microsoft's validation guidelines for agents.

use serde_json::Value;

use crate::package_use::UseKind;

use super::agent_store::SOURCE;
use super::{Raw, Severity, StoreCheck, Subject};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "da-actions";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-da-actions-title",
    severity: Severity::Warning,
    needs_package: true,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// One finding per used agent without actions.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    subject
        .agents
        .loaded(UseKind::DeclarativeAgent)
        .filter(|(_, document)| {
            document
                .get("actions")
                .and_then(Value::as_array)
                .is_none_or(Vec::is_empty)
        })
        .map(|(file, _)| {
            Raw::in_file(
                &file.name,
                "",
                msg!("store-da-actions-none", file = file.name.as_str()),
                SOURCE,
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::agent_store::tests_support::{agent_package, run_check};
    use serde_json::json;

    #[test]
    fn an_agent_without_actions_is_questioned() {
        let found = |actions: Value| {
            let (manifest, files) =
                agent_package(json!({"actions": actions}), json!({}), json!({}));
            run_check(&manifest, &files, check)
        };
        assert_eq!(found(json!([{"id": "p", "file": "plugin.json"}])), []);
        let whole = vec![("agent/da.json".to_string(), String::new())];
        assert_eq!(found(json!([])), whole);
        assert_eq!(found(Value::Null), whole);
    }
}
