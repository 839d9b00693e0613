//! Changes in words: what was added, removed or changed, said the way a publisher would
//! say it, never as raw JSON.
//!
//! An added or removed capability gets a sentence ("Message extension for bot 9d2c… with
//! 1 command: Search tasks", "Personal tab \"Reports\" (reports)", "Permission
//! ChannelMessage.Read.Group (Application)"); a changed value shows what it was and what it
//! is now. Long values are shortened; [`ChangeText::full`] keeps the whole value for an
//! expand control. Pure functions, used by the window and by every text report.

use serde_json::{Map, Value};

use crate::changes::{Area, Change, ChangeKind};
use crate::message::Message;
use crate::msg;
pub use crate::plain::{SHORT_LENGTH, shorten_id};

/// The own names of the list entries of both versions (a personal tab's name, a
/// command's title), by the entry's pointer in its version, so a place reads
/// "Personal tab “Reports”" rather than "Personal tab 2" ([`crate::places::names_in`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntryNames {
    /// The published version's entries.
    pub old: crate::places::Names,
    /// The new version's entries.
    pub new: crate::places::Names,
}

impl EntryNames {
    /// No names: every entry is counted.
    pub fn new() -> EntryNames {
        EntryNames::default()
    }

    /// The names of the version a change's pointer leads into: the published one for a
    /// removal, the new one otherwise.
    pub fn for_change(&self, change: &Change) -> &crate::places::Names {
        if change.kind == ChangeKind::Removed {
            &self.old
        } else {
            &self.new
        }
    }
}

/// One change in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeText {
    /// `added`, `removed` or `changed` (said "Added", "Removed", "Changed"); empty when the
    /// subject is a whole sentence (an
    /// Office add-in's change: "The add-in now also runs in Excel").
    pub verb: &'static str,
    /// What the change is about, as a phrase: `Personal tab "Reports" (reports)`,
    /// `Version`, `Short name`, `Personal tab 1 › page address`.
    pub subject: String,
    /// The values, when the subject does not already say everything: `"Contoso"`,
    /// `was "Old name"`, `was "1.0.0", now "1.0.1"`.
    pub detail: Option<String>,
    /// The whole value(s) as indented JSON, when the words above leave something out
    /// (a shortened text, an object told in a sentence); `None` when nothing is hidden.
    pub full: Option<String>,
}

impl ChangeText {
    /// The change as one line: `Added Personal tab "Reports" (reports)`,
    /// `Changed Version: was "1.0.0", now "1.0.1"`.
    pub fn sentence(&self) -> String {
        self.message().text()
    }

    /// The change as one line, as a message (the JSON's `message_id` and `args`).
    pub fn message(&self) -> Message {
        let subject = self.subject.as_str();
        match (self.verb.is_empty(), &self.detail) {
            (true, Some(detail)) => msg!("change-told-detail", subject = subject, detail = detail),
            (true, None) => msg!("change-told", subject = subject),
            (false, Some(detail)) => msg!(
                "change-line-detail",
                kind = self.verb,
                subject = subject,
                detail = detail
            ),
            (false, None) => msg!("change-line", kind = self.verb, subject = subject),
        }
    }
}

/// Describes one change in words (see the module documentation).
pub fn describe(change: &Change) -> ChangeText {
    describe_named(change, &EntryNames::new())
}

/// One change as a line of text to paste elsewhere (the certification notes): like
/// [`describe_named`]'s sentence, but a text value is given whole, never shortened.
/// Changes told in their own words (an agent's) keep them: those shorten at a word,
/// and the window keeps the whole value one click away ([`ChangeText::full`]).
pub fn whole_sentence(change: &Change, names: &EntryNames) -> String {
    let mut text = describe_named(change, names);
    if change.words.is_some() || change.area == Area::PackageFile || text.detail.is_none() {
        return text.sentence();
    }
    let whole = |value: Option<&Value>| match value {
        None => Some(nothing()),
        Some(Value::String(said)) => Some(quote(said)),
        Some(_) => None,
    };
    let detail = match change.kind {
        ChangeKind::Added => match change.new.as_ref() {
            Some(Value::String(_)) => whole(change.new.as_ref()),
            _ => None,
        },
        ChangeKind::Removed => match change.old.as_ref() {
            Some(Value::String(_)) => whole(change.old.as_ref()).map(was),
            _ => None,
        },
        ChangeKind::Changed => match (whole(change.old.as_ref()), whole(change.new.as_ref())) {
            (Some(old), Some(new)) if change.old.is_some() || change.new.is_some() => {
                Some(was_now(old, new))
            }
            _ => None,
        },
    };
    if let Some(detail) = detail {
        text.detail = Some(detail);
    }
    text.sentence()
}

