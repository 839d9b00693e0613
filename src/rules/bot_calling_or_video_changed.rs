//! `bot-calling-or-video-changed`
//!
//! **What it checks:** for every pair of corresponding bots (same ID, or ID
//! changed), whether `supportsCalling` or `supportsVideo` differs. Absent or
//! null means false.
//!
//! **Why:** Microsoft's admin documentation lists audio and video calling among
//! a bot's permissions; changing them changes what users consented to, so they
//! are asked to approve the app again.
//!
//! **Example:** `"supportsCalling": true` is added to a bot.

use super::{Comparison, Evidence, Rule, Source, bot_flag_changes};
use crate::msg;

/// The rule's definition.
pub const RULE: Rule = Rule {
    id: "bot-calling-or-video-changed",
    source: Source::AdminDocs,
    asks: super::Asks::Users,
    title_id: "rule-bot-calling-or-video-changed-title",
    explanation_id: "rule-bot-calling-or-video-changed-explanation",
    check,
};

fn check(c: &Comparison<'_>) -> Vec<Evidence> {
    let mut evidence = bot_flag_changes(
        c,
        msg!("rule-bot-setting-audio-calls"),
        "supportsCalling",
        |bot| bot.supports_calling,
    );
    evidence.extend(bot_flag_changes(
        c,
        msg!("rule-bot-setting-video"),
        "supportsVideo",
        |bot| bot.supports_video,
    ));
    evidence
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::evidence;
    use serde_json::json;

    #[test]
    fn calling_and_video_both_reported() {
        let e = evidence(
            &RULE,
            json!({"bots": [{"botId": "a", "supportsVideo": true}]}),
            json!({"bots": [{"botId": "a", "supportsCalling": true}]}),
        );
        assert_eq!(
            e,
            [
                "Bot `a`: audio calls (supportsCalling) turned on (was off)",
                "Bot `a`: video (supportsVideo) turned off (was on)"
            ]
        );
    }

    #[test]
    fn unchanged_flags_do_not_trigger() {
        let bots =
            json!({"bots": [{"botId": "a", "supportsCalling": true, "supportsVideo": true}]});
        assert!(evidence(&RULE, bots.clone(), bots).is_empty());
    }
}
