//! How the entries, runtimes and files of the two versions are paired.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::package_use::resolve;

use super::AgentSide;
use super::lookup::{MANIFEST, text};

/// The entries of a list in both versions, paired by `field` when every entry of both
/// has a distinct one, else by position: (key, old entry, new entry, index in its list).
pub(super) fn pair_entries<'v>(
    old: &'v [Value],
    new: &'v [Value],
    field: &str,
) -> Vec<(String, Option<&'v Value>, Option<&'v Value>, usize)> {
    let keys = |items: &[Value]| -> Option<Vec<String>> {
        let keys: Option<Vec<String>> = items
            .iter()
            .map(|item| text(item, &format!("/{field}")).map(str::to_string))
            .collect();
        let keys = keys?;
        let distinct: BTreeSet<&String> = keys.iter().collect();
        (distinct.len() == keys.len()).then_some(keys)
    };
    let (old_keys, new_keys) = match (keys(old), keys(new)) {
        (Some(a), Some(b)) => (a, b),
        _ => (
            (0..old.len()).map(|i| i.to_string()).collect(),
            (0..new.len()).map(|i| i.to_string()).collect(),
        ),
    };
    let mut pairs = Vec::new();
    for (index, (key, entry)) in old_keys.iter().zip(old).enumerate() {
        let other = new_keys
            .iter()
            .position(|k| k == key)
            .and_then(|at| Some((at, new.get(at)?)));
        match other {
            Some((at, new_entry)) => pairs.push((key.clone(), Some(entry), Some(new_entry), at)),
            None => pairs.push((key.clone(), Some(entry), None, index)),
        }
    }
    for (index, (key, entry)) in new_keys.iter().zip(new).enumerate() {
        if !old_keys.contains(key) {
            pairs.push((key.clone(), None, Some(entry), index));
        }
    }
    pairs
}

/// A plugin runtime with its place in the list, or none.
pub(super) type Runtime<'v> = Option<(usize, &'v Value)>;

/// The runtimes of two plugins, paired by type and place among the runtimes of that type.
pub(super) fn pair_runtimes<'v>(
    old: &'v [Value],
    new: &'v [Value],
) -> Vec<(Runtime<'v>, Runtime<'v>)> {
    let typed = |items: &'v [Value]| -> Vec<(String, usize, &'v Value)> {
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        items
            .iter()
            .enumerate()
            .map(|(index, runtime)| {
                let kind = text(runtime, "/type").unwrap_or_default().to_string();
                let nth = seen.entry(kind.clone()).or_default();
                let key = format!("{kind}#{nth}");
                *nth += 1;
                (key, index, runtime)
            })
            .collect()
    };
    let (a, b) = (typed(old), typed(new));
    let mut pairs = Vec::new();
    for (key, index, runtime) in &a {
        let other = b
            .iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, i, r)| (*i, *r));
        pairs.push((Some((*index, *runtime)), other));
    }
    for (key, index, runtime) in &b {
        if !a.iter().any(|(k, _, _)| k == key) {
            pairs.push((None, Some((*index, *runtime))));
        }
    }
    pairs
}

/// The name of an agent's document, or of a plugin's: its `name` / `name_for_human`.
pub(super) fn name_of(document: Option<&Value>, key: &str) -> Option<String> {
    document
        .and_then(|d| text(d, key))
        .filter(|n| !n.trim().is_empty())
        .map(str::to_string)
}

/// The file a manifest entry names, with its document when it loaded.
pub(super) fn entry_file<'v>(
    side: &'v AgentSide<'_>,
    entry: Option<&Value>,
) -> Option<(String, Option<&'v Value>)> {
    let file = entry
        .and_then(|e| text(e, "/file"))
        .and_then(|f| resolve(MANIFEST, f))?;
    let document = side.doc(&file);
    Some((file, document))
}

/// What of a manifest agent field the entry lists do not tell: the field without them
/// (`None` when nothing is left).
pub(super) fn rest(field: &str, value: Option<&Value>) -> Option<Value> {
    let lists: &[&str] = match field {
        "copilotAgents" => &["declarativeAgents", "customEngineAgents"],
        "copilotExtensions" => &["declarativeCopilots", "plugins"],
        _ => &[],
    };
    match value? {
        Value::Array(_) if lists.is_empty() => None,
        Value::Object(map) if !lists.is_empty() => {
            let left: serde_json::Map<String, Value> = map
                .iter()
                .filter(|(key, value)| !(lists.contains(&key.as_str()) && value.is_array()))
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect();
            (!left.is_empty()).then_some(Value::Object(left))
        }
        other => Some(other.clone()),
    }
}

/// The document of an entry's file, when it loaded.
pub(super) fn doc<'v>(file: &Option<(String, Option<&'v Value>)>) -> Option<&'v Value> {
    file.as_ref().and_then(|(_, d)| *d)
}
