//! The Office add-in of a unified manifest (`extensions`), read leniently (`rules.md`,
//! "Loading" and "What changed: the Office add-in"): which Office applications it runs in
//! (HOSTS), which events start it (EVENTS), and its changes told as a person would say
//! them ("The add-in now also runs in Excel"), never as a pointer in words.
//!
//! Nothing here fails on a shape: `extensions` that is not a list is no add-in, an element
//! that is not an object is skipped, and a value of another type than expected says
//! nothing. The shape is the store checks' job.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::changes::{Area, Change, ChangeKind, Words};
use crate::message::{Arg, Message};
use crate::msg;
use crate::plain::{SHORT_LENGTH, shorten};

/// The four Office applications an extension without `requirements.scopes` runs in, with
/// their names: `mail` = Outlook, `workbook` = Excel, `document` = Word, `presentation`
/// = PowerPoint.
pub const APPLICATIONS: [(&str, &str); 4] = [
    ("mail", "Outlook"),
    ("workbook", "Excel"),
    ("document", "Word"),
    ("presentation", "PowerPoint"),
];

/// The Office application a scope names ("Excel" for `workbook`), or the scope itself.
pub fn application(scope: &str) -> &str {
    APPLICATIONS
        .iter()
        .find(|(id, _)| *id == scope)
        .map_or(scope, |(_, name)| name)
}

/// Applications in words, in Microsoft's order (Outlook, Excel, Word, PowerPoint, then
/// others as written): "Outlook and Excel"; `None` for no application.
pub fn applications_in_words<'a>(scopes: impl IntoIterator<Item = &'a str>) -> Option<Arg> {
    let set: BTreeSet<&str> = scopes.into_iter().collect();
    let mut names: Vec<&str> = APPLICATIONS
        .iter()
        .filter(|(id, _)| set.contains(id))
        .map(|(_, name)| *name)
        .collect();
    names.extend(
        set.iter()
            .filter(|scope| !APPLICATIONS.iter().any(|(id, _)| id == *scope))
            .copied(),
    );
    and_list(&names)
}

/// "a", "a and b", "a, b and c" (names, not words: only the "and" is the catalogue's).
fn and_list(items: &[&str]) -> Option<Arg> {
    match items {
        [] => None,
        [one] => Some((*one).into()),
        [head @ .., last] => Some(msg!("change-and", head = head.join(", "), last = *last).into()),
    }
}

/// Phrases one after the other, separated by commas: "reading mail, writing mail".
fn comma_list(items: Vec<Arg>) -> Option<Arg> {
    items
        .into_iter()
        .rev()
        .reduce(|rest, first| msg!("addin-comma-list", first = first, rest = rest).into())
}

/// A name or label the publisher wrote, shortened for a sentence.
fn short(text: &str) -> String {
    shorten(text, SHORT_LENGTH)
}

/// A plain name for an event type of Microsoft's list of events that start an add-in
/// (<https://learn.microsoft.com/office/dev/add-ins/develop/event-based-activation>), as
/// the end of "starts by itself when …"; `None` for other types.
pub fn event_name(kind: &str) -> Option<Message> {
    Some(Message::new(match kind {
        "newMessageComposeCreated" => "addin-event-new-message-compose-created",
        "newAppointmentOrganizerCreated" => "addin-event-new-appointment-organizer-created",
        "messageAttachmentsChanged" => "addin-event-message-attachments-changed",
        "appointmentAttachmentsChanged" => "addin-event-appointment-attachments-changed",
        "messageRecipientsChanged" => "addin-event-message-recipients-changed",
        "appointmentAttendeesChanged" => "addin-event-appointment-attendees-changed",
        "appointmentTimeChanged" => "addin-event-appointment-time-changed",
        "appointmentRecurrenceChanged" => "addin-event-appointment-recurrence-changed",
        "infoBarDismissClicked" => "addin-event-info-bar-dismiss-clicked",
        "messageSending" => "addin-event-message-sending",
        "appointmentSending" => "addin-event-appointment-sending",
        "messageComposeOpened" => "addin-event-message-compose-opened",
        "appointmentOrganizerOpened" => "addin-event-appointment-organizer-opened",
        "messageFromChanged" => "addin-event-message-from-changed",
        "appointmentFromChanged" => "addin-event-appointment-from-changed",
        "messageReadWithCustomHeader" => "addin-event-message-read-with-custom-header",
        "messageReadWithCustomAttachment" => "addin-event-message-read-with-custom-attachment",
        "spamReporting" => "addin-event-spam-reporting",
        "documentOpened" => "addin-event-document-opened",
        _ => return None,
    }))
}

/// An event in words: its plain name, or its type between quotes.
fn event_words(kind: &str) -> Message {
    event_name(kind).unwrap_or_else(|| msg!("addin-event-other", kind = kind))
}

/// The elements of `extensions` that are objects, with their index.
pub fn extensions(document: &Value) -> Vec<(usize, &Map<String, Value>)> {
    document
        .get("extensions")
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .enumerate()
                .filter_map(|(index, element)| Some((index, element.as_object()?)))
                .collect()
        })
        .unwrap_or_default()
}

/// True when the manifest holds an Office add-in: an object in `extensions`.
pub fn has_addin(document: &Value) -> bool {
    !extensions(document).is_empty()
}

/// Every text of HOSTS(M) with where it is: `(pointer, scope)`. An extension in which no
/// array `requirements.scopes` occurs counts as all four applications, at the extension's
/// own pointer.
pub fn host_places(document: &Value) -> Vec<(String, String)> {
    let mut places = Vec::new();
    for (index, extension) in extensions(document) {
        let base = format!("/extensions/{index}");
        let mut found = Vec::new();
        let mut any_array = false;
        scopes_inside(&base, extension, &mut found, &mut any_array);
        if any_array {
            places.extend(found);
        } else {
            places.extend(
                APPLICATIONS
                    .iter()
                    .map(|(id, _)| (base.clone(), (*id).to_string())),
            );
        }
    }
    places
}

