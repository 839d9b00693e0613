//! How the comparison says a change: one line per difference, and the settings told
//! the same way in every file (texts, format versions, added and removed names, others).

use std::collections::BTreeSet;

use serde_json::Value;

use crate::changes::{Area, Change, ChangeKind, Words};
use crate::json::semantic_eq;
use crate::message::Message;
use crate::msg;

use super::lookup::text;
use super::words::{and_list, key_words, quoted};
use super::{AgentSide, Run};

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
        label: &Message,
        old: Option<&str>,
        new: Option<&str>,
    ) {
        if old != new {
            self.say(
                ChangeKind::Changed,
                format!("{path}/file"),
                msg!("agent-file-of", label = label),
                Some(from_to(or_none(old), or_none(new))),
                (old.map(Value::from), new.map(Value::from)),
            );
        }
    }

    pub(super) fn say(
        &mut self,
        kind: ChangeKind,
        path: String,
        subject: Message,
        detail: Option<Message>,
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
        what: &Message,
        label: &Message,
        old: Option<&str>,
        new: Option<&str>,
    ) {
        let values = (old.map(Value::from), new.map(Value::from));
        match (old, new) {
            (Some(a), Some(b)) if a != b => self.say(
                ChangeKind::Changed,
                path,
                msg!("agent-setting-of", what = what, label = label),
                Some(from_to(quoted(a), quoted(b))),
                values,
            ),
            (None, Some(b)) => self.say(
                ChangeKind::Added,
                path,
                msg!("agent-setting-added", what = what, label = label),
                Some(quoted(b)),
                values,
            ),
            (Some(a), None) => self.say(
                ChangeKind::Removed,
                path,
                msg!("agent-setting-of", what = what, label = label),
                Some(msg!("agent-was", old = quoted(a))),
                values,
            ),
            _ => {}
        }
    }

    /// Several text settings, each at `(pointer, what)`, placed by `path`.
    pub(super) fn text_settings(
        &mut self,
        path: &dyn Fn(&str) -> String,
        label: &Message,
        (a, b): (&Value, &Value),
        settings: &[(&str, Message)],
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
        label: &Message,
        (a, b): (&Value, &Value),
        format: &str,
        settings: &[(&str, Message)],
    ) {
        self.format(path(format), label, text(a, format), text(b, format));
        self.text_settings(path, label, (a, b), settings);
    }

    /// A format version: `v1.0 → v1.7`.
    pub(super) fn format(
        &mut self,
        path: String,
        label: &Message,
        old: Option<&str>,
        new: Option<&str>,
    ) {
        if old != new {
            self.say(
                ChangeKind::Changed,
                path,
                msg!("agent-format-of", label = label),
                Some(from_to(or_none(old), or_none(new))),
                (old.map(Value::from), new.map(Value::from)),
            );
        }
    }

    /// Added and removed names (`what`: "a tool"): one line each.
    pub(super) fn names_added_removed(
        &mut self,
        path: &str,
        what: &Message,
        label: &Message,
        old: &[Message],
        new: &[Message],
    ) {
        for name in old.iter().filter(|n| !new.contains(n)) {
            self.say(
                ChangeKind::Removed,
                path.to_string(),
                msg!("agent-removed-from", what = what, label = label),
                Some(name.clone()),
                (Some(Value::from(name.text())), None),
            );
        }
        for name in new.iter().filter(|n| !old.contains(n)) {
            self.say(
                ChangeKind::Added,
                path.to_string(),
                msg!("agent-added-to", what = what, label = label),
                Some(name.clone()),
                (None, Some(Value::from(name.text()))),
            );
        }
    }

    /// "Changed other settings of …: behavior overrides, sensitivity label" for the
    /// top-level keys not told by their own line; or, when nothing at all was said of a
    /// file that differs, "Changed other details of …".
    pub(super) fn others(
        &mut self,
        path: String,
        label: &Message,
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
        let other: Vec<Message> = keys
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
                msg!("agent-other-settings-of", label = label),
                Some(and_list(&other)),
                (None, None),
            );
        } else if self.out.len() == before && !semantic_eq(old, new) {
            self.say(
                ChangeKind::Changed,
                path,
                msg!("agent-other-details-of", label = label),
                None,
                (None, None),
            );
        }
    }
}

/// "from a to b".
pub(super) fn from_to(old: Message, new: Message) -> Message {
    msg!("agent-from-to", old = old, new = new)
}

/// A value, or "none" when there is none.
pub(super) fn or_none(value: Option<&str>) -> Message {
    value.map_or_else(|| msg!("agent-none"), super::words::value)
}
