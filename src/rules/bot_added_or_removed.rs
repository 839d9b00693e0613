//! `bot-added-or-removed`
//!
//! **What it checks:** whether the new manifest has a bot the published one
//! does not (or the other way round), after bots are paired as described in
//! [`super::bot_pairing`]. A bot that only changed its ID is reported by
//! `bot-id-changed` instead.
//!
//! **Why:** a bot can chat with users and read what is said to it. Adding or
//! removing one changes what the app can do, so Microsoft's publishing guide
//! says every user is asked to approve the app again.
//!
//! **Example:** published `"bots": []`, new `"bots": [{"botId": "…"}]`.

use super::{Comparison, Evidence, Rule, Source};
use crate::msg;

/// The rule's definition.
pub const RULE: Rule = Rule {
    id: "bot-added-or-removed",
    source: Source::PublishingDocs,
    asks: super::Asks::Users,
    title_id: "rule-bot-added-or-removed-title",
    explanation_id: "rule-bot-added-or-removed-explanation",
    check,
};

fn check(c: &Comparison<'_>) -> Vec<Evidence> {
    let removed = c.bots.removed.iter().filter_map(|&i| c.old.bots.get(i));
    let added = c.bots.added.iter().filter_map(|&j| c.new.bots.get(j));
    removed
        .map(|bot| {
            Evidence::new(
                msg!("rule-bot-removed"),
                msg!("rule-bot-removed-developer", bot = bot.bot_id.as_str()),
            )
        })
        .chain(added.map(|bot| {
            Evidence::new(
                msg!("rule-bot-added"),
                msg!("rule-bot-added-developer", bot = bot.bot_id.as_str()),
            )
        }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::evidence;
    use serde_json::json;

    #[test]
    fn adding_a_bot_triggers() {
        let e = evidence(&RULE, json!({}), json!({"bots": [{"botId": "b1"}]}));
        assert_eq!(e, ["Bot `b1` was added"]);
    }

    #[test]
    fn removing_a_bot_triggers() {
        let e = evidence(
            &RULE,
            json!({"bots": [{"botId": "b1"}, {"botId": "b2"}]}),
            json!({"bots": [{"botId": "b2"}]}),
        );
        assert_eq!(e, ["Bot `b1` was removed"]);
    }

    #[test]
    fn absent_null_and_empty_lists_are_the_same() {
        assert!(evidence(&RULE, json!({"bots": null}), json!({"bots": []})).is_empty());
    }

    #[test]
    fn id_change_or_reorder_is_not_an_addition() {
        let old = json!({"bots": [{"botId": "a"}, {"botId": "b"}]});
        assert!(
            evidence(
                &RULE,
                old.clone(),
                json!({"bots": [{"botId": "b"}, {"botId": "a"}]})
            )
            .is_empty()
        );
        assert!(
            evidence(
                &RULE,
                old,
                json!({"bots": [{"botId": "a"}, {"botId": "c"}]})
            )
            .is_empty()
        );
    }
}
