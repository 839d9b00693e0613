//! The list of every difference between the published and the new input.
//!
//! Paths are JSON Pointers (RFC 6901). Bots, personal tabs, connectors and
//! message extensions are followed by their ID rather than their position, so
//! a reordered list does not look like everything changed: `/bots/<botId>/…`.

use std::collections::{BTreeMap, BTreeSet};

pub use crate::fields::Area;
use crate::package_file::PackageFile;
use serde_json::{Map, Value};

use crate::ids::identity_key;
use crate::json::semantic_eq;

/// What happened at a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// Present only in the new input.
    Added,
    /// Present only in the published input.
    Removed,
    /// Present in both with different values.
    Changed,
}

/// One difference between the two inputs.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Change {
    /// JSON Pointer into the manifest, or the file name for a package file. Entries of the
    /// lists followed by ID are named by their ID here (`/staticTabs/my-tasks/name`).
    pub path: String,
    /// The real JSON Pointer to the value in its file (`/staticTabs/0/name`): into the new
    /// version, or into the published one for a removal. The file name for a package file;
    /// the pointer inside the agent file for an agent file's change (`file#pointer` paths).
    pub pointer: String,
    /// Added, removed or changed.
    pub kind: ChangeKind,
    /// The part of the app the change belongs to.
    pub area: Area,
    /// The published value (absent when added). For package files, its size in bytes (a number).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<Value>,
    /// The new value (absent when removed). For package files, its size in bytes (a number).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<Value>,
    /// The change in words, when it was worked out where it was found (Copilot agent
    /// changes, and the Office add-in's, told as whole sentences); `None` to describe it
    /// from its path and values.
    #[serde(skip)]
    pub words: Option<Words>,
}

/// A change said in words by the code that found it: "the instructions of agent
/// "Contoso Tasks"" and "1,204 → 1,530 characters" (the verb comes from its kind).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    /// What changed, as a phrase that follows the verb.
    pub subject: crate::message::Message,
    /// The values, when the subject does not say everything.
    pub detail: Option<crate::message::Message>,
}

/// The real pointer of a change told in words whose path is `file#pointer` (an agent
/// file's) or a pointer (the manifest's): the part after `#`, or the path itself.
pub fn pointer_in_path(path: &str) -> String {
    path.split_once('#')
        .map_or(path, |(_, pointer)| pointer)
        .to_string()
}

/// Lists every difference between two manifests and their package files.
pub fn diff(
    old: &Value,
    new: &Value,
    old_files: &BTreeMap<String, PackageFile>,
    new_files: &BTreeMap<String, PackageFile>,
) -> Vec<Change> {
    let mut changes = Vec::new();
    diff_value(&Here::root(), old, new, &mut changes);
    diff_files(old_files, new_files, &mut changes);
    changes
}

use crate::fields::area_of;

/// Escapes one JSON Pointer segment (`~` → `~0`, `/` → `~1`).
pub(crate) fn segment(text: &str) -> String {
    text.replace('~', "~0").replace('/', "~1")
}

/// Where the diff is: the change path, and the real pointers into the published and the
/// new document (they differ when a list followed by ID was reordered).
struct Here {
    path: String,
    old: String,
    new: String,
}

impl Here {
    fn root() -> Here {
        Here {
            path: String::new(),
            old: String::new(),
            new: String::new(),
        }
    }

    /// One level deeper: `step` in the change path, at `old_step`/`new_step` in the documents.
    fn child(&self, step: &str, old_step: &str, new_step: &str) -> Here {
        Here {
            path: format!("{}/{step}", self.path),
            old: format!("{}/{old_step}", self.old),
            new: format!("{}/{new_step}", self.new),
        }
    }
}

fn push(
    changes: &mut Vec<Change>,
    here: &Here,
    kind: ChangeKind,
    old: Option<&Value>,
    new: Option<&Value>,
) {
    let path = here.path.as_str();
    let pointer = if kind == ChangeKind::Removed {
        &here.old
    } else {
        &here.new
    };
    changes.push(Change {
        path: if path.is_empty() {
            "/".to_string()
        } else {
            path.to_string()
        },
        pointer: pointer.clone(),
        kind,
        area: area_of(path),
        old: old.cloned(),
        new: new.cloned(),
        words: None,
    });
}

fn diff_value(here: &Here, old: &Value, new: &Value, changes: &mut Vec<Change>) {
    if semantic_eq(old, new) {
        return;
    }
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => diff_objects(here, a, b, changes),
        (Value::Array(a), Value::Array(b)) => {
            let keyed = identity_field(&here.path)
                .and_then(|field| Some((keys_of(a, field)?, keys_of(b, field)?)));
            match keyed {
                Some((old_keys, new_keys)) => diff_keyed(here, a, b, &old_keys, &new_keys, changes),
                None => diff_positional(here, a, b, changes),
            }
        }
        _ => push(changes, here, ChangeKind::Changed, Some(old), Some(new)),
    }
}

