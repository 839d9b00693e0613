//! `da-starters-count` (error, packages only)
//!
//! **What it checks:** each declarative agent the manifest names has 3 to 6
//! conversation starters: none (`conversation_starters` absent) is a finding on the
//! whole agent file, and a list of fewer than 3 or more than 6 a finding on the list.
//! The schema allows 1 to 12; the store asks for 3 to 6.
//!
//! **Why:** the Agent Store's rules: a declarative agent must have "a minimum of
//! three and a maximum of six conversation starters" (*Must fix*).
//!
//! **Example:** an agent with 2 starters → one error at `/conversation_starters`.
//!
//! Source: Microsoft's validation guidelines for agents.

use serde_json::Value;

use super::agent_store::{SOURCE, the_agents};
use super::{Raw, Severity, StoreCheck, Subject};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "da-starters-count";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-da-starters-count-title",
    severity: Severity::Error,
    needs_package: true,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// One finding per agent without 3 to 6 starters.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    the_agents(subject)
        .into_iter()
        .filter_map(|(file, document)| {
            let (pointer, count) = match document.get("conversation_starters") {
                None => ("", 0),
                Some(Value::Array(starters)) if !(3..=6).contains(&starters.len()) => {
                    ("/conversation_starters", starters.len())
                }
                Some(_) => return None,
            };
            Some(Raw::in_file(
                &file.name,
                pointer,
                msg!(
                    "store-da-starters-count-outside",
                    file = file.name.as_str(),
                    count = count,
                    fix = if count > 6 { "fewer" } else { "more" },
                ),
                SOURCE,
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::agent_store::tests_support::{agent_package, run_check};
    use serde_json::json;

    fn starters(count: usize) -> Value {
        (0..count)
            .map(|i| json!({"text": format!("Prompt {i}")}))
            .collect()
    }

    #[test]
    fn three_to_six_starters() {
        let found = |starters: Value| {
            let (manifest, files) = agent_package(
                json!({"conversation_starters": starters}),
                json!({}),
                json!({}),
            );
            run_check(&manifest, &files, check)
        };
        let at = |pointer: &str| vec![("agent/da.json".to_string(), pointer.to_string())];
        assert_eq!(found(starters(3)), []);
        assert_eq!(found(starters(6)), []);
        assert_eq!(found(starters(2)), at("/conversation_starters"));
        assert_eq!(found(starters(7)), at("/conversation_starters"));
        assert_eq!(found(Value::Null), at(""));
        // Not a list: the schema says so.
        assert_eq!(found(json!("x")), []);
    }

    #[test]
    fn worker_agents_are_not_counted() {
        let (manifest, mut files) = agent_package(
            json!({"worker_agents": [{"id": "w", "file": "worker.json"}]}),
            json!({}),
            json!({}),
        );
        files.insert(
            "agent/worker.json".into(),
            br#"{"version": "v1.6", "name": "W", "description": "W", "instructions": "W"}"#
                .to_vec(),
        );
        assert_eq!(run_check(&manifest, &files, check), []);
    }
}
