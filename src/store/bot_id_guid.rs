//! `bot-id-guid` (error)
//!
//! **What it checks:** in manifest formats 1.0 … 1.10, each bot's and each
//! message extension's `botId` that is a text must be an ID in GUID form
//! (8-4-4-4-12 hexadecimal digits); one holding a placeholder is
//! `placeholders`' finding. From format 1.11 on, the schema's own
//! pattern reports it (`schema`), so this check stays silent there.
//!
//! **Why:** the upload service refuses a bot ID that is not a GUID: it is the
//! ID of the bot's registration, and `{TODO: MicrosoftAppId}`,
//! `REGISTERED_BOT_ID` or `""` register nothing.
//!
//! **Example:** `"bots": [{"botId": "REGISTERED_BOT_ID"}]` in a 1.5 manifest.
//!
//! Source: upload codes `BotIdIsNotGuid`, `BotBasedComposeExtensionBotIdNotGuid`
//! (Microsoft Graph "Publish teamsApp").

use serde_json::Value;

use super::{Raw, Severity, StoreCheck, Subject, list, sources};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "bot-id-guid";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-bot-id-guid-title",
    severity: Severity::Error,
    needs_package: false,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// True for the formats 1.0 … 1.10, whose schemas do not check a bot ID's form.
fn unchecked_by_schema(format: &str) -> bool {
    format
        .strip_prefix("1.")
        .and_then(|minor| minor.parse::<u32>().ok())
        .is_some_and(|minor| minor <= 10)
}

/// One finding per bot ID (of a bot or a message extension) that is a text but not a GUID.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    if !subject.known_format().is_some_and(unchecked_by_schema) {
        return Vec::new();
    }
    let mut found = Vec::new();
    for field in ["bots", "composeExtensions"] {
        for (index, entry) in list(subject.document, field) {
            let Some(Value::String(id)) = entry.get("botId") else {
                continue;
            };
            if crate::ids::is_guid(id) || super::has_placeholder(id) {
                continue;
            }
            let number = index + 1;
            found.push(Raw::new(
                format!("/{field}/{index}/botId"),
                msg!(
                    "store-bot-id-guid-not-guid",
                    list = field,
                    number = number,
                    id = super::words::shorten(id, 40),
                ),
                sources::UPLOAD,
            ));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use serde_json::json;

    const GUID: &str = "0b5c3d6e-1234-4abc-9def-00112233aabb";

    fn found(format: &str, bot_id: &str) -> Vec<String> {
        pointers(
            &run(&valid_manifest(json!({
                "manifestVersion": format,
                "$schema": format!("https://developer.microsoft.com/json-schemas/teams/v{format}/MicrosoftTeams.schema.json"),
                "bots": [{"botId": bot_id, "scopes": ["personal"]}],
                "composeExtensions": [{"botId": bot_id, "commands": []}]
            }))),
            ID,
        )
    }

    #[test]
    fn ids_that_are_not_guids_in_old_formats() {
        for id in [
            "{TODO: MicrosoftAppId}",
            "REGISTERED_BOT_ID",
            "",
            "<bot id>",
        ] {
            assert_eq!(
                found("1.10", id),
                ["/bots/0/botId", "/composeExtensions/0/botId"],
                "{id}"
            );
        }
        assert_eq!(found("1.5", "x").len(), 2);
    }

    #[test]
    fn guids_and_newer_formats_pass() {
        assert!(found("1.10", GUID).is_empty());
        assert!(found("1.10", &GUID.to_uppercase()).is_empty());
        // A placeholder is the `placeholders` check's finding.
        assert!(found("1.10", "${{BOT_ID}}").is_empty());
        // From 1.11 the schema's pattern reports it.
        assert!(found("1.11", "REGISTERED_BOT_ID").is_empty());
        assert!(found("1.17", "").is_empty());
    }
}
