//! The report as JSON for scripts: the stable shape documented in the README, with each
//! check's `title`, each change's `message` and the verdict's `headline` as the other
//! outputs show them.

use serde_json::{Value, json};

use crate::guidance;
use crate::input::SideError;
use crate::presentation::{consent_message, verdict_message};
use crate::report::Report;

/// The report as JSON (the stable format documented in the README).
pub fn to_json(report: &Report) -> String {
    let value = match serde_json::to_value(report) {
        Ok(mut value) => {
            add_words(&mut value, report);
            value
        }
        // Serialising plain data cannot fail; keep the output valid JSON regardless.
        Err(err) => json!({"error": {"file": null, "message": err.to_string()}}),
    };
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

/// Adds the words every other output shows: the headline, each check's title, each
/// change's sentence.
fn add_words(value: &mut Value, report: &Report) {
    if let Some(map) = value.as_object_mut() {
        map.shift_insert(0, "lang".into(), crate::lang::current().tag.into());
        let headline = verdict_message(report);
        map.insert("headline".into(), headline.text().into());
        map.insert("headline_id".into(), headline.id.into());
        map.insert("headline_args".into(), headline.args_json());
        let consent = consent_message(report);
        map.insert("consent_headline".into(), consent.text().into());
        map.insert("consent_headline_id".into(), consent.id.into());
        map.insert("consent_headline_args".into(), consent.args_json());
    }
    if let Some(checks) = value.get_mut("checks").and_then(Value::as_array_mut) {
        for (entry, check) in checks.iter_mut().zip(&report.checks) {
            if let Some(map) = entry.as_object_mut() {
                map.insert("title".into(), check.check.title().text().into());
                if let Some(fixer) = guidance::fixer_of_check(check) {
                    map.insert("fix_by".into(), fixer.by.id().into());
                }
            }
        }
    }
    if let Some(store) = value.get_mut("store").and_then(Value::as_array_mut) {
        for (index, (entry, finding)) in store.iter_mut().zip(&report.store).enumerate() {
            if let Some(map) = entry.as_object_mut() {
                if let Some(title) = crate::store::check_title(finding.check.id()) {
                    map.insert("title".into(), title.text().into());
                }
                if finding.severity == crate::store::Severity::Error {
                    let fixer = guidance::fixer_of_finding(finding);
                    map.insert("fix_by".into(), fixer.by.id().into());
                }
                let already = report
                    .already_published
                    .get(index)
                    .copied()
                    .unwrap_or(false);
                map.insert("already_published".into(), already.into());
                let place = crate::places::in_file_words_named(
                    &finding.file,
                    &finding.pointer,
                    &report.entry_names.new,
                )
                .text();
                map.insert("place".into(), place.into());
                // A warning that follows from errors: their places in `store`.
                let causes: Vec<Value> =
                    crate::store::folded_under(&report.store_consequences, index)
                        .map(Value::from)
                        .collect();
                if !causes.is_empty() {
                    map.insert("caused_by".into(), causes.into());
                }
            }
        }
    }
    if let Some(map) = value.as_object_mut() {
        let steps = guidance::next_steps_in(report, guidance::Medium::Document);
        let texts: Vec<Value> = steps
            .iter()
            .map(|step| step.message.text().into())
            .collect();
        map.insert("next_steps".into(), texts.into());
        // The same steps with their ids, for scripts that key on them.
        let messages: Vec<Value> = steps
            .iter()
            .map(|step| serde_json::to_value(&step.message).unwrap_or_default())
            .collect();
        map.insert("next_step_messages".into(), messages.into());
        let notes = (report.verdict != crate::report::Verdict::NothingToSubmit)
            .then(|| guidance::certification_notes(report));
        map.insert("certification_notes".into(), notes.into());
        if let Some(note) = guidance::release_note(report) {
            let sources: Vec<Value> = note.sources.iter().map(|s| s.url().into()).collect();
            map.insert(
                "release_note".into(),
                json!({"text": note.text, "sources": sources}),
            );
        }
    }
    if let Some(changes) = value.get_mut("changes").and_then(Value::as_array_mut) {
        for (entry, change) in changes.iter_mut().zip(&report.changes) {
            if let Some(map) = entry.as_object_mut() {
                let words = crate::describe::describe_named(change, &report.entry_names);
                let message = words.message();
                map.insert("message".into(), message.text().into());
                map.insert("message_id".into(), message.id.into());
                map.insert("args".into(), message.args_json());
                map.insert(
                    "place".into(),
                    crate::describe::change_place(change, &report.entry_names).into(),
                );
            }
        }
    }
}

/// An input error as JSON: `{"error": {"file": "old"|"new", "message": …, "message_id": …,
/// "args": …}}` (the message's parts, the problem and what to do, are nested messages).
pub fn error_to_json(error: &SideError) -> String {
    let message = error.error.message();
    let value = json!({
        "lang": crate::lang::current().tag,
        "error": {
            "file": error.side,
            "message": message.text(),
            "message_id": message.id,
            "args": message.args_json(),
        }
    });
    serde_json::to_string_pretty(&value).unwrap_or_default()
}