fn diff_objects(
    here: &Here,
    a: &Map<String, Value>,
    b: &Map<String, Value>,
    changes: &mut Vec<Change>,
) {
    for (key, old_value) in a.iter() {
        let step = segment(key);
        let child = here.child(&step, &step, &step);
        match b.get(key) {
            Some(new_value) => diff_value(&child, old_value, new_value, changes),
            None => push(changes, &child, ChangeKind::Removed, Some(old_value), None),
        }
    }
    for (key, new_value) in b.iter() {
        if !a.contains_key(key) {
            let key = segment(key);
            let child = here.child(&key, &key, &key);
            push(changes, &child, ChangeKind::Added, None, Some(new_value));
        }
    }
}

fn diff_positional(here: &Here, a: &[Value], b: &[Value], changes: &mut Vec<Change>) {
    for index in 0..a.len().max(b.len()) {
        let step = index.to_string();
        let child = here.child(&step, &step, &step);
        match (a.get(index), b.get(index)) {
            (Some(x), Some(y)) => diff_value(&child, x, y, changes),
            (Some(x), None) => push(changes, &child, ChangeKind::Removed, Some(x), None),
            (None, Some(y)) => push(changes, &child, ChangeKind::Added, None, Some(y)),
            (None, None) => {}
        }
    }
}

fn diff_keyed(
    here: &Here,
    a: &[Value],
    b: &[Value],
    old_keys: &[String],
    new_keys: &[String],
    changes: &mut Vec<Change>,
) {
    let new_index: BTreeMap<&str, usize> = new_keys
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let old_set: BTreeSet<&str> = old_keys.iter().map(String::as_str).collect();
    let before = changes.len();
    for (old_at, (old_value, key)) in a.iter().zip(old_keys).enumerate() {
        let new_at = new_index.get(key.as_str()).copied();
        let child = here.child(
            &segment(key),
            &old_at.to_string(),
            &new_at.map_or_else(|| old_at.to_string(), |at| at.to_string()),
        );
        match new_at.and_then(|j| b.get(j)) {
            Some(new_value) => diff_value(&child, old_value, new_value, changes),
            None => push(changes, &child, ChangeKind::Removed, Some(old_value), None),
        }
    }
    for (new_at, (new_value, key)) in b.iter().zip(new_keys).enumerate() {
        if !old_set.contains(key.as_str()) {
            let at = new_at.to_string();
            let child = here.child(&segment(key), &at, &at);
            push(changes, &child, ChangeKind::Added, None, Some(new_value));
        }
    }
    if changes.len() == before {
        // Same entries, different order: the documents still differ, so say so.
        let (old_list, new_list) = (Value::Array(a.to_vec()), Value::Array(b.to_vec()));
        push(
            changes,
            here,
            ChangeKind::Changed,
            Some(&old_list),
            Some(&new_list),
        );
    }
}

/// The field that identifies entries of the lists followed by ID.
fn identity_field(path: &str) -> Option<&'static [&'static str]> {
    match path {
        "/bots" => Some(&["botId"]),
        "/staticTabs" => Some(&["entityId"]),
        "/connectors" => Some(&["connectorId"]),
        "/composeExtensions" => Some(&["botId", "id"]),
        _ => None,
    }
}

/// Identity keys of every entry, or `None` when one lacks an ID or two share one.
fn keys_of(list: &[Value], fields: &[&str]) -> Option<Vec<String>> {
    let mut seen = BTreeSet::new();
    let mut keys = Vec::with_capacity(list.len());
    for entry in list {
        let id = fields.iter().find_map(|field| entry.get(field)?.as_str())?;
        let key = identity_key(id);
        if !seen.insert(key.clone()) {
            return None;
        }
        keys.push(key);
    }
    Some(keys)
}

