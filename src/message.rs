//! Every sentence a user can read is a [`Message`]: an identifier in the Fluent
//! catalogue (`assets/i18n/en/teams-update-check.ftl`) and named arguments. The engine
//! builds messages where it finds something; they become text only when presented,
//! through the one [`Catalogue`].
//!
//! ```
//! use teams_update_check::msg;
//! let message = msg!("count-icons", count = 2usize);
//! assert_eq!(message.id, "count-icons");
//! assert_eq!(message.text(), "2 icons");
//! ```
//!
//! How to add a message: write it in the catalogue (English, with `$name` for each
//! argument and Fluent's plural selectors, never a hand-made plural), then build it with
//! [`msg!`] where it is said. `tests/catalogue.rs` fails when an identifier used in the
//! code is missing from the catalogue, when one in the catalogue is used nowhere, or when
//! a message's arguments differ from the ones the code gives it.

use std::borrow::Cow;
use std::fmt;
use std::sync::{OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The English catalogue, as written in the repository.
pub const ENGLISH_FTL: &str = include_str!("../assets/i18n/en/teams-update-check.ftl");

/// A sentence (or a part of one) to show a user: its catalogue identifier and arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The identifier in the catalogue, such as `store-icon-size`.
    pub id: &'static str,
    /// The named arguments, in the order they were given.
    pub args: Vec<(&'static str, Arg)>,
}

/// One argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A text shown as it is: a name the publisher wrote, a file name, a value.
    Text(String),
    /// A number: Fluent chooses plural forms from it.
    Number(f64),
    /// A message of its own, turned into text first (a place's name, a list of parts).
    Message(Box<Message>),
}

impl Eq for Arg {}
impl Eq for Message {}

impl Message {
    /// A message without arguments yet.
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// The message with one more argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The argument called `name`, if given.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args
            .iter()
            .find(|(given, _)| *given == name)
            .map(|(_, value)| value)
    }

    /// The message in English.
    pub fn text(&self) -> String {
        Catalogue::english().format(self)
    }

    /// The arguments as JSON (`{"count": 2, "place": "Personal tab 1"}`), a nested
    /// message as `{"message_id": …, "args": …}`.
    pub fn args_json(&self) -> serde_json::Value {
        let mut map = serde_json::Map::new();
        for (name, value) in &self.args {
            map.insert((*name).to_string(), value.to_json());
        }
        serde_json::Value::Object(map)
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

/// The three members every message adds to a JSON object it belongs to:
/// `message` (the text), `message_id` and `args`.
impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("message", &self.text())?;
        map.serialize_entry("message_id", self.id)?;
        map.serialize_entry("args", &self.args_json())?;
        map.end()
    }
}

impl Arg {
    fn to_json(&self) -> serde_json::Value {
        match self {
            Arg::Text(text) => text.clone().into(),
            Arg::Number(number) => serde_json::Number::from_f64(*number)
                .map(|n| {
                    // Whole numbers read as whole numbers in the JSON.
                    if number.fract() == 0.0 && number.abs() < 9.0e15 {
                        serde_json::Value::from(*number as i64)
                    } else {
                        serde_json::Value::Number(n)
                    }
                })
                .unwrap_or(serde_json::Value::Null),
            Arg::Message(message) => serde_json::json!({
                "message_id": message.id,
                "args": message.args_json(),
            }),
        }
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(text: Cow<'_, str>) -> Arg {
        Arg::Text(text.into_owned())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(Box::new(message))
    }
}

impl From<Box<Message>> for Arg {
    fn from(message: Box<Message>) -> Arg {
        Arg::Message(message)
    }
}

impl From<&Message> for Arg {
    fn from(message: &Message) -> Arg {
        Arg::Message(Box::new(message.clone()))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(number: $t) -> Arg {
                Arg::Number(number as f64)
            }
        }
    )*};
}
number_arg!(usize, u8, u16, u32, u64, i32, i64, f32, f64);

