//! `app-name-words` (warning)
//!
//! **What it checks:** the short and the full name (`name.short`, `name.full`)
//! contain, as a whole word (any letter case), `Teams`, `Microsoft`, `MS`, `MSFT`,
//! `Copilot`, `Beta`, `Dev`, `Preview`, `UAT`, `Staging` or `Test`; in a package, so do
//! the names of the declarative agents the manifest names (`/name`) and of their actions
//! (`/name_for_human` of each API plugin), in the agent file (a name that holds a
//! placeholder or is a localization key is skipped, as the Agent Store checks skip it).
//!
//! **Why:** the store refuses names that reference Microsoft or its products
//! without "an official partnership with Microsoft", and names of test or preview
//! builds. Whether a word means the product ("Teams", "Copilot") or something else
//! (teams of people) needs judgement, and a partnership cannot be known here: a
//! warning, worded "only if".
//!
//! **Example:** `"short": "Contoso Tasks Beta"`; `"full": "Tasks for teams and projects"`;
//! an agent named "Tasks Copilot".
//!
//! Source: Teams Store validation guidelines, "Do not reference Microsoft or
//! Microsoft products unless your app holds an official partnership with Microsoft"
//! (*Must fix*).

use serde_json::Value;

use super::agent_store::agent_names;
use super::{Raw, Severity, StoreCheck, Subject, sources};
use crate::message::{Arg, Message};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "app-name-words";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-app-name-words-title",
    severity: Severity::Warning,
    needs_package: false,
    run: check,
    fixed_by: super::WhoFixes::ByPlace,
    repairs: super::Repair::Never,
};

/// Words naming Microsoft or its products.
const MICROSOFT: [&str; 5] = ["teams", "microsoft", "ms", "msft", "copilot"];

/// Words naming a build that is not finished.
const UNFINISHED: [&str; 6] = ["beta", "dev", "preview", "uat", "staging", "test"];

/// The first word of `name`, as written, that the store's naming rules question
/// (a whole word, any letter case).
pub fn refused_word(name: &str) -> Option<&str> {
    name.split(|c: char| !c.is_alphanumeric()).find(|word| {
        let lower = word.to_lowercase();
        MICROSOFT.contains(&lower.as_str()) || UNFINISHED.contains(&lower.as_str())
    })
}

/// The warning for a name (`what`: "The short name") that holds `word`: one piece of
/// advice, "only if" the word means what the rule is about.
pub fn message(what: impl Into<Arg>, word: &str) -> Message {
    let lower = word.to_lowercase();
    match lower.as_str() {
        "teams" | "copilot" => msg!("store-app-name-words-product", what = what, word = word),
        "microsoft" | "ms" | "msft" => {
            msg!("store-app-name-words-microsoft", what = what, word = word)
        }
        _ => msg!("store-app-name-words-unfinished", what = what, word = word),
    }
}

/// One warning per name that holds such a word: the app's, then its agents' and
/// their actions'.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let mut found: Vec<Raw> = ["/name/short", "/name/full"]
        .iter()
        .filter_map(|pointer| {
            let name = subject.document.pointer(pointer).and_then(Value::as_str)?;
            let word = refused_word(name)?;
            let what = super::words::sentence_start(&super::words::field_name(pointer));
            Some(Raw::new(*pointer, message(what, word), sources::STORE))
        })
        .collect();
    for (file, name, pointer, what) in agent_names(subject) {
        if let Some(word) = refused_word(name) {
            found.push(Raw::in_file(
                &file.name,
                pointer,
                message(
                    msg!(
                        "store-app-name-words-agent-name",
                        what = what,
                        file = file.name.as_str(),
                    ),
                    word,
                ),
                sources::STORE,
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
        let report = run(&valid_manifest(
            json!({"name": {"short": "Tasks Copilot", "full": "Tasks for teams and projects"}}),
        ));
        assert_eq!(pointers(&report, ID), ["/name/short", "/name/full"]);
        // "Teams" as ordinary words: the warning says it may stay.
        let full = report.findings.iter().find(|f| f.pointer == "/name/full");
        let message = full.map(|f| f.message.text()).unwrap_or_default();
        assert!(
            message.contains("If \"teams\" here means something else"),
            "{message}"
        );
    }

    #[test]
    fn agent_and_action_names_in_a_package() {
        use crate::store::agent_store::tests_support::{agent_package, run_check};
        let (manifest, files) = agent_package(
            json!({"name": "Contoso Tasks Copilot"}),
            json!({"name_for_human": "Contoso Tasks (dev)"}),
            json!({}),
        );
        assert_eq!(
            run_check(&manifest, &files, check),
            [
                ("agent/da.json".to_string(), "/name".to_string()),
                (
                    "agent/plugin.json".to_string(),
                    "/name_for_human".to_string()
                )
            ]
        );
        let (manifest, files) =
            agent_package(json!({"name": "[[agentName]]"}), json!({}), json!({}));
        assert_eq!(run_check(&manifest, &files, check), []);
    }
}