fn diff_files(
    old: &BTreeMap<String, PackageFile>,
    new: &BTreeMap<String, PackageFile>,
    changes: &mut Vec<Change>,
) {
    let size = |file: &PackageFile| Value::from(file.size);
    let mut file_change = |name: &str, kind, old: Option<Value>, new: Option<Value>| {
        changes.push(Change {
            path: name.to_string(),
            pointer: name.to_string(),
            kind,
            area: Area::PackageFile,
            old,
            new,
            words: None,
        });
    };
    for (name, file) in old {
        match new.get(name) {
            Some(other) if other == file => {}
            Some(other) => file_change(
                name,
                ChangeKind::Changed,
                Some(size(file)),
                Some(size(other)),
            ),
            None => file_change(name, ChangeKind::Removed, Some(size(file)), None),
        }
    }
    for (name, file) in new {
        if !old.contains_key(name) {
            file_change(name, ChangeKind::Added, None, Some(size(file)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn changes(old: Value, new: Value) -> Vec<(String, ChangeKind)> {
        diff(&old, &new, &BTreeMap::new(), &BTreeMap::new())
            .into_iter()
            .map(|c| (c.path, c.kind))
            .collect()
    }

    #[test]
    fn equal_documents_have_no_changes() {
        assert!(changes(json!({"a": [1, {"b": 2}]}), json!({"a": [1.0, {"b": 2}]})).is_empty());
    }

    #[test]
    fn objects_report_added_removed_changed() {
        let c = changes(
            json!({"a": 1, "b": 2, "n": {"x": 1}}),
            json!({"a": 1, "c": 3, "n": {"x": 2}}),
        );
        assert_eq!(
            c,
            vec![
                ("/b".to_string(), ChangeKind::Removed),
                ("/n/x".to_string(), ChangeKind::Changed),
                ("/c".to_string(), ChangeKind::Added),
            ]
        );
    }

    #[test]
    fn bots_are_followed_by_id() {
        let c = changes(
            json!({"bots": [{"botId": "a", "scopes": ["personal"]}, {"botId": "b"}]}),
            json!({"bots": [{"botId": "b"}, {"botId": "a", "scopes": ["team"]}]}),
        );
        assert_eq!(
            c,
            vec![("/bots/a/scopes/0".to_string(), ChangeKind::Changed)]
        );
    }

    #[test]
    fn reorder_only_is_still_a_change() {
        let c = changes(
            json!({"staticTabs": [{"entityId": "a"}, {"entityId": "b"}]}),
            json!({"staticTabs": [{"entityId": "b"}, {"entityId": "a"}]}),
        );
        assert_eq!(c, vec![("/staticTabs".to_string(), ChangeKind::Changed)]);
    }

    #[test]
    fn null_and_absent_differ() {
        assert_eq!(
            changes(json!({"bots": null}), json!({})),
            vec![("/bots".to_string(), ChangeKind::Removed)]
        );
    }

    #[test]
    fn pointer_segments_are_escaped() {
        assert_eq!(
            changes(json!({"a/b~": 1}), json!({"a/b~": 2}))[0].0,
            "/a~1b~0"
        );
    }

    #[test]
    fn lists_without_unique_ids_are_compared_by_position() {
        let c = changes(
            json!({"bots": [{"botId": "a"}, {"botId": "a"}]}),
            json!({"bots": [{"botId": "a"}, {"botId": "a", "x": 1}]}),
        );
        assert_eq!(c, vec![("/bots/1/x".to_string(), ChangeKind::Added)]);
    }

    #[test]
    fn package_files() {
        let file = |size, crc32| PackageFile { size, crc32 };
        let old = BTreeMap::from([
            ("color.png".to_string(), file(10, 1)),
            ("same.png".to_string(), file(10, 1)),
            ("old.png".to_string(), file(20, 2)),
        ]);
        let new = BTreeMap::from([
            ("color.png".to_string(), file(10, 9)),
            ("same.png".to_string(), file(10, 1)),
            ("new.png".to_string(), file(20, 2)),
        ]);
        let c = diff(&Value::Null, &Value::Null, &old, &new);
        let kinds: Vec<_> = c
            .iter()
            .map(|c| (c.path.as_str(), c.kind, c.area))
            .collect();
        assert_eq!(
            kinds,
            vec![
                ("color.png", ChangeKind::Changed, Area::PackageFile),
                ("old.png", ChangeKind::Removed, Area::PackageFile),
                ("new.png", ChangeKind::Added, Area::PackageFile),
            ]
        );
        // Sizes are numbers; the words say when only the contents changed.
        assert_eq!(
            (c[0].old.clone(), c[0].new.clone()),
            (Some(json!(10)), Some(json!(10)))
        );
        let details: Vec<_> = c
            .iter()
            .filter_map(|c| crate::describe::describe(c).detail)
            .collect();
        assert_eq!(
            details,
            vec!["new content, still 10 bytes", "was 20 bytes", "20 bytes"]
        );
        let grown = diff(
            &Value::Null,
            &Value::Null,
            &BTreeMap::from([("a.png".to_string(), file(1, 1))]),
            &BTreeMap::from([("a.png".to_string(), file(1021, 2))]),
        );
        assert_eq!(
            crate::describe::describe(&grown[0]).detail.as_deref(),
            Some("was 1 byte, now 1021 bytes")
        );
    }

    #[test]
    fn areas() {
        assert_eq!(area_of("/name/short"), Area::Listing);
        assert_eq!(area_of("/bots/a"), Area::Capability);
        assert_eq!(area_of("/version"), Area::Identity);
        assert_eq!(area_of("/foo"), Area::Other);
    }
}
