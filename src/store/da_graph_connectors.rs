//! `da-graph-connectors-blank` (error, packages only)
//!
//! **What it checks:** in each declarative agent the manifest names, a capability
//! `GraphConnectors` whose `connections` is a list with at least one connection.
//!
//! **Why:** the Agent Store's rules: the connections "must be left blank to ground
//! the agent in all available Graph connectors of a tenant" (*Must fix*): a store
//! agent cannot know the connections of each customer's organization.
//!
//! **Example:** `{"name": "GraphConnectors", "connections": [{"connection_id": "tickets"}]}`
//! → one error at `/capabilities/0/connections`.
//!
//! Source: Microsoft's validation guidelines for agents.

use serde_json::Value;

use super::agent_store::{SOURCE, the_agents};
use super::{Raw, Severity, StoreCheck, Subject};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "da-graph-connectors-blank";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-da-graph-connectors-blank-title",
    severity: Severity::Error,
    needs_package: true,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// One finding per `GraphConnectors` capability that lists connections.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let mut found = Vec::new();
    for (file, document) in the_agents(subject) {
        for (index, capability) in super::list(document, "capabilities") {
            let listed = capability.get("name").and_then(Value::as_str) == Some("GraphConnectors")
                && capability
                    .get("connections")
                    .and_then(Value::as_array)
                    .is_some_and(|connections| !connections.is_empty());
            if listed {
                found.push(Raw::in_file(
                    &file.name,
                    format!("/capabilities/{index}/connections"),
                    msg!(
                        "store-da-graph-connectors-blank-listed",
                        file = file.name.as_str()
                    ),
                    SOURCE,
                ));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::agent_store::tests_support::{agent_package, run_check};
    use serde_json::json;

    #[test]
    fn listed_connections_are_refused() {
        let found = |capabilities: Value| {
            let (manifest, files) =
                agent_package(json!({"capabilities": capabilities}), json!({}), json!({}));
            run_check(&manifest, &files, check)
        };
        assert_eq!(
            found(json!([{"name": "WebSearch"},
                {"name": "GraphConnectors", "connections": [{"connection_id": "t"}]}])),
            [(
                "agent/da.json".to_string(),
                "/capabilities/1/connections".to_string()
            )]
        );
        assert_eq!(
            found(json!([{"name": "GraphConnectors", "connections": []}])),
            []
        );
        assert_eq!(found(json!([{"name": "GraphConnectors"}])), []);
        assert_eq!(
            found(json!([{"name": "OneDriveAndSharePoint", "connections": [{"x": 1}]}])),
            []
        );
    }
}
