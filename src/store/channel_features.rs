//! `channel-features` (warning)
//!
//! **What it checks:** from manifest format 1.25 on, an app with `team` in any
//! of its `scopes` lists but `supportsChannelFeatures` not set to `tier1`.
//!
//! **Why:** from format 1.25, apps used in teams declare whether they support
//! shared and private channels; without `"supportsChannelFeatures": "tier1"`
//! Teams may hide the app in those channels.
//!
//! **Example:** `"manifestVersion": "1.25"`, a bot with `"scopes": ["team"]`, no `supportsChannelFeatures`.
//!
//! Source: app manifest reference.

use serde_json::Value;

use super::{Raw, Severity, StoreCheck, Subject, sources};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "channel-features";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-channel-features-title",
    severity: Severity::Warning,
    needs_package: false,
    run: |subject| check(subject).into_iter().collect(),
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// A warning at `/supportsChannelFeatures`.
fn check(subject: &Subject<'_>) -> Option<Raw> {
    let minor: u32 = subject.known_format()?.strip_prefix("1.")?.parse().ok()?;
    if minor < 25 || !has_team_scope(subject.document) {
        return None;
    }
    if subject
        .document
        .get("supportsChannelFeatures")
        .and_then(Value::as_str)
        == Some("tier1")
    {
        return None;
    }
    Some(Raw::new(
        "/supportsChannelFeatures",
        msg!("store-channel-features-missing"),
        sources::MANIFEST,
    ))
}

/// True when any `scopes` list anywhere in the document contains `team`.
fn has_team_scope(value: &Value) -> bool {
    match value {
        Value::Object(map) => map.iter().any(|(key, item)| {
            (key == "scopes"
                && item
                    .as_array()
                    .is_some_and(|scopes| scopes.iter().any(|s| s.as_str() == Some("team"))))
                || has_team_scope(item)
        }),
        Value::Array(items) => items.iter().any(has_team_scope),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use serde_json::json;

    #[test]
    fn team_scope_from_1_25_needs_tier1() {
        let with = |format: &str, extra: Value| {
            let mut changes = json!({
                "manifestVersion": format,
                "$schema": format!("https://developer.microsoft.com/json-schemas/teams/v{format}/MicrosoftTeams.schema.json"),
                "bots": [{"botId": "0b5c3d6e-1234-4abc-9def-00112233aabb", "scopes": ["team"]}]
            });
            if let (Some(map), Value::Object(extra)) = (changes.as_object_mut(), extra) {
                map.extend(extra);
            }
            pointers(&run(&valid_manifest(changes)), ID)
        };
        assert_eq!(with("1.25", json!({})), ["/supportsChannelFeatures"]);
        assert!(with("1.25", json!({"supportsChannelFeatures": "tier1"})).is_empty());
        assert!(with("1.24", json!({})).is_empty());
    }
}