/// Describes one change in words, naming list entries by their names in `names`.
pub fn describe_named(change: &Change, names: &EntryNames) -> ChangeText {
    let verb = verb_of(change.kind);
    if change.area == Area::PackageFile {
        return package_file(verb, change);
    }
    if let Some(words) = &change.words {
        // An Office add-in's change is a whole sentence ("The add-in now also runs in Excel").
        let verb = if crate::addin::is_addin_change(change) {
            ""
        } else {
            verb
        };
        return ChangeText {
            verb,
            subject: words.subject.text(),
            detail: words.detail.as_ref().map(crate::message::Message::text),
            full: full_text(change),
        };
    }
    let place = crate::places::in_words_named(&change.pointer, names.for_change(change)).text();
    let (subject, detail) = match change.kind {
        ChangeKind::Added | ChangeKind::Removed => {
            let value = if change.kind == ChangeKind::Added {
                change.new.as_ref()
            } else {
                change.old.as_ref()
            };
            match value.and_then(|v| capability(&change.path, v)) {
                Some(sentence) => (sentence, None),
                None => {
                    let words = value.map_or_else(nothing, plain_value);
                    let detail = if change.kind == ChangeKind::Removed {
                        was(words)
                    } else {
                        words
                    };
                    (place, Some(detail))
                }
            }
        }
        ChangeKind::Changed => {
            let (old, new) = (change.old.as_ref(), change.new.as_ref());
            let detail = match (old, new) {
                (Some(Value::Array(a)), Some(Value::Array(b)))
                    if a.len() == b.len() && a.iter().all(|x| b.contains(x)) =>
                {
                    msg!("change-same-entries-reordered").text()
                }
                _ => was_now(
                    old.map_or_else(nothing, plain_value),
                    new.map_or_else(nothing, plain_value),
                ),
            };
            (place, Some(detail))
        }
    };
    let full = full_value(change);
    ChangeText {
        verb,
        subject,
        detail,
        full,
    }
}

/// A file of the app package: its name and its size (a number of bytes in the change).
fn package_file(verb: &'static str, change: &Change) -> ChangeText {
    let size = |value: Option<&Value>| value.and_then(Value::as_u64).map(bytes);
    let detail = match change.kind {
        ChangeKind::Added => size(change.new.as_ref()),
        ChangeKind::Removed => size(change.old.as_ref()).map(was),
        ChangeKind::Changed => match (size(change.old.as_ref()), size(change.new.as_ref())) {
            (Some(old), Some(new)) if old == new => {
                Some(msg!("change-file-new-content", size = new).text())
            }
            (Some(old), Some(new)) => Some(was_now(old, new)),
            _ => None,
        },
    };
    ChangeText {
        verb,
        subject: msg!("change-file", name = shorten(&change.path)).text(),
        detail,
        full: (change.path.chars().count() > SHORT_LENGTH).then(|| change.path.clone()),
    }
}

/// "1 byte", "1021 bytes".
fn bytes(size: u64) -> String {
    msg!("change-bytes", count = size).text()
}

/// `added`, `removed` or `changed`: the verb's selector in the change's line.
fn verb_of(kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::Added => "added",
        ChangeKind::Removed => "removed",
        ChangeKind::Changed => "changed",
    }
}

/// "(nothing)": no value on that side.
fn nothing() -> String {
    msg!("change-nothing").text()
}

/// "was \"Old name\"".
fn was(old: String) -> String {
    msg!("change-was", old = old).text()
}

/// "was \"1.0.0\", now \"1.0.1\"".
fn was_now(old: String, new: String) -> String {
    msg!("change-was-now", old = old, new = new).text()
}

