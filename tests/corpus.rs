//! Sweeps the real-world corpus in `../shared/corpus` (beside the project):
//! every pair, single manifest, malformed file and app package. Skipped, with a
//! printed notice, when the corpus is not there.

// Test helpers outside #[test] functions may unwrap too: a failure is a failing test.
#![allow(clippy::unwrap_used)]

mod support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use teams_update_check::checks::Status;
use teams_update_check::input::Location;
use teams_update_check::{Input, Verdict, check, check_files};

/// The corpus (`support::corpus`), or `None` after a loud notice.
fn corpus() -> Option<PathBuf> {
    support::corpus("the sweep over the real-world corpus")
}

fn sorted_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("corpus folder is readable")
        .map(|e| e.expect("corpus entry").path())
        .collect();
    entries.sort();
    entries
}

/// Aspects that differ, per `pairs_index.jsonl` (computed by the corpus's own stats.py).
fn index_differs(corpus: &Path) -> std::collections::HashMap<String, BTreeSet<String>> {
    let text = std::fs::read_to_string(corpus.join("pairs_index.jsonl")).expect("index");
    text.lines()
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).expect("index line");
            let dir = value["dir"].as_str().expect("dir").to_string();
            let differs = value["differs"]
                .as_array()
                .expect("differs")
                .iter()
                .map(|d| d.as_str().expect("aspect").to_string())
                .collect();
            (dir, differs)
        })
        .collect()
}

/// Which stats.py aspect must differ for a rule to be able to trigger (`None` for the
/// Office add-in's rules: stats.py does not count `extensions`).
fn aspect_of(rule: &str) -> Option<&'static str> {
    Some(match rule {
        "addin-office-apps-changed" | "addin-events-changed" => return None,
        "message-extension-added-or-removed" => "composeExtensions",
        "connector-added" => "connectors",
        "personal-tab-added" => "staticTabs",
        "channel-tab-added" => "configurableTabs",
        "web-application-info-changed" => "webApplicationInfo",
        "rsc-permissions-changed" => "authorization",
        _ => "bots",
    })
}

#[test]
fn every_pair_gets_a_report_consistent_with_the_corpus_index() {
    let Some(corpus) = corpus() else { return };
    let differs = index_differs(&corpus);
    let (mut ready, mut blocked, mut nothing, mut errors, mut consent) = (0, 0, 0, 0, 0);
    for dir in sorted_dirs(&corpus.join("pairs")) {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let aspects = &differs[&name];
        match check_files(&dir.join("old.json"), &dir.join("new.json")) {
            Err(err) => {
                errors += 1;
                assert!(
                    !err.error.problem.text().is_empty() && !err.error.fix.text().is_empty(),
                    "{name}: {err:?}"
                );
            }
            Ok(report) => {
                match report.verdict {
                    Verdict::Ready => ready += 1,
                    Verdict::Blocked => blocked += 1,
                    Verdict::NothingToSubmit => nothing += 1,
                }
                consent += usize::from(report.consent_required);
                let same = aspects.contains("whitespace_or_key_order_only");
                assert_eq!(report.verdict == Verdict::NothingToSubmit, same, "{name}");
                assert_eq!(report.changes.is_empty(), same, "{name}");
                for rule in report.triggered_rules() {
                    assert!(
                        aspect_of(rule.rule).is_none_or(|aspect| aspects.contains(aspect)),
                        "{name}: {} fired",
                        rule.rule
                    );
                    assert!(!rule.evidence.is_empty());
                }
                if report.checks[0].status == Status::Fail {
                    assert!(aspects.contains("id"), "{name}");
                }
                if !same && !aspects.contains("version") {
                    assert_ne!(report.checks[2].status, Status::Pass, "{name}");
                }
            }
        }
    }
    println!(
        "pairs: {ready} ready, {blocked} blocked, {nothing} nothing to submit, {errors} input errors; {consent} need consent"
    );
    assert_eq!(ready + blocked + nothing + errors, differs.len());
    assert!(
        consent > 400,
        "the corpus has hundreds of capability changes"
    );
}

#[test]
fn malformed_files_are_input_errors_with_line_and_column() {
    let Some(corpus) = corpus() else { return };
    let mut count = 0;
    for path in sorted_dirs(&corpus.join("bad")) {
        let name = path.to_string_lossy();
        if name.ends_with(".meta.json") {
            continue;
        }
        count += 1;
        let err = Input::from_path(&path).expect_err(&name);
        assert!(
            matches!(err.location, Some(Location::LineColumn { line, column }) if line >= 1 && column >= 1),
            "{name}: {err}"
        );
    }
    assert_eq!(count, 29);
}

