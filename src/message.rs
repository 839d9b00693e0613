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
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::lang::{self, Language, Numbers};
use crate::pseudo;

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

    /// The message in the language the app speaks now ([`lang::current`]).
    pub fn text(&self) -> String {
        Catalogue::current().format(self)
    }

    /// The message in English, whatever language the app speaks (for logs and tests).
    pub fn english(&self) -> String {
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
    /// The language it speaks.
    language: &'static Language,
    /// Each message's source text (its line and its variant lines), by identifier.
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
    let mut sources = Sources::with_capacity(ftl.len() / 64);
    let mut current: Option<(&'static str, usize)> = None;
    let mut offset = 0;
    let mut close = |current: Option<(&'static str, usize)>, end: usize| {
        if let Some((id, start)) = current
            && let Some(text) = ftl.get(start..end)
        {
            // Of two messages with one identifier the first stays (the catalogue tests
            // refuse such a text).
            sources.0.entry(id).or_insert(text);
        }
    };
    for line in ftl.split_inclusive('\n') {
        let first = line.as_bytes().first().copied().unwrap_or(b'\n');
        if first.is_ascii_lowercase() {
            close(current.take(), offset);
            // The identifier ends at the line's first space (`id = …`): only it is read,
            // not the sentence after it.
            current = line
                .split_once(' ')
                .filter(|(_, rest)| rest.starts_with('='))
                .map(|(id, _)| (id, offset));
        } else if first != b' ' && first != b'}' {
            close(current.take(), offset);
        }
        offset += line.len();
    }
    close(current, offset);
    sources
}

/// Message sources by identifier, in a table hashed with [`IdHasher`]: indexing twelve
/// hundred identifiers this way costs a quarter of sorting them (callgrind, BENCHMARKS.md).
struct Sources(HashMap<&'static str, &'static str, BuildHasherDefault<IdHasher>>);

/// FNV-1a over an identifier's bytes: the identifiers are the catalogue's own, not input,
/// so a fast hash without protection against chosen collisions suits them.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for byte in bytes {
            hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

impl Sources {
    fn with_capacity(capacity: usize) -> Sources {
        Sources(HashMap::with_capacity_and_hasher(
            capacity,
            BuildHasherDefault::default(),
        ))
    }

    fn get(&self, id: &str) -> Option<&'static str> {
        self.0.get(id).copied()
    }

    fn contains_key(&self, id: &str) -> bool {
        self.0.contains_key(id)
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.0.len()
    }

    #[cfg(test)]
    fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.keys().copied()
    }
}

impl Catalogue {
    /// The English catalogue.
    pub fn english() -> &'static Catalogue {
        Catalogue::of(lang::english())
    }

    /// The catalogue of the language the app speaks now.
    pub fn current() -> &'static Catalogue {
        Catalogue::of(lang::current())
    }

    /// A language's catalogue, read the first time it is needed, then kept: a run
    /// reads only the catalogue of the language it speaks.
    pub fn of(language: &'static Language) -> &'static Catalogue {
        static ALL: [OnceLock<Catalogue>; lang::LANGUAGE_COUNT] =
            [const { OnceLock::new() }; lang::LANGUAGE_COUNT];
        let cell = ALL.get(language.index()).unwrap_or(&ALL[0]);
        cell.get_or_init(|| Catalogue::new(language, language.ftl.unwrap_or(ENGLISH_FTL)))
    }

    /// A catalogue of `language` from Fluent text. A message with a syntax error says its
    /// identifier (the catalogue tests refuse such a text); the others still work.
    pub fn new(language: &'static Language, ftl: &'static str) -> Catalogue {
        // The pseudo-locale's plurals are English ones.
        let tag = if language.is_pseudo() {
            "en"
        } else {
            language.tag
        };
        let langid = tag
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // The text is shown as it is: no Unicode isolation marks around arguments.
        bundle.set_use_isolating(false);
        if language.is_pseudo() {
            bundle.set_transform(Some(pseudo::accent));
        }
        bundle.set_formatter(match language.numbers {
            Numbers::Point => None,
            Numbers::CommaDotGroups => Some(number_comma_dot),
            Numbers::CommaSpaceGroups => Some(number_comma_space),
            Numbers::PointCommaGroups => Some(number_point_comma),
        });
        Catalogue {
            language,
            sources: index(ftl),
            bundle: RwLock::new(bundle),
        }
    }

    /// The language this catalogue speaks.
    pub fn language(&self) -> &'static Language {
        self.language
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

    /// The message as text. An identifier missing from a translation is said in English;
    /// one missing from English shows as itself (the tests make sure neither happens),
    /// never as an empty line or a crash.
    pub fn format(&self, message: &Message) -> String {
        if !self.has(message.id) && !std::ptr::eq(self.language, lang::english()) {
            return Catalogue::english().format(message);
        }
        let text = self.format_with_errors(message).0;
        if self.language.is_pseudo() {
            pseudo::mark(&text)
        } else {
            text
        }
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
            let text = text.trim();
            let text = if self.language.is_pseudo() {
                pseudo::accent(text).into_owned()
            } else {
                text.to_string()
            };
            return (text, Vec::new());
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

/// A number written the way `numbers` says: the digits of `value`, its decimal point
/// and its thousands separator (from 10,000 on, as CLDR's minimum grouping of Spanish and
/// Polish asks and the others allow).
fn write_number(value: f64, point: char, group: char) -> String {
    let plain = if value.fract() == 0.0 && value.abs() < 9.0e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    };
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let mut grouped = String::new();
    let count = whole.chars().count();
    for (at, digit) in whole.chars().enumerate() {
        if count >= 5 && at > 0 && (count - at) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(digit);
    }
    match fraction {
        Some(fraction) => format!("{sign}{grouped}{point}{fraction}"),
        None => format!("{sign}{grouped}"),
    }
}

fn number_comma_dot<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(write_number(number.value, ',', '.')),
        _ => None,
    }
}

fn number_comma_space<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(write_number(number.value, ',', '\u{202f}')),
        _ => None,
    }
}

fn number_point_comma<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(write_number(number.value, '.', ',')),
        _ => None,
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
