//! `addin-events-changed`
//!
//! **What it checks:** whether the Office add-in in `extensions` is now started by an event
//! type it was not started by: a text of `extensions[i].autoRunEvents[j].events[k].type`
//! that the published version lacks (an event added, or an event's type changed). The
//! same events in another order or repeated, removed events, which function handles an
//! event (`actionId`) and how Outlook acts on it (`options`) do not trigger.
//!
//! **Why:** Microsoft's guide to maintaining an add-in says "adding or changing events that
//! are supported by the add-in" makes the admin who deployed it consent again. We read
//! "events supported by the add-in" as the event types that start it (the guide does not
//! say more). Until the admin approves, people in that organization cannot use the
//! updated add-in.
//!
//! **Example:** an `autoRunEvents` entry gains `{"type": "newMessageComposeCreated",
//! "actionId": "onNewMessage"}`.

use super::{Comparison, Evidence, Rule, Source};

/// The rule's definition.
pub const RULE: Rule = Rule {
    id: "addin-events-changed",
    source: Source::OfficeAddinDocs,
    asks: super::Asks::Admin,
    title_id: "rule-addin-events-changed-title",
    explanation_id: "rule-addin-events-changed-explanation",
    check,
};

fn check(c: &Comparison<'_>) -> Vec<Evidence> {
    crate::addin::events_added(&c.old.document, &c.new.document)
        .into_iter()
        .map(|line| Evidence::new(line.text, line.developer))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::{evidence, plain_evidence};
    use serde_json::{Value, json};

    fn addin(events: Value) -> Value {
        json!({"extensions": [{"requirements": {"scopes": ["mail"]},
            "autoRunEvents": [{"events": events}]}]})
    }

    fn event(kind: &str) -> Value {
        json!({"type": kind, "actionId": "onEvent"})
    }

    #[test]
    fn an_added_event_triggers() {
        let e = plain_evidence(
            &RULE,
            addin(json!([event("messageSending")])),
            addin(json!([
                event("messageSending"),
                event("newMessageComposeCreated")
            ])),
        );
        assert_eq!(
            e,
            ["The add-in now starts by itself when a new message is created"]
        );
        let d = evidence(
            &RULE,
            addin(json!([])),
            addin(json!([event("onSomething")])),
        );
        assert_eq!(
            d,
            ["Event `onSomething` added at `/extensions/0/autoRunEvents/0/events/0`"]
        );
        let e = plain_evidence(
            &RULE,
            addin(json!([])),
            addin(json!([event("onSomething")])),
        );
        assert_eq!(
            e,
            ["The add-in now starts by itself when the event \"onSomething\" happens"]
        );
    }

    #[test]
    fn a_changed_type_and_a_new_addin_with_events_trigger() {
        let e = plain_evidence(
            &RULE,
            addin(json!([event("messageSending")])),
            addin(json!([event("appointmentSending")])),
        );
        assert_eq!(
            e,
            ["The add-in now starts by itself when a meeting invitation is being sent"]
        );
        assert_eq!(
            evidence(&RULE, json!({}), addin(json!([event("messageSending")]))).len(),
            1
        );
    }

    #[test]
    fn order_repeats_removals_handlers_and_options_do_not_trigger() {
        let old = addin(json!([
            event("messageSending"),
            event("newMessageComposeCreated")
        ]));
        for new in [
            addin(json!([
                event("newMessageComposeCreated"),
                event("messageSending"),
                event("messageSending")
            ])),
            addin(json!([event("messageSending")])),
            json!({}),
            addin(json!([
                {"type": "messageSending", "actionId": "other", "options": {"sendMode": "block"}},
                {"type": "newMessageComposeCreated", "actionId": "x"}
            ])),
        ] {
            assert!(evidence(&RULE, old.clone(), new).is_empty());
        }
    }
}