/// A [`Message`]: `msg!(ID)` or `msg!(ID, name = value, other = value)`, ID a literal. Each value
/// is a text, a number or another message (anything `Into<Arg>`).
#[macro_export]
macro_rules! msg {
    ($id:literal $(,)?) => {
        $crate::message::Message::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::message::Message::new($id)$(.arg(stringify!($name), $value))+
    };
}

/// A language's messages. The catalogue's text is indexed by identifier when first
/// used (a scan of its lines), and each message is parsed by Fluent the first time it is
/// said, so a command that says forty messages does not parse twelve hundred.
pub struct Catalogue {
    /// Each message's source text (its line and its variant lines), by identifier,
    /// sorted by identifier (a binary search finds one; no hashing at start).
    sources: Sources,
    /// The messages parsed so far.
    bundle: RwLock<FluentBundle<FluentResource>>,
}

impl fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Catalogue")
    }
}

/// Each message of a Fluent text by identifier: a line `id = …` starting at the line's
/// first character, with the indented or `}` lines that follow it. Comments and blank
/// lines belong to no message.
fn index(ftl: &'static str) -> Sources {
    let mut sources: Vec<(&'static str, &'static str)> = Vec::with_capacity(2048);
    let mut current: Option<(&'static str, usize)> = None;
    let mut offset = 0;
    let mut close = |current: Option<(&'static str, usize)>, end: usize| {
        if let Some((id, start)) = current
            && let Some(text) = ftl.get(start..end)
        {
            sources.push((id, text));
        }
    };
    for line in ftl.split_inclusive('\n') {
        let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_lowercase());
        let continues = line.starts_with([' ', '}']);
        if starts_message {
            close(current.take(), offset);
            current = line.split_once(" =").map(|(id, _)| (id.trim_end(), offset));
        } else if !continues {
            close(current.take(), offset);
        }
        offset += line.len();
    }
    close(current, offset);
    // Stable: of two messages with one identifier, the first stays (the tests refuse it).
    sources.sort_by_key(|(id, _)| *id);
    sources.dedup_by_key(|(id, _)| *id);
    Sources(sources)
}

/// Message sources sorted by identifier.
struct Sources(Vec<(&'static str, &'static str)>);

impl Sources {
    fn get(&self, id: &str) -> Option<&'static str> {
        self.0
            .binary_search_by_key(&id, |(key, _)| key)
            .ok()
            .and_then(|at| self.0.get(at))
            .map(|(_, source)| *source)
    }

    fn contains_key(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.0.len()
    }

    #[cfg(test)]
    fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.iter().map(|(id, _)| *id)
    }
}