/// The label before a change's earlier whole value ("Before").
fn before_label() -> String {
    msg!("change-value-before").text()
}

/// The label before a change's new whole value ("Now").
fn now_label() -> String {
    msg!("change-value-now").text()
}

/// The whole values, when the short words leave something out: a group or list told in a
/// sentence, or a text cut short.
fn full_value(change: &Change) -> Option<String> {
    let pretty = |value: &Value| serde_json::to_string_pretty(value).unwrap_or_default();
    let hidden = |value: &Value| match value {
        Value::Object(_) | Value::Array(_) => true,
        Value::String(text) => text.chars().count() > SHORT_LENGTH,
        Value::Null | Value::Bool(_) | Value::Number(_) => false,
    };
    let values: Vec<(String, &Value)> = [(before_label(), &change.old), (now_label(), &change.new)]
        .into_iter()
        .filter_map(|(label, value)| Some((label, value.as_ref()?)))
        .collect();
    if !values.iter().any(|(_, value)| hidden(value)) {
        return None;
    }
    Some(match values.as_slice() {
        [(_, value)] => pretty(value),
        _ => values
            .iter()
            .map(|(label, value)| format!("{label}:\n{}", pretty(value)))
            .collect::<Vec<_>>()
            .join("\n\n"),
    })
}

/// The whole texts of a change told in words, as written (an agent's instructions), when
/// one is longer than the words show; `None` for other values.
fn full_text(change: &Change) -> Option<String> {
    let texts: Vec<(String, &str)> = [(before_label(), &change.old), (now_label(), &change.new)]
        .into_iter()
        .filter_map(|(label, value)| Some((label, value.as_ref()?.as_str()?)))
        .collect();
    if !texts
        .iter()
        .any(|(_, text)| text.chars().count() > SHORT_LENGTH)
    {
        return None;
    }
    Some(match texts.as_slice() {
        [(_, text)] => (*text).to_string(),
        _ => texts
            .iter()
            .map(|(label, text)| format!("{label}:\n{text}"))
            .collect::<Vec<_>>()
            .join("\n\n"),
    })
}

/// A text cut to [`SHORT_LENGTH`] characters, with "…" when cut.
pub fn shorten(text: &str) -> String {
    if text.chars().count() > SHORT_LENGTH {
        crate::plain::shorten(text, SHORT_LENGTH - 1)
    } else {
        text.to_string()
    }
}

/// A value in a few words, never raw JSON: texts quoted and shortened, lists and groups of
/// settings told by their size and names.
pub fn plain_value(value: &Value) -> String {
    match value {
        Value::String(text) => format!("\"{}\"", shorten(text)),
        Value::Null => msg!("change-value-empty").text(),
        Value::Bool(true) => msg!("change-value-on").text(),
        Value::Bool(false) => msg!("change-value-off").text(),
        Value::Number(number) => number.to_string(),
        Value::Array(items) if items.is_empty() => msg!("change-empty-list").text(),
        Value::Array(items) if items.iter().all(Value::is_string) => {
            let texts: Vec<String> = items.iter().filter_map(Value::as_str).map(quote).collect();
            shorten(&texts.join(", "))
        }
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(name_of).collect();
            let count = msg!("change-entries", count = items.len());
            if names.is_empty() {
                count.text()
            } else {
                shorten(
                    &msg!(
                        "change-entries-named",
                        entries = count,
                        names = names.join(", ")
                    )
                    .text(),
                )
            }
        }
        Value::Object(map) => match name_of(value) {
            Some(name) => name,
            None => {
                let keys: Vec<&str> = map.keys().map(String::as_str).collect();
                shorten(&msg!("change-settings", count = map.len(), keys = keys.join(", ")).text())
            }
        },
    }
}

fn quote(text: &str) -> String {
    msg!("change-quoted", text = text).text()
}

/// The name an object goes by: its `name`, `title` or `name.short`, quoted.
fn name_of(value: &Value) -> Option<String> {
    let map = value.as_object()?;
    ["name", "title"]
        .iter()
        .find_map(|key| match map.get(*key)? {
            Value::String(text) => Some(text.clone()),
            Value::Object(inner) => inner.get("short")?.as_str().map(str::to_string),
            _ => None,
        })
        .map(|text| quote(&shorten(&text)))
}

