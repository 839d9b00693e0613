//! Who fixes a problem is one answer: the fix summary (the problems a fixed copy leaves,
//! with who can fix each) and the report (guidance's fixer of each finding) name the same
//! person for the same problem, on every store case and on 60 real corpus pairs, and what
//! a check declares the fixed copy repairs is gone from the copy (or said why not).

#![allow(clippy::unwrap_used)]

mod support;

use std::io::Write;
use std::path::{Path, PathBuf};

use teams_update_check::fix::{FixOptions, fix};
use teams_update_check::guidance::{Medium, fixer_of_check, fixer_of_finding};
use teams_update_check::input::{Input, load_files};
use teams_update_check::report::check;

/// A folder's files zipped in memory, in name order.
fn zipped(folder: &Path) -> Vec<u8> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    names.sort();
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for path in names {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        writer
            .start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        writer.write_all(&std::fs::read(&path).unwrap()).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// One side of a fixture case: `name.json`, or the folder `name/` as a package.
fn side(case: &Path, name: &str) -> (String, Vec<u8>) {
    let json = case.join(format!("{name}.json"));
    if json.exists() {
        (format!("{name}.json"), std::fs::read(json).unwrap())
    } else {
        (format!("{name}.zip"), zipped(&case.join(name)))
    }
}

/// Checks one pair; gives how many problems' fixers were compared.
fn agree(label: &str, old: &Input, new_name: &str, new_bytes: &[u8]) -> usize {
    let Ok(new) = Input::from_bytes(new_name, new_bytes) else {
        return 0;
    };
    let report = check(old, &new);
    // In the report, a problem the fixed copy repairs is this app's; any other is not.
    for finding in report.store.iter() {
        let by_app = fixer_of_finding(finding).by == teams_update_check::guidance::FixBy::App;
        assert_eq!(by_app, finding.repairable(), "{label}: {finding:?}");
    }
    let Ok(copy) = fix(old, new_name, new_bytes, &FixOptions::default()) else {
        return 0;
    };
    let fixed = Input::from_bytes(new_name, &copy.bytes).unwrap();
    let after = check(old, &fixed);
    let mut compared = 0;
    for item in &copy.not_fixed {
        let finding = after
            .store_errors()
            .find(|f| f.check == item.check.as_str() && f.message.text() == item.message);
        let outcome = after
            .failed_checks()
            .find(|o| o.check.id() == item.check && o.message.text() == item.message);
        let report_says = match (finding, outcome) {
            (Some(finding), _) => fixer_of_finding(finding).text_in(Medium::Document),
            (None, Some(outcome)) => fixer_of_check(outcome)
                .map(|f| f.text_in(Medium::Document))
                .unwrap_or_default(),
            // A repair the copy refused, with why: not a problem of the report's words.
            (None, None) => continue,
        };
        assert_eq!(item.who, report_says, "{label}: {item:?}");
        compared += 1;
    }
    // What the copy still repairs, it repaired, or it said why not.
    for finding in after.store_errors().filter(|f| f.repairable()) {
        assert!(
            copy.not_fixed
                .iter()
                .any(|item| item.check == finding.check.id()),
            "{label}: the copy left {finding:?} unsaid"
        );
    }
    compared
}

#[test]
fn fix_and_report_name_one_fixer_on_every_store_case() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 12, "the fixtures are missing: {cases:?}");
    let mut compared = 0;
    for case in &cases {
        let label = case.file_name().unwrap().to_string_lossy().into_owned();
        let (old_name, old_bytes) = side(case, "old");
        let Ok(old) = Input::from_bytes(&old_name, &old_bytes) else {
            continue;
        };
        let (new_name, new_bytes) = side(case, "new");
        compared += agree(&label, &old, &new_name, &new_bytes);
    }
    assert!(compared >= 5, "only {compared} problems compared");
}

#[test]
fn fix_and_report_name_one_fixer_on_60_corpus_pairs() {
    let Some(corpus) = support::corpus("the who-fixes agreement over 60 corpus pairs") else {
        return;
    };
    let mut pairs: Vec<PathBuf> = std::fs::read_dir(corpus.join("pairs"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    pairs.sort();
    let mut checked = 0;
    let mut compared = 0;
    for dir in pairs {
        if checked == 60 {
            break;
        }
        let (old_path, new_path) = (dir.join("old.json"), dir.join("new.json"));
        let Ok((old, _)) = load_files(&old_path, &new_path) else {
            continue;
        };
        let bytes = std::fs::read(&new_path).unwrap();
        compared += agree(&dir.display().to_string(), &old, "new.json", &bytes);
        checked += 1;
    }
    assert_eq!(checked, 60, "fewer than 60 corpus pairs load");
    assert!(compared >= 20, "only {compared} problems compared");
}
