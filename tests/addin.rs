//! Consent rules 12 and 13 (the Office add-in) and the add-in's changes in words, on real
//! Outlook add-ins in the unified manifest from `../shared/corpus`, changed minimally.
//! Skipped, with a printed notice, when the corpus is not there. `CORPUS_DIR` names another
//! place for it (a worktree one folder deeper than the project).

#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use teams_update_check::presentation::ADMIN_ASKED;
use teams_update_check::{Input, Report, check, render};

/// The corpus (`support::corpus`), or `None` after a loud notice.
fn corpus() -> Option<PathBuf> {
    support::corpus("the Office add-in tests on real manifests")
}

/// A corpus manifest as a JSON document (BOM stripped).
fn load(corpus: &Path, file: &str) -> Value {
    let bytes = std::fs::read(corpus.join(file)).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    serde_json::from_str(text.trim_start_matches('\u{feff}')).unwrap()
}

/// The toolkit's Outlook add-in (`extensions[0].requirements.scopes` = `["mail"]`).
const OUTLOOK: &str = "pairs/1392/new.json";
/// An add-in for all four applications, with a real app ID.
const ALL_FOUR: &str = "single/0104.json";

fn report(old: &Value, new: &Value) -> Report {
    let input = |name: &str, value: &Value| {
        Input::from_bytes(name, serde_json::to_string(value).unwrap().as_bytes()).unwrap()
    };
    let mut new = new.clone();
    if old.get("version") == new.get("version") {
        new["version"] = json!("1.0.1");
    }
    check(&input("old.json", old), &input("new.json", &new))
}

fn triggered(report: &Report) -> Vec<&str> {
    report.triggered_rules().map(|rule| rule.rule).collect()
}

fn messages(report: &Report) -> Vec<String> {
    let json: Value = serde_json::from_str(&render::to_json(report)).unwrap();
    json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|change| change["path"].as_str().unwrap().starts_with("/extensions"))
        .map(|change| {
            assert_eq!(change["area"], "capability", "{change}");
            change["message"].as_str().unwrap().to_string()
        })
        .collect()
}

/// Adds an event to the first extension (a new `autoRunEvents` entry when it has none).
fn with_event(mut manifest: Value, kind: &str, action: &str, options: Option<Value>) -> Value {
    let mut event = json!({"type": kind, "actionId": action});
    if let Some(options) = options {
        event["options"] = options;
    }
    let extension = &mut manifest["extensions"][0];
    match extension.get_mut("autoRunEvents") {
        Some(runs) => runs[0]["events"].as_array_mut().unwrap().push(event),
        None => extension["autoRunEvents"] = json!([{"events": [event]}]),
    }
    manifest
}

#[test]
fn adding_excel_asks_the_admin_in_every_output() {
    let Some(corpus) = corpus() else { return };
    let old = load(&corpus, OUTLOOK);
    let mut new = old.clone();
    new["extensions"][0]["requirements"]["scopes"] = json!(["mail", "workbook"]);
    let report = report(&old, &new);
    assert_eq!(triggered(&report), ["addin-office-apps-changed"]);
    let json: Value = serde_json::from_str(&render::to_json(&report)).unwrap();
    assert_eq!(json["consent_by"], json!(["admin"]));
    let rule = &json["consent"][11];
    assert_eq!(rule["who"], json!(["admin"]));
    assert_eq!(rule["source"], "office-addin-docs");
    assert!(
        rule["explanation"]
            .as_str()
            .unwrap()
            .contains("Microsoft's update guide lists this change")
    );
    for rule in &json["consent"].as_array().unwrap()[11..] {
        assert!(!rule.to_string().contains("every user"), "{rule}");
    }
    // Rule 11 asks the admin too when the new version has an add-in.
    assert_eq!(json["consent"][10]["who"], json!(["users", "admin"]));
    assert_eq!(messages(&report), ["The add-in now also runs in Excel"]);
    assert_eq!(
        json["changes"][1]["path"], "/extensions/0/requirements/scopes/1",
        "the JSON keeps the pointer"
    );
    assert_eq!(json["consent_headline"], ADMIN_ASKED);
    let note = json["release_note"]["text"].as_str().unwrap();
    assert!(note.contains("The add-in now also runs in Excel"), "{note}");
    assert!(note.contains("the admin who deployed the add-in"), "{note}");
    assert!(!note.contains("everyone"), "{note}");
    for output in [
        render::to_text(&report),
        render::to_markdown(&report),
        render::to_html(&report),
        render::to_json(&report),
    ] {
        assert!(output.contains(ADMIN_ASKED));
        assert!(!output.contains("Existing users will be asked"));
        assert!(!output.contains("Extension ›"));
    }
}

#[test]
fn a_new_event_asks_the_admin_and_names_the_event() {
    let Some(corpus) = corpus() else { return };
    let old = load(&corpus, OUTLOOK);
    let new = with_event(old.clone(), "newMessageComposeCreated", "action", None);
    let report = report(&old, &new);
    assert_eq!(triggered(&report), ["addin-events-changed"]);
    assert_eq!(
        messages(&report),
        ["The add-in now starts by itself when a new message is created"]
    );
    // A changed event type is an added one too.
    let sending = with_event(old.clone(), "messageSending", "action", None);
    let composing = with_event(old, "newMessageComposeCreated", "action", None);
    assert_eq!(
        triggered(&report_of(&sending, &composing)),
        ["addin-events-changed"]
    );
}

fn report_of(old: &Value, new: &Value) -> Report {
    report(old, new)
}