fn text<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    map.get(key).and_then(Value::as_str)
}

/// "personal chats, teams and group chats" for a `scopes` list.
fn scopes(map: &Map<String, Value>) -> Option<String> {
    let scopes: Vec<String> = map
        .get("scopes")?
        .as_array()?
        .iter()
        .filter_map(Value::as_str)
        .map(|scope| match scope {
            "personal" => msg!("change-scope-personal").text(),
            "team" => msg!("change-scope-team").text(),
            "groupChat" | "groupchat" => msg!("change-scope-group-chat").text(),
            "copilot" => msg!("change-scope-copilot").text(),
            other => other.to_string(),
        })
        .collect();
    match scopes.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [head @ .., last] => {
            Some(msg!("change-and", head = head.join(", "), last = last.as_str()).text())
        }
    }
}

/// The kind of list entry a path points at, by the list it is in: `/bots/x` → `bots`.
fn list_of(path: &str) -> Option<&str> {
    let mut parts = path.trim_start_matches('/').split('/');
    let list = parts.next()?;
    match (parts.next(), parts.next()) {
        (Some(_), None) => Some(list),
        _ => None,
    }
}

/// A sentence for an added or removed capability or object, or `None` when the path is not
/// one (the caller then shows the place and the value in words).
fn capability(path: &str, value: &Value) -> Option<String> {
    let top = path.trim_start_matches('/');
    match (top, value) {
        // A whole list added or removed: one sentence per entry.
        (
            "bots" | "composeExtensions" | "staticTabs" | "configurableTabs" | "connectors",
            Value::Array(items),
        ) if !items.is_empty() => {
            let sentences: Option<Vec<String>> =
                items.iter().map(|item| entry(top, item)).collect();
            Some(sentences?.join("; "))
        }
        ("webApplicationInfo", Value::Object(map)) => Some(sign_in(map)),
        ("authorization", Value::Object(_)) => {
            let permissions = value.pointer("/permissions/resourceSpecific")?.as_array()?;
            let sentences: Option<Vec<String>> = permissions.iter().map(permission).collect();
            Some(sentences?.join("; "))
        }
        ("authorization/permissions/resourceSpecific", Value::Array(items)) => {
            let sentences: Option<Vec<String>> = items.iter().map(permission).collect();
            Some(sentences?.join("; "))
        }
        (_, _) if top.starts_with("authorization/permissions/resourceSpecific/") => {
            permission(value)
        }
        ("permissions" | "devicePermissions", Value::Array(items)) => {
            let names: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
            let (count, names) = (names.len(), names.join(", "));
            Some(if top == "permissions" {
                msg!("change-permissions", count = count, names = names).text()
            } else {
                msg!("change-device-permissions", count = count, names = names).text()
            })
        }
        ("validDomains", Value::Array(items)) => {
            let names: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
            Some(msg!("change-valid-domains", names = names.join(", ")).text())
        }
        _ => {
            let list = list_of(path)?;
            match list {
                "bots" | "composeExtensions" | "staticTabs" | "configurableTabs" | "connectors" => {
                    entry(list, value)
                }
                "permissions" => Some(msg!("change-permission", name = value.as_str()?).text()),
                "devicePermissions" => {
                    Some(msg!("change-device-permission", name = value.as_str()?).text())
                }
                "validDomains" => Some(msg!("change-valid-domain", name = value.as_str()?).text()),
                _ => None,
            }
        }
    }
}

/// A sentence for one entry of a capability list.
fn entry(list: &str, value: &Value) -> Option<String> {
    let map = value.as_object()?;
    let said = match list {
        "bots" => match scopes(map) {
            Some(scopes) => msg!("change-bot-for", scopes = scopes),
            None => msg!("change-bot"),
        },
        "composeExtensions" => return Some(message_extension(map)),
        "staticTabs" => match text(map, "name") {
            Some(name) => msg!("change-personal-tab-named", name = shorten(name)),
            None => msg!("change-personal-tab"),
        },
        "configurableTabs" => match text(map, "configurationUrl") {
            Some(url) => msg!("change-channel-tab-at", url = shorten(url)),
            None => msg!("change-channel-tab"),
        },
        "connectors" => match scopes(map) {
            Some(scopes) => msg!("change-connector-for", scopes = scopes),
            None => msg!("change-connector"),
        },
        _ => return None,
    };
    Some(said.text())
}

