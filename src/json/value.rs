//! The JSON tree the engine works on: a compact stand-in for `serde_json::Value`.
//!
//! A manifest at the 4 MiB limit holds tens of thousands of small objects. In a
//! `serde_json::Value` each of them costs a hash index, an entry list and one
//! allocation per key and per text (about 650 bytes for a three-field object).
//! Here an object is a single allocation holding its entries, and keys and
//! texts of up to 24 bytes are stored inline: a document takes about a third
//! of the memory and a seventh of the allocations, and reading and freeing it
//! about a quarter of the time (`examples/tree_memory.rs`, BENCHMARKS.md).

use std::collections::HashMap;
use std::fmt;

use compact_str::CompactString;
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::Number;

/// Objects with more entries than this are searched through a sorted index
/// instead of one by one, so comparing two large objects stays fast.
const LINEAR_SEARCH_UP_TO: usize = 16;

/// A JSON value.
#[derive(Debug, Clone, Default)]
pub enum Json {
    /// `null`.
    #[default]
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, kept as written (integer or floating point).
    Number(Number),
    /// A text value.
    String(CompactString),
    /// A list (`[ ... ]`), in order.
    Array(Box<[Json]>),
    /// An object (`{ ... }`).
    Object(Object),
}

/// A JSON object: its entries in the order they are written, each key once
/// (when a key is written twice, the last value wins at the first position).
#[derive(Debug, Clone, Default)]
pub struct Object {
    entries: Box<[(CompactString, Json)]>,
}

impl Json {
    /// The value of `key` when this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.as_object()?.get(key)
    }

    /// The text when this is a text value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    /// The items when this is a list.
    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The object when this is one.
    pub fn as_object(&self) -> Option<&Object> {
        match self {
            Json::Object(object) => Some(object),
            _ => None,
        }
    }
}

impl Object {
    /// The value of `key`, if the object has it.
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.entries
            .iter()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value)
    }

    /// How many entries the object has.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the object has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries in the order they are written.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Json)> {
        self.entries
            .iter()
            .map(|(name, value)| (name.as_str(), value))
    }

    /// The keys in the order they are written.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(name, _)| name.as_str())
    }

    /// A lookup for many [`KeyIndex::get`] calls on the same object: large
    /// objects are sorted once, so looking up each key of another large object
    /// does not take time proportional to the square of their size.
    pub fn index(&self) -> KeyIndex<'_> {
        if self.entries.len() <= LINEAR_SEARCH_UP_TO {
            return KeyIndex::Linear(self);
        }
        let mut sorted: Vec<(&str, &Json)> = self.iter().collect();
        sorted.sort_unstable_by_key(|&(name, _)| name);
        KeyIndex::Sorted(sorted)
    }
}

/// Fast repeated lookups in one [`Object`], made by [`Object::index`].
pub enum KeyIndex<'a> {
    /// A small object, searched entry by entry.
    Linear(&'a Object),
    /// A large object's entries sorted by key, searched by halving.
    Sorted(Vec<(&'a str, &'a Json)>),
}

impl<'a> KeyIndex<'a> {
    /// The value of `key`, if the object has it.
    pub fn get(&self, key: &str) -> Option<&'a Json> {
        match self {
            KeyIndex::Linear(object) => object.get(key),
            KeyIndex::Sorted(sorted) => sorted
                .binary_search_by(|&(name, _)| name.cmp(key))
                .ok()
                .and_then(|at| sorted.get(at))
                .map(|&(_, value)| value),
        }
    }
}

/// Exact equality: same types and values, objects regardless of key order.
/// (Manifest comparisons use [`crate::json::semantic_eq`], which also treats
/// `1` and `1.0` as equal.)
impl PartialEq for Json {
    fn eq(&self, other: &Json) -> bool {
        match (self, other) {
            (Json::Null, Json::Null) => true,
            (Json::Bool(a), Json::Bool(b)) => a == b,
            (Json::Number(a), Json::Number(b)) => a == b,
            (Json::String(a), Json::String(b)) => a == b,
            (Json::Array(a), Json::Array(b)) => a == b,
            (Json::Object(a), Json::Object(b)) => a == b,
            _ => false,
        }
    }
}

