//! `app-name-words` (warning)
//!
//! **What it checks:** the short or full name contains, as a whole word (any
//! letter case), `Teams`, `Microsoft`, `MS`, `MSFT`, `Copilot`, `Beta`, `Dev`,
//! `Preview`, `UAT`, `Staging` or `Test`; in a package, so do the names of the
//! declarative agents the manifest names (`/name`) and of their actions
//! (`/name_for_human` of each API plugin), in the agent file (a name that holds a
//! placeholder or is a localization key is skipped, as the Agent Store checks skip it).
//!
//! **Why:** store review refuses names that suggest the app is made by Microsoft
//! or is not finished (a test or preview build). Naming Microsoft or its products
//! needs an official partnership, which cannot be known here: a warning.
//!
//! **Example:** `"short": "Contoso Tasks Beta"`; an agent named "Tasks Copilot".
//!
//! Source: Teams Store validation guidelines.

use serde_json::Value;

use super::agent_store::{skipped_in_agent_file, text_at, the_agents, their_plugins};
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

const WORDS: [&str; 11] = [
    "teams",
    "microsoft",
    "ms",
    "msft",
    "copilot",
    "beta",
    "dev",
    "preview",
    "uat",
    "staging",
    "test",
];

/// The first word of `name` store review refuses, if any.
fn refused_word(name: &str) -> Option<&str> {
    name.split(|c: char| !c.is_alphanumeric())
        .find(|word| WORDS.contains(&word.to_lowercase().as_str()))
}

/// One warning per name that holds such a word: the app's, then its agents' and
/// their actions'.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let mut found: Vec<Raw> = ["/name/short", "/name/full"]
        .iter()
        .filter_map(|pointer| {
            let name = subject.document.pointer(pointer).and_then(Value::as_str)?;
            let word = refused_word(name)?;
            Some(Raw::new(*pointer,
                format!(
                    "{} contains \"{word}\". Store review refuses names that suggest Microsoft made the \
                     app or that it is a test or preview version.",
                    super::words::sentence_start(&super::words::field_name(pointer))
                ),
                sources::STORE,
            ))
        })
        .collect();
    let agents = the_agents(subject);
    let plugins = their_plugins(subject, &agents);
    let named = agents
        .iter()
        .map(|(file, document)| (*file, *document, "/name", "Copilot agent"))
        .chain(
            plugins
                .iter()
                .map(|(file, document)| (*file, *document, "/name_for_human", "agent action")),
        );
    for (file, document, pointer, what) in named {
        let Some(name) = text_at(document, pointer) else {
            continue;
        };
        if skipped_in_agent_file(file.kind, pointer, name) {
            continue;
        }
        if let Some(word) = refused_word(name) {
            found.push(Raw::in_file(
                &file.name,
                pointer,
                format!(
                    "The name of the {what} in \"{}\" contains \"{word}\". Store review refuses \
                     names that suggest Microsoft made the app (unless you hold an official \
                     partnership with Microsoft) or that it is a test or preview version.",
                    file.name
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
            json!({"name": {"short": "Tasks for Copilot", "full": "Contoso Tasks"}}),
        ));
        assert_eq!(pointers(&report, ID), ["/name/short"]);
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
