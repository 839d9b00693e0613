//! `bot-command-slash`, `bot-command-duplicate` and `me-command-duplicate` (errors)
//!
//! **What they check:**
//! - `bot-command-slash`: a bot command's title
//!   (`/bots/<i>/commandLists/<j>/commands/<k>/title`) whose first character after
//!   leading white space is `/`. Other special characters are not checked: the
//!   guideline names only the slash.
//! - `bot-command-duplicate`: two commands of the same command list whose titles are
//!   equal after trimming white space, in ASCII lower case; the finding is on the
//!   later one. The same command in two lists (one per scope) is not a duplicate.
//! - `me-command-duplicate`: two **action** commands (`"type": "action"`) of the same
//!   message extension whose titles are equal the same way; the finding is on the
//!   later one. Query commands are not compared (the guideline names action commands).
//!
//! A title holding a placeholder is not judged (`placeholders` reports it).
//!
//! **Why:** Teams shows the slash itself and lists commands by title; a title that
//! starts with a slash or appears twice is refused by store review.
//!
//! **Example:** `"title": "/help"` → "help"; two commands titled "Help" and "help " in one list.
//!
//! Source: Teams Store validation guidelines, Bots: "Do not prefix special characters
//! such as a slash (/) to bot commands", "Avoid duplicate commands"; Message
//! extensions: "Avoid duplicate action commands" (*Must fix*).

use serde_json::Value;

use super::{Raw, Severity, StoreCheck, Subject, has_placeholder, list, sources};
use crate::msg;

/// The identifier of the slash check.
pub const SLASH_ID: &str = "bot-command-slash";
/// The identifier of the bot duplicates check.
pub const BOT_DUPLICATE_ID: &str = "bot-command-duplicate";
/// The identifier of the message extension duplicates check.
pub const ME_DUPLICATE_ID: &str = "me-command-duplicate";

/// The registry entry of `bot-command-slash` ([`super::STORE_CHECKS`]).
pub const SLASH: StoreCheck = StoreCheck {
    id: SLASH_ID,
    title: "store-bot-command-slash-title",
    severity: Severity::Error,
    needs_package: false,
    run: slash,
    fixed_by: super::WhoFixes::Portal("portal-features-bot"),
    repairs: super::Repair::Never,
};

/// The registry entry of `bot-command-duplicate` ([`super::STORE_CHECKS`]).
pub const BOT_DUPLICATE: StoreCheck = StoreCheck {
    id: BOT_DUPLICATE_ID,
    title: "store-bot-command-duplicate-title",
    severity: Severity::Error,
    needs_package: false,
    run: bot_duplicates,
    fixed_by: super::WhoFixes::Portal("portal-features-bot"),
    repairs: super::Repair::Never,
};