/// The same manifest with every object's keys in reverse order and other spacing.
fn reordered(value: &serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Object(map) => serde_json::Value::Object(
            map.iter()
                .rev()
                .map(|(key, value)| (key.clone(), reordered(value)))
                .collect(),
        ),
        serde_json::Value::Array(list) => {
            serde_json::Value::Array(list.iter().map(reordered).collect())
        }
        other => other.clone(),
    }
}

/// Each real single manifest against edited copies of itself, so every check can
/// fail: the same content written differently is no change; a raised version is
/// exactly one change and no consent; an added bot needs consent.
#[test]
fn single_manifests_against_edited_copies_of_themselves() {
    let Some(corpus) = corpus() else { return };
    let (mut loaded, mut bots_added) = (0, 0);
    for path in sorted_dirs(&corpus.join("single")) {
        if path.file_name().is_some_and(|n| n == "index.json") {
            continue;
        }
        let Ok(input) = Input::from_path(&path) else {
            continue;
        };
        loaded += 1;
        let name = path.display().to_string();
        let bytes = std::fs::read(&path).unwrap();
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        let value: serde_json::Value = serde_json::from_slice(bytes).unwrap();
        let edited = |value: &serde_json::Value| {
            let text = serde_json::to_string_pretty(value).unwrap();
            Input::from_bytes("edited.json", text.as_bytes()).expect(&name)
        };

        let same = check(&input, &edited(&reordered(&value)));
        assert_eq!(same.verdict, Verdict::NothingToSubmit, "{name}");
        assert!(same.changes.is_empty() && !same.consent_required, "{name}");

        let mut bumped = value.clone();
        bumped["version"] = serde_json::Value::from("999.0.0");
        let report = check(&input, &edited(&bumped));
        let paths: Vec<&str> = report.changes.iter().map(|c| c.path.as_str()).collect();
        assert_eq!(paths, ["/version"], "{name}");
        assert!(!report.consent_required, "{name}");
        assert_ne!(report.verdict, Verdict::NothingToSubmit, "{name}");

        let bot = serde_json::json!({"botId": "7f3e2d1c-0b9a-4876-8543-210fedcba987", "scopes": ["personal"]});
        let mut with_bot = bumped.clone();
        match with_bot.get_mut("bots") {
            Some(serde_json::Value::Array(bots)) => bots.push(bot),
            _ => with_bot["bots"] = serde_json::Value::Array(vec![bot]),
        }
        let report = check(&input, &edited(&with_bot));
        assert!(report.consent_required, "{name}");
        assert!(
            report
                .triggered_rules()
                .any(|rule| rule.rule == "bot-added-or-removed"),
            "{name}"
        );
        bots_added += 1;
    }
    assert!(loaded >= 150, "most single manifests load ({loaded})");
    assert_eq!(bots_added, loaded);
}

#[test]
fn app_packages_load_or_explain() {
    let Some(corpus) = corpus() else { return };
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(corpus.join("zips/index.json")).unwrap())
            .unwrap();
    for entry in index.as_array().unwrap() {
        let file = entry["file"].as_str().unwrap();
        let result = Input::from_path(&corpus.join("zips").join(file));
        let at_root = entry["manifest_entry"] == "manifest.json";
        match result {
            Ok(input) => {
                assert!(at_root && input.is_package, "{file}");
            }
            Err(err) if !at_root => {
                assert!(err.problem.text().contains("at the root"), "{file}: {err}")
            }
            Err(err) => {
                // Only a manifest that does not parse, or misses a required field, may fail.
                assert!(
                    entry["manifest_parses"] == false
                        || matches!(err.location, Some(Location::Field(_))),
                    "{file}: {err}"
                );
            }
        }
    }
}

/// Every file the store checks look at in the corpus: new versions of pairs,
/// single manifests and app packages.
fn store_subjects(corpus: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = sorted_dirs(&corpus.join("pairs"))
        .into_iter()
        .map(|dir| dir.join("new.json"))
        .collect();
    paths.extend(
        sorted_dirs(&corpus.join("single"))
            .into_iter()
            .filter(|p| p.file_name().is_some_and(|n| n != "index.json")),
    );
    paths.extend(
        sorted_dirs(&corpus.join("zips"))
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "zip")),
    );
    paths
}

