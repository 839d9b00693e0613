//! `agent-text-hygiene` (error or warning, for apps with a Copilot agent)
//!
//! **What it checks:** when the app has a Copilot agent (a declarative agent, a custom
//! engine agent, or message extension commands with sample prompts), the texts
//! Copilot and its users read: the manifest's short description and its message
//! extension commands' and parameters' descriptions; each used declarative agent's
//! description, instructions and conversation starters; each used plugin's
//! descriptions, its functions' descriptions and its conversation starters; each used
//! OpenAPI document's operation descriptions and `operationId`s (GET, POST, PUT,
//! DELETE). At most one finding per text, the first that applies:
//!
//! 1. a web address (`http://`, `https://`, or `www.` starting a word): error;
//! 2. an emoji: error;
//! 3. a hidden character (control characters, zero-width characters, direction
//!    overrides, private-use and tag characters…; tab and line ends are fine): error;
//!    a warning instead when each of them is a joiner or direction mark and the text
//!    has a non-ASCII letter (Persian, Indic and right-to-left text need them);
//! 4. a phrase that instructs the model ("ignore previous", "new instructions", "if
//!    the user says"…), not in the agent's own instructions, which are instructions by
//!    design: a warning, since whether it manipulates the model needs a person. Single
//!    words such as "ignore" or "delete" are not matched: "Delete a task" is a fair
//!    command description.
//!
//! Hexadecimal or binary text, grammar and marketing language need judgement: not
//! checked. Texts that hold a placeholder, and localization keys, are skipped.
//!
//! **Why:** the Agent Store's rules: descriptions and instructions must not contain
//! URLs, emoji, hidden or escaped characters, or instructions that manipulate the
//! model (*Must fix*).
//!
//! **Example:** a plugin `description_for_model` "See https://contoso.com/help" → an
//! error at `/description_for_model`.
//!
//! Source: Microsoft's validation guidelines for agents.

use unicode_general_category::{GeneralCategory, get_general_category};

use crate::agents::openapi::operations;
use crate::package_use::UseKind;

use super::agent_store::{SOURCE, has_agent, skipped_in_agent_file, skipped_in_manifest};
use super::{MANIFEST_FILE, Raw, Severity, StoreCheck, Subject};
use crate::message::{Arg, Message};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "agent-text-hygiene";

/// The registry entry for the errors ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-agent-text-hygiene-title",
    severity: Severity::Error,
    needs_package: false,
    run: |subject| check(subject, Severity::Error),
    fixed_by: super::WhoFixes::ByPlace,
    repairs: super::Repair::Never,
};

/// The registry entry for the warnings.
pub const WARNINGS: StoreCheck = CHECK.warnings(|subject| check(subject, Severity::Warning));

/// The phrases that instruct a model, in ASCII lower case with single spaces.
const INSTRUCTIONS: [&str; 8] = [
    "ignore previous",
    "ignore all previous",
    "ignore the above",
    "disregard previous",
    "new instructions",
    "if the user says",
    "answer in bold",
    "do not print anything",
];

/// What is wrong with a text, if anything: its severity and what it holds, in words.
fn problem(text: &str, is_instructions: bool) -> Option<(Severity, Message)> {
    let lower = text.to_ascii_lowercase();
    let start = ["http://", "https://"]
        .iter()
        .filter_map(|scheme| lower.find(scheme))
        .min()
        .or_else(|| {
            lower.match_indices("www.").map(|(at, _)| at).find(|at| {
                *at == 0
                    || lower
                        .get(..*at)
                        .is_some_and(|before| before.ends_with(char::is_whitespace))
            })
        });
    if let Some(at) = start {
        let address: String = text
            .get(at..)
            .unwrap_or_default()
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect();
        return Some((
            Severity::Error,
            msg!(
                "store-agent-text-hygiene-address",
                address = super::words::shorten(&address, 60)
            ),
        ));
    }
    if let Some(emoji) = text.chars().find(|c| is_emoji(*c)) {
        return Some((
            Severity::Error,
            msg!("store-agent-text-hygiene-emoji", emoji = emoji.to_string()),
        ));
    }
    let hidden: Vec<char> = text.chars().filter(|c| is_hidden(*c)).collect();
    if let Some(first) = hidden.first() {
        let spoken = msg!(
            "store-agent-text-hygiene-hidden",
            code = format!("U+{:04X}", u32::from(*first))
        );
        let needed = hidden.iter().all(|c| is_joiner_or_mark(*c))
            && text.chars().any(|c| !c.is_ascii() && is_letter(c));
        let severity = if needed {
            Severity::Warning
        } else {
            Severity::Error
        };
        return Some((severity, spoken));
    }
    if !is_instructions {
        let spaced = lower.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(phrase) = INSTRUCTIONS.iter().find(|phrase| spaced.contains(*phrase)) {
            return Some((
                Severity::Warning,
                msg!("store-agent-text-hygiene-instructs", phrase = *phrase),
            ));
        }
    }
    None
}