impl Catalogue {
    /// The English catalogue.
    pub fn english() -> &'static Catalogue {
        static ENGLISH: OnceLock<Catalogue> = OnceLock::new();
        ENGLISH.get_or_init(|| Catalogue::parse("en-US", ENGLISH_FTL))
    }

    /// A catalogue from Fluent text. A message with a syntax error says its identifier
    /// (the catalogue tests refuse such a text); the others still work.
    pub fn parse(lang: &str, ftl: &'static str) -> Catalogue {
        let langid = lang
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // The text is shown as it is: no Unicode isolation marks around arguments.
        bundle.set_use_isolating(false);
        Catalogue {
            sources: index(ftl),
            bundle: RwLock::new(bundle),
        }
    }

    /// True when the catalogue has a message with this identifier.
    pub fn has(&self, id: &str) -> bool {
        self.sources.contains_key(id)
    }

    /// Parses the message `id` into the bundle, the first time it is needed.
    fn load(&self, id: &str) {
        let loaded = match self.bundle.read() {
            Ok(bundle) => bundle.has_message(id),
            Err(poisoned) => poisoned.into_inner().has_message(id),
        };
        if loaded {
            return;
        }
        let Some(source) = self.sources.get(id) else {
            return;
        };
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(resource) => resource,
            Err((resource, _errors)) => resource,
        };
        let mut bundle = match self.bundle.write() {
            Ok(bundle) => bundle,
            Err(poisoned) => poisoned.into_inner(),
        };
        if !bundle.has_message(id) {
            // Another thread may have added it meanwhile: then this one is a duplicate.
            let _ = bundle.add_resource(resource);
        }
    }

    /// The message as text. An identifier missing from the catalogue shows as itself
    /// (the tests make sure none is), never as an empty line or a crash.
    pub fn format(&self, message: &Message) -> String {
        self.format_with_errors(message).0
    }

    /// The message as text and the errors met formatting it.
    fn format_with_errors(&self, message: &Message) -> (String, Vec<String>) {
        // A message of plain text (one line, no placeable) is its text: Fluent has no
        // escapes outside placeables, so it need not be parsed at all.
        if message.args.is_empty()
            && let Some(text) = self
                .sources
                .get(message.id)
                .and_then(|source| source.split_once(" = "))
                .map(|(_, text)| text)
                .filter(|text| !text.contains(['{', '}']) && text.trim_end().lines().count() == 1)
        {
            return (text.trim().to_string(), Vec::new());
        }
        // Nested messages first, each with its own lock.
        let mut args = FluentArgs::new();
        for (name, value) in &message.args {
            let value: FluentValue<'_> = match value {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Number(number) => FluentValue::from(*number),
                Arg::Message(inner) => FluentValue::from(self.format(inner)),
            };
            args.set(*name, value);
        }
        self.load(message.id);
        let bundle = match self.bundle.read() {
            Ok(bundle) => bundle,
            Err(poisoned) => poisoned.into_inner(),
        };
        let Some(pattern) = bundle
            .get_message(message.id)
            .and_then(|found| found.value())
        else {
            return (
                message.id.to_string(),
                vec![format!("no message {}", message.id)],
            );
        };
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned();
        (
            text,
            errors.iter().map(|error| format!("{error:?}")).collect(),
        )
    }

    /// The formatting errors of a message (a missing argument, an unknown one in a
    /// selector), for the catalogue tests.
    pub fn errors(&self, message: &Message) -> Vec<String> {
        self.format_with_errors(message).1
    }
}

/// Several messages as one, each said in turn with `separator` between them (no
/// message of the catalogue: the parts are sentences of their own).
pub fn join(parts: &[Message], separator: &str) -> String {
    parts
        .iter()
        .map(Message::text)
        .collect::<Vec<_>>()
        .join(separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_and_arguments() {
        assert_eq!(msg!("count-icons", count = 1usize).text(), "1 icon");
        assert_eq!(msg!("count-icons", count = 3usize).text(), "3 icons");
    }

    #[test]
    fn the_index_finds_every_message_fluent_finds() {
        let whole = match FluentResource::try_new(ENGLISH_FTL.to_string()) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        let entries = whole.entries().count();
        let mut bundle =
            FluentBundle::new_concurrent(vec![unic_langid::LanguageIdentifier::default()]);
        let _ = bundle.add_resource(whole);
        let catalogue = Catalogue::english();
        assert!(entries > 1000, "{entries}");
        assert_eq!(catalogue.sources.len(), entries);
        for id in catalogue.sources.keys() {
            assert!(bundle.has_message(id), "{id}");
        }
        // Each message alone parses as the whole catalogue does: a selector message too.
        assert_eq!(
            msg!(
                "check-version-not-comparable",
                which = "new",
                version = "x",
                reason = "long"
            )
            .text(),
            "Could not compare the versions, because the new version \"x\" has a part longer than 18 digits. Make sure the new version is higher than the published one."
        );
    }

    #[test]
    fn a_missing_identifier_shows_itself() {
        assert_eq!(Message::new("no-such-message").text(), "no-such-message");
    }

    #[test]
    fn json_has_text_id_and_arguments() {
        let value = serde_json::to_value(msg!("count-icons", count = 2usize)).unwrap_or_default();
        assert_eq!(value["message"], "2 icons");
        assert_eq!(value["message_id"], "count-icons");
        assert_eq!(value["args"]["count"], 2);
    }
}