#[test]
fn a_new_addin_and_lifted_scopes_ask_the_admin() {
    let Some(corpus) = corpus() else { return };
    let published = load(&corpus, OUTLOOK);
    let mut without = published.clone();
    without.as_object_mut().unwrap().remove("extensions");
    let report = report(&without, &published);
    assert_eq!(triggered(&report), ["addin-office-apps-changed"]);
    assert_eq!(messages(&report), ["Office add-in added: runs in Outlook"]);
    let mut lifted = published.clone();
    lifted["extensions"][0]["requirements"]
        .as_object_mut()
        .unwrap()
        .remove("scopes");
    let report = report_of(&published, &lifted);
    assert_eq!(triggered(&report), ["addin-office-apps-changed"]);
    assert_eq!(
        report.consent[11].evidence[0].text.text(),
        "The add-in is no longer limited to Outlook"
    );
}

#[test]
fn what_is_not_triggered() {
    let Some(corpus) = corpus() else { return };
    let all = load(&corpus, ALL_FOUR);
    let outlook = load(&corpus, OUTLOOK);
    let edit = |base: &Value, change: &dyn Fn(&mut Value)| {
        let mut copy = base.clone();
        change(&mut copy);
        copy
    };
    let scopes = |list: Value| {
        move |m: &mut Value| m["extensions"][0]["requirements"]["scopes"] = list.clone()
    };
    let sending = |mode: &str| {
        with_event(
            outlook.clone(),
            "messageSending",
            "action",
            Some(json!({"sendMode": mode})),
        )
    };
    let cases: Vec<(&str, Value, Value)> = vec![
        (
            "same applications reordered and repeated",
            all.clone(),
            edit(
                &all,
                &scopes(json!([
                    "presentation",
                    "document",
                    "workbook",
                    "mail",
                    "mail"
                ])),
            ),
        ),
        (
            "an application removed",
            all.clone(),
            edit(&all, &scopes(json!(["mail", "workbook"]))),
        ),
        (
            "the add-in removed",
            outlook.clone(),
            edit(&outlook, &|m| {
                m.as_object_mut().unwrap().remove("extensions");
            }),
        ),
        (
            "narrowed from no scopes to Outlook",
            edit(&outlook, &|m| {
                m["extensions"][0]["requirements"]
                    .as_object_mut()
                    .unwrap()
                    .remove("scopes");
            }),
            outlook.clone(),
        ),
        (
            "a requirement set raised",
            outlook.clone(),
            edit(&outlook, &|m| {
                m["extensions"][0]["requirements"]["capabilities"][0]["minVersion"] = json!("1.5")
            }),
        ),
        (
            "a form factor added",
            outlook.clone(),
            edit(&outlook, &|m| {
                m["extensions"][0]["requirements"]["formFactors"] = json!(["desktop", "mobile"])
            }),
        ),
        ("an event removed", sending("promptUser"), outlook.clone()),
        (
            "another handler",
            sending("promptUser"),
            edit(&sending("promptUser"), &|m| {
                m["extensions"][0]["autoRunEvents"][0]["events"][0]["actionId"] = json!("other")
            }),
        ),
        ("another send mode", sending("promptUser"), sending("block")),
        (
            "events reordered and repeated",
            with_event(sending("promptUser"), "newMessageComposeCreated", "a", None),
            with_event(
                with_event(
                    edit(&outlook, &|_| {}),
                    "newMessageComposeCreated",
                    "a",
                    None,
                ),
                "messageSending",
                "action",
                Some(json!({"sendMode": "promptUser"})),
            ),
        ),
    ];
    for (name, old, new) in cases {
        let report = report(&old, &new);
        let fired: Vec<&str> = triggered(&report)
            .into_iter()
            .filter(|rule| rule.starts_with("addin-"))
            .collect();
        assert!(fired.is_empty(), "{name}: {fired:?}");
        assert!(
            !messages(&report).is_empty(),
            "{name}: what changed says nothing"
        );
    }
    // What changed still tells them in words.
    let report = report(&sending("promptUser"), &sending("block"));
    assert_eq!(
        messages(&report),
        ["When a message is sent, the add-in now blocks sending (was: asks the user)"]
    );
    let report = report_of(
        &outlook,
        &edit(&outlook, &|m| {
            m["extensions"][0]["requirements"]["formFactors"] = json!(["mobile"])
        }),
    );
    assert_eq!(
        messages(&report),
        ["The add-in now also runs on mobile devices"]
    );
}

#[test]
fn no_change_inside_extensions_reads_like_a_pointer() {
    let Some(corpus) = corpus() else { return };
    let mut seen = 0;
    let mut pairs: Vec<PathBuf> = std::fs::read_dir(corpus.join("pairs"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    pairs.sort();
    for pair in pairs {
        let (old, new) = (pair.join("old.json"), pair.join("new.json"));
        let mentions = |path: &Path| {
            std::fs::read_to_string(path).is_ok_and(|text| text.contains("\"extensions\""))
        };
        if !mentions(&old) && !mentions(&new) {
            continue;
        }
        let Ok(report) = teams_update_check::check_files(&old, &new) else {
            continue;
        };
        if !report
            .changes
            .iter()
            .any(|c| c.path.starts_with("/extensions"))
        {
            continue;
        }
        seen += 1;
        let text = render::to_text(&report);
        assert!(!text.contains("Extension ›"), "{}: {text}", pair.display());
    }
    assert!(seen >= 3, "only {seen} corpus pairs change an add-in");
    // The toolkit's icons moved from `file` to `url`: nothing the rules read, one line.
    let report = teams_update_check::check_files(
        &corpus.join("pairs/1382/old.json"),
        &corpus.join("pairs/1382/new.json"),
    )
    .unwrap();
    assert!(triggered(&report).is_empty());
    assert_eq!(
        messages(&report),
        ["Office add-in: 18 other settings changed"]
    );
}
