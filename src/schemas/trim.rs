//! A schema with the top-level fields a document does not have left out.
//!
//! A subschema under the schema's top-level `properties` only ever applies to that
//! field of the document, so replacing the entries of fields the document does not
//! have by `{}` (their names kept, so `additionalProperties` is unchanged) changes
//! no error. The `definitions` they alone refer to are left out the same way.
//! What is kept is kept whole: nothing below the top level is trimmed.
//!
//! The schema's text is split at its top level when first needed, without reading
//! the entries of `properties` and `definitions`; an entry is read only when a
//! document needs it.

use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::Value;
use serde_json::value::RawValue;

/// The two top-level keywords whose entries are read one by one, in this order.
const TABLES: [&str; 2] = ["properties", "definitions"];

/// A schema split at its top level: every member, and the entries of `properties`
/// and `definitions`, each as unread text.
pub struct SchemaParts<'t> {
    /// The top-level members in order: (keyword, value).
    top: Vec<Member<'t>>,
    /// The entries of each of [`TABLES`] (empty when the schema lacks it).
    tables: [Vec<Member<'t>>; 2],
}

/// A member of a JSON object: its name and its value, unread.
type Member<'t> = (&'t str, &'t RawValue);

impl<'t> SchemaParts<'t> {
    /// Splits a schema's text, in place; `None` when it is not a JSON object, or a
    /// top-level or table member name has an escape in it (`\u0041`).
    pub fn parse(text: &'t str) -> Option<SchemaParts<'t>> {
        let top = members(text)?;
        let mut tables = [Vec::new(), Vec::new()];
        for (name, value) in &top {
            if let Some(table) = TABLES.iter().position(|keyword| keyword == name) {
                *tables.get_mut(table)? = members(value.get())?;
            }
        }
        Some(SchemaParts { top, tables })
    }

    /// The schema a document needs: each top-level property the document has, and
    /// each property or definition a needed part refers to; the other entries
    /// become `{}`, their names kept. `None` when the schema refers to itself in a
    /// form this does not follow (anything but `#/properties/<name>…` and
    /// `#/definitions/<name>…`), or a part is not valid JSON: then the whole
    /// schema is needed.
    pub fn kept_for(&self, instance: &Value) -> Option<Value> {
        self.with_properties(&self.properties_of(instance))
    }

    /// The names of the schema's top-level `properties`, in order.
    pub fn property_names(&self) -> impl Iterator<Item = &'t str> + '_ {
        self.tables
            .first()
            .into_iter()
            .flatten()
            .map(|(name, _)| *name)
    }

    /// Which entries of the schema's top-level `properties` the document has as
    /// fields: one flag per entry, in order. The schema [`Self::kept_for`] makes
    /// depends on nothing else.
    pub fn properties_of(&self, instance: &Value) -> Vec<bool> {
        let fields = instance.as_object();
        self.tables.first().map_or_else(Vec::new, |properties| {
            properties
                .iter()
                .map(|(name, _)| fields.is_some_and(|fields| fields.contains_key(*name)))
                .collect()
        })
    }

    /// The schema with the top-level properties flagged in `kept` ([`Self::properties_of`])
    /// and what they refer to; see [`Self::kept_for`].
    pub(crate) fn with_properties(&self, kept: &[bool]) -> Option<Value> {
        let mut read: [Vec<Option<Value>>; 2] = self
            .tables
            .each_ref()
            .map(|table| table.iter().map(|_| None).collect());
        let mut references: Vec<String> = Vec::new();
        let mut top = Vec::with_capacity(self.top.len());
        for (keyword, raw) in &self.top {
            let table = TABLES.iter().position(|table| table == keyword);
            let value = match table {
                Some(_) => None,
                None => {
                    let value: Value = serde_json::from_str(raw.get()).ok()?;
                    collect_references(&value, &mut references);
                    Some(value)
                }
            };
            top.push((*keyword, table, value));
        }
        let (properties, slots) = (self.tables.first()?, read.first_mut()?);
        for (((_, raw), slot), kept) in properties.iter().zip(slots.iter_mut()).zip(kept) {
            if *kept {
                let value: Value = serde_json::from_str(raw.get()).ok()?;
                collect_references(&value, &mut references);
                *slot = Some(value);
            }
        }
        while let Some(reference) = references.pop() {
            let (table, name) = local_target(&reference)?;
            let entries = self.tables.get(table)?;
            let position = entries.iter().position(|(entry, _)| *entry == name)?;
            let slot = read.get_mut(table)?.get_mut(position)?;
            if slot.is_none() {
                let (_, raw) = entries.get(position)?;
                let value: Value = serde_json::from_str(raw.get()).ok()?;
                collect_references(&value, &mut references);
                *slot = Some(value);
            }
        }
        let mut root = serde_json::Map::new();
        for (keyword, table, value) in top {
            let value = match (table, value) {
                (_, Some(value)) => value,
                (Some(table), None) => {
                    let slots = std::mem::take(read.get_mut(table)?);
                    let mut out = serde_json::Map::new();
                    for ((name, _), slot) in self.tables.get(table)?.iter().zip(slots) {
                        let value = slot.unwrap_or_else(|| Value::Object(serde_json::Map::new()));
                        out.insert((*name).to_owned(), value);
                    }
                    Value::Object(out)
                }
                (None, None) => return None,
            };
            root.insert(keyword.to_owned(), value);
        }
        Some(Value::Object(root))
    }
}

/// The members of the JSON object `text`, unread, in order; a repeated name keeps
/// its first place and its last value, as reading the text whole does.
fn members(text: &str) -> Option<Vec<Member<'_>>> {
    let mut found: Vec<Member<'_>> = Vec::new();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    deserializer.deserialize_map(Members(&mut found)).ok()?;
    deserializer.end().ok()?;
    Some(found)
}

