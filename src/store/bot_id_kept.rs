//! `bot-id-kept` (error; the only store check that reads the published version)
//!
//! **What it checks:** a bot of the new version that consent rule 2
//! (`bot-id-changed`, [`crate::rules::BotPairing`]) pairs with a published bot
//! whose ID is another, when the published ID is in GUID form (a published bot's
//! ID is: `bot-id-guid`; a sample's `<bot id>` or `${{BOT_ID}}` was never
//! published) and the new ID holds no placeholder. The finding is on the new
//! bot's ID, `/bots/<i>/botId`. Without a published version (the published
//! version's own store check) nothing is compared.
//!
//! **Why:** users' conversations with a bot belong to its ID: a new ID loses the
//! conversations users had with the bot, and store review refuses it.
//!
//! **Example:** a published bot `1111…` becomes `2222…` in the update.
//!
//! Source: Teams Store validation guidelines, Bot metadata information: "The bot
//! ID in the manifest must match the bot ID in the Teams Store's last published
//! version. Changing the bot ID results in permanent loss of user interaction
//! history" (*Must fix*).

use super::{Raw, Severity, StoreCheck, Subject, has_placeholder, sources};
use crate::ids::is_guid;
use crate::msg;
use crate::rules::BotPairing;

/// The check's identifier.
pub const ID: &str = "bot-id-kept";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-bot-id-kept-title",
    severity: Severity::Error,
    needs_package: false,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let Some(published) = subject.published else {
        return Vec::new();
    };
    let (old, new) = (&published.old.bots, &published.new.bots);
    let pairing = BotPairing::new(old, new);
    let mut found: Vec<Raw> = pairing
        .id_changed
        .iter()
        .filter_map(|&(i, j)| Some((j, old.get(i)?, new.get(j)?)))
        .filter(|(_, old, new)| is_guid(&old.bot_id) && !has_placeholder(&new.bot_id))
        .map(|(j, old, new)| {
            Raw::new(
                format!("/bots/{j}/botId"),
                msg!(
                    "store-bot-id-kept-changed",
                    number = j + 1,
                    new = super::words::shorten(&new.bot_id, 40),
                    old = old.bot_id.as_str(),
                ),
                sources::STORE,
            )
        })
        .collect();
    found.sort_by(|a, b| a.pointer.cmp(&b.pointer));
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::valid_input;
    use serde_json::json;

    const A: &str = "0b5c3d6e-1234-4abc-9def-00112233aaaa";
    const B: &str = "0b5c3d6e-1234-4abc-9def-00112233bbbb";

    fn found(old_ids: &[&str], new_ids: &[&str]) -> Vec<String> {
        let bots = |ids: &[&str]| {
            serde_json::Value::Array(
                ids.iter()
                    .map(|id| json!({"botId": id, "scopes": ["personal"]}))
                    .collect(),
            )
        };
        let old = valid_input("old.json", json!({"bots": bots(old_ids)}));
        let new = valid_input(
            "new.json",
            json!({"version": "1.0.1", "bots": bots(new_ids)}),
        );
        crate::report::check(&old, &new)
            .store
            .into_iter()
            .filter(|finding| finding.check == ID)
            .map(|finding| finding.pointer)
            .collect()
    }

    #[test]
    fn a_published_guid_replaced() {
        assert_eq!(found(&[A], &[B]), ["/bots/0/botId"]);
        // Pairing by ID first: the kept one is not reported, the changed one is.
        assert_eq!(
            found(&[A, B], &[B, "0b5c3d6e-1234-4abc-9def-00112233cccc"]),
            ["/bots/1/botId"]
        );
    }

    #[test]
    fn kept_ids_samples_placeholders_and_new_bots_pass() {
        assert!(found(&[A], &[&A.to_uppercase()]).is_empty());
        assert!(found(&["<bot id>"], &[B]).is_empty());
        assert!(found(&["${{BOT_ID}}"], &[B]).is_empty());
        assert!(found(&[A], &["${{BOT_ID}}"]).is_empty());
        assert!(found(&[], &[B]).is_empty());
        assert!(found(&[A], &[]).is_empty());
    }
}
