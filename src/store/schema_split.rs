//! Where the parts of a schema's text are: each top-level keyword, and each entry of
//! its `properties` and `definitions`, as byte ranges of the text.
//!
//! `build.rs` includes this file too and splits every bundled schema when the program
//! is built, so a `check` finds the parts it needs without reading the schema whole
//! (`SchemaParts` in `schemas.rs`); schemas that are not bundled (tests) are split
//! when read.

use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

/// The two top-level keywords whose entries are split out, in this order.
pub const TABLES: [&str; 2] = ["properties", "definitions"];

/// One member of a JSON object in a schema's text: the byte ranges of its name (inside
/// the quotes) and of its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Member {
    /// `start..end` of the name, without its quotes.
    pub name: (u32, u32),
    /// `start..end` of the value.
    pub value: (u32, u32),
}

/// A schema's text split at its top level: the top-level members in order, and the
/// members of each of [`TABLES`] (empty when the schema lacks it). A name given twice
/// counts once, where it last appears, as when reading JSON.
#[derive(Debug, PartialEq, Eq)]
pub struct Split {
    /// The top-level members, in order.
    pub top: Vec<Member>,
    /// The members of `properties` and of `definitions`, in order.
    pub tables: [Vec<Member>; 2],
}

/// Splits a schema's text; `None` when it is not a JSON object, is larger than 4 GiB,
/// or has a top-level or table member name with an escape in it (`\u0041`).
pub fn split(text: &str) -> Option<Split> {
    let mut split = Split {
        top: members(text, text)?,
        tables: [Vec::new(), Vec::new()],
    };
    for member in &split.top {
        let name = slice(text, member.name)?;
        if let Some(table) = TABLES.iter().position(|keyword| *keyword == name) {
            *split.tables.get_mut(table)? = members(text, slice(text, member.value)?)?;
        }
    }
    Some(split)
}

/// The text of a range.
pub fn slice(text: &str, (start, end): (u32, u32)) -> Option<&str> {
    text.get(usize::try_from(start).ok()?..usize::try_from(end).ok()?)
}

/// The members of the JSON object `object` (a slice of `text`), as ranges of `text`;
/// a repeated name keeps its last member only.
fn members(text: &str, object: &str) -> Option<Vec<Member>> {
    let range = |part: &str| -> Option<(u32, u32)> {
        let start = (part.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
        let end = start.checked_add(part.len())?;
        (end <= text.len()).then_some(())?;
        Some((u32::try_from(start).ok()?, u32::try_from(end).ok()?))
    };
    let mut found: Vec<(&str, &RawValue)> = Vec::new();
    let mut deserializer = serde_json::Deserializer::from_str(object);
    deserializer.deserialize_map(Members(&mut found)).ok()?;
    deserializer.end().ok()?;
    let mut out: Vec<Member> = Vec::with_capacity(found.len());
    let mut names: Vec<&str> = Vec::with_capacity(found.len());
    for (name, value) in found {
        if let Some(at) = names.iter().position(|seen| *seen == name) {
            names.remove(at);
            out.remove(at);
        }
        names.push(name);
        out.push(Member {
            name: range(name)?,
            value: range(value.get())?,
        });
    }
    Some(out)
}

/// Reads an object's members as (name, unread value), borrowing both from the text.
struct Members<'a, 'de>(&'a mut Vec<(&'de str, &'de RawValue)>);

impl<'de> Visitor<'de> for Members<'_, 'de> {
    type Value = ();

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(name) = map.next_key::<&'de str>()? {
            let value: &'de RawValue = map.next_value()?;
            self.0.push((name, value));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names<'t>(text: &'t str, members: &[Member]) -> Vec<&'t str> {
        members
            .iter()
            .filter_map(|member| slice(text, member.name))
            .collect()
    }

    #[test]
    fn splits_the_top_level_and_both_tables_where_they_are() {
        let text = r##"{ "type": "object",
            "properties": {"id": {"$ref": "#/definitions/guid"}, "bots": {"type": "array"}},
            "definitions": {"guid": {"pattern": "^[0-9a-f-]+$"}},
            "required": ["id"] }"##;
        let Some(split) = split(text) else {
            panic!("a schema object splits");
        };
        assert_eq!(
            names(text, &split.top),
            ["type", "properties", "definitions", "required"]
        );
        let [properties, definitions] = &split.tables;
        assert_eq!(names(text, properties), ["id", "bots"]);
        assert_eq!(names(text, definitions), ["guid"]);
        let values: Vec<&str> = properties
            .iter()
            .filter_map(|member| slice(text, member.value))
            .collect();
        assert_eq!(
            values,
            [
                r##"{"$ref": "#/definitions/guid"}"##,
                r#"{"type": "array"}"#
            ]
        );
        assert_eq!(
            split.top.first().and_then(|m| slice(text, m.value)),
            Some(r#""object""#)
        );
    }

    #[test]
    fn a_repeated_name_counts_where_it_last_appears() {
        let text = r#"{"a": 1, "properties": {"x": 1, "y": 2, "x": 3}, "b": 2, "a": 4}"#;
        let Some(split) = split(text) else {
            panic!("splits");
        };
        assert_eq!(names(text, &split.top), ["properties", "b", "a"]);
        let [properties, _] = &split.tables;
        assert_eq!(names(text, properties), ["y", "x"]);
        assert_eq!(
            properties.last().and_then(|m| slice(text, m.value)),
            Some("3")
        );
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
            assert_eq!(split(text), None, "{text}");
        }
    }
}