/// Collects the texts of every array `scopes` that is a member of an object `requirements`
/// anywhere inside `object`; `any_array` becomes true when such an array occurs.
fn scopes_inside(
    pointer: &str,
    object: &Map<String, Value>,
    found: &mut Vec<(String, String)>,
    any_array: &mut bool,
) {
    if let Some(Value::Array(scopes)) = object
        .get("requirements")
        .and_then(Value::as_object)
        .and_then(|requirements| requirements.get("scopes"))
    {
        *any_array = true;
        for (index, scope) in scopes.iter().enumerate() {
            if let Some(text) = scope.as_str() {
                found.push((
                    format!("{pointer}/requirements/scopes/{index}"),
                    text.to_string(),
                ));
            }
        }
    }
    for (key, value) in object {
        let child = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
        walk(&child, value, found, any_array);
    }
}

fn walk(pointer: &str, value: &Value, found: &mut Vec<(String, String)>, any_array: &mut bool) {
    match value {
        Value::Object(map) => scopes_inside(pointer, map, found, any_array),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                walk(&format!("{pointer}/{index}"), item, found, any_array);
            }
        }
        _ => {}
    }
}

/// HOSTS(M): the Office applications the add-in runs in, as written in `scopes`.
pub fn hosts(document: &Value) -> BTreeSet<String> {
    host_places(document)
        .into_iter()
        .map(|(_, scope)| scope)
        .collect()
}

/// Every event of the add-in: `(pointer, event object)` for each object in
/// `extensions[i].autoRunEvents[j].events[k]`.
fn event_entries(document: &Value) -> Vec<(String, &Map<String, Value>)> {
    let mut entries = Vec::new();
    for (index, extension) in extensions(document) {
        for (j, run) in array(extension.get("autoRunEvents")).iter().enumerate() {
            for (k, event) in array(run.get("events")).iter().enumerate() {
                if let Some(event) = event.as_object() {
                    entries.push((
                        format!("/extensions/{index}/autoRunEvents/{j}/events/{k}"),
                        event,
                    ));
                }
            }
        }
    }
    entries
}

/// Every text of EVENTS(M) with where it is: `(pointer of the event, type)`.
pub fn event_places(document: &Value) -> Vec<(String, String)> {
    event_entries(document)
        .into_iter()
        .filter_map(|(pointer, event)| Some((pointer, event.get("type")?.as_str()?.to_string())))
        .collect()
}

/// EVENTS(M): the types of the events that start the add-in (the tests read the set
/// the rules compare through [`event_places`]).
#[cfg(test)]
pub fn events(document: &Value) -> BTreeSet<String> {
    event_places(document)
        .into_iter()
        .map(|(_, kind)| kind)
        .collect()
}

fn array(value: Option<&Value>) -> &[Value] {
    value.and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// The extension's own `requirements.scopes` when it is an array.
pub fn own_scopes(extension: &Map<String, Value>) -> Option<&Vec<Value>> {
    extension
        .get("requirements")?
        .as_object()?
        .get("scopes")?
        .as_array()
}

/// The first place of each text, in the order of `places`.
fn first_places(places: &[(String, String)]) -> BTreeMap<&str, &str> {
    let mut first = BTreeMap::new();
    for (pointer, text) in places {
        first.entry(text.as_str()).or_insert(pointer.as_str());
    }
    first
}

/// Texts in Microsoft's order of applications, then as written.
fn in_application_order<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut texts: Vec<&str> = texts.into_iter().collect();
    texts.sort_by_key(|text| {
        (
            APPLICATIONS
                .iter()
                .position(|(id, _)| id == text)
                .unwrap_or(APPLICATIONS.len()),
            *text,
        )
    });
    texts.dedup();
    texts
}

/// One add-in change in words: the sentence, its kind, where it is (a pointer) and the
/// values, for the change list and the consent rules' evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct AddinLine {
    /// The sentence: "The add-in now also runs in Excel".
    pub text: Message,
    /// For a developer: the field and its values.
    pub developer: Message,
    /// Added, removed or changed.
    pub kind: ChangeKind,
    /// JSON pointer into the manifest.
    pub path: String,
    /// The published value, when there is one.
    pub old: Option<Value>,
    /// The new value, when there is one.
    pub new: Option<Value>,
}

impl AddinLine {
    fn new(text: Message, developer: Message, kind: ChangeKind, path: &str) -> Self {
        AddinLine {
            text,
            developer,
            kind,
            path: path.to_string(),
            old: None,
            new: None,
        }
    }

    fn values(mut self, old: Option<Value>, new: Option<Value>) -> Self {
        self.old = old;
        self.new = new;
        self
    }

    /// The extension the line is about, when it is about one.
    fn extension(&self) -> Option<usize> {
        extension_index(&self.path)
    }
}

/// The index of the extension a pointer is inside (`/extensions/2/…` → 2).
fn extension_index(pointer: &str) -> Option<usize> {
    pointer
        .strip_prefix("/extensions/")?
        .split('/')
        .next()?
        .parse()
        .ok()
}

/// Rule 12's evidence: the add-in added (OLD has none, NEW has one), each application of
/// HOSTS(NEW) not in HOSTS(OLD), and each extension whose own `requirements.scopes` was
/// lifted. Empty when none of these happened.
pub fn office_apps_added(old: &Value, new: &Value) -> Vec<AddinLine> {
    if !has_addin(new) {
        return Vec::new();
    }
    if !has_addin(old) {
        return vec![addin_added(new)];
    }
    let mut lines = lifted_scopes(old, new);
    lines.extend(
        host_lines(old, new)
            .into_iter()
            .filter(|line| line.kind == ChangeKind::Added),
    );
    lines
}

/// "Office add-in added: runs in Outlook and Excel".
fn addin_added(new: &Value) -> AddinLine {
    let hosts = hosts(new);
    let words = applications_in_words(hosts.iter().map(String::as_str));
    let scopes: Vec<String> = in_application_order(hosts.iter().map(String::as_str))
        .into_iter()
        .map(|scope| format!("`{scope}`"))
        .collect();
    let text = match words {
        None => msg!("addin-added"),
        Some(words) => msg!("addin-added-runs-in", applications = words),
    };
    let developer = if scopes.is_empty() {
        msg!("addin-added-developer-no-application")
    } else {
        // Code names for developers, one after the other.
        msg!("addin-added-developer", scopes = scopes.join(", "))
    };
    AddinLine::new(text, developer, ChangeKind::Added, "/extensions")
        .values(None, new.get("extensions").cloned())
}

