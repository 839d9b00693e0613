//! How the comparison says a change: one line per difference, and the settings told
//! the same way in every file (texts, format versions, added and removed names, others).

use std::collections::BTreeSet;

use serde_json::Value;

use crate::changes::{Area, Change, ChangeKind, Words};
use crate::json::semantic_eq;

use super::words::*;
use super::{AgentSide, Run, text};

impl Run<'_, '_, '_> {
    /// The documents of two files to compare, the first time they are (a worker agent
    /// may name its own agent); `None` when one did not load or they were compared.
    pub(super) fn documents<'s>(
        &mut self,
        old_file: &str,
        new_file: &str,
    ) -> Option<(&'s Value, &'s Value)>
    where
        Self: 's,
    {
        let first = self
            .visited
            .insert((old_file.to_string(), new_file.to_string()));
        let old: &'s AgentSide<'_> = self.old;
        let new: &'s AgentSide<'_> = self.new;
        if !first {
            return None;
        }
        Some((old.doc(old_file)?, new.doc(new_file)?))
    }

    /// "Changed the file of …: a.json → b.json" when a manifest entry names another file.
    pub(super) fn file_moved(
        &mut self,
        path: &str,
        label: &str,
        old: Option<&str>,
        new: Option<&str>,
    ) {
        if old != new {
            self.say(
                ChangeKind::Changed,
                format!("{path}/file"),
                format!("the file of {label}"),
                Some(format!(
                    "from {} to {}",
                    old.unwrap_or("none"),
                    new.unwrap_or("none")
                )),
                (old.map(Value::from), new.map(Value::from)),
            );
        }
    }

    pub(super) fn say(
        &mut self,
        kind: ChangeKind,
        path: String,
        subject: String,
        detail: Option<String>,
        values: (Option<Value>, Option<Value>),
    ) {
        let pointer = crate::changes::pointer_in_path(&path);
        self.out.push(Change {
            path,
            pointer,
            kind,
            area: Area::Agent,
            old: values.0,
            new: values.1,
            words: Some(Words { subject, detail }),
        });
    }

    /// A text setting (name, description, disclaimer): added, removed or old → new.
    pub(super) fn text_setting(
        &mut self,
        path: String,
        what: &str,
        label: &str,
        old: Option<&str>,
        new: Option<&str>,
    ) {
        let values = (old.map(Value::from), new.map(Value::from));
        match (old, new) {
            (Some(a), Some(b)) if a != b => self.say(
                ChangeKind::Changed,
                path,
                format!("the {what} of {label}"),
                Some(format!("from {} to {}", quoted(a), quoted(b))),
                values,
            ),
            (None, Some(b)) => self.say(
                ChangeKind::Added,
                path,
                format!("a {what} to {label}"),
                Some(quoted(b)),
                values,
            ),
            (Some(a), None) => self.say(
                ChangeKind::Removed,
                path,
                format!("the {what} of {label}"),
                Some(format!("was {}", quoted(a))),
                values,
            ),
            _ => {}
        }
    }

    /// Several text settings, each at `(pointer, what)`, placed by `path`.
    pub(super) fn text_settings(
        &mut self,
        path: &dyn Fn(&str) -> String,
        label: &str,
        (a, b): (&Value, &Value),
        settings: &[(&str, &str)],
    ) {
        for (pointer, what) in settings {
            self.text_setting(
                path(pointer),
                what,
                label,
                text(a, pointer),
                text(b, pointer),
            );
        }
    }

    /// A file's format version (at `format`) and its text settings.
    pub(super) fn header(
        &mut self,
        path: &dyn Fn(&str) -> String,
        label: &str,
        (a, b): (&Value, &Value),
        format: &str,
        settings: &[(&str, &str)],
    ) {
        self.format(path(format), label, text(a, format), text(b, format));
        self.text_settings(path, label, (a, b), settings);
    }

    /// A format version: `v1.0 → v1.7`.
    pub(super) fn format(
        &mut self,
        path: String,
        label: &str,
        old: Option<&str>,
        new: Option<&str>,
    ) {
        if old != new {
            let words = |v: Option<&str>| v.unwrap_or("none").to_string();
            self.say(
                ChangeKind::Changed,
                path,
                format!("the format version of {label}"),
                Some(format!("from {} to {}", words(old), words(new))),
                (old.map(Value::from), new.map(Value::from)),
            );
        }
    }

    /// Added and removed names: one line each.
    pub(super) fn names_added_removed(
        &mut self,
        path: &str,
        what: &str,
        label: &str,
        old: &[String],
        new: &[String],
    ) {
        for name in old.iter().filter(|n| !new.contains(n)) {
            self.say(
                ChangeKind::Removed,
                path.to_string(),
                format!("{what} from {label}"),
                Some(name.clone()),
                (Some(Value::from(name.as_str())), None),
            );
        }
        for name in new.iter().filter(|n| !old.contains(n)) {
            self.say(
                ChangeKind::Added,
                path.to_string(),
                format!("{what} to {label}"),
                Some(name.clone()),
                (None, Some(Value::from(name.as_str()))),
            );
        }
    }

    /// "Changed other settings of …: behavior overrides, sensitivity label" for the
    /// top-level keys not told by their own line; or, when nothing at all was said of a
    /// file that differs, "Changed other details of …".
    pub(super) fn others(
        &mut self,
        path: String,
        label: &str,
        (old, new): (&Value, &Value),
        told: &[&str],
        before: usize,
    ) {
        let keys: BTreeSet<&String> = old
            .as_object()
            .into_iter()
            .chain(new.as_object())
            .flat_map(|map| map.keys())
            .collect();
        let other: Vec<String> = keys
            .into_iter()
            // The schema link follows the format, said on its own line.
            .filter(|key| !told.contains(&key.as_str()) && key.as_str() != "$schema")
            .filter(|key| match (old.get(key.as_str()), new.get(key.as_str())) {
                (Some(a), Some(b)) => !semantic_eq(a, b),
                (None, None) => false,
                _ => true,
            })
            .map(|key| key_words(key))
            .collect();
        if !other.is_empty() {
            self.say(
                ChangeKind::Changed,
                path,
                format!("other settings of {label}"),
                Some(and_list(&other)),
                (None, None),
            );
        } else if self.out.len() == before && !semantic_eq(old, new) {
            self.say(
                ChangeKind::Changed,
                path,
                format!("other details of {label}"),
                None,
                (None, None),
            );
        }
    }
}