/// Runs the store checks over the corpus and prints how many inputs have store
/// errors, by check. Every finding must point at a place in its file, with a
/// line and column, and the verdict must follow the errors.
#[test]
fn store_checks_sweep_the_corpus() {
    use std::collections::BTreeMap;
    use std::io::Write;
    let Some(corpus) = corpus() else { return };
    let (mut checked, mut with_errors, mut packages) = (0usize, 0usize, 0usize);
    let mut by_check: BTreeMap<&str, usize> = BTreeMap::new();
    let mut warnings_by_check: BTreeMap<&str, usize> = BTreeMap::new();
    for path in store_subjects(&corpus) {
        let Ok(input) = Input::from_path(&path) else {
            continue;
        };
        checked += 1;
        packages += usize::from(input.is_package);
        let store = teams_update_check::report::store_checks(&input);
        assert_eq!(store.scope.package, input.is_package, "{}", path.display());
        let mut seen = BTreeSet::new();
        for finding in &store.findings {
            if finding.file == "manifest.json" && !finding.pointer.is_empty() {
                let absent_on_purpose = matches!(
                    finding.check.id(),
                    "manifest-version" | "schema-url" | "channel-features"
                );
                assert!(
                    absent_on_purpose
                        || input.manifest.document.pointer(&finding.pointer).is_some(),
                    "{}: {} points at {} which is not in the manifest",
                    path.display(),
                    finding.check,
                    finding.pointer
                );
                if input.manifest.document.pointer(&finding.pointer).is_some() {
                    assert!(
                        finding.line.is_some() && finding.column.is_some(),
                        "{}: {finding:?}",
                        path.display()
                    );
                }
            }
            assert!(!finding.message.text().is_empty() && finding.source.starts_with("https://"));
            let counts = if finding.severity == teams_update_check::store::Severity::Error {
                &mut by_check
            } else {
                &mut warnings_by_check
            };
            if seen.insert((finding.check, finding.severity)) {
                *counts.entry(finding.check.id()).or_default() += 1;
            }
        }
        if store.errors().next().is_some() {
            with_errors += 1;
        }
    }
    let mut out = std::io::stderr();
    let _ = writeln!(
        out,
        "store sweep: {checked} inputs checked ({packages} packages), {with_errors} with store errors"
    );
    for (check, count) in &by_check {
        let _ = writeln!(out, "  error   {check}: {count} inputs");
    }
    for (check, count) in &warnings_by_check {
        let _ = writeln!(out, "  warning {check}: {count} inputs");
    }
    assert!(checked > 2000, "most of the corpus loads ({checked})");
    assert!(packages >= 20, "the packages load ({packages})");
    // The corpus is mostly templates from source repositories: most hold placeholders.
    assert!(
        by_check.get("placeholders").copied().unwrap_or(0) > checked / 4,
        "{by_check:?}"
    );
}

/// The schema check compiles, for each manifest, the schema with the parts the
/// manifest cannot reach left out. Over the whole corpus (and edited copies with
/// values of the wrong type in every field), that gives exactly the errors of the
/// whole schema: same places, same kinds, same order.
#[test]
fn trimmed_schemas_find_exactly_what_the_whole_schemas_find() {
    use std::io::Write;
    use teams_update_check::schemas::{self, KNOWN_FORMATS, SchemaKind};
    let Some(corpus) = corpus() else { return };
    let errors = |validator: &jsonschema::Validator, document: &serde_json::Value| {
        validator
            .iter_errors(document)
            .map(|error| format!("{} {:?}", error.instance_path(), error.kind()))
            .collect::<Vec<_>>()
    };
    let (mut compared, mut with_errors) = (0usize, 0usize);
    for path in store_subjects(&corpus) {
        let Ok(input) = Input::from_path(&path) else {
            continue;
        };
        let document = &input.manifest.document;
        let Some(format) = document
            .get("manifestVersion")
            .and_then(|v| v.as_str())
            .filter(|f| KNOWN_FORMATS.contains(f))
        else {
            continue;
        };
        let whole = schemas::validator(format, SchemaKind::Manifest).unwrap();
        // The manifest, and a copy whose every top-level value is of the wrong type.
        let mut broken = document.clone();
        if let Some(fields) = broken.as_object_mut() {
            for (name, value) in fields.iter_mut() {
                if name != "manifestVersion" {
                    *value = serde_json::json!([{"wrong": true}]);
                }
            }
        }
        for subject in [document, &broken] {
            let trimmed = schemas::validator_for(format, SchemaKind::Manifest, subject).unwrap();
            let expected = errors(whole, subject);
            assert_eq!(
                errors(&trimmed, subject),
                expected,
                "{} (format {format})",
                path.display()
            );
            compared += 1;
            with_errors += usize::from(!expected.is_empty());
        }
    }
    let _ = writeln!(
        std::io::stderr(),
        "trimmed schemas: {compared} documents compared, {with_errors} with schema errors, all identical"
    );
    assert!(compared > 3000, "{compared}");
}

