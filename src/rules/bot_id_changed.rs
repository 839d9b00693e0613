//! `bot-id-changed`
//!
//! **What it checks:** whether a bot of the published manifest was paired with
//! a bot of the new manifest that has a different `botId` (see
//! [`super::bot_pairing`]). GUIDs compare ignoring letter case.
//!
//! **Why:** the bot ID says which registered bot service talks to users. A new
//! ID is, for Teams, a different bot, so every user is asked to approve the app again.
//!
//! **Example:** `"botId": "1111…"` becomes `"botId": "2222…"`.

use super::{Comparison, Evidence, Rule, Source};
use crate::msg;

/// The rule's definition.
pub const RULE: Rule = Rule {
    id: "bot-id-changed",
    source: Source::PublishingDocs,
    asks: super::Asks::Users,
    title_id: "rule-bot-id-changed-title",
    explanation_id: "rule-bot-id-changed-explanation",
    check,
};

fn check(c: &Comparison<'_>) -> Vec<Evidence> {
    c.bots
        .id_changed
        .iter()
        .filter_map(|&(i, j)| Some((c.old.bots.get(i)?, c.new.bots.get(j)?)))
        .map(|(old, new)| {
            Evidence::new(
                msg!("rule-bot-id-changed-evidence"),
                msg!(
                    "rule-bot-id-changed-developer",
                    old = old.bot_id.as_str(),
                    new = new.bot_id.as_str()
                ),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::evidence;
    use serde_json::json;

    #[test]
    fn new_id_triggers() {
        let e = evidence(
            &RULE,
            json!({"bots": [{"botId": "a"}]}),
            json!({"bots": [{"botId": "b"}]}),
        );
        assert_eq!(e, ["Bot ID changed from `a` to `b`"]);
    }

    #[test]
    fn guid_letter_case_does_not_trigger() {
        let e = evidence(
            &RULE,
            json!({"bots": [{"botId": "0B5C3D6E-1234-4ABC-9DEF-00112233AABB"}]}),
            json!({"bots": [{"botId": "0b5c3d6e-1234-4abc-9def-00112233aabb"}]}),
        );
        assert!(e.is_empty());
    }

    #[test]
    fn non_guid_ids_are_case_sensitive() {
        let e = evidence(
            &RULE,
            json!({"bots": [{"botId": "Bot"}]}),
            json!({"bots": [{"botId": "bot"}]}),
        );
        assert_eq!(e.len(), 1);
    }

    #[test]
    fn unmatched_bots_pair_in_order() {
        let e = evidence(
            &RULE,
            json!({"bots": [{"botId": "a"}, {"botId": "k"}, {"botId": "b"}]}),
            json!({"bots": [{"botId": "k"}, {"botId": "x"}, {"botId": "y"}]}),
        );
        assert_eq!(
            e,
            [
                "Bot ID changed from `a` to `x`",
                "Bot ID changed from `b` to `y`"
            ]
        );
    }
}