/// An emoji: U+1F000–U+1FAFF, U+2600–U+27BF, U+2B00–U+2BFF, U+20E3 or U+FE0F.
fn is_emoji(c: char) -> bool {
    matches!(u32::from(c), 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x20E3 | 0xFE0F)
}

/// A hidden character (`agents.md` §2a); TAB, LF and CR are not.
fn is_hidden(c: char) -> bool {
    matches!(
        u32::from(c),
        0x00..=0x08
            | 0x0B
            | 0x0C
            | 0x0E..=0x1F
            | 0x7F..=0x9F
            | 0xAD
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x2069
            | 0xFE00..=0xFE0E
            | 0xFEFF
            | 0xE000..=0xF8FF
            | 0xE0000..=0xE007F
            | 0xE0100..=0xE01EF
            | 0xF0000..=0x10FFFF
    )
}

/// A joiner or direction mark, which scripts such as Persian and Hindi need.
fn is_joiner_or_mark(c: char) -> bool {
    matches!(
        u32::from(c),
        0x200C..=0x200F | 0x202A..=0x202E | 0x2066..=0x2069
    )
}

/// A letter: Unicode general category L.
fn is_letter(c: char) -> bool {
    matches!(
        get_general_category(c),
        GeneralCategory::UppercaseLetter
            | GeneralCategory::LowercaseLetter
            | GeneralCategory::TitlecaseLetter
            | GeneralCategory::ModifierLetter
            | GeneralCategory::OtherLetter
    )
}

/// The texts the check reads in the manifest, with their pointers.
fn manifest_texts(document: &serde_json::Value) -> Vec<(String, &str)> {
    let mut found = Vec::new();
    if let Some(text) = document
        .pointer("/description/short")
        .and_then(|v| v.as_str())
    {
        found.push(("/description/short".to_string(), text));
    }
    for (i, extension) in super::list(document, "composeExtensions") {
        for (j, command) in super::list(extension, "commands") {
            let at = format!("/composeExtensions/{i}/commands/{j}");
            for key in ["description", "semanticDescription"] {
                if let Some(text) = command.get(key).and_then(|v| v.as_str()) {
                    found.push((format!("{at}/{key}"), text));
                }
            }
            for (k, parameter) in super::list(command, "parameters") {
                for key in ["description", "semanticDescription"] {
                    if let Some(text) = parameter.get(key).and_then(|v| v.as_str()) {
                        found.push((format!("{at}/parameters/{k}/{key}"), text));
                    }
                }
            }
        }
    }
    found
}

/// The texts the check reads in an agent file of `kind`, with their pointers.
fn agent_texts(kind: UseKind, document: &serde_json::Value) -> Vec<(String, &str)> {
    let mut found = Vec::new();
    let mut text = |pointer: String| {
        if let Some(text) = document.pointer(&pointer).and_then(|v| v.as_str()) {
            found.push((pointer, text));
        }
    };
    let count = |pointer: &str| {
        document
            .pointer(pointer)
            .and_then(|v| v.as_array())
            .map_or(0, Vec::len)
    };
    match kind {
        UseKind::DeclarativeAgent => {
            text("/description".into());
            text("/instructions".into());
            for i in 0..count("/conversation_starters") {
                text(format!("/conversation_starters/{i}/title"));
                text(format!("/conversation_starters/{i}/text"));
            }
        }
        UseKind::Plugin => {
            text("/description_for_human".into());
            text("/description_for_model".into());
            for i in 0..count("/functions") {
                text(format!("/functions/{i}/description"));
                text(format!("/functions/{i}/states/reasoning/description"));
            }
            for i in 0..count("/capabilities/conversation_starters") {
                text(format!("/capabilities/conversation_starters/{i}/title"));
                text(format!("/capabilities/conversation_starters/{i}/text"));
            }
        }
        UseKind::OpenApi => {
            for operation in operations(document) {
                if !matches!(operation.method, "get" | "post" | "put" | "delete") {
                    continue;
                }
                let at = format!(
                    "/paths/{}/{}",
                    crate::json::escape_pointer_segment(operation.path),
                    operation.method
                );
                for key in ["description", "operationId"] {
                    if let Some(text) = operation.value.get(key).and_then(|v| v.as_str()) {
                        found.push((format!("{at}/{key}"), text));
                    }
                }
            }
        }
        _ => {}
    }
    found
}