/// "Message extension with 1 command: Search tasks" (its bot's ID is for developers).
fn message_extension(map: &Map<String, Value>) -> String {
    let commands: Vec<String> = map
        .get("commands")
        .and_then(Value::as_array)
        .map(|commands| {
            commands
                .iter()
                .filter_map(|command| {
                    let command = command.as_object()?;
                    text(command, "title")
                        .or_else(|| text(command, "id"))
                        .map(shorten)
                })
                .collect()
        })
        .unwrap_or_default();
    if commands.is_empty() {
        msg!("change-message-extension").text()
    } else {
        msg!(
            "change-message-extension-commands",
            count = commands.len(),
            titles = commands.join(", ")
        )
        .text()
    }
}

/// "Sign-in settings for Microsoft Entra app 1a2b… (resource api://…)".
fn sign_in(map: &Map<String, Value>) -> String {
    let id = text(map, "id").map(shorten_id);
    let resource = text(map, "resource").map(shorten);
    match (id, resource) {
        (Some(id), Some(resource)) => {
            msg!("change-sign-in-app-resource", id = id, resource = resource).text()
        }
        (Some(id), None) => msg!("change-sign-in-app", id = id).text(),
        (None, _) => msg!("change-sign-in").text(),
    }
}

/// "Permission ChannelMessage.Read.Group (Application)".
fn permission(value: &Value) -> Option<String> {
    let map = value.as_object()?;
    let name = text(map, "name")?;
    Some(match text(map, "type") {
        Some(kind) => msg!("change-permission-typed", name = name, kind = kind).text(),
        None => msg!("change-permission", name = name).text(),
    })
}

/// The words for a change's place (the JSON's `place`): its pointer in words, or the file
/// name for a file of the package.
pub fn change_place(change: &Change, names: &EntryNames) -> String {
    if change.area == Area::PackageFile {
        change.pointer.clone()
    } else {
        crate::places::in_words_named(&change.pointer, names.for_change(change)).text()
    }
}