/// "The add-in is no longer limited to Outlook", per extension at the same index whose
/// own `requirements.scopes` array is gone.
fn lifted_scopes(old: &Value, new: &Value) -> Vec<AddinLine> {
    let new_extensions: BTreeMap<usize, &Map<String, Value>> =
        extensions(new).into_iter().collect();
    extensions(old)
        .into_iter()
        .filter_map(|(index, extension)| {
            let scopes = own_scopes(extension)?;
            let now = new_extensions.get(&index)?;
            if own_scopes(now).is_some() {
                return None;
            }
            let texts: Vec<&str> = scopes.iter().filter_map(Value::as_str).collect();
            let words = applications_in_words(texts.iter().copied());
            let text = match words {
                None => msg!("addin-no-longer-limited-named"),
                Some(words) => msg!("addin-no-longer-limited", applications = words),
            };
            let path = format!("/extensions/{index}/requirements/scopes");
            Some(
                AddinLine::new(
                    text,
                    msg!("addin-no-longer-limited-developer", path = path.as_str()),
                    ChangeKind::Removed,
                    &path,
                )
                .values(Some(Value::Array(scopes.clone())), None),
            )
        })
        .collect()
}

/// One line per application added to or removed from HOSTS.
fn host_lines(old: &Value, new: &Value) -> Vec<AddinLine> {
    let (old_places, new_places) = (host_places(old), host_places(new));
    let (old_first, new_first) = (first_places(&old_places), first_places(&new_places));
    let mut lines = Vec::new();
    for scope in in_application_order(old_first.keys().copied()) {
        if new_first.contains_key(scope) {
            continue;
        }
        let path = old_first.get(scope).copied().unwrap_or("/extensions");
        lines.push(
            AddinLine::new(
                msg!(
                    "addin-application-removed",
                    application = application(scope)
                ),
                msg!(
                    "addin-application-removed-developer",
                    scope = scope,
                    path = path
                ),
                ChangeKind::Removed,
                path,
            )
            .values(Some(Value::from(scope)), None),
        );
    }
    for scope in in_application_order(new_first.keys().copied()) {
        if old_first.contains_key(scope) {
            continue;
        }
        let path = new_first.get(scope).copied().unwrap_or("/extensions");
        lines.push(
            AddinLine::new(
                msg!("addin-application-added", application = application(scope)),
                msg!(
                    "addin-application-added-developer",
                    scope = scope,
                    path = path
                ),
                ChangeKind::Added,
                path,
            )
            .values(None, Some(Value::from(scope))),
        );
    }
    lines
}

/// Rule 13's evidence: each event type of EVENTS(NEW) not in EVENTS(OLD).
pub fn events_added(old: &Value, new: &Value) -> Vec<AddinLine> {
    event_lines(old, new)
        .into_iter()
        .filter(|line| line.kind == ChangeKind::Added)
        .collect()
}

/// One line per event type added or removed.
fn event_lines(old: &Value, new: &Value) -> Vec<AddinLine> {
    let (old_places, new_places) = (event_places(old), event_places(new));
    let (old_first, new_first) = (first_places(&old_places), first_places(&new_places));
    let mut lines = Vec::new();
    for (kind, path) in &old_first {
        if !new_first.contains_key(kind) {
            lines.push(
                AddinLine::new(
                    msg!("addin-event-removed", event = event_words(kind)),
                    msg!("addin-event-removed-developer", kind = *kind, path = *path),
                    ChangeKind::Removed,
                    path,
                )
                .values(Some(Value::from(*kind)), None),
            );
        }
    }
    for (kind, path) in &new_first {
        if !old_first.contains_key(kind) {
            lines.push(
                AddinLine::new(
                    msg!("addin-event-added", event = event_words(kind)),
                    msg!("addin-event-added-developer", kind = *kind, path = *path),
                    ChangeKind::Added,
                    path,
                )
                .values(None, Some(Value::from(*kind))),
            );
        }
    }
    lines
}

/// How Outlook acts on a sending event, in words.
fn send_mode(mode: &str) -> Message {
    match mode {
        "promptUser" => msg!("addin-send-mode-prompt-user"),
        "softBlock" => msg!("addin-send-mode-soft-block"),
        "block" => msg!("addin-send-mode-block"),
        other => msg!("addin-send-mode-other", mode = other),
    }
}

/// "a message is sent" for the sending events, the event's words for others.
fn when_event(kind: &str) -> Message {
    match kind {
        "messageSending" => msg!("addin-when-message-sending"),
        "appointmentSending" => msg!("addin-when-appointment-sending"),
        other => event_words(other),
    }
}

/// An option's value for developers: as written, or "absent".
fn option_value(value: &Option<String>) -> Arg {
    value
        .as_deref()
        .map_or_else(|| msg!("addin-option-absent").into(), Arg::from)
}

