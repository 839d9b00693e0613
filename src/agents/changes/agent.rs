//! Two versions of one declarative agent: its texts, capabilities, conversation
//! starters and worker agents.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::changes::ChangeKind;
use crate::json::semantic_eq;
use crate::message::Message;
use crate::msg;

use super::say::from_to;
use crate::package_use::resolve;

use super::lookup::{at, list, text};
use super::pairing::{name_of, pair_entries};
use super::words::{capability_name, quoted, quoted_name, thousands, value};
use super::{AgentSide, Run};

impl Run<'_, '_, '_> {
    /// Two versions of one declarative agent.
    pub(super) fn agent(&mut self, old_file: &str, new_file: &str, label: &Message) {
        let Some((a, b)) = self.documents(old_file, new_file) else {
            return;
        };
        let before = self.out.len();
        let here = |pointer: &str| at(new_file, pointer);
        self.header(
            &here,
            label,
            (a, b),
            "/version",
            &[
                ("/name", msg!("agent-setting-name")),
                ("/description", msg!("agent-setting-description")),
                ("/disclaimer/text", msg!("agent-setting-disclaimer")),
            ],
        );
        self.instructions(here("/instructions"), label, a, b);
        self.capabilities(&here("/capabilities"), label, a, b);
        self.starters(&here("/conversation_starters"), label, a, b);
        for (key, x, y, index) in pair_entries(list(a, "/actions"), list(b, "/actions"), "id") {
            let _ = key;
            let files = (
                x.and_then(|x| text(x, "/file")),
                y.and_then(|y| text(y, "/file")),
            );
            let path = here(&format!("/actions/{index}"));
            self.action_of(&path, (old_file, new_file), files, label);
        }
        self.workers(new_file, (old_file, a), b, label);
        // DA v1.9: skill folders, by their folder as written.
        let folders = |doc: &Value| -> Vec<Message> {
            list(doc, "/agent_skills")
                .iter()
                .filter_map(|skill| text(skill, "/folder"))
                .map(quoted)
                .collect()
        };
        self.names_added_removed(
            &here("/agent_skills"),
            &msg!("agent-thing-skill"),
            label,
            &folders(a),
            &folders(b),
        );
        self.others(
            here(""),
            label,
            (a, b),
            &[
                "version",
                "name",
                "description",
                "disclaimer",
                "instructions",
                "capabilities",
                "conversation_starters",
                "actions",
                "worker_agents",
                "agent_skills",
                "id",
            ],
            before,
        );
    }

    pub(super) fn instructions(&mut self, path: String, label: &Message, a: &Value, b: &Value) {
        let (x, y) = (text(a, "/instructions"), text(b, "/instructions"));
        let chars = |t: &str| {
            let count = t.chars().count();
            msg!(
                "agent-characters",
                count = count,
                formatted = thousands(count)
            )
        };
        let values = (x.map(Value::from), y.map(Value::from));
        let subject = msg!("agent-instructions-of", label = label);
        match (x, y) {
            (Some(x), Some(y)) if x != y => {
                let detail = if x.chars().count() == y.chars().count() {
                    msg!("agent-new-wording", characters = chars(y))
                } else {
                    from_to(value(thousands(x.chars().count())), chars(y))
                };
                self.say(ChangeKind::Changed, path, subject, Some(detail), values);
            }
            (None, Some(y)) => self.say(ChangeKind::Added, path, subject, Some(chars(y)), values),
            (Some(x), None) => self.say(
                ChangeKind::Removed,
                path,
                subject,
                Some(msg!("agent-were", old = chars(x))),
                values,
            ),
            _ => {}
        }
    }

    pub(super) fn capabilities(&mut self, path: &str, label: &Message, a: &Value, b: &Value) {
        let named = |doc: &Value| -> BTreeMap<String, Value> {
            list(doc, "/capabilities")
                .iter()
                .filter_map(|c| Some((text(c, "/name")?.to_string(), c.clone())))
                .collect()
        };
        let (x, y) = (named(a), named(b));
        let removed: Vec<String> = x.keys().filter(|k| !y.contains_key(*k)).cloned().collect();
        let added: Vec<String> = y.keys().filter(|k| !x.contains_key(*k)).cloned().collect();
        for (kind, names, subject) in [
            (
                ChangeKind::Removed,
                removed,
                msg!("agent-capability-from", label = label),
            ),
            (
                ChangeKind::Added,
                added,
                msg!("agent-capability-to", label = label),
            ),
        ] {
            for name in names {
                self.say(
                    kind,
                    path.to_string(),
                    subject.clone(),
                    Some(capability_name(&name)),
                    match kind {
                        ChangeKind::Added => (None, Some(Value::from(name))),
                        _ => (Some(Value::from(name)), None),
                    },
                );
            }
        }
        for (name, old) in &x {
            if let Some(new) = y.get(name)
                && !semantic_eq(old, new)
            {
                self.say(
                    ChangeKind::Changed,
                    path.to_string(),
                    msg!(
                        "agent-capability-settings-of",
                        capability = capability_name(name),
                        label = label
                    ),
                    None,
                    (None, None),
                );
            }
        }
    }

    pub(super) fn starters(&mut self, path: &str, label: &Message, a: &Value, b: &Value) {
        let titles = |doc: &Value| -> Vec<(String, String)> {
            list(doc, "/conversation_starters")
                .iter()
                .filter_map(|s| {
                    let said = text(s, "/text").unwrap_or_default();
                    let title = text(s, "/title").unwrap_or(said);
                    Some((title.to_string(), said.to_string())).filter(|(t, _)| !t.is_empty())
                })
                .collect()
        };
        let (x, y) = (titles(a), titles(b));
        let names = |items: &[(String, String)]| -> Vec<Message> {
            items.iter().map(|(title, _)| quoted(title)).collect()
        };
        self.names_added_removed(
            path,
            &msg!("agent-thing-starter"),
            label,
            &names(&x),
            &names(&y),
        );
        // Starters that share a title are told apart by their text: one found unchanged
        // on the other side is not changed; the rest pair up by title, in order.
        let unchanged =
            |entry: &(String, String), other: &[(String, String)]| other.contains(entry);
        let mut y_left: Vec<&(String, String)> =
            y.iter().filter(|entry| !unchanged(entry, &x)).collect();
        for (title, said) in x.iter().filter(|entry| !unchanged(entry, &y)) {
            let Some(at) = y_left.iter().position(|(t, _)| t == title) else {
                continue;
            };
            let (_, now) = y_left.remove(at);
            {
                self.say(
                    ChangeKind::Changed,
                    path.to_string(),
                    msg!("agent-starter-of", starter = quoted(title), label = label),
                    Some(from_to(quoted(said), quoted(now))),
                    (
                        Some(Value::from(said.as_str())),
                        Some(Value::from(now.as_str())),
                    ),
                );
            }
        }
    }

    pub(super) fn workers(
        &mut self,
        new_file: &str,
        (old_file, a): (&str, &Value),
        b: &Value,
        label: &Message,
    ) {
        let keyed = |holder: &str, doc: &Value| -> Vec<(String, Option<String>)> {
            list(doc, "/worker_agents")
                .iter()
                .filter_map(|w| {
                    let file = text(w, "/file").and_then(|f| resolve(holder, f));
                    let key = text(w, "/id")
                        .map(str::to_string)
                        .or_else(|| file.clone())?;
                    Some((key, file))
                })
                .collect()
        };
        let (x, y) = (keyed(old_file, a), keyed(new_file, b));
        let worker_name = |side: &AgentSide<'_>, key: &str, file: &Option<String>| {
            let doc = file.as_deref().and_then(|f| side.doc(f));
            quoted_name(&name_of(doc, "/name").unwrap_or_else(|| key.to_string()))
        };
        let path = at(new_file, "/worker_agents");
        for (key, file) in &x {
            match y.iter().find(|(k, _)| k == key) {
                Some((_, new)) => {
                    if let (Some(old), Some(new)) = (file, new) {
                        let name = worker_name(self.new, key, &Some(new.clone()));
                        self.agent(old, new, &msg!("agent-agent", name = name));
                    }
                }
                None => {
                    let name = worker_name(self.old, key, file);
                    self.say(
                        ChangeKind::Removed,
                        path.clone(),
                        msg!("agent-worker-from", label = label),
                        Some(name),
                        (Some(Value::from(key.as_str())), None),
                    );
                }
            }
        }
        for (key, file) in &y {
            if !x.iter().any(|(k, _)| k == key) {
                let name = worker_name(self.new, key, file);
                self.say(
                    ChangeKind::Added,
                    path.clone(),
                    msg!("agent-worker-to", label = label),
                    Some(name),
                    (None, Some(Value::from(key.as_str()))),
                );
            }
        }
    }
}