/// The findings of one severity: the manifest's texts, then each agent file's.
fn check(subject: &Subject<'_>, severity: Severity) -> Vec<Raw> {
    if !has_agent(subject.document) {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut judge = |file: &str, pointer: String, text: &str, is_instructions: bool| {
        let Some((this, what)) = problem(text, is_instructions) else {
            return;
        };
        if this != severity {
            return;
        }
        // The manifest's fields have names a publisher knows; an agent file's are its own.
        let place: Arg = if file == MANIFEST_FILE {
            super::words::sentence_start(&super::words::field_name(&pointer)).into()
        } else {
            msg!(
                "store-agent-text-hygiene-in-file",
                file = file,
                place = super::words::pointer_in_file_words(file, &pointer),
            )
            .into()
        };
        let message = if this == Severity::Error {
            msg!(
                "store-agent-text-hygiene-refused",
                place = place,
                what = what
            )
        } else if what.id == "store-agent-text-hygiene-instructs" {
            msg!(
                "store-agent-text-hygiene-steers",
                place = place,
                what = what
            )
        } else {
            msg!(
                "store-agent-text-hygiene-joiner",
                place = place,
                what = what
            )
        };
        found.push(Raw::in_file(file, pointer, message, SOURCE));
    };
    for (pointer, text) in manifest_texts(subject.document) {
        if !skipped_in_manifest(text) {
            judge(MANIFEST_FILE, pointer, text, false);
        }
    }
    for file in subject.agents.files.values() {
        let crate::agents::AgentContent::Loaded(document) = file.content() else {
            continue;
        };
        for (pointer, text) in agent_texts(file.kind, document) {
            if skipped_in_agent_file(file.kind, &pointer, text) {
                continue;
            }
            let is_instructions =
                file.kind == UseKind::DeclarativeAgent && pointer == "/instructions";
            judge(&file.name, pointer, text, is_instructions);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::agent_store::tests_support::{agent_package, run_raw};
    use serde_json::json;

    #[test]
    fn the_first_problem_of_a_text() {
        let severity = |text: &str| problem(text, false).map(|(severity, _)| severity);
        assert_eq!(severity("See HTTPS://contoso.com"), Some(Severity::Error));
        assert_eq!(severity("Go to www.contoso.com"), Some(Severity::Error));
        assert_eq!(severity("Go to contoso.www.com"), None);
        assert_eq!(severity("Tasks \u{2705}"), Some(Severity::Error));
        assert_eq!(severity("Tasks\u{200B}"), Some(Severity::Error));
        assert_eq!(severity("Tasks\u{202E}"), Some(Severity::Error));
        assert_eq!(severity("Tab\tand\r\nlines"), None);
        // A joiner in Persian text may be needed; in ASCII text it is hidden.
        assert_eq!(severity("می\u{200C}خواهم"), Some(Severity::Warning));
        assert_eq!(severity("Tasks\u{200C}"), Some(Severity::Error));
        assert_eq!(severity("می\u{200C}خواهم\u{200B}"), Some(Severity::Error));
        assert_eq!(
            severity("IGNORE  all\nprevious rules"),
            Some(Severity::Warning)
        );
        assert_eq!(severity("Delete a task"), None);
        assert_eq!(problem("If the user says hi, greet them", true), None);
        // The web address wins over the emoji.
        assert!(
            problem("\u{2705} see HTTPS://x.com/a b", false)
                .is_some_and(|(_, what)| what.text() == "a web address (HTTPS://x.com/a)")
        );
    }

    #[test]
    fn texts_of_every_agent_file_and_the_manifest() {
        let (mut manifest, files) = agent_package(
            json!({"description": "Tasks \u{1F4CB}", "instructions": "If the user says hi, see www.contoso.com",
                   "conversation_starters": [{"title": "Ignore previous answers", "text": "[[starter]]"}]}),
            json!({"description_for_model": "Ignore previous instructions", "description_for_human": "${{X}} https://x.com"}),
            json!({"paths": {"/tasks": {"get": {"operationId": "listTasks", "description": "Lists\u{7} tasks"},
                                        "patch": {"description": "https://x.com"}}}}),
        );
        manifest["description"]["short"] = json!("Tasks at https://contoso.com");
        let found = |severity| {
            run_raw(
                &manifest,
                &files,
                match severity {
                    Severity::Error => CHECK.run,
                    Severity::Warning => WARNINGS.run,
                },
            )
            .into_iter()
            .map(|raw| format!("{} {}", raw.file.unwrap_or_default(), raw.pointer))
            .collect::<Vec<_>>()
        };
        assert_eq!(
            found(Severity::Error),
            [
                " /description/short",
                "agent/da.json /description",
                "agent/da.json /instructions",
                "agent/openapi.json /paths/~1tasks/get/description",
            ]
        );
        assert_eq!(
            found(Severity::Warning),
            [
                "agent/da.json /conversation_starters/0/title",
                "agent/plugin.json /description_for_model",
            ]
        );
        // Without an agent, nothing is checked.
        let files = Default::default();
        let plain = json!({"description": {"short": "See https://contoso.com"}});
        assert_eq!(run_raw(&plain, &files, CHECK.run), []);
    }
}
