//! Manifest places in words: the one function that turns a JSON pointer into what people
//! call the place, drawing every name from the one table ([`crate::fields::FIELDS`]).
//!
//! `/staticTabs/0/contentUrl` is "Personal tab 1 › page address" in every line for people
//! (the change list, the store findings' sentences and places, the JSON's `place`); list
//! entries are counted from 1. The code name and the pointer itself are for the lines for
//! developers only.

use crate::fields::{entry_label, label_at, top_level};
use crate::message::{Arg, Message};
use crate::msg;

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

/// The words for a change's place (the JSON's `place`): its pointer in words, or the file
/// name for a file of the package.
pub fn change_place(change: &crate::changes::Change) -> String {
    if change.area == crate::changes::Area::PackageFile {
        change.pointer.clone()
    } else {
        in_words_text(&change.pointer)
    }
}

/// The pointer's parts in words: a key's name, or a list entry with its number (which
/// takes the place of the list's name: "Personal tab 1", not "Personal tabs › 1").
fn parts(pointer: &str, named: bool) -> Vec<Arg> {
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
                match entry_label(list).filter(|_| named) {
                    Some(entry) => {
                        parts.pop();
                        parts.push(
                            msg!("place-entry", entry = entry.message(), number = number).into(),
                        );
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
