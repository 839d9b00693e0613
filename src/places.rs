//! Manifest places in words: the one function that turns a JSON pointer into what people
//! call the place, drawing every name from the one table ([`crate::fields::FIELDS`]).
//!
//! `/staticTabs/0/contentUrl` is "Personal tab 1 › page address" in every line for people
//! (the change list, the store findings' sentences and places, the JSON's `place`); list
//! entries are counted from 1. The code name and the pointer itself are for the lines for
//! developers only.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::fields::{entry_label, label_at, top_level};
use crate::message::{Arg, Message};
use crate::msg;

/// The own names of a version's list entries, by the entry's JSON pointer
/// (`/staticTabs/0` → "My tasks"): see [`names_in`].
pub type Names = BTreeMap<String, String>;

/// The member that names one entry of the list `list`, where its entries have a name of
/// their own: a personal tab's `name`, a command's `title`.
fn name_key(list: &str) -> Option<&'static str> {
    match list {
        "staticTabs" => Some("name"),
        "commands" => Some("title"),
        _ => None,
    }
}

/// The entries of `document` that have a name of their own, by their pointer: each entry
/// of a list whose entries are named ([`name_key`]), when its name is a non-empty text
/// no other entry of that list has (two tabs called "Tasks" keep their numbers).
pub fn names_in(document: &Value) -> Names {
    fn walk(value: &Value, pointer: &str, names: &mut Names) {
        match value {
            Value::Object(map) => {
                for (key, inner) in map {
                    let here = format!("{pointer}/{}", crate::json::escape_pointer_segment(key));
                    if let (Some(member), Value::Array(entries)) = (name_key(key), inner) {
                        let name_of = |entry: &Value| {
                            entry
                                .get(member)
                                .and_then(Value::as_str)
                                .map(str::trim)
                                .filter(|name| !name.is_empty())
                                .map(str::to_string)
                        };
                        let all: Vec<Option<String>> = entries.iter().map(name_of).collect();
                        for (index, name) in all.iter().enumerate() {
                            if let Some(name) = name
                                && all
                                    .iter()
                                    .filter(|other| other.as_ref() == Some(name))
                                    .count()
                                    == 1
                            {
                                names.insert(format!("{here}/{index}"), name.clone());
                            }
                        }
                    }
                    walk(inner, &here, names);
                }
            }
            Value::Array(items) => {
                for (index, inner) in items.iter().enumerate() {
                    walk(inner, &format!("{pointer}/{index}"), names);
                }
            }
            _ => {}
        }
    }
    let mut names = Names::new();
    walk(document, "", &mut names);
    names
}

/// [`in_words`], naming list entries by their own name where `names` has one:
/// `/staticTabs/0/contentUrl` is "Personal tab “My tasks” › page address".
pub fn in_words_named(pointer: &str, names: &Names) -> Message {
    words_of(parts_named(pointer, true, Some(names)))
}

/// [`in_file_words`], naming the manifest's list entries by their own name (see
/// [`in_words_named`]); another file's entries are counted.
pub fn in_file_words_named(file: &str, pointer: &str, names: &Names) -> Message {
    let manifest = is_manifest(file);
    words_of(parts_named(pointer, manifest, manifest.then_some(names)))
}

