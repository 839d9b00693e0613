//! Golden (snapshot) tests of every output format on the fixture pairs in
//! `tests/fixtures` (made by `tests/fixtures/make.py`), and the agreement between them:
//! every finding, check, rule and change the JSON holds is said in the text, Markdown and
//! HTML reports too, and no literal backtick reaches the HTML page's visible text.
//!
//! A snapshot that differs fails the test with the first differing line. After a
//! deliberate change, `UPDATE_SNAPSHOTS=1 cargo test --test golden` rewrites them; review
//! the diff before committing.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use serde_json::Value;
use teams_update_check::render::{self, HtmlOptions};
use teams_update_check::{Report, SideError, check, load_files};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn snapshots() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

/// Every fixture case, by name.
fn cases() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .filter_map(|entry| {
            let entry = entry.ok()?;
            entry
                .file_type()
                .ok()?
                .is_dir()
                .then(|| entry.file_name().to_string_lossy().into_owned())
        })
        .collect();
    names.sort();
    names
}

/// The case's two inputs as files in `scratch`: `old.json` as it is, `old/` zipped to `old.zip`.
fn input_paths(case: &str, scratch: &Path) -> (PathBuf, PathBuf) {
    let folder = fixtures().join(case);
    let side = |name: &str| {
        let json = folder.join(format!("{name}.json"));
        if json.exists() {
            json
        } else {
            let zip = scratch.join(format!("{name}.zip"));
            support::zip_folder(&folder.join(name), &zip);
            zip
        }
    };
    (side("old"), side("new"))
}

/// The four outputs of one case: text, Markdown, HTML (dated 2026-12-01), JSON.
struct Outputs {
    text: String,
    markdown: String,
    html: String,
    json: String,
}

fn outputs(case: &str) -> (Outputs, Result<Report, SideError>) {
    let scratch = tempfile::tempdir().unwrap();
    let (old, new) = input_paths(case, scratch.path());
    let loaded = load_files(&old, &new);
    fn options(icon: Option<&[u8]>) -> HtmlOptions<'_> {
        HtmlOptions {
            date: Some("2026-12-01".to_string()),
            icon_png: icon,
        }
    }
    match loaded {
        Ok((old, new)) => {
            let report = check(&old, &new);
            let outputs = Outputs {
                text: render::to_text(&report),
                markdown: render::to_markdown(&report),
                html: render::to_html_with(&report, &options(report.new.color_icon.as_deref())),
                json: render::to_json(&report),
            };
            (outputs, Ok(report))
        }
        Err(error) => {
            let outputs = Outputs {
                text: render::error_to_text(&error),
                markdown: render::error_to_markdown(&error),
                html: render::error_to_html_with(&error, &options(None)),
                json: render::error_to_json(&error),
            };
            (outputs, Err(error))
        }
    }
}

/// Compares `actual` with the stored snapshot, or rewrites it when asked to.
fn assert_snapshot(name: &str, actual: &str) -> Result<(), String> {
    let path = snapshots().join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(snapshots()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return Ok(());
    }
    let expected = std::fs::read_to_string(&path).map_err(|err| {
        format!(
            "{name}: no snapshot ({err}); run UPDATE_SNAPSHOTS=1 cargo test --test golden and review it"
        )
    })?;
    if expected == actual {
        return Ok(());
    }
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
    Err(format!(
        "{name} differs from its snapshot at line {}:\n  expected: {:?}\n  actual:   {:?}\n(UPDATE_SNAPSHOTS=1 rewrites it after a deliberate change)",
        line + 1,
        expected.lines().nth(line).unwrap_or("(end)"),
        actual.lines().nth(line).unwrap_or("(end)")
    ))
}