/// The registry entry of `me-command-duplicate` ([`super::STORE_CHECKS`]).
pub const ME_DUPLICATE: StoreCheck = StoreCheck {
    id: ME_DUPLICATE_ID,
    title: "store-me-command-duplicate-title",
    severity: Severity::Error,
    needs_package: false,
    run: me_duplicates,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// Every bot command list: (pointer of the list's `commands`, its commands).
fn bot_command_lists(document: &Value) -> Vec<(String, &Vec<Value>)> {
    let mut lists = Vec::new();
    for (bot, entry) in list(document, "bots") {
        for (index, command_list) in list(entry, "commandLists") {
            if let Some(commands) = command_list.get("commands").and_then(Value::as_array) {
                lists.push((
                    format!("/bots/{bot}/commandLists/{index}/commands"),
                    commands,
                ));
            }
        }
    }
    lists
}

/// A command's title when it is a text without a placeholder.
fn title(command: &Value) -> Option<&str> {
    command
        .get("title")
        .and_then(Value::as_str)
        .filter(|title| !has_placeholder(title))
}

/// The key two titles are compared by: trimmed, ASCII lower case.
fn title_key(title: &str) -> String {
    title.trim().to_ascii_lowercase()
}

fn slash(subject: &Subject<'_>) -> Vec<Raw> {
    let mut found = Vec::new();
    for (pointer, commands) in bot_command_lists(subject.document) {
        for (index, command) in commands.iter().enumerate() {
            let Some(title) = title(command) else {
                continue;
            };
            let Some(rest) = title.trim_start().strip_prefix('/') else {
                continue;
            };
            found.push(Raw::new(
                format!("{pointer}/{index}/title"),
                msg!(
                    "store-bot-command-slash-starts",
                    command = super::words::shorten(title, 40),
                    without = super::words::shorten(rest.trim_start(), 40),
                ),
                sources::STORE,
            ));
        }
    }
    found
}

/// The indexes of the commands (among those `wanted` accepts) whose title an earlier one has.
fn repeated(commands: &[Value], wanted: impl Fn(&Value) -> bool) -> Vec<(usize, &str)> {
    let mut seen = std::collections::BTreeSet::new();
    commands
        .iter()
        .enumerate()
        .filter(|(_, command)| wanted(command))
        .filter_map(|(index, command)| {
            let title = title(command)?;
            (!seen.insert(title_key(title))).then_some((index, title))
        })
        .collect()
}

fn bot_duplicates(subject: &Subject<'_>) -> Vec<Raw> {
    let mut found = Vec::new();
    for (pointer, commands) in bot_command_lists(subject.document) {
        for (index, title) in repeated(commands, |_| true) {
            found.push(Raw::new(
                format!("{pointer}/{index}/title"),
                msg!(
                    "store-bot-command-duplicate-repeated",
                    command = super::words::shorten(title.trim(), 40),
                ),
                sources::STORE,
            ));
        }
    }
    found
}

fn me_duplicates(subject: &Subject<'_>) -> Vec<Raw> {
    let mut found = Vec::new();
    for (extension, entry) in list(subject.document, "composeExtensions") {
        let Some(commands) = entry.get("commands").and_then(Value::as_array) else {
            continue;
        };
        let action =
            |command: &Value| command.get("type").and_then(Value::as_str) == Some("action");
        for (index, title) in repeated(commands, action) {
            found.push(Raw::new(
                format!("/composeExtensions/{extension}/commands/{index}/title"),
                msg!(
                    "store-me-command-duplicate-repeated",
                    command = super::words::shorten(title.trim(), 40),
                    number = extension + 1,
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

    fn bot(lists: Value) -> crate::store::StoreReport {
        run(&valid_manifest(json!({"bots": [{
            "botId": "0b5c3d6e-1234-4abc-9def-00112233aabb",
            "scopes": ["personal", "team"],
            "commandLists": lists
        }]})))
    }

    fn commands(titles: &[&str]) -> Value {
        Value::Array(
            titles
                .iter()
                .map(|title| json!({"title": title, "description": "Does it"}))
                .collect(),
        )
    }

    #[test]
    fn a_leading_slash_is_found() {
        let report = bot(
            json!([{"scopes": ["personal"], "commands": commands(&["help", " /reset", "a/b", "#tag"])}]),
        );
        assert_eq!(
            pointers(&report, SLASH_ID),
            ["/bots/0/commandLists/0/commands/1/title"]
        );
        let message = report
            .findings
            .iter()
            .find(|f| f.check == SLASH_ID)
            .map(|f| f.message.text())
            .unwrap_or_default();
        assert!(message.contains("(\"reset\")"), "{message}");
    }

    #[test]
    fn duplicates_within_one_list_only() {
        let report = bot(json!([
            {"scopes": ["personal"], "commands": commands(&["Help", "Reset", " help "])},
            {"scopes": ["team"], "commands": commands(&["Help", "Reset", "${{CMD}}", "${{CMD}}"])}
        ]));
        assert_eq!(
            pointers(&report, BOT_DUPLICATE_ID),
            ["/bots/0/commandLists/0/commands/2/title"]
        );
        let report = bot(
            json!([{"scopes": ["personal"], "commands": commands(&["Help", "Helps", "Hélp", "hÉlp"])}]),
        );
        // ASCII lower case only: "Hélp" and "hÉlp" differ.
        assert!(pointers(&report, BOT_DUPLICATE_ID).is_empty());
    }

    #[test]
    fn duplicate_action_commands_of_one_message_extension() {
        let extension = |commands: Value| json!({"botId": "0b5c3d6e-1234-4abc-9def-00112233aabb", "commands": commands});
        let report = run(&valid_manifest(json!({"composeExtensions": [
            extension(json!([
                {"id": "a", "type": "action", "title": "Create task", "fetchTask": true},
                {"id": "b", "type": "query", "title": "Create task"},
                {"id": "c", "type": "action", "title": "create TASK ", "fetchTask": true}
            ])),
            extension(json!([
                {"id": "d", "type": "query", "title": "Find"},
                {"id": "e", "type": "query", "title": "Find"},
                {"id": "f", "type": "action", "title": "Create task", "fetchTask": true}
            ]))
        ]})));
        assert_eq!(
            pointers(&report, ME_DUPLICATE_ID),
            ["/composeExtensions/0/commands/2/title"]
        );
    }
}