/// Reads an object's members as (name, unread value), borrowing both from the text.
struct Members<'a, 'de>(&'a mut Vec<Member<'de>>);

impl<'de> Visitor<'de> for Members<'_, 'de> {
    type Value = ();

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(name) = map.next_key::<&'de str>()? {
            let value: &'de RawValue = map.next_value()?;
            match self.0.iter_mut().find(|(seen, _)| *seen == name) {
                Some(member) => member.1 = value,
                None => self.0.push((name, value)),
            }
        }
        Ok(())
    }
}

/// Every `$ref` under a schema value.
fn collect_references(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                match (key.as_str(), inner) {
                    ("$ref", Value::String(target)) => out.push(target.clone()),
                    _ => collect_references(inner, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_references(item, out)),
        _ => {}
    }
}

/// `#/definitions/guid` → (1, `guid`): the table ([`TABLES`]) and entry a
/// reference names, also when it points inside that entry
/// (`#/properties/bots/items` → (0, `bots`)); `None` for any other form of
/// reference, or a name that would need unescaping.
fn local_target(reference: &str) -> Option<(usize, &str)> {
    let path = reference.strip_prefix("#/")?;
    let (keyword, rest) = path.split_once('/')?;
    let name = rest.split('/').next()?;
    let table = TABLES.iter().position(|table| *table == keyword)?;
    (!name.is_empty() && !name.contains(['~', '%'])).then_some((table, name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keeps_what_the_document_reaches_and_empties_the_rest() {
        let schema = json!({
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "id": {"$ref": "#/definitions/guid"},
                "bots": {"type": "array", "items": {"$ref": "#/definitions/bot"}},
                "tabs": {"type": "array"},
                "task": {"$ref": "#/properties/bots/items"}
            },
            "definitions": {
                "guid": {"type": "string", "pattern": "^[0-9a-f-]+$"},
                "bot": {"type": "object", "properties": {"botId": {"$ref": "#/definitions/guid"}}},
                "unused": {"type": "string"}
            },
            "required": ["id"]
        });
        let text = schema.to_string();
        let Some(parts) = SchemaParts::parse(&text) else {
            panic!("a schema object splits");
        };
        let Some(trimmed) = parts.kept_for(&json!({"task": {}})) else {
            panic!("the references are all local");
        };
        // `task` points inside `bots`, which is kept; `bot` and, through it, `guid` too.
        assert_eq!(trimmed["properties"]["id"], json!({}));
        assert_eq!(trimmed["properties"]["tabs"], json!({}));
        assert_eq!(trimmed["properties"]["bots"], schema["properties"]["bots"]);
        assert_eq!(trimmed["properties"]["task"], schema["properties"]["task"]);
        assert_eq!(trimmed["definitions"]["bot"], schema["definitions"]["bot"]);
        assert_eq!(
            trimmed["definitions"]["guid"],
            schema["definitions"]["guid"]
        );
        assert_eq!(trimmed["definitions"]["unused"], json!({}));
        // Everything else as it was, in the same order.
        let keys: Vec<&String> = trimmed
            .as_object()
            .map(|o| o.keys().collect())
            .unwrap_or_default();
        assert_eq!(
            keys,
            [
                "type",
                "additionalProperties",
                "properties",
                "definitions",
                "required"
            ]
        );
        assert_eq!(trimmed["additionalProperties"], false);
        // A document with every field keeps the schema as it is, but the unused definition.
        let every = parts.kept_for(&json!({"id": 1, "bots": 2, "tabs": 3, "task": 4}));
        let mut expected = schema.clone();
        expected["definitions"]["unused"] = json!({});
        assert_eq!(every, Some(expected));
        // A reference this does not follow: the whole schema is needed.
        let recursive = r##"{"properties": {"a": {"$ref": "#"}}}"##;
        let parts = SchemaParts::parse(recursive);
        assert!(parts.is_some_and(|parts| parts.kept_for(&json!({"a": 1})).is_none()));
    }

    #[test]
    fn a_repeated_name_keeps_its_first_place_and_last_value_as_reading_does() {
        let text = r#"{"a": 1, "properties": {"x": {"type": "string"}, "y": {}, "x": {"type": "number"}}, "b": 2, "a": 4}"#;
        let Some(parts) = SchemaParts::parse(text) else {
            panic!("splits");
        };
        let whole: Value = serde_json::from_str(text).unwrap_or_default();
        assert_eq!(parts.kept_for(&json!({"x": 1, "y": 2})), Some(whole));
    }

    #[test]
    fn what_it_cannot_split_is_none() {
        for text in [
            "[1, 2]",
            "{\"a\": 1",
            "{\"a\": 1} trailing",
            r#"{"\u0061": 1}"#,
            r#"{"properties": {"\u0061": 1}}"#,
            r#"{"properties": [1]}"#,
        ] {
            assert!(SchemaParts::parse(text).is_none(), "{text}");
        }
    }
}