/// Objects are equal when they have the same keys with equal values, in any order.
impl PartialEq for Object {
    fn eq(&self, other: &Object) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let other = other.index();
        self.iter()
            .all(|(key, value)| other.get(key) == Some(value))
    }
}

impl FromIterator<(CompactString, Json)> for Object {
    /// Builds an object; a repeated key keeps its first position and its last value.
    fn from_iter<I: IntoIterator<Item = (CompactString, Json)>>(entries: I) -> Object {
        let mut stack = EntryStack::default();
        let mut object = stack.begin();
        for (key, value) in entries {
            stack.insert(&mut object, key, value);
        }
        stack.finish(object)
    }
}

/// The entries of the objects being read, innermost last. Reading an object
/// pushes its entries here and, at its end, moves them into one allocation of
/// exactly the right size; the room is reused for the next object.
#[derive(Default)]
struct EntryStack {
    entries: Vec<(CompactString, Json)>,
}

/// One object being read on an [`EntryStack`].
struct OpenObject {
    /// Where its entries begin on the stack.
    start: usize,
    /// Where each key is (counted from `start`), once the object is too large
    /// to search one by one.
    positions: Option<HashMap<CompactString, usize>>,
}

impl EntryStack {
    /// Starts an object whose entries go on top of the stack.
    fn begin(&self) -> OpenObject {
        OpenObject {
            start: self.entries.len(),
            positions: None,
        }
    }

    /// Adds an entry to `object`, replacing the value of an earlier entry with the same key.
    fn insert(&mut self, object: &mut OpenObject, key: CompactString, value: Json) {
        let entries = self.entries.get_mut(object.start..).unwrap_or_default();
        if object.positions.is_none() && entries.len() >= LINEAR_SEARCH_UP_TO {
            let positions = entries
                .iter()
                .enumerate()
                .map(|(at, (name, _))| (name.clone(), at))
                .collect();
            object.positions = Some(positions);
        }
        let existing = match &mut object.positions {
            None => entries.iter().position(|(name, _)| *name == key),
            Some(positions) => {
                let existing = positions.get(&key).copied();
                if existing.is_none() {
                    positions.insert(key.clone(), entries.len());
                }
                existing
            }
        };
        match existing.and_then(|at| entries.get_mut(at)) {
            Some(slot) => slot.1 = value,
            None => self.entries.push((key, value)),
        }
    }

    /// Ends `object`, taking its entries off the stack.
    fn finish(&mut self, object: OpenObject) -> Object {
        let start = object.start.min(self.entries.len());
        Object {
            entries: self.entries.drain(start..).collect(),
        }
    }
}

/// Reusable room for the objects and lists being read, so that each finished
/// one is allocated once at its exact size instead of grown step by step.
#[derive(Default)]
struct Scratch {
    objects: EntryStack,
    lists: Vec<Json>,
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        let mut scratch = Scratch::default();
        JsonSeed {
            scratch: &mut scratch,
        }
        .deserialize(deserializer)
    }
}

/// Reads one value, using (and giving back) the shared [`Scratch`] room.
struct JsonSeed<'s> {
    scratch: &'s mut Scratch,
}