/// A changed `options.sendMode` or `options.headerName` of an event type both versions have
/// (the first event of that type on each side).
fn event_option_lines(old: &Value, new: &Value) -> Vec<AddinLine> {
    let first = |document| {
        let mut map: BTreeMap<String, (String, Map<String, Value>)> = BTreeMap::new();
        for (pointer, event) in event_entries(document) {
            if let Some(kind) = event.get("type").and_then(Value::as_str) {
                map.entry(kind.to_string())
                    .or_insert_with(|| (pointer, event.clone()));
            }
        }
        map
    };
    let (old_events, new_events) = (first(old), first(new));
    let mut lines = Vec::new();
    for (kind, (pointer, event)) in &new_events {
        let Some((_, before)) = old_events.get(kind) else {
            continue;
        };
        let option = |event: &Map<String, Value>, name: &str| {
            event
                .get("options")
                .and_then(|options| options.get(name))
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        let (was, now) = (option(before, "sendMode"), option(event, "sendMode"));
        if was != now {
            let words = |mode: &Option<String>| {
                mode.as_deref()
                    .map_or_else(|| msg!("addin-send-mode-none"), send_mode)
            };
            lines.push(
                AddinLine::new(
                    msg!(
                        "addin-send-mode-changed",
                        event = when_event(kind),
                        now = words(&now),
                        was = words(&was)
                    ),
                    msg!(
                        "addin-send-mode-changed-developer",
                        kind = kind.as_str(),
                        now = option_value(&now),
                        was = option_value(&was)
                    ),
                    ChangeKind::Changed,
                    &format!("{pointer}/options/sendMode"),
                )
                .values(was.map(Value::from), now.map(Value::from)),
            );
        }
        let (was, now) = (option(before, "headerName"), option(event, "headerName"));
        if was != now {
            let words = |name: &Option<String>| {
                name.as_deref().map_or_else(
                    || msg!("addin-header-none"),
                    |name| msg!("change-quoted", text = name),
                )
            };
            lines.push(
                AddinLine::new(
                    msg!(
                        "addin-header-changed",
                        event = when_event(kind),
                        now = words(&now),
                        was = words(&was)
                    ),
                    msg!(
                        "addin-header-changed-developer",
                        kind = kind.as_str(),
                        now = option_value(&now),
                        was = option_value(&was)
                    ),
                    ChangeKind::Changed,
                    &format!("{pointer}/options/headerName"),
                )
                .values(was.map(Value::from), now.map(Value::from)),
            );
        }
    }
    lines
}

/// Where a ribbon shows, in words: "reading mail, writing mail".
fn contexts_in_words(ribbon: &Map<String, Value>) -> Option<Arg> {
    let words: Vec<Arg> = array(ribbon.get("contexts"))
        .iter()
        .filter_map(Value::as_str)
        .map(|context| match context {
            "mailRead" => msg!("addin-context-mail-read").into(),
            "mailCompose" => msg!("addin-context-mail-compose").into(),
            "meetingDetailsOrganizer" => msg!("addin-context-meeting-organizer").into(),
            "meetingDetailsAttendee" => msg!("addin-context-meeting-attendee").into(),
            "default" => msg!("addin-context-document").into(),
            other => Arg::from(other),
        })
        .collect();
    comma_list(words)
}

/// A button or menu of a ribbon or context menu.
struct Control {
    /// "Button", "Menu", "Menu item".
    what: Message,
    /// Its label, else its id.
    label: String,
    /// "the ribbon" or "the context menu".
    place: &'static str,
    /// Where it shows, in words.
    context: Option<Arg>,
    /// Its pointer.
    pointer: String,
}

/// The buttons and menus of an extension, by (place, ribbon or menu index, id).
fn controls(
    index: usize,
    extension: &Map<String, Value>,
) -> BTreeMap<(&'static str, usize, String), Control> {
    let mut found = BTreeMap::new();
    let mut add = |key: (&'static str, usize),
                   list: &[Value],
                   pointer: String,
                   context: Option<Arg>,
                   inside: bool| {
        for (c, control) in list.iter().enumerate() {
            let Some(map) = control.as_object() else {
                continue;
            };
            let Some(id) = map.get("id").and_then(Value::as_str) else {
                continue;
            };
            let label = map
                .get("label")
                .and_then(Value::as_str)
                .unwrap_or(id)
                .to_string();
            let what = if inside {
                msg!("addin-control-menu-item")
            } else if map.get("type").and_then(Value::as_str) == Some("menu") {
                msg!("addin-control-menu")
            } else {
                msg!("addin-control-button")
            };
            let control_pointer = format!("{pointer}/{c}");
            found.insert(
                (key.0, key.1, id.to_string()),
                Control {
                    what,
                    label,
                    place: key.0,
                    context: context.clone(),
                    pointer: control_pointer.clone(),
                },
            );
            let items = array(map.get("items"));
            for (i, item) in items.iter().enumerate() {
                let Some(item_map) = item.as_object() else {
                    continue;
                };
                let Some(item_id) = item_map.get("id").and_then(Value::as_str) else {
                    continue;
                };
                let item_label = item_map
                    .get("label")
                    .and_then(Value::as_str)
                    .unwrap_or(item_id)
                    .to_string();
                found.insert(
                    (key.0, key.1, format!("{id}/{item_id}")),
                    Control {
                        what: msg!("addin-control-menu-item"),
                        label: item_label,
                        place: key.0,
                        context: context.clone(),
                        pointer: format!("{control_pointer}/items/{i}"),
                    },
                );
            }
        }
    };
    for (r, ribbon) in array(extension.get("ribbons")).iter().enumerate() {
        let Some(ribbon) = ribbon.as_object() else {
            continue;
        };
        let context = contexts_in_words(ribbon);
        for (t, tab) in array(ribbon.get("tabs")).iter().enumerate() {
            for (g, group) in array(tab.get("groups")).iter().enumerate() {
                add(
                    ("addin-on-ribbon", r),
                    array(group.get("controls")),
                    format!("/extensions/{index}/ribbons/{r}/tabs/{t}/groups/{g}/controls"),
                    context.clone(),
                    false,
                );
            }
        }
    }
    for (m, menu) in array(extension.get("contextMenus")).iter().enumerate() {
        for (k, entry) in array(menu.get("menus")).iter().enumerate() {
            let context =
                entry
                    .get("entryPoint")
                    .and_then(Value::as_str)
                    .map(|point| match point {
                        "cell" => msg!("addin-entry-point-cell").into(),
                        "text" => msg!("addin-entry-point-text").into(),
                        other => Arg::from(other),
                    });
            add(
                ("addin-on-context-menu", m),
                array(entry.get("controls")),
                format!("/extensions/{index}/contextMenus/{m}/menus/{k}/controls"),
                context,
                false,
            );
        }
    }
    found
}

/// Where a control shows: "the ribbon (reading mail, writing mail)".
fn where_words(control: &Control) -> Message {
    let place = Message::new(control.place);
    match &control.context {
        Some(context) => msg!(
            "addin-where-context",
            place = place,
            context = context.clone()
        ),
        None => place,
    }
}

/// Buttons and menus added, removed or renamed, per extension at the same index.
fn control_lines(
    index: usize,
    old: &Map<String, Value>,
    new: &Map<String, Value>,
) -> Vec<AddinLine> {
    let (before, after) = (controls(index, old), controls(index, new));
    let mut lines = Vec::new();
    for (key, control) in &before {
        match after.get(key) {
            None => lines.push(AddinLine::new(
                msg!(
                    "addin-control-removed",
                    what = &control.what,
                    label = short(&control.label),
                    place = where_words(control)
                ),
                msg!(
                    "addin-control-removed-developer",
                    id = key.2.as_str(),
                    path = control.pointer.as_str()
                ),
                ChangeKind::Removed,
                &control.pointer,
            )),
            Some(now) if now.label != control.label => lines.push(
                AddinLine::new(
                    msg!(
                        "addin-control-renamed",
                        what = &now.what,
                        old = short(&control.label),
                        new = short(&now.label),
                        place = where_words(now)
                    ),
                    msg!("addin-control-renamed-developer", id = key.2.as_str()),
                    ChangeKind::Changed,
                    &format!("{}/label", now.pointer),
                )
                .values(
                    Some(Value::from(control.label.as_str())),
                    Some(Value::from(now.label.as_str())),
                ),
            ),
            Some(_) => {}
        }
    }
    for (key, control) in &after {
        if !before.contains_key(key) {
            lines.push(AddinLine::new(
                msg!(
                    "addin-control-added",
                    what = &control.what,
                    label = short(&control.label),
                    place = where_words(control)
                ),
                msg!(
                    "addin-control-added-developer",
                    id = key.2.as_str(),
                    path = control.pointer.as_str()
                ),
                ChangeKind::Added,
                &control.pointer,
            ));
        }
    }
    lines
}

/// The extension's own requirement sets: name → minimum version (empty when none is given).
fn requirement_sets(extension: &Map<String, Value>) -> BTreeMap<String, String> {
    let capabilities = extension
        .get("requirements")
        .and_then(|requirements| requirements.get("capabilities"));
    array(capabilities)
        .iter()
        .filter_map(|set| {
            let name = set.get("name")?.as_str()?;
            let version = set
                .get("minVersion")
                .and_then(Value::as_str)
                .unwrap_or_default();
            Some((name.to_string(), version.to_string()))
        })
        .collect()
}

/// The extension's own form factors.
fn form_factors(extension: &Map<String, Value>) -> BTreeSet<String> {
    let factors = extension
        .get("requirements")
        .and_then(|requirements| requirements.get("formFactors"));
    array(factors)
        .iter()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect()
}

/// "Mailbox 1.5", or "Mailbox" without a version.
fn set_words(name: &str, version: &str) -> Arg {
    if version.is_empty() {
        name.into()
    } else {
        msg!("addin-set-version", name = name, version = version).into()
    }
}

/// Requirement sets and form factors of an extension at the same index.
fn requirement_lines(
    index: usize,
    old: &Map<String, Value>,
    new: &Map<String, Value>,
) -> Vec<AddinLine> {
    let path = format!("/extensions/{index}/requirements/capabilities");
    let (before, after) = (requirement_sets(old), requirement_sets(new));
    let mut lines = Vec::new();
    for (name, version) in &before {
        if !after.contains_key(name) {
            lines.push(AddinLine::new(
                msg!("addin-needs-removed", set = name.as_str()),
                msg!("addin-needs-removed-developer", set = name.as_str()),
                ChangeKind::Removed,
                &path,
            ));
        } else if let Some(now) = after.get(name).filter(|now| *now != version) {
            let was = if version.is_empty() {
                Arg::from(msg!("addin-no-version"))
            } else {
                Arg::from(version)
            };
            lines.push(AddinLine::new(
                msg!(
                    "addin-needs-changed",
                    set = set_words(name, now),
                    was = was.clone()
                ),
                msg!(
                    "addin-needs-changed-developer",
                    set = name.as_str(),
                    now = now.as_str(),
                    was = was
                ),
                ChangeKind::Changed,
                &path,
            ));
        }
    }
    for (name, version) in &after {
        if !before.contains_key(name) {
            lines.push(AddinLine::new(
                msg!("addin-needs-added", set = set_words(name, version)),
                msg!("addin-needs-added-developer", set = name.as_str()),
                ChangeKind::Added,
                &path,
            ));
        }
    }
    let factor = |name: &str| match name {
        "mobile" => Arg::from(msg!("addin-form-factor-mobile")),
        "desktop" => Arg::from(msg!("addin-form-factor-desktop")),
        other => Arg::from(other),
    };
    let path = format!("/extensions/{index}/requirements/formFactors");
    let (before, after) = (form_factors(old), form_factors(new));
    for name in before.difference(&after) {
        lines.push(AddinLine::new(
            msg!("addin-form-factor-removed", factor = factor(name)),
            msg!(
                "addin-form-factor-removed-developer",
                factor = name.as_str()
            ),
            ChangeKind::Removed,
            &path,
        ));
    }
    for name in after.difference(&before) {
        lines.push(AddinLine::new(
            msg!("addin-form-factor-added", factor = factor(name)),
            msg!("addin-form-factor-added-developer", factor = name.as_str()),
            ChangeKind::Added,
            &path,
        ));
    }
    lines
}

/// The host (with its port) of an address: `localhost:53000`.
fn authority(address: &str) -> Option<String> {
    let rest = address.split_once("://").map(|(_, rest)| rest)?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit('@').next()?;
    (!authority.is_empty()).then(|| authority.to_lowercase())
}

/// Where the extension's code comes from: the hosts of `runtimes[].code.page` and `.script`.
fn code_hosts(extension: &Map<String, Value>) -> BTreeSet<String> {
    array(extension.get("runtimes"))
        .iter()
        .flat_map(|runtime| {
            ["page", "script"]
                .into_iter()
                .filter_map(move |part| authority(runtime.get("code")?.get(part)?.as_str()?))
        })
        .collect()
}

/// "The add-in's pages now come from addin.contoso.com (was localhost:53000)".
fn code_lines(index: usize, old: &Map<String, Value>, new: &Map<String, Value>) -> Vec<AddinLine> {
    let (before, after) = (code_hosts(old), code_hosts(new));
    if before == after {
        return Vec::new();
    }
    let list = |hosts: &BTreeSet<String>| hosts.iter().cloned().collect::<Vec<_>>().join(", ");
    let text = match (before.is_empty(), after.is_empty()) {
        (_, true) => msg!("addin-pages-no-longer", hosts = list(&before)),
        (true, false) => msg!("addin-pages-now", hosts = list(&after)),
        (false, false) => msg!(
            "addin-pages-changed",
            hosts = list(&after),
            was = list(&before)
        ),
    };
    vec![AddinLine::new(
        text,
        msg!(
            "addin-pages-developer",
            hosts = list(&after),
            was = list(&before)
        ),
        ChangeKind::Changed,
        &format!("/extensions/{index}/runtimes"),
    )]
}

/// The names of the extension's actions: id → display name.
fn action_names(extension: &Map<String, Value>) -> BTreeMap<&str, &str> {
    array(extension.get("runtimes"))
        .iter()
        .flat_map(|runtime| array(runtime.get("actions")))
        .filter_map(|action| {
            let id = action.get("id")?.as_str()?;
            let name = action
                .get("displayName")
                .and_then(Value::as_str)
                .unwrap_or(id);
            Some((id, name))
        })
        .collect()
}

/// What tells named things apart, in the order they are told: custom functions (0),
/// get-started messages (1), keyboard shortcuts (2), each by what its words show (a name
/// between quotes, so that they sort as the sentences do).
type NamedKey = (u8, String);

/// Named things of an extension that are told added or removed: keyboard shortcuts (by
/// their keys and action), get-started messages (by title) and custom functions (by name),
/// each with its pointer and its words.
fn named_entries(
    index: usize,
    extension: &Map<String, Value>,
) -> BTreeMap<NamedKey, (String, Message)> {
    let mut found = BTreeMap::new();
    let actions = action_names(extension);
    for (k, group) in array(extension.get("keyboardShortcuts")).iter().enumerate() {
        for (s, shortcut) in array(group.get("shortcuts")).iter().enumerate() {
            let Some(keys) = shortcut
                .get("key")
                .and_then(|key| key.get("default"))
                .and_then(Value::as_str)
            else {
                continue;
            };
            let action = shortcut.get("actionId").and_then(Value::as_str);
            let name = action.map(|id| actions.get(id).copied().unwrap_or(id));
            let (key, words) = match name {
                Some(name) => (
                    format!("{keys} (\"{}\")", short(name)),
                    msg!("addin-shortcut-action", keys = keys, action = short(name)),
                ),
                None => (keys.to_string(), msg!("addin-shortcut", keys = keys)),
            };
            found.insert(
                (2, key),
                (
                    format!("/extensions/{index}/keyboardShortcuts/{k}/shortcuts/{s}"),
                    words,
                ),
            );
        }
    }
    for (m, message) in array(extension.get("getStartedMessages"))
        .iter()
        .enumerate()
    {
        if let Some(title) = message.get("title").and_then(Value::as_str) {
            found.insert(
                (1, format!("\"{}\"", short(title))),
                (
                    format!("/extensions/{index}/getStartedMessages/{m}"),
                    msg!("addin-get-started-message", title = short(title)),
                ),
            );
        }
    }
    for (r, runtime) in array(extension.get("runtimes")).iter().enumerate() {
        let functions = runtime
            .get("customFunctions")
            .and_then(|custom| custom.get("functions"));
        for (f, function) in array(functions).iter().enumerate() {
            let name = function
                .get("name")
                .or_else(|| function.get("id"))
                .and_then(Value::as_str);
            if let Some(name) = name {
                found.insert(
                    (0, format!("\"{}\"", short(name))),
                    (
                        format!("/extensions/{index}/runtimes/{r}/customFunctions/functions/{f}"),
                        msg!("addin-custom-function", name = short(name)),
                    ),
                );
            }
        }
    }
    found
}

fn named_lines(index: usize, old: &Map<String, Value>, new: &Map<String, Value>) -> Vec<AddinLine> {
    let (before, after) = (named_entries(index, old), named_entries(index, new));
    let mut lines = Vec::new();
    for (key, (pointer, words)) in &before {
        if !after.contains_key(key) {
            lines.push(AddinLine::new(
                msg!("addin-named-removed", thing = words),
                msg!("addin-named-removed-developer", path = pointer.as_str()),
                ChangeKind::Removed,
                pointer,
            ));
        }
    }
    for (key, (pointer, words)) in &after {
        if !before.contains_key(key) {
            lines.push(AddinLine::new(
                msg!("addin-named-added", thing = words),
                msg!("addin-named-added-developer", path = pointer.as_str()),
                ChangeKind::Added,
                pointer,
            ));
        }
    }
    lines
}

/// True when a raw change inside an extension is one the lines in words tell (given that
/// the extension has at least one such line): application lists, events, buttons and
/// menus, requirement sets and form factors, where the code comes from, shortcuts,
/// get-started messages and custom functions.
fn told(relative: &[&str]) -> bool {
    let has = |a: &str, b: &str| relative.windows(2).any(|w| w == [a, b]);
    if has("requirements", "scopes") {
        return true;
    }
    match relative {
        // A whole list or group added or removed: its entries are told one by one.
        ["requirements"] | ["autoRunEvents"] | ["autoRunEvents", _] => true,
        ["autoRunEvents", _, "events"] | ["ribbons"] | ["ribbons", _] => true,
        ["contextMenus"] | ["contextMenus", _] | ["runtimes", _, "code"] => true,
        ["keyboardShortcuts", ..] | ["getStartedMessages"] => true,
        ["runtimes", _, "customFunctions"] | ["runtimes", _, "customFunctions", "functions"] => {
            true
        }
        ["requirements", "capabilities" | "formFactors", ..] => true,
        ["autoRunEvents", _, "events", _] => true,
        ["autoRunEvents", _, "events", _, "type"] => true,
        ["autoRunEvents", _, "events", _, "options", ..] => true,
        ["runtimes", _, "code", "page" | "script"] => true,
        ["runtimes", _, "customFunctions", "functions", _] => true,
        ["getStartedMessages", _] | ["getStartedMessages", _, "title"] => true,
        _ => {
            let controls = relative.iter().position(|s| *s == "controls");
            matches!(
                controls.map(|at| relative.get(at + 1..).unwrap_or_default()),
                Some([_] | [_, "label"] | [_, "items", _] | [_, "items", _, "label"])
            )
        }
    }
}

/// Every change inside `extensions`, in words (`rules.md`, "What changed: the Office
/// add-in"). `raw` are the raw changes under `/extensions` of the same two documents: what
/// the lines in words do not tell is counted, one line per extension, "Office add-in: N
/// other settings changed".
pub fn changes(old: &Value, new: &Value, raw: &[&Change]) -> Vec<AddinLine> {
    match (has_addin(old), has_addin(new)) {
        (false, false) => {
            // `extensions` without an add-in in it (empty, or not a list): say so plainly.
            if raw.is_empty() {
                return Vec::new();
            }
            return vec![AddinLine::new(
                msg!("addin-other-settings", count = raw.len()),
                msg!("addin-extensions-changed-no-addin-developer"),
                ChangeKind::Changed,
                "/extensions",
            )];
        }
        (false, true) => return vec![addin_added(new)],
        (true, false) => {
            return vec![
                AddinLine::new(
                    msg!("addin-removed"),
                    msg!("addin-removed-developer"),
                    ChangeKind::Removed,
                    "/extensions",
                )
                .values(old.get("extensions").cloned(), None),
            ];
        }
        (true, true) => {}
    }
    let mut lines = lifted_scopes(old, new);
    lines.extend(host_lines(old, new));
    lines.extend(event_lines(old, new));
    lines.extend(event_option_lines(old, new));
    let new_extensions: BTreeMap<usize, &Map<String, Value>> =
        extensions(new).into_iter().collect();
    for (index, before) in extensions(old) {
        if let Some(after) = new_extensions.get(&index) {
            lines.extend(control_lines(index, before, after));
            lines.extend(requirement_lines(index, before, after));
            lines.extend(code_lines(index, before, after));
            lines.extend(named_lines(index, before, after));
        }
    }
    // What the lines do not tell, per extension.
    let worded: BTreeSet<usize> = lines.iter().filter_map(AddinLine::extension).collect();
    let mut others: BTreeMap<usize, usize> = BTreeMap::new();
    let mut outside = 0;
    for change in raw {
        let Some(index) = extension_index(&change.path) else {
            outside += 1;
            continue;
        };
        let relative: Vec<&str> = change.path.split('/').skip(3).collect();
        if !worded.contains(&index) || !told(&relative) {
            *others.entry(index).or_default() += 1;
        }
    }
    for (index, n) in others {
        lines.push(AddinLine::new(
            msg!("addin-other-settings", count = n),
            msg!(
                "addin-other-changes-developer",
                count = n,
                path = format!("/extensions/{index}")
            ),
            ChangeKind::Changed,
            &format!("/extensions/{index}"),
        ));
    }
    if outside > 0 && lines.is_empty() {
        lines.push(AddinLine::new(
            msg!("addin-other-settings", count = outside),
            msg!("addin-extensions-changed-developer"),
            ChangeKind::Changed,
            "/extensions",
        ));
    }
    lines
}

/// Replaces the raw changes under `/extensions` in `changes` with the add-in's changes in
/// words, at the place of the first raw one (area "What the app can do").
pub fn tell_changes(changes: &mut Vec<Change>, old: &Value, new: &Value) {
    let is_addin = |change: &Change| {
        change.area != Area::PackageFile
            && (change.path == "/extensions" || change.path.starts_with("/extensions/"))
    };
    let Some(at) = changes.iter().position(is_addin) else {
        return;
    };
    let raw: Vec<&Change> = changes.iter().filter(|c| is_addin(c)).collect();
    let lines = changes_in_words(old, new, &raw);
    changes.retain(|change| !is_addin(change));
    let at = at.min(changes.len());
    changes.splice(at..at, lines);
}

fn changes_in_words(old: &Value, new: &Value, raw: &[&Change]) -> Vec<Change> {
    changes(old, new, raw)
        .into_iter()
        .map(|line| Change {
            pointer: crate::changes::pointer_in_path(&line.path),
            path: line.path,
            kind: line.kind,
            area: Area::Capability,
            old: line.old,
            new: line.new,
            words: Some(Words {
                subject: line.text.clone(),
                detail: None,
            }),
        })
        .collect()
}

/// True when a change is one of the add-in's, told as a whole sentence (no verb before it).
pub fn is_addin_change(change: &Change) -> bool {
    change.area == Area::Capability
        && change.words.is_some()
        && (change.path == "/extensions" || change.path.starts_with("/extensions/"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn set(texts: &[&str]) -> BTreeSet<String> {
        texts.iter().map(|text| text.to_string()).collect()
    }

    #[test]
    fn hosts_read_every_requirements_scopes_inside_an_extension() {
        let document = json!({"extensions": [
            {"requirements": {"scopes": ["mail"]},
             "ribbons": [{"requirements": {"scopes": ["workbook", "mail"]}}],
             "runtimes": [{"requirements": {"scopes": [3, "document"]}}],
             "scopes": ["presentation"]},
            "not an object",
        ]});
        assert_eq!(hosts(&document), set(&["mail", "workbook", "document"]));
        // `scopes` outside a `requirements` object is not read.
        assert!(!hosts(&document).contains("presentation"));
    }

    #[test]
    fn an_extension_without_scopes_runs_in_all_four_applications() {
        let all = set(&["mail", "workbook", "document", "presentation"]);
        assert_eq!(hosts(&json!({"extensions": [{}]})), all);
        assert_eq!(
            hosts(&json!({"extensions": [{"requirements": {"scopes": "mail"}}]})),
            all
        );
        // An empty list is a list: no application.
        assert!(hosts(&json!({"extensions": [{"requirements": {"scopes": []}}]})).is_empty());
        assert!(hosts(&json!({"extensions": {"requirements": {}}})).is_empty());
        assert!(!has_addin(&json!({"extensions": [1, "x"]})));
        assert!(has_addin(&json!({"extensions": [1, {}]})));
    }

    #[test]
    fn events_are_the_types_of_auto_run_events() {
        let document = json!({"extensions": [
            {"autoRunEvents": [{"events": [{"type": "messageSending"}, {"type": 5}, "x"]},
                               {"events": [{"type": "newMessageComposeCreated"}]}],
             "events": [{"type": "ignored"}]},
            {"autoRunEvents": {"events": [{"type": "not a list"}]}}
        ]});
        assert_eq!(
            events(&document),
            set(&["messageSending", "newMessageComposeCreated"])
        );
        assert_eq!(
            event_places(&document).first().map(|(p, _)| p.as_str()),
            Some("/extensions/0/autoRunEvents/0/events/0")
        );
    }

    #[test]
    fn names_of_applications_and_events() {
        assert_eq!(application("workbook"), "Excel");
        assert_eq!(application("project"), "project");
        let words = applications_in_words(["workbook", "mail", "presentation"]);
        assert!(
            matches!(&words, Some(Arg::Message(list)) if list.text() == "Outlook, Excel and PowerPoint"),
            "{words:?}"
        );
        assert_eq!(
            applications_in_words(["mail"]),
            Some(Arg::Text("Outlook".into()))
        );
        assert_eq!(applications_in_words([]), None);
        assert_eq!(
            event_name("messageSending").map(|name| name.text()),
            Some("a message is being sent".to_string())
        );
        assert_eq!(event_name("onSomething"), None);
    }

    #[test]
    fn every_event_name_and_control_place_is_in_the_catalogue() {
        let catalogue = crate::message::Catalogue::english();
        let kinds = [
            "newMessageComposeCreated",
            "newAppointmentOrganizerCreated",
            "messageAttachmentsChanged",
            "appointmentAttachmentsChanged",
            "messageRecipientsChanged",
            "appointmentAttendeesChanged",
            "appointmentTimeChanged",
            "appointmentRecurrenceChanged",
            "infoBarDismissClicked",
            "messageSending",
            "appointmentSending",
            "messageComposeOpened",
            "appointmentOrganizerOpened",
            "messageFromChanged",
            "appointmentFromChanged",
            "messageReadWithCustomHeader",
            "messageReadWithCustomAttachment",
            "spamReporting",
            "documentOpened",
        ];
        for kind in kinds {
            let name = event_name(kind);
            assert!(
                name.as_ref().is_some_and(|name| catalogue.has(name.id)),
                "{kind}: {name:?}"
            );
        }
        for place in ["addin-on-ribbon", "addin-on-context-menu"] {
            assert!(catalogue.has(place), "{place}");
        }
        assert_eq!(
            event_words("onSomething").text(),
            "the event \"onSomething\" happens"
        );
    }

    fn words(old: Value, new: Value) -> Vec<String> {
        let raw: Vec<Change> = crate::changes::diff(&old, &new, &BTreeMap::new(), &BTreeMap::new());
        let raw: Vec<&Change> = raw.iter().collect();
        changes(&old, &new, &raw)
            .into_iter()
            .map(|line| line.text.text())
            .collect()
    }

    #[test]
    fn changes_are_told_in_words() {
        let addin = |extension: Value| json!({"extensions": [extension]});
        let button = |label: &str| json!({"id": "b1", "type": "button", "label": label});
        let ribbon = |controls: Value| {
            json!([{"contexts": ["mailRead", "mailCompose"],
            "tabs": [{"groups": [{"id": "g", "controls": controls}]}]}])
        };
        assert_eq!(
            words(
                addin(json!({"ribbons": ribbon(json!([button("Perform an action")]))})),
                addin(
                    json!({"ribbons": ribbon(json!([button("Do it"), {"id": "b2", "type": "menu", "label": "More"}]))})
                )
            ),
            [
                "Button \"Perform an action\" renamed to \"Do it\" on the ribbon (reading mail, writing mail)",
                "Menu \"More\" added to the ribbon (reading mail, writing mail)"
            ]
        );
        let event = |mode: &str| {
            json!({"autoRunEvents": [{"events": [
            {"type": "messageSending", "actionId": "a", "options": {"sendMode": mode}}]}]})
        };
        assert_eq!(
            words(addin(event("promptUser")), addin(event("block"))),
            ["When a message is sent, the add-in now blocks sending (was: asks the user)"]
        );
        let needs = |version: &str, factors: Value| {
            json!({"requirements": {
            "capabilities": [{"name": "Mailbox", "minVersion": version}], "formFactors": factors}})
        };
        assert_eq!(
            words(
                addin(needs("1.3", json!(["desktop"]))),
                addin(needs("1.5", json!(["desktop", "mobile"])))
            ),
            [
                "The add-in now needs Mailbox 1.5 (was 1.3)",
                "The add-in now also runs on mobile devices"
            ]
        );
        let code = |page: &str| json!({"runtimes": [{"id": "r", "code": {"page": page}}]});
        assert_eq!(
            words(
                addin(code("https://localhost:53000/taskpane.html")),
                addin(code("https://addin.contoso.com/taskpane.html"))
            ),
            ["The add-in's pages now come from addin.contoso.com (was localhost:53000)"]
        );
        let more = json!({"getStartedMessages": [{"title": "Welcome"}],
            "keyboardShortcuts": [{"shortcuts": [{"key": {"default": "Ctrl+Alt+T"}, "actionId": "show"}]}],
            "runtimes": [{"id": "r", "actions": [{"id": "show", "displayName": "Show tasks"}],
                          "customFunctions": {"functions": [{"id": "ADD", "name": "ADD"}]}}]});
        assert_eq!(
            words(
                addin(
                    json!({"runtimes": [{"id": "r", "actions": [{"id": "show", "displayName": "Show tasks"}]}]})
                ),
                addin(more)
            ),
            [
                "Custom function \"ADD\" added",
                "Get-started message \"Welcome\" added",
                "Keyboard shortcut Ctrl+Alt+T (\"Show tasks\") added"
            ]
        );
        assert_eq!(
            words(
                json!({}),
                addin(json!({"requirements": {"scopes": ["mail", "workbook"]}}))
            ),
            ["Office add-in added: runs in Outlook and Excel"]
        );
        assert_eq!(
            words(addin(json!({})), json!({})),
            ["Office add-in removed"]
        );
    }

    #[test]
    fn everything_else_is_one_line_per_extension() {
        let icon = |url: &str| {
            json!({"extensions": [
            {"requirements": {"scopes": ["mail"]}, "ribbons": [{"tabs": [{"groups": [{"id": "g",
                "icons": [{"size": 16, "url": url}, {"size": 32, "url": url}]}]}]}]},
            {"alternates": [{"hide": {"storeOfficeAddin": {"officeAddinId": url}}}]}]})
        };
        assert_eq!(
            words(
                icon("https://a.example/i.png"),
                icon("https://b.example/i.png")
            ),
            [
                "Office add-in: 2 other settings changed",
                "Office add-in: 1 other setting changed"
            ]
        );
        // A told change and an untold one in the same extension.
        let both = |scopes: Value, tip: &str| {
            json!({"extensions": [{"requirements": {"scopes": scopes},
            "ribbons": [{"tabs": [{"groups": [{"id": "g", "controls": [{"id": "b", "label": "B", "supertip": {"title": tip}}]}]}]}]}]})
        };
        assert_eq!(
            words(
                both(json!(["mail"]), "a"),
                both(json!(["mail", "document"]), "b")
            ),
            [
                "The add-in now also runs in Word",
                "Office add-in: 1 other setting changed"
            ]
        );
        // The same applications in another order: nothing is told in words, so it is one
        // other setting rather than nothing.
        assert_eq!(
            words(
                both(json!(["mail", "document"]), "a"),
                both(json!(["document", "mail"]), "a")
            ),
            ["Office add-in: 2 other settings changed"]
        );
    }
}