/// A message whose places were said by number (built with [`in_words`] or its text,
/// at `pointer` or a place above it), with the entries that have a name of their own
/// named instead, so a finding's sentence reads its place as its "Where:" line does.
pub fn name_places(message: Message, pointer: &str, names: &Names) -> Message {
    let mut pairs: Vec<(Message, String, Message)> = Vec::new();
    let mut prefix = String::new();
    for segment in pointer.split('/').skip(1) {
        prefix.push('/');
        prefix.push_str(segment);
        let numbered = in_words(&prefix);
        let named = in_words_named(&prefix, names);
        if numbered != named {
            let text = numbered.text();
            pairs.push((numbered, text, named));
        }
    }
    if pairs.is_empty() {
        return message;
    }
    fn replace(message: &mut Message, pairs: &[(Message, String, Message)]) {
        for (_, arg) in &mut message.args {
            let found = match &*arg {
                Arg::Message(inner) => pairs.iter().find(|(numbered, _, _)| numbered == &**inner),
                Arg::Text(text) => pairs.iter().find(|(_, numbered, _)| numbered == text),
                Arg::Number(_) => None,
            };
            match found {
                Some((_, _, named)) => *arg = Arg::Message(Box::new(named.clone())),
                None => {
                    if let Arg::Message(inner) = arg {
                        replace(inner, pairs);
                    }
                }
            }
        }
    }
    let mut message = message;
    replace(&mut message, &pairs);
    message
}

/// The place a JSON pointer leads to, in words: `/staticTabs/0/contentUrl` is
/// "Personal tab 1 › page address", `/bots/0/scopes/2` is "Bot 1 › scopes › 3", `""`
/// (the whole file) is "the whole file". Keys without a name of their own are shown as
/// written.
pub fn in_words(pointer: &str) -> Message {
    words_of(parts(pointer, true))
}

/// The place a JSON pointer leads to in the file `file`: the manifest's places by the
/// table's names ([`in_words`]); another file's (an agent file, a translation) by its
/// keys as written, entries counted from 1 (`/conversation_starters/0/text` is
/// "conversation_starters › 1 › text").
pub fn in_file_words(file: &str, pointer: &str) -> Message {
    words_of(parts(pointer, is_manifest(file)))
}

/// The place in a file in words as text (see [`in_file_words`]).
pub fn in_file_words_text(file: &str, pointer: &str) -> String {
    in_file_words(file, pointer).text()
}

/// True for the app manifest, whose places the table names (`manifest.json`, also inside
/// a folder of the package).
fn is_manifest(file: &str) -> bool {
    file.rsplit(['/', '\\']).next() == Some("manifest.json")
}

fn words_of(parts: Vec<Arg>) -> Message {
    let mut parts = parts.into_iter();
    let Some(first) = parts.next() else {
        return msg!("place-whole-file");
    };
    let first = match first {
        Arg::Message(message) => *message,
        other => msg!("place-name", name = other),
    };
    parts.fold(first, |place, next| {
        msg!("place-step", place = place, next = next)
    })
}

/// The place in words as text (see [`in_words`]).
pub fn in_words_text(pointer: &str) -> String {
    in_words(pointer).text()
}

/// The pointer's parts in words: a key's name, or a list entry with its number (which
/// takes the place of the list's name: "Personal tab 1", not "Personal tabs › 1").
fn parts(pointer: &str, named: bool) -> Vec<Arg> {
    parts_named(pointer, named, None)
}

