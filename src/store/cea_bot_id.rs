//! `cea-bot-id` (error)
//!
//! **What it checks:** each custom engine agent of type `bot`
//! (`copilotAgents.customEngineAgents`) names by its `id` a bot of the manifest
//! (`bots[].botId`; IDs compared as the consent rules compare them: GUIDs in any
//! letter case, other IDs exactly).
//!
//! **Why:** the Agent Store's rules: "The bot ID declaration as a custom engine agent
//! node must be same as the bot ID defined in the bot node" (*Must fix*).
//!
//! **Example:** a custom engine agent `"id": "a1…"` in an app whose bot is `"b2…"` →
//! one error at `/copilotAgents/customEngineAgents/0/id`.
//!
//! Source: Microsoft's validation guidelines for agents.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::ids::identity_key;

use super::agent_store::{SOURCE, skipped_in_manifest};
use super::{Raw, Severity, StoreCheck, Subject};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "cea-bot-id";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-cea-bot-id-title",
    severity: Severity::Error,
    needs_package: false,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// One finding per custom engine agent whose bot is not in `bots`.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let bots: BTreeSet<String> = super::list(subject.document, "bots")
        .filter_map(|(_, bot)| bot.get("botId").and_then(Value::as_str))
        .map(identity_key)
        .collect();
    let agents = subject
        .document
        .pointer("/copilotAgents/customEngineAgents")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate();
    let mut found = Vec::new();
    for (index, agent) in agents {
        if agent.get("type").and_then(Value::as_str) != Some("bot") {
            continue;
        }
        let Some(id) = agent.get("id").and_then(Value::as_str) else {
            continue;
        };
        if skipped_in_manifest(id) || bots.contains(&identity_key(id)) {
            continue;
        }
        found.push(Raw::new(
            format!("/copilotAgents/customEngineAgents/{index}/id"),
            msg!(
                "store-cea-bot-id-not-a-bot",
                id = super::words::shorten(id, 60),
                bots = bots.len(),
            ),
            SOURCE,
        ));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use serde_json::json;

    const BOT: &str = "0b5c3d6e-1234-4abc-9def-00112233aabb";

    #[test]
    fn the_agent_is_one_of_the_bots() {
        let found = |id: &str, kind: &str| {
            pointers(
                &run(&valid_manifest(json!({
                    "manifestVersion": "1.22",
                    "bots": [{"botId": BOT, "scopes": ["personal"]}],
                    "copilotAgents": {"customEngineAgents": [{"id": id, "type": kind}]},
                }))),
                ID,
            )
        };
        assert_eq!(found(BOT, "bot"), Vec::<String>::new());
        assert_eq!(found(&BOT.to_uppercase(), "bot"), Vec::<String>::new());
        assert_eq!(
            found("11111111-2222-4333-8444-555555555555", "bot"),
            ["/copilotAgents/customEngineAgents/0/id"]
        );
        assert_eq!(found("${{BOT_ID}}", "bot"), Vec::<String>::new());
        assert_eq!(found("other", "activityProtocol"), Vec::<String>::new());
    }
}
