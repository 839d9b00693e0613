//! `app-name-words` (warning)
//!
//! **What it checks:** the short or full name contains, as a whole word (any
//! letter case), `Teams`, `Microsoft`, `MS`, `MSFT`, `Beta`, `Dev`, `Preview`,
//! `UAT`, `Staging` or `Test`.
//!
//! **Why:** store review refuses names that suggest the app is made by Microsoft
//! or is not finished (a test or preview build).
//!
//! **Example:** `"short": "Contoso Tasks Beta"`.
//!
//! Source: Teams Store validation guidelines.

use serde_json::Value;

use super::{Raw, Severity, StoreCheck, Subject, sources};

/// The check's identifier.
pub const ID: &str = "app-name-words";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "App name avoids words store review refuses",
    severity: Severity::Warning,
    needs_package: false,
    run: check,
};

const WORDS: [&str; 10] = [
    "teams",
    "microsoft",
    "ms",
    "msft",
    "beta",
    "dev",
    "preview",
    "uat",
    "staging",
    "test",
];

/// One warning per name that holds such a word.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    ["/name/short", "/name/full"]
        .iter()
        .filter_map(|pointer| {
            let name = subject.document.pointer(pointer).and_then(Value::as_str)?;
            let word = name
                .split(|c: char| !c.is_alphanumeric())
                .find(|word| WORDS.contains(&word.to_lowercase().as_str()))?;
            Some(Raw::new(*pointer,
                format!(
                    "{} contains \"{word}\". Store review refuses names that suggest Microsoft made the \
                     app or that it is a test or preview version.",
                    super::words::sentence_start(&super::words::field_name(pointer))
                ),
                sources::STORE,
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use serde_json::json;

    #[test]
    fn whole_words_only() {
        let report = run(&valid_manifest(
            json!({"name": {"short": "Tasks for TEAMS", "full": "Contoso Tasks (beta)"}}),
        ));
        assert_eq!(pointers(&report, ID), ["/name/short", "/name/full"]);
        let report = run(&valid_manifest(
            json!({"name": {"short": "Testify", "full": "Msg Devices"}}),
        ));
        assert!(pointers(&report, ID).is_empty());
    }
}
