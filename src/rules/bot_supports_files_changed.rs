//! `bot-supports-files-changed`
//!
//! **What it checks:** for every pair of corresponding bots (same ID, or ID
//! changed), whether `supportsFiles` differs. Absent or null means false.
//!
//! **Why:** a bot that supports files can send and receive files in personal
//! chats. Giving or taking that ability changes what users agreed to, so they
//! are asked to approve the app again.
//!
//! **Example:** `"supportsFiles": true` is added to a bot.

use super::{Comparison, Evidence, Rule, Source, bot_flag_changes};
use crate::msg;

/// The rule's definition.
pub const RULE: Rule = Rule {
    id: "bot-supports-files-changed",
    source: Source::PublishingDocs,
    asks: super::Asks::Users,
    title_id: "rule-bot-supports-files-changed-title",
    explanation_id: "rule-bot-supports-files-changed-explanation",
    check,
};

fn check(c: &Comparison<'_>) -> Vec<Evidence> {
    bot_flag_changes(
        c,
        msg!("rule-bot-setting-file-sharing"),
        "supportsFiles",
        |bot| bot.supports_files,
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
            json!({"bots": [{"botId": "a"}]}),
            json!({"bots": [{"botId": "a", "supportsFiles": true}]}),
        );
        assert_eq!(
            e,
            ["Bot `a`: file sharing (supportsFiles) turned on (was off)"]
        );
    }

    #[test]
    fn null_equals_false_and_other_flags_are_ignored() {
        let e = evidence(
            &RULE,
            json!({"bots": [{"botId": "a", "supportsFiles": null}]}),
            json!({"bots": [{"botId": "a", "supportsFiles": false, "isNotificationOnly": true}]}),
        );
        assert!(e.is_empty());
    }
}
