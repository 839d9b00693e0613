//! One vocabulary (issue 28, item 2): a place reads the same in every line of a report.
//! The same JSON pointer gives the same words in the change list and the store findings
//! (text and JSON), entries with a name of their own are named by it ("Personal tab
//! “My tasks”"), and no line for people counts list entries from 0. Over the golden
//! cases whose inputs are manifests and 60 real pairs of `../shared/corpus` (that part
//! skipped, with a printed notice, when the corpus is not there).

// Test helpers outside #[test] functions may unwrap too: a failure is a failing test.
#![allow(clippy::unwrap_used)]

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;
use teams_update_check::changes::{Area, ChangeKind};
use teams_update_check::places::{in_file_words_named, in_words_named};
use teams_update_check::report::Report;
use teams_update_check::{check_files, describe, render};

/// The pairs of manifests among the golden cases (the cases with packages are zipped by
/// the golden test itself).
fn golden_pairs() -> Vec<(String, PathBuf, PathBuf)> {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut pairs: Vec<(String, PathBuf, PathBuf)> = std::fs::read_dir(&fixtures)
        .unwrap()
        .filter_map(|entry| {
            let dir = entry.ok()?.path();
            let (old, new) = (dir.join("old.json"), dir.join("new.json"));
            let name = dir.file_name()?.to_string_lossy().into_owned();
            (old.is_file() && new.is_file()).then_some((name, old, new))
        })
        .collect();
    pairs.sort();
    pairs
}

/// 60 real pairs, spread evenly over the corpus.
fn corpus_pairs(corpus: &Path) -> Vec<(String, PathBuf, PathBuf)> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(corpus.join("pairs"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    dirs.sort();
    let step = (dirs.len() / 60).max(1);
    dirs.iter()
        .step_by(step)
        .take(60)
        .map(|dir| {
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            (name, dir.join("old.json"), dir.join("new.json"))
        })
        .collect()
}

/// True when a place in words counts a list entry from 0 ("Valid domain › 0", "Bot 0").
fn counts_from_zero(words: &str) -> bool {
    words
        .split(" › ")
        .any(|part| part == "0" || part.ends_with(" 0"))
}

/// Checks one report; gives how many pointers a change and a store finding share.
fn check_report(name: &str, report: &Report) -> usize {
    let json: Value = serde_json::from_str(&render::to_json(report)).unwrap();
    let text = render::to_text(report);
    let mut places: BTreeMap<String, String> = BTreeMap::new();
    let changes = json["changes"].as_array().unwrap();
    for (entry, change) in changes.iter().zip(&report.changes) {
        assert_eq!(entry["pointer"], change.pointer.as_str(), "{name}");
        let place = entry["place"].as_str().unwrap();
        if change.area == Area::PackageFile || change.path.contains('#') {
            continue;
        }
        let expected =
            in_words_named(&change.pointer, report.entry_names.for_change(change)).text();
        assert_eq!(place, expected, "{name}");
        assert!(!counts_from_zero(place), "{name}: {place}");
        if change.kind == ChangeKind::Changed && change.words.is_none() {
            let sentence = describe::describe_named(change, &report.entry_names).sentence();
            assert!(sentence.contains(place), "{name}: {sentence} / {place}");
            assert!(
                text.contains(&sentence),
                "{name}: the text report says {sentence}"
            );
        }
        // A removal's pointer leads into the published version: not comparable with the
        // new version's findings.
        if change.kind != ChangeKind::Removed {
            places.insert(change.pointer.clone(), place.to_string());
        }
    }
    let mut shared = 0;
    let findings = json["store"].as_array().unwrap();
    for (entry, finding) in findings.iter().zip(&report.store) {
        let place = entry["place"].as_str().unwrap();
        assert_eq!(
            place,
            in_file_words_named(&finding.file, &finding.pointer, &report.entry_names.new).text(),
            "{name}"
        );
        assert!(!counts_from_zero(place), "{name}: {place}");
        if finding.file != "manifest.json" || finding.pointer.is_empty() {
            continue;
        }
        let where_line = format!("Where: {place}, in manifest.json");
        assert!(text.contains(&where_line), "{name}: no line {where_line}");
        if let Some(change_place) = places.get(&finding.pointer) {
            assert_eq!(change_place, place, "{name}: {}", finding.pointer);
            shared += 1;
        }
    }
    for line in text.lines().filter(|line| !line.contains("For developers")) {
        assert!(
            !line.contains("› 0:") && !line.contains("› 0 ›"),
            "{name}: a place counted from 0: {line}"
        );
    }
    shared
}

#[test]
fn the_golden_cases_read_each_place_the_same_everywhere() {
    let mut shared = 0;
    for (name, old, new) in golden_pairs() {
        if let Ok(report) = check_files(&old, &new) {
            shared += check_report(&name, &report);
        }
    }
    // The template case: `/staticTabs/0/contentUrl` is a change and two store findings.
    assert!(
        shared >= 2,
        "places shared by a change and a finding: {shared}"
    );
}

#[test]
fn real_pairs_read_each_place_the_same_everywhere() {
    let Some(corpus) = support::corpus("the places of 60 real pairs") else {
        return;
    };
    let (mut reports, mut shared) = (0, 0);
    for (name, old, new) in corpus_pairs(&corpus) {
        if let Ok(report) = check_files(&old, &new) {
            reports += 1;
            shared += check_report(&name, &report);
        }
    }
    eprintln!("places: {reports} real pairs, {shared} places shared by a change and a finding");
    assert!(reports >= 50, "most pairs load ({reports})");
}