/// "Save a fixed copy" on every corpus package, against a published manifest of
/// the same app at version 0.0.1 and against the package itself: the copy loads,
/// none of the fixed kinds of finding remains, every other finding is still
/// there, a second fix changes nothing, and the manifest differs only in the
/// fixed values. Prints the figures.
#[test]
fn every_package_fix_is_safe_and_idempotent() {
    use std::collections::BTreeMap;
    use teams_update_check::fix::{FixKind, FixOptions, fix, replace_values};
    let Some(corpus) = corpus() else { return };
    let mut per_kind: BTreeMap<String, usize> = BTreeMap::new();
    let (mut fixed, mut runs, mut unloadable, mut now_ready, mut fewer) = (0, 0, 0, 0, 0);
    for path in sorted_dirs(&corpus.join("zips")) {
        if path.extension().is_none_or(|e| e != "zip") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let own = Input::from_bytes(&name, &bytes).ok();
        let id = own
            .as_ref()
            .map_or("0b5c3d6e-1234-4abc-9def-00112233aabb".to_string(), |i| {
                i.manifest.id.clone()
            });
        let low = Input::from_bytes(
            "published.json",
            serde_json::json!({"id": id, "version": "0.0.1"})
                .to_string()
                .as_bytes(),
        )
        .unwrap();
        for old in [Some(low), own.clone()].into_iter().flatten() {
            runs += 1;
            let copy = match fix(&old, &name, &bytes, &FixOptions::default()) {
                Ok(copy) => copy,
                Err(_) => {
                    assert!(
                        own.is_none(),
                        "{name}: a package that loads must give a copy"
                    );
                    unloadable += 1;
                    continue;
                }
            };
            let loaded = Input::from_bytes(&name, &copy.bytes)
                .unwrap_or_else(|e| panic!("{name}: the copy loads: {e}"));
            if !copy.applied.is_empty() {
                fixed += 1;
            }
            for step in &copy.applied {
                *per_kind.entry(format!("{:?}", step.kind)).or_default() += 1;
            }
            let after = check(&old, &loaded);
            let before_problems = own.as_ref().map(|own| check(&old, own).problem_count());
            if after.verdict == Verdict::Ready && before_problems != Some(0) {
                now_ready += 1;
            }
            if before_problems.is_none_or(|count| after.problem_count() < count) {
                fewer += 1;
            }
            let kinds: BTreeSet<FixKind> = copy.applied.iter().map(|a| a.kind).collect();
            let fixed_check = |check: &str, pointer: &str| {
                (pointer == "/version" && kinds.contains(&FixKind::Version))
                    || match check {
                        "version-format" | "version-incremented" | "version-major" => {
                            kinds.contains(&FixKind::Version)
                        }
                        "schema-url" => kinds.contains(&FixKind::SchemaLink),
                        "localization" => {
                            kinds.contains(&FixKind::SchemaLink) && pointer == "/$schema"
                        }
                        "icon-outline" => kinds.contains(&FixKind::OutlineIcon),
                        "icon-color" => kinds.contains(&FixKind::ColorIcon),
                        "icon-color32x32" => kinds.contains(&FixKind::SmallColorIcon),
                        "package-extra-files" | "package-size" => {
                            kinds.contains(&FixKind::UnusedFiles)
                        }
                        _ => false,
                    }
            };
            for finding in &after.store {
                assert!(
                    !fixed_check(finding.check.id(), &finding.pointer)
                        || finding.check == "version-major"
                        || finding.check == "package-size",
                    "{name}: {finding:?} remains"
                );
            }
            if let Some(own) = &own {
                // Every other finding is still there, unchanged.
                let before_report = check(&old, own);
                let others = |report: &teams_update_check::Report| -> BTreeSet<String> {
                    report
                        .store
                        .iter()
                        .filter(|f| !fixed_check(f.check.id(), &f.pointer))
                        .map(|f| format!("{} {} {} {}", f.check, f.file, f.pointer, f.message))
                        .collect()
                };
                assert_eq!(others(&before_report), others(&after), "{name}");
                // The manifest differs only in the fixed values.
                let original = own.manifest_text.as_bytes();
                let copy_text = loaded.manifest_text.as_bytes();
                let mut back: Vec<(String, String)> = Vec::new();
                for pointer in ["/version", "/$schema"] {
                    if let Some(value) = own.manifest.document.pointer(pointer) {
                        back.push((pointer.to_string(), serde_json::to_string(value).unwrap()));
                    }
                }
                assert_eq!(replace_values(copy_text, &back), original, "{name}");
            }
            let again = fix(&old, &name, &copy.bytes, &FixOptions::default()).unwrap();
            assert!(
                again.applied.is_empty(),
                "{name}: a second fix changed {:?}",
                again.applied
            );
            assert_eq!(again.bytes, copy.bytes, "{name}");
        }
    }
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "fix over the corpus packages: {runs} runs, {fixed} copies with fixes, {fewer} with fewer blocking problems, {now_ready} blocked and now ready, {unloadable} not loadable even after fixing; fixes applied: {per_kind:?}"
    );
    assert!(fixed > 10);
}