#[test]
fn every_format_of_every_case_matches_its_snapshot() {
    let cases = cases();
    assert!(cases.len() >= 12, "the fixtures are missing: {cases:?}");
    let mut failures = Vec::new();
    for case in &cases {
        let (out, _) = outputs(case);
        for (extension, text) in [
            ("txt", &out.text),
            ("md", &out.markdown),
            ("html", &out.html),
            ("json", &out.json),
        ] {
            if let Err(failure) = assert_snapshot(&format!("{case}.{extension}"), text) {
                failures.push(failure);
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Text as a reader sees it, for comparing formats: no markup, entities, escapes,
/// backticks or typographic quotes, runs of white space made one space, in lower case
/// (the text report writes its headline in capitals).
fn normalized(text: &str) -> String {
    let unquoted: String = text
        .chars()
        .filter(|c| !matches!(c, '`' | '“' | '”' | '\\'))
        .collect();
    unquoted
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The visible text of an HTML page: tags dropped, the five entities decoded.
fn html_text(html: &str) -> String {
    let body = html.split("<body>").nth(1).unwrap_or(html);
    support::without_tags(body)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Every sentence the JSON output holds that a reader must find in the other formats.
fn sentences_of(json: &Value) -> Vec<String> {
    let mut sentences = Vec::new();
    let mut push = |value: &Value| {
        if let Some(text) = value.as_str() {
            sentences.push(text.to_string());
        }
    };
    push(&json["headline"]);
    push(&json["consent_headline"]);
    for check in json["checks"].as_array().into_iter().flatten() {
        push(&check["title"]);
        push(&check["message"]);
    }
    for finding in json["store"].as_array().into_iter().flatten() {
        push(&finding["title"]);
        push(&finding["message"]);
    }
    for rule in json["consent"].as_array().into_iter().flatten() {
        push(&rule["title"]);
        if rule["triggered"] == true {
            for line in rule["evidence"].as_array().into_iter().flatten() {
                push(line);
            }
        }
    }
    for change in json["changes"].as_array().into_iter().flatten() {
        push(&change["message"]);
    }
    for note in json["agent_notes"].as_array().into_iter().flatten() {
        push(&note["message"]);
    }
    for step in json["next_steps"].as_array().into_iter().flatten() {
        push(step);
    }
    if let Some(note) = json["release_note"]["text"].as_str() {
        for line in note.lines().filter(|line| !line.trim().is_empty()) {
            sentences.push(line.to_string());
        }
    }
    sentences
}

#[test]
fn every_format_says_what_the_json_holds() {
    for case in cases() {
        let (out, report) = outputs(&case);
        let visible_html = html_text(&out.html);
        assert!(
            !visible_html.contains('`'),
            "{case}: a literal backtick in the page's visible text"
        );
        assert!(
            !out.text.contains('`'),
            "{case}: a literal backtick in the text report"
        );
        let json: Value = serde_json::from_str(&out.json).unwrap();
        if report.is_err() {
            let message = json["error"]["message"].as_str().unwrap();
            for (format, text) in [
                ("text", &out.text),
                ("markdown", &out.markdown),
                ("html", &visible_html),
            ] {
                assert!(
                    normalized(text).contains(&normalized(message)),
                    "{case}: the {format} report does not say the error {message:?}"
                );
            }
            continue;
        }
        let sentences = sentences_of(&json);
        assert!(sentences.len() > 10, "{case}: {sentences:?}");
        for sentence in sentences {
            let wanted = normalized(&sentence);
            for (format, text) in [
                ("text", &out.text),
                ("markdown", &out.markdown),
                ("html", &visible_html),
            ] {
                assert!(
                    normalized(text).contains(&wanted),
                    "{case}: the {format} report lacks {sentence:?}"
                );
            }
        }
    }
}

#[test]
fn the_page_is_self_contained_and_shows_the_app() {
    let (out, _) = outputs("consent-update");
    assert!(
        out.html
            .contains("<title>Contoso Tasks — Teams update check: Ready to submit")
    );
    assert!(out.html.contains("src=\"data:image/png;base64,iVBORw0KGgo"));
    assert!(out.html.contains("2026-12-01"));
    assert!(
        out.html
            .contains("href=\"https://teams.microsoft.com/l/app/")
    );
    for outside in ["<script", "<link", "src=\"http", "@import"] {
        assert!(!out.html.contains(outside), "{outside}");
    }
}

#[test]
fn json_says_who_fixes_each_problem_and_what_the_store_accepted_before() {
    for case in cases() {
        let (out, report) = outputs(&case);
        if report.is_err() {
            continue;
        }
        let json: Value = serde_json::from_str(&out.json).unwrap();
        for finding in json["store"].as_array().into_iter().flatten() {
            assert!(
                finding["already_published"].is_boolean(),
                "{case}: {finding}"
            );
            let is_error = finding["severity"] == "error";
            let fix_by = finding["fix_by"].as_str();
            assert_eq!(is_error, fix_by.is_some(), "{case}: {finding}");
            if let Some(by) = fix_by {
                assert!(["app", "developer-portal", "developer"].contains(&by));
            }
        }
        for check in json["checks"].as_array().into_iter().flatten() {
            assert_eq!(
                check["status"] == "fail",
                check["fix_by"].is_string(),
                "{case}: {check}"
            );
        }
        let steps = json["next_steps"].as_array().unwrap();
        assert!(!steps.is_empty(), "{case}: next_steps is never empty");
        assert_eq!(
            json["consent_required"] == true && json["verdict"] != "nothing-to-submit",
            json.get("release_note").is_some(),
            "{case}: a release note exactly when users will be asked again"
        );
    }
}

/// One text report in every language the app speaks (the pseudo-locale included), for a
/// pair with a consent prompt, store findings, changes and next steps: a translation
/// that breaks a sentence, loses an argument or leaves English shows in its diff.
#[test]
fn the_text_report_in_every_language_matches_its_snapshot() {
    use teams_update_check::lang::{self, LANGUAGES};
    let mut failures = Vec::new();
    for language in LANGUAGES.iter().filter(|language| language.tag != "en") {
        let text = lang::with_language(language, || outputs("consent-update").0.text);
        let name = format!("consent-update.{}.txt", language.tag);
        if let Err(failure) = assert_snapshot(&name, &text) {
            failures.push(failure);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
