//! `me-sample-prompts` (error)
//!
//! **What it checks:** each message extension command that has sample prompts
//! (`samplePrompts`, which Copilot shows) has at least 3, and no prompt repeats,
//! word for word after trimming, a prompt of another command of the same message
//! extension (the later one is reported). More than 5 prompts, and prompts over 128
//! characters, are errors of the schema already. Whether the prompts are
//! "functional and relevant" needs a person: not checked.
//!
//! **Why:** the Agent Store's rules ask each command used by Copilot for at least
//! three unique sample prompts (*Must fix*).
//!
//! **Example:** `"samplePrompts": [{"text": "Find tasks"}]` → one error at the list.
//!
//! Source: Microsoft's validation guidelines for agents.

use serde_json::Value;

use super::agent_store::{SOURCE, skipped_in_manifest};
use super::{Raw, Severity, StoreCheck, Subject};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "me-sample-prompts";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-me-sample-prompts-title",
    severity: Severity::Error,
    needs_package: false,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// The findings of every message extension, command by command.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let mut found = Vec::new();
    for (extension, value) in super::list(subject.document, "composeExtensions") {
        // The trimmed prompt texts of the commands before, with the command's title.
        let mut earlier: Vec<(usize, &str)> = Vec::new();
        for (index, command) in super::list(value, "commands") {
            let Some(prompts) = command.get("samplePrompts").and_then(Value::as_array) else {
                continue;
            };
            let at = format!("/composeExtensions/{extension}/commands/{index}/samplePrompts");
            let name = command
                .get("title")
                .and_then(Value::as_str)
                .or_else(|| command.get("id").and_then(Value::as_str))
                .map(|name| super::words::shorten(name, 40));
            // The command's title (or ID) in quotes when it has one.
            let named = if name.is_some() { "yes" } else { "no" };
            let name = name.unwrap_or_default();
            if prompts.len() < 3 {
                found.push(Raw::new(
                    at.as_str(),
                    msg!(
                        "store-me-sample-prompts-too-few",
                        named = named,
                        name = name.as_str(),
                        count = prompts.len(),
                    ),
                    SOURCE,
                ));
            }
            let mut own = Vec::new();
            for (k, prompt) in prompts.iter().enumerate() {
                let Some(text) = prompt.get("text").and_then(Value::as_str) else {
                    continue;
                };
                if skipped_in_manifest(text) {
                    continue;
                }
                let text = text.trim();
                if earlier
                    .iter()
                    .any(|(other, seen)| *other != index && *seen == text)
                {
                    found.push(Raw::new(
                        format!("{at}/{k}/text"),
                        msg!(
                            "store-me-sample-prompts-shared",
                            prompt = super::words::shorten(text, 60),
                            named = named,
                            name = name.as_str(),
                        ),
                        SOURCE,
                    ));
                }
                own.push((index, text));
            }
            earlier.extend(own);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use serde_json::json;

    fn command(id: &str, prompts: &[&str]) -> Value {
        let prompts: Vec<Value> = prompts.iter().map(|text| json!({"text": text})).collect();
        json!({"id": id, "type": "query", "title": id, "samplePrompts": prompts})
    }

    #[test]
    fn at_least_three_prompts_of_its_own() {
        let report = run(&valid_manifest(json!({"composeExtensions": [{"commands": [
            command("find", &["Find tasks", "Find my tasks", "Find late tasks"]),
            command("list", &["List tasks"]),
            command("show", &["Show tasks", " Find my tasks ", "Show late tasks", "Show tasks"]),
            command("plain", &[]),
        ]}, {"commands": [command("other", &["Find tasks", "b", "c"])]}]})));
        assert_eq!(
            pointers(&report, ID),
            [
                "/composeExtensions/0/commands/1/samplePrompts",
                "/composeExtensions/0/commands/2/samplePrompts/1/text",
                "/composeExtensions/0/commands/3/samplePrompts",
            ]
        );
    }

    #[test]
    fn the_words_count_the_prompts_and_name_the_command_when_it_has_a_name() {
        let report = run(&valid_manifest(json!({"composeExtensions": [{"commands": [
            command("list", &["List tasks"]),
            {"type": "query", "samplePrompts": []},
        ]}]})));
        let messages: Vec<String> = report
            .findings
            .iter()
            .filter(|finding| finding.check == ID)
            .map(|finding| finding.message.text())
            .collect();
        assert_eq!(
            messages,
            [
                "The message extension command \"list\" has 1 sample prompt (the examples \
                 Copilot shows). The Agent Store requires at least 3. Your developer must add \
                 prompts that show what the command does.",
                "The message extension command has 0 sample prompts (the examples Copilot \
                 shows). The Agent Store requires at least 3. Your developer must add prompts \
                 that show what the command does.",
            ]
        );
    }

    #[test]
    fn commands_without_prompts_are_not_checked() {
        let report = run(&valid_manifest(json!({"composeExtensions": [{"commands": [
            {"id": "find", "type": "query", "title": "Find"}]}]})));
        assert_eq!(pointers(&report, ID), Vec::<String>::new());
    }
}