/// The own names of the list entries of both versions (see [`EntryNames`]).
pub fn entry_names(old: &Value, new: &Value) -> EntryNames {
    EntryNames {
        old: crate::places::names_in(old),
        new: crate::places::names_in(new),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn change(path: &str, kind: ChangeKind, old: Option<Value>, new: Option<Value>) -> Change {
        Change {
            path: path.to_string(),
            pointer: path.to_string(),
            kind,
            area: Area::Capability,
            old,
            new,
            words: None,
        }
    }

    fn added(path: &str, value: Value) -> ChangeText {
        describe(&change(path, ChangeKind::Added, None, Some(value)))
    }

    #[test]
    fn an_added_message_extension_is_a_sentence() {
        let text = added(
            "/composeExtensions/9d2c7b4a-1e3f-4a5b-8c6d-7e8f9a0b1c2d",
            json!({"botId": "9d2c7b4a-1e3f-4a5b-8c6d-7e8f9a0b1c2d",
                   "commands": [{"id": "searchTasks", "type": "query", "title": "Search tasks"}]}),
        );
        assert_eq!(
            text.sentence(),
            "Added Message extension with 1 command: Search tasks"
        );
        let full = text.full.unwrap_or_default();
        assert!(full.contains("\"searchTasks\""), "{full}");
    }

    #[test]
    fn a_whole_list_added_is_one_sentence_per_entry() {
        let text = added(
            "/composeExtensions",
            json!([{"botId": "b1", "commands": [{"id": "a"}, {"id": "b", "title": "Find"}]}]),
        );
        assert_eq!(text.subject, "Message extension with 2 commands: a, Find");
        let text = added(
            "/bots",
            json!([{"botId": "<b>"}, {"botId": "c", "scopes": ["personal", "team", "groupChat"]}]),
        );
        assert_eq!(
            text.subject,
            "Bot; Bot for personal chats, teams and group chats"
        );
    }

    #[test]
    fn tabs_permissions_and_sign_in_are_sentences() {
        assert_eq!(
            added(
                "/staticTabs/reports",
                json!({"entityId": "reports", "name": "Reports", "scopes": ["personal"]})
            )
            .sentence(),
            "Added Personal tab \"Reports\""
        );
        assert_eq!(
            added(
                "/authorization/permissions/resourceSpecific/1",
                json!({"name": "ChannelMessage.Read.Group", "type": "Application"})
            )
            .subject,
            "Permission ChannelMessage.Read.Group (Application)"
        );
        assert_eq!(
            added(
                "/authorization",
                json!({"permissions": {"resourceSpecific": [
                    {"name": "ChannelMessage.Read.Group", "type": "Application"},
                    {"name": "TeamSettings.Read.Group", "type": "Application"}]}})
            )
            .subject,
            "Permission ChannelMessage.Read.Group (Application); Permission TeamSettings.Read.Group (Application)"
        );
        assert_eq!(
            added(
                "/webApplicationInfo",
                json!({"id": "1a2b3c4d-0000-4000-8000-000000000000", "resource": "api://contoso.example/x"})
            )
            .subject,
            "Sign-in settings for Microsoft Entra app 1a2b… (resource api://contoso.example/x)"
        );
        assert_eq!(
            added("/permissions/1", json!("messageTeamMembers")).subject,
            "Permission messageTeamMembers"
        );
        let removed = describe(&change(
            "/connectors/c1",
            ChangeKind::Removed,
            Some(json!({"connectorId": "c1", "scopes": ["team"]})),
            None,
        ));
        assert_eq!(removed.sentence(), "Removed Connector for teams");
    }

    #[test]
    fn changed_values_show_before_and_after_without_json() {
        let text = describe(&change(
            "/version",
            ChangeKind::Changed,
            Some(json!("1.0.0")),
            Some(json!("1.0.1")),
        ));
        assert_eq!(
            text.sentence(),
            "Changed Version: was \"1.0.0\", now \"1.0.1\""
        );
        assert_eq!(text.full, None, "nothing is hidden");
        let text = describe(&change(
            "/bots/0/commandLists",
            ChangeKind::Changed,
            Some(json!([{"scopes": ["team"]}])),
            Some(json!([])),
        ));
        assert_eq!(
            text.sentence(),
            "Changed Bot 1 › command lists: was 1 entry, now an empty list"
        );
        assert!(text.full.unwrap_or_default().starts_with("Before:\n[\n"));
        let text = describe(&change(
            "/bots",
            ChangeKind::Changed,
            Some(json!([{"botId": "a"}, {"botId": "b"}])),
            Some(json!([{"botId": "b"}, {"botId": "a"}])),
        ));
        assert_eq!(
            text.detail.as_deref(),
            Some("the same entries in a different order")
        );
    }

    #[test]
    fn long_texts_are_shortened_and_kept_whole_for_the_expand_control() {
        let long = "x".repeat(300);
        let text = added("/description/full", json!(long));
        let detail = text.detail.clone().unwrap_or_default();
        assert!(detail.chars().count() <= SHORT_LENGTH + 2 && detail.ends_with("…\""));
        assert_eq!(text.full.as_deref(), Some(format!("\"{long}\"").as_str()));
        let short = added("/name/short", json!("Contoso"));
        assert_eq!(short.sentence(), "Added Short name: \"Contoso\"");
        assert_eq!(short.full, None);
    }

    #[test]
    fn objects_without_a_sentence_are_told_by_their_settings() {
        let text = added(
            "/meetingExtensionDefinition",
            json!({"scenes": [], "supportsStreaming": true}),
        );
        assert_eq!(
            text.sentence(),
            "Added Meeting extension: 2 settings (scenes, supportsStreaming)"
        );
        assert!(!text.sentence().contains('{'));
    }

    #[test]
    fn package_files_say_their_size() {
        let text = describe(&Change {
            path: "color.png".into(),
            pointer: "color.png".into(),
            kind: ChangeKind::Changed,
            area: Area::PackageFile,
            old: Some(json!(120)),
            new: Some(json!(140)),
            words: None,
        });
        assert_eq!(
            text.sentence(),
            "Changed file color.png: was 120 bytes, now 140 bytes"
        );
    }
}