/// [`parts`], with entries named from `names` where it has them.
fn parts_named(pointer: &str, named: bool, names: Option<&Names>) -> Vec<Arg> {
    let raw: Vec<&str> = pointer.split('/').skip(1).collect();
    let segments: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|segment| segment.replace("~1", "/").replace("~0", "~"))
        .collect();
    let mut parts: Vec<Arg> = Vec::with_capacity(segments.len());
    let mut list: Option<&str> = None;
    for (depth, segment) in segments.iter().enumerate() {
        match (segment.parse::<usize>(), list) {
            (Ok(index), Some(list)) => {
                let number = index.saturating_add(1);
                let entry_pointer = raw
                    .get(..=depth)
                    .map(|through| format!("/{}", through.join("/")))
                    .unwrap_or_default();
                let own_name = names.and_then(|names| names.get(&entry_pointer));
                match entry_label(list).filter(|_| named) {
                    Some(entry) => {
                        parts.pop();
                        parts.push(match own_name {
                            Some(name) => msg!(
                                "place-entry-named",
                                entry = entry.message(),
                                name = name.as_str()
                            )
                            .into(),
                            None => {
                                msg!("place-entry", entry = entry.message(), number = number).into()
                            }
                        });
                    }
                    None => parts.push(msg!("place-number", number = number).into()),
                }
            }
            _ => {
                // A place inside a top-level field with a name of its own: "Short name".
                let whole = segments
                    .first()
                    .filter(|_| depth == 1)
                    .filter(|_| named)
                    .and_then(|first| top_level(&format!("{first}/{segment}")));
                if whole.is_some() {
                    parts.pop();
                }
                let field = whole.or_else(|| label_at(segment, depth).filter(|_| named));
                parts.push(field.map_or_else(
                    || segment.clone().into(),
                    |field| field.label.message().into(),
                ));
            }
        }
        list = Some(segment);
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_named_by_their_own_name_when_it_is_theirs_alone() {
        let document = serde_json::json!({
            "staticTabs": [{"name": "My tasks"}, {"name": "Board"}, {"name": "Board"}],
            "composeExtensions": [{"commands": [{"title": "Search"}]}]
        });
        let names = names_in(&document);
        let said = |pointer: &str| in_words_named(pointer, &names).text();
        assert_eq!(
            said("/staticTabs/0/contentUrl"),
            "Personal tab “My tasks” › page address"
        );
        // Two tabs called "Board": numbers tell them apart.
        assert_eq!(said("/staticTabs/2/name"), "Personal tab 3 › name");
        assert_eq!(
            said("/composeExtensions/0/commands/0/title"),
            "Message extension 1 › Command “Search” › title"
        );
        // A finding's sentence names the place as its "Where:" line does.
        let sentence = msg!(
            "place-step",
            place = in_words_text("/staticTabs/0"),
            next = "x"
        );
        let named = name_places(sentence, "/staticTabs/0/contentUrl", &names);
        assert_eq!(named.text(), "Personal tab “My tasks” › x");
    }

    #[test]
    fn pointers_read_as_places_counted_from_one() {
        let cases = [
            ("/staticTabs/0/contentUrl", "Personal tab 1 › page address"),
            ("/bots/0/scopes/2", "Bot 1 › scopes › 3"),
            ("/staticTabs/1", "Personal tab 2"),
            (
                "/composeExtensions/0/commands/1/title",
                "Message extension 1 › Command 2 › title",
            ),
            ("/validDomains/0", "Valid domain 1"),
            ("/validDomains", "Valid domains"),
            ("/accentColor", "Accent color"),
            (
                "/developer/privacyUrl",
                "Developer details › privacy statement address",
            ),
            ("/name/short", "Short name"),
            ("/name", "App name"),
            ("/name/abbreviation", "App name › abbreviation"),
            ("/staticTabs/0/name", "Personal tab 1 › name"),
            ("/icons/color", "Color icon"),
            ("/webApplicationInfo/id", "Sign-in settings › ID"),
            ("/id", "App ID"),
            ("/bots/0/commandLists/1", "Bot 1 › Command list 2"),
            ("/a~1b/x", "a/b › x"),
            ("/list/4", "list › 5"),
            ("", "the whole file"),
        ];
        for (pointer, words) in cases {
            assert_eq!(in_words_text(pointer), words, "{pointer}");
        }
    }

    #[test]
    fn other_files_keep_their_keys() {
        assert_eq!(
            in_file_words_text("declarativeAgent.json", "/conversation_starters/0/text"),
            "conversation_starters › 1 › text"
        );
        assert_eq!(in_file_words_text("declarativeAgent.json", "/name"), "name");
        assert_eq!(
            in_file_words_text("manifest.json", "/name/short"),
            "Short name"
        );
        assert_eq!(in_file_words_text("app/manifest.json", "/bots/1"), "Bot 2");
    }

    #[test]
    fn nested_messages_carry_the_parts() {
        let place = in_words("/staticTabs/0/contentUrl");
        assert_eq!(place.id, "place-step");
        assert!(
            matches!(place.get("place"), Some(Arg::Message(entry)) if entry.id == "place-entry")
        );
    }
}