impl<'de> DeserializeSeed<'de> for JsonSeed<'_> {
    type Value = Json;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for JsonSeed<'_> {
    type Value = Json;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, flag: bool) -> Result<Json, E> {
        Ok(Json::Bool(flag))
    }

    fn visit_i64<E: de::Error>(self, number: i64) -> Result<Json, E> {
        Ok(Json::Number(number.into()))
    }

    fn visit_u64<E: de::Error>(self, number: u64) -> Result<Json, E> {
        Ok(Json::Number(number.into()))
    }

    fn visit_f64<E: de::Error>(self, number: f64) -> Result<Json, E> {
        // JSON text cannot spell NaN or infinity, so this is never null in practice.
        Ok(Number::from_f64(number).map_or(Json::Null, Json::Number))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Json, E> {
        Ok(Json::String(CompactString::from(text)))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Json, E> {
        Ok(Json::String(CompactString::from(text)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Json, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let start = self.scratch.lists.len();
        while let Some(item) = seq.next_element_seed(JsonSeed {
            scratch: &mut *self.scratch,
        })? {
            self.scratch.lists.push(item);
        }
        let items = self.scratch.lists.drain(start..).collect();
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut object = self.scratch.objects.begin();
        while let Some(key) = map.next_key::<CompactString>()? {
            let value = map.next_value_seed(JsonSeed {
                scratch: &mut *self.scratch,
            })?;
            self.scratch.objects.insert(&mut object, key, value);
        }
        Ok(Json::Object(self.scratch.objects.finish(object)))
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => serializer.serialize_unit(),
            Json::Bool(flag) => serializer.serialize_bool(*flag),
            Json::Number(number) => number.serialize(serializer),
            Json::String(text) => serializer.serialize_str(text),
            Json::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Object(object) => object.serialize(serializer),
        }
    }
}

impl Serialize for Object {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (key, value) in self.iter() {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Compact JSON text, as `serde_json::to_string` writes it.
impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = serde_json::to_string(self).map_err(|_| fmt::Error)?;
        f.write_str(&text)
    }
}

impl From<serde_json::Value> for Json {
    /// Converts a `serde_json` value (for example one built with `serde_json::json!`).
    fn from(value: serde_json::Value) -> Json {
        match value {
            serde_json::Value::Null => Json::Null,
            serde_json::Value::Bool(flag) => Json::Bool(flag),
            serde_json::Value::Number(number) => Json::Number(number),
            serde_json::Value::String(text) => Json::String(text.into()),
            serde_json::Value::Array(items) => {
                Json::Array(items.into_iter().map(Json::from).collect())
            }
            serde_json::Value::Object(map) => Json::Object(
                map.into_iter()
                    .map(|(key, value)| (CompactString::from(key), Json::from(value)))
                    .collect(),
            ),
        }
    }
}

impl From<String> for Json {
    /// A text value.
    fn from(text: String) -> Json {
        Json::String(text.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(text: &str) -> Json {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn keeps_written_order_and_last_value_of_a_repeated_key() {
        let value = parse(r#"{"b": 1, "a": 2, "b": 3}"#);
        let object = value.as_object().unwrap();
        assert_eq!(object.keys().collect::<Vec<_>>(), ["b", "a"]);
        assert_eq!(value.get("b"), Some(&Json::from(json!(3))));
        assert_eq!(value.to_string(), r#"{"b":3,"a":2}"#);
    }

    #[test]
    fn repeated_keys_in_large_objects_are_found_too() {
        let mut text = String::from("{");
        for i in 0..100 {
            text.push_str(&format!("\"k{i}\": {i},"));
        }
        text.push_str("\"k3\": \"last\", \"k99\": null}");
        let value = parse(&text);
        let object = value.as_object().unwrap();
        assert_eq!(object.len(), 100);
        assert_eq!(object.get("k3").and_then(Json::as_str), Some("last"));
        assert_eq!(object.keys().nth(3), Some("k3"));
        assert_eq!(object.index().get("k99"), Some(&Json::Null));
        assert_eq!(object.index().get("k50"), Some(&Json::from(json!(50))));
        assert_eq!(object.index().get("k100"), None);
    }

    #[test]
    fn equality_ignores_key_order_but_not_list_order() {
        assert_eq!(
            parse(r#"{"a": 1, "b": [1, 2]}"#),
            parse(r#"{"b": [1, 2], "a": 1}"#)
        );
        assert_ne!(parse("[1, 2]"), parse("[2, 1]"));
        assert_ne!(parse(r#"{"a": null}"#), parse("{}"));
        assert_ne!(parse("1"), parse("\"1\""));
    }

    #[test]
    fn round_trips_through_serde_json() {
        let text = r#"{"s":"a \"quoted\" é","n":-1.5,"u":18446744073709551615,"i":-3,"t":true,"z":null,"l":[[],{}]}"#;
        let value = parse(text);
        assert_eq!(value.to_string(), text);
        let from_serde = Json::from(serde_json::from_str::<serde_json::Value>(text).unwrap());
        assert_eq!(from_serde, value);
    }

    #[test]
    fn long_texts_and_keys_survive() {
        let long = "x".repeat(1000);
        let value = parse(&format!("{{\"{long}\": \"{long}\"}}"));
        assert_eq!(value.get(&long).and_then(Json::as_str), Some(long.as_str()));
    }
}
