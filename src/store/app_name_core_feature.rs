//! `app-name-core-feature` (error)
//!
//! **What it checks:** the short name, after leading white space, starts with
//! one of the core Teams features the store's guideline lists (`Chat`,
//! `Contacts`, `Calendar`, `Calls`, `Files`, `Activity`, `Teams`, `Help`, any
//! ASCII letter case) followed by the end of the name or a character that is
//! not an ASCII letter or digit. `Files-Sync` and `Help Desk` start with one;
//! `Chatter` and `Contoso Chat` do not. A name holding a placeholder is not
//! judged (`placeholders` reports it).
//!
//! **Why:** store review refuses an app whose name starts with a Teams feature:
//! users would take it for part of Teams.
//!
//! **Example:** `"short": "Calendar Sync"` → put your name first ("Contoso Calendar Sync").
//!
//! Source: Teams Store validation guidelines, App name: "Do not start the app
//! name with a core Teams feature such as Chat, Contacts, Calendar, Calls,
//! Files, Activity, Teams, or Help" (*Must fix*). Only those words; the warning
//! `app-name-words` still looks for `Teams` anywhere in the name.

use serde_json::Value;

use super::{Raw, Severity, StoreCheck, Subject, has_placeholder, sources};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "app-name-core-feature";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-app-name-core-feature-title",
    severity: Severity::Error,
    needs_package: false,
    run: |subject| check(subject).into_iter().collect(),
    fixed_by: super::WhoFixes::ByPlace,
    repairs: super::Repair::Never,
};

/// The core features the guideline names, as written there.
const FEATURES: [&str; 8] = [
    "Chat", "Contacts", "Calendar", "Calls", "Files", "Activity", "Teams", "Help",
];

/// The feature a name starts with, as the guideline writes it.
pub fn core_feature_at_start(name: &str) -> Option<&'static str> {
    let name = name.trim_start();
    FEATURES.iter().copied().find(|feature| {
        let Some(head) = name.get(..feature.len()) else {
            return false;
        };
        head.eq_ignore_ascii_case(feature)
            && name
                .get(feature.len()..)
                .and_then(|rest| rest.chars().next())
                .is_none_or(|next| !next.is_ascii_alphanumeric())
    })
}

/// A finding at `/name/short`.
fn check(subject: &Subject<'_>) -> Option<Raw> {
    let name = subject
        .document
        .pointer("/name/short")
        .and_then(Value::as_str)?;
    if has_placeholder(name) {
        return None;
    }
    let feature = core_feature_at_start(name)?;
    let rest = name
        .trim_start()
        .get(feature.len()..)
        .unwrap_or_default()
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let example = if rest.is_empty() {
        format!("Contoso {feature}")
    } else {
        format!("Contoso {feature} {rest}")
    };
    Some(Raw::new(
        "/name/short",
        msg!(
            "store-app-name-core-feature-starts",
            name = super::words::shorten(name, 40),
            feature = feature,
            example = super::words::shorten(&example, 40),
        ),
        sources::STORE,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use serde_json::json;

    fn found(short: &str) -> Vec<String> {
        pointers(
            &run(&valid_manifest(
                json!({"name": {"short": short, "full": "Contoso tasks for everyone"}}),
            )),
            ID,
        )
    }

    #[test]
    fn names_that_start_with_a_feature_word() {
        for short in [
            "Files-Sync",
            "Help Desk",
            "  chat",
            "TEAMS planner",
            "Calendar",
            "Activity:x",
        ] {
            assert_eq!(found(short), ["/name/short"], "{short}");
        }
    }

    #[test]
    fn other_names_pass() {
        for short in [
            "Chatter",
            "Contoso Chat",
            "Helpful",
            "Files2Go",
            "Meetings",
            "${{APP_NAME}}",
            "Callsign",
        ] {
            assert!(found(short).is_empty(), "{short}");
        }
    }

    #[test]
    fn the_message_puts_the_publisher_first() {
        assert_eq!(core_feature_at_start("help desk"), Some("Help"));
        let report = run(&valid_manifest(
            json!({"name": {"short": "Help Desk", "full": "Contoso help desk"}}),
        ));
        let message = &report
            .findings
            .iter()
            .find(|f| f.check == ID)
            .map(|f| f.message.text())
            .unwrap_or_default();
        assert!(message.contains("\"Contoso Help Desk\""), "{message}");
    }
}
