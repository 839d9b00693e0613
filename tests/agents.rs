//! The Copilot agent rules of `agents.md` (§1-§3), one fixture per rule: each case in
//! `tests/agent-fixtures/<case>/` is the new version's package (`new/`), compared with
//! the clean published package (`published/`), and `expected.json` holds the verdict
//! and every store finding (check, severity, file, pointer) the spec asks for, written
//! by hand from the spec (`make.py` writes the cases).

#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;
use teams_update_check::input::Input;
use teams_update_check::report;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/agent-fixtures")
}

/// Every file under `folder`, with its path from `folder` (forward slashes), in name order.
fn files_under(folder: &Path, prefix: &str, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let name = format!("{prefix}{}", path.file_name().unwrap().to_string_lossy());
        if path.is_dir() {
            files_under(&path, &format!("{name}/"), out);
        } else {
            out.push((name, path));
        }
    }
}

/// A package folder zipped in memory and loaded.
fn package(folder: &Path) -> Input {
    let mut files = Vec::new();
    files_under(folder, "", &mut files);
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, path) in files {
        writer
            .start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        writer.write_all(&std::fs::read(&path).unwrap()).unwrap();
    }
    let bytes = writer.finish().unwrap().into_inner();
    Input::from_bytes("package.zip", &bytes).unwrap_or_else(|err| panic!("{folder:?}: {err}"))
}

#[test]
fn every_agent_rule_finds_what_the_spec_says() {
    let published = package(&fixtures().join("published"));
    let mut cases: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.join("expected.json").exists())
        .collect();
    cases.sort();
    assert!(cases.len() >= 12, "{cases:?}");
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(case.join("expected.json")).unwrap())
                .unwrap();
        let new = package(&case.join("new"));
        let report = report::check(&published, &new);
        let verdict = report.verdict.id();
        let findings: Vec<Value> = report
            .store
            .iter()
            .map(|f| serde_json::json!([f.check, f.severity.id(), f.file, f.pointer]))
            .collect();
        let mut sorted = findings.clone();
        sorted.sort_by_key(Value::to_string);
        let mut wanted = expected["findings"].as_array().cloned().unwrap_or_default();
        wanted.sort_by_key(Value::to_string);
        if verdict != expected["verdict"] || sorted != wanted {
            failures.push(format!(
                "{name}: verdict {verdict} (want {}), findings {}\n  want {}",
                expected["verdict"],
                serde_json::to_string(&sorted).unwrap(),
                serde_json::to_string(&wanted).unwrap()
            ));
        }
        // Every agent finding names its file and a place in it.
        for finding in report
            .store
            .iter()
            .filter(|f| f.check.starts_with("agent-"))
        {
            assert!(
                finding.line.is_some() || finding.pointer.is_empty(),
                "{name}: {finding:?}"
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_published_package_is_clean_and_uses_every_file() {
    let published = package(&fixtures().join("published"));
    let store = report::store_checks(&published);
    assert_eq!(store.findings, [], "{:#?}", store.findings);
}
