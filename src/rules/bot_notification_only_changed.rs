//! `bot-notification-only-changed`
//!
//! **What it checks:** for every pair of corresponding bots (same ID, or ID
//! changed), whether `isNotificationOnly` differs. Absent or null means false.
//!
//! **Why:** a notification-only bot can only send messages; turning the setting
//! off lets it receive messages too (or the reverse), which changes what users
//! agreed to, so they are asked to approve the app again.
//!
//! **Example:** `"isNotificationOnly": true` becomes `false` or disappears.

use super::{Comparison, Evidence, Rule, Source, bot_flag_changes};
use crate::msg;

/// The rule's definition.
pub const RULE: Rule = Rule {
    id: "bot-notification-only-changed",
    source: Source::PublishingDocs,
    asks: super::Asks::Users,
    title_id: "rule-bot-notification-only-changed-title",
    explanation_id: "rule-bot-notification-only-changed-explanation",
    check,
};

fn check(c: &Comparison<'_>) -> Vec<Evidence> {
    bot_flag_changes(
        c,
        msg!("rule-bot-setting-notifications-only"),
        "isNotificationOnly",
        |bot| bot.is_notification_only,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::evidence;
    use serde_json::json;

    #[test]
    fn flag_change_triggers() {
        let e = evidence(
            &RULE,
            json!({"bots": [{"botId": "a", "isNotificationOnly": true}]}),
            json!({"bots": [{"botId": "a", "isNotificationOnly": false}]}),
        );
        assert_eq!(
            e,
            ["Bot `a`: notifications only (isNotificationOnly) turned off (was on)"]
        );
    }

    #[test]
    fn absent_equals_false() {
        let e = evidence(
            &RULE,
            json!({"bots": [{"botId": "a"}]}),
            json!({"bots": [{"botId": "a", "isNotificationOnly": false}]}),
        );
        assert!(e.is_empty());
    }

    #[test]
    fn compares_paired_bots_after_id_change() {
        let e = evidence(
            &RULE,
            json!({"bots": [{"botId": "a"}]}),
            json!({"bots": [{"botId": "b", "isNotificationOnly": true}]}),
        );
        assert_eq!(e.len(), 1);
    }

    #[test]
    fn added_bots_are_not_compared() {
        let e = evidence(
            &RULE,
            json!({}),
            json!({"bots": [{"botId": "b", "isNotificationOnly": true}]}),
        );
        assert!(e.is_empty());
    }
}
