//! `message-extension-added-or-removed`
//!
//! **What it checks:** whether the set of message extensions differs. Each
//! `composeExtensions` entry is known by its `botId`, or by its `id` when it has
//! no `botId` (GUIDs ignoring letter case), or else by its position in the list.
//!
//! **Why:** a message extension adds search or action commands to the box where
//! people write messages. Adding or removing one changes what the app can do in
//! conversations, so every user is asked to approve the app again.
//!
//! **Example:** `"composeExtensions": []` becomes `[{"botId": "…", "commands": […]}]`.

use std::collections::BTreeSet;

use super::{Comparison, Evidence, Rule, Source};
use crate::manifest::ExtensionKey;
use crate::msg;

/// The rule's definition.
pub const RULE: Rule = Rule {
    id: "message-extension-added-or-removed",
    source: Source::PublishingDocs,
    asks: super::Asks::Users,
    title_id: "rule-message-extension-added-or-removed-title",
    explanation_id: "rule-message-extension-added-or-removed-explanation",
    check,
};

fn check(c: &Comparison<'_>) -> Vec<Evidence> {
    let old: BTreeSet<&ExtensionKey> = c.old.message_extensions.iter().collect();
    let new: BTreeSet<&ExtensionKey> = c.new.message_extensions.iter().collect();
    let removed = old.difference(&new).map(|key| {
        let commands = commands_of(c.old, key);
        Evidence::new(
            msg!(
                "rule-message-extension-removed",
                count = commands.len(),
                commands = commands.join(", ")
            ),
            msg!(
                "rule-message-extension-removed-developer",
                extension = key.in_words()
            ),
        )
    });
    let added = new.difference(&old).map(|key| {
        let commands = commands_of(c.new, key);
        Evidence::new(
            msg!(
                "rule-message-extension-added",
                count = commands.len(),
                commands = commands.join(", ")
            ),
            msg!(
                "rule-message-extension-added-developer",
                extension = key.in_words()
            ),
        )
    });
    removed.chain(added).collect()
}

/// `"Search tasks"`, `"New task"`: the quoted titles of the extension's commands, which
/// is how people know it; empty when it has none.
fn commands_of(manifest: &crate::manifest::Manifest, key: &ExtensionKey) -> Vec<String> {
    let position = manifest.message_extensions.iter().position(|k| k == key);
    position
        .and_then(|i| manifest.document.get("composeExtensions")?.get(i))
        .and_then(|entry| entry.get("commands")?.as_array())
        .into_iter()
        .flatten()
        .filter_map(|command| {
            command
                .get("title")
                .or_else(|| command.get("id"))
                .and_then(serde_json::Value::as_str)
        })
        .map(crate::plain::quote)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::evidence;
    use serde_json::json;

    #[test]
    fn adding_triggers() {
        let e = evidence(
            &RULE,
            json!({}),
            json!({"composeExtensions": [{"botId": "b"}]}),
        );
        assert_eq!(e, ["Message extension `b` was added"]);
    }

    #[test]
    fn plain_words_name_the_commands_one_or_many() {
        let with = |commands: serde_json::Value| {
            super::super::test_support::plain_evidence(
                &RULE,
                json!({}),
                json!({"composeExtensions": [{"botId": "b", "commands": commands}]}),
            )
        };
        assert_eq!(with(json!([])), ["A message extension was added"]);
        assert_eq!(
            with(json!([{"id": "s", "title": "Search tasks"}])),
            ["A message extension was added (command \"Search tasks\")"]
        );
        assert_eq!(
            with(json!([{"id": "s", "title": "Search tasks"}, {"id": "n"}])),
            ["A message extension was added (commands \"Search tasks\", \"n\")"]
        );
    }

    #[test]
    fn replacing_the_bot_id_triggers_both_ways() {
        let e = evidence(
            &RULE,
            json!({"composeExtensions": [{"botId": "a"}]}),
            json!({"composeExtensions": [{"botId": "b"}]}),
        );
        assert_eq!(
            e,
            [
                "Message extension `a` was removed",
                "Message extension `b` was added"
            ]
        );
    }

    #[test]
    fn reordering_and_guid_case_do_not_trigger() {
        let e = evidence(
            &RULE,
            json!({"composeExtensions": [{"botId": "0B5C3D6E-1234-4ABC-9DEF-00112233AABB"}, {"id": "x"}]}),
            json!({"composeExtensions": [{"id": "x"}, {"botId": "0b5c3d6e-1234-4abc-9def-00112233aabb"}]}),
        );
        assert!(e.is_empty());
    }

    #[test]
    fn entries_without_ids_are_known_by_position() {
        let e = evidence(
            &RULE,
            json!({"composeExtensions": [{"commands": []}]}),
            json!({"composeExtensions": [{"commands": [1]}]}),
        );
        assert!(e.is_empty());
        let e = evidence(
            &RULE,
            json!({"composeExtensions": [{}]}),
            json!({"composeExtensions": [{}, {}]}),
        );
        assert_eq!(e, ["Message extension `number 2 in the list` was added"]);
    }

    #[test]
    fn bot_id_that_is_not_text_falls_back_to_id() {
        let e = evidence(
            &RULE,
            json!({"composeExtensions": [{"botId": 5, "id": "x"}]}),
            json!({"composeExtensions": [{"id": "x"}]}),
        );
        assert!(e.is_empty());
    }
}
