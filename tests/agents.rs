//! The Copilot agent rules of `agents.md` (§1-§3), one fixture per rule: each case in
//! `tests/agent-fixtures/<case>/` is the new version's package (`new/`), compared with
//! the clean published package (`published/`), and `expected.json` holds the verdict
//! and every store finding (check, severity, file, pointer) the spec asks for, written
//! by hand from the spec (`make.py` writes the cases).

#![allow(clippy::unwrap_used)]

mod support;

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
            .filter(|f| f.check.id().starts_with("agent-"))
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

// ---------------------------------------------------------------------------
// The Agent Store checks (agents.md 2a) and the agent localization rules
// (store-checks.md 24-25) on real packages and manifests of ../shared/corpus, each
// changed minimally. Skipped, loudly, when the corpus is absent.

/// The corpus (`support::corpus`), or `None` after a loud notice.
fn corpus() -> Option<PathBuf> {
    support::corpus("the Agent Store checks on real agent packages")
}

/// The entries of a zip file, in their order.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|index| {
            let mut entry = archive.by_index(index).unwrap();
            let mut data = Vec::new();
            std::io::Read::read_to_end(&mut entry, &mut data).unwrap();
            (entry.name().unwrap().to_string(), data)
        })
        .collect()
}

/// A package of `entries`, loaded.
fn zipped(entries: &[(String, Vec<u8>)]) -> Input {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in entries {
        writer
            .start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        writer.write_all(data).unwrap();
    }
    let bytes = writer.finish().unwrap().into_inner();
    Input::from_bytes("package.zip", &bytes).unwrap()
}

/// `entries` with the text `from` replaced by `to` in the entry `name` (which must hold it).
fn replaced(
    entries: &[(String, Vec<u8>)],
    name: &str,
    from: &str,
    to: &str,
) -> Vec<(String, Vec<u8>)> {
    entries
        .iter()
        .map(|(entry, data)| {
            if entry != name {
                return (entry.clone(), data.clone());
            }
            let text = String::from_utf8(data.clone()).unwrap();
            assert!(text.contains(from), "{name} holds {from:?}");
            (entry.clone(), text.replacen(from, to, 1).into_bytes())
        })
        .collect()
}

/// (check, severity, file, pointer) of the store findings of the checks named `ids`.
fn store_of(input: &Input, ids: &[&str]) -> Vec<(String, String, String, String)> {
    report::store_checks(input)
        .findings
        .iter()
        .filter(|f| ids.contains(&f.check.id()))
        .map(|f| {
            (
                f.check.to_string(),
                f.severity.id().to_string(),
                f.file.clone(),
                f.pointer.clone(),
            )
        })
        .collect()
}

fn found(
    check: &str,
    severity: &str,
    file: &str,
    pointer: &str,
) -> (String, String, String, String) {
    (check.into(), severity.into(), file.into(), pointer.into())
}

/// The Agent Store checks' identifiers.
const AGENT_STORE: [&str; 10] = [
    "agent-name-match",
    "da-starters-count",
    "me-sample-prompts",
    "agent-text-hygiene",
    "long-description-copilot",
    "cea-bot-id",
    "da-graph-connectors-blank",
    "consequential-actions",
    "da-actions",
    "app-name-words",
];

#[test]
fn a_real_agent_package_breaks_the_agent_store_rules_and_minimal_fixes_clear_them() {
    let Some(corpus) = corpus() else { return };
    // A Teams Toolkit declarative agent (a to-do agent over Microsoft Graph).
    let entries = unzip(&std::fs::read(corpus.join("zips/21_appPackage.dev.zip")).unwrap());
    let as_published = zipped(&entries);
    assert_eq!(
        store_of(&as_published, &AGENT_STORE),
        [
            found(
                "agent-name-match",
                "error",
                "declarativeAgent.json",
                "/name"
            ),
            found(
                "agent-name-match",
                "error",
                "ai-plugin.json",
                "/name_for_human"
            ),
            found(
                "da-starters-count",
                "error",
                "declarativeAgent.json",
                "/conversation_starters"
            ),
            found(
                "long-description-copilot",
                "error",
                "manifest.json",
                "/description/full"
            ),
        ]
    );
    // The same names, a third conversation starter, and the long description names
    // Microsoft 365 Copilot: nothing left.
    let fixed = replaced(
        &entries,
        "declarativeAgent.json",
        "\"name\": \"datodo\"",
        "\"name\": \"datododev\"",
    );
    let fixed = replaced(&fixed, "ai-plugin.json", "\"TODOAgent\"", "\"datododev\"");
    let fixed = replaced(
        &fixed,
        "declarativeAgent.json",
        "\"text\": \"List tasks\"",
        "\"text\": \"List tasks\"\n        },\n        {\n            \"text\": \"Delete a task\"",
    );
    let fixed = replaced(
        &fixed,
        "manifest.json",
        "\"Full description for datodo\"",
        "\"Full description for datodo in Microsoft 365 Copilot\"",
    );
    assert_eq!(store_of(&zipped(&fixed), &AGENT_STORE), []);
    // Only "Copilot": a warning.
    let copilot = replaced(
        &fixed,
        "manifest.json",
        "in Microsoft 365 Copilot",
        "in Copilot",
    );
    assert_eq!(
        store_of(&zipped(&copilot), &AGENT_STORE),
        [found(
            "long-description-copilot",
            "warning",
            "manifest.json",
            "/description/full"
        )]
    );
    // Its agent text and its API, changed minimally: a web address in the agent's
    // description, a hidden character in a starter, and the API's task creation (a POST)
    // marked as having no consequences.
    let broken = replaced(
        &fixed,
        "declarativeAgent.json",
        "\"Declarative agent created with Teams Toolkit\"",
        "\"Declarative agent, see https://aka.ms/teams-toolkit\"",
    );
    let broken = replaced(
        &broken,
        "declarativeAgent.json",
        "\"Delete a task\"",
        "\"Delete a task\\u200b\"",
    );
    let openapi = String::from_utf8(
        entries
            .iter()
            .find(|(name, _)| name == "todoaction-openapi.yml")
            .unwrap()
            .1
            .clone(),
    )
    .unwrap();
    let delete = openapi
        .lines()
        .position(|line| line.trim_end() == "    post:")
        .expect("the to-do API creates tasks");
    let mut lines: Vec<&str> = openapi.lines().collect();
    lines.insert(delete + 1, "      x-openai-isConsequential: false");
    let marked = lines.join("\n") + "\n";
    let broken: Vec<(String, Vec<u8>)> = broken
        .into_iter()
        .map(|(name, data)| {
            if name == "todoaction-openapi.yml" {
                (name, marked.clone().into_bytes())
            } else {
                (name, data)
            }
        })
        .collect();
    // The to-do API's only path, '/me/todo/lists/Tasks/tasks', as a pointer segment.
    let path = "~1me~1todo~1lists~1Tasks~1tasks";
    assert_eq!(
        store_of(&zipped(&broken), &AGENT_STORE),
        [
            found(
                "agent-text-hygiene",
                "error",
                "declarativeAgent.json",
                "/description"
            ),
            found(
                "agent-text-hygiene",
                "error",
                "declarativeAgent.json",
                "/conversation_starters/1/text"
            ),
            found(
                "consequential-actions",
                "warning",
                "todoaction-openapi.yml",
                &format!("/paths/{path}/post/x-openai-isConsequential")
            ),
        ]
    );
}

/// A corpus manifest, loaded as it is or with `from` replaced by `to`.
fn corpus_manifest(corpus: &Path, path: &str, change: Option<(&str, &str)>) -> Input {
    let bytes = std::fs::read(corpus.join(path)).unwrap();
    let bytes = match change {
        None => bytes,
        Some((from, to)) => {
            let text = String::from_utf8(bytes).unwrap();
            assert!(text.contains(from), "{path} holds {from:?}");
            text.replacen(from, to, 1).into_bytes()
        }
    };
    Input::from_bytes("manifest.json", &bytes).unwrap()
}

#[test]
fn real_manifests_with_agents_get_the_manifest_rules() {
    let Some(corpus) = corpus() else { return };
    // A message extension with three sample prompts for Copilot (1.17): its long
    // description says "Microsoft Copilot", not "Microsoft 365 Copilot".
    let prompts = "pairs/1191/new.json";
    let ids = ["me-sample-prompts", "long-description-copilot"];
    assert_eq!(
        store_of(&corpus_manifest(&corpus, prompts, None), &ids),
        [found(
            "long-description-copilot",
            "warning",
            "manifest.json",
            "/description/full"
        )]
    );
    // One prompt fewer: refused.
    let fewer = corpus_manifest(
        &corpus,
        prompts,
        Some((
            "'What is the health status of SharePoint workload?'",
            "'What is the health status?'",
        )),
    );
    assert!(
        store_of(&fewer, &ids).len() == 1,
        "only the warning without a change of count"
    );
    let text = std::fs::read_to_string(corpus.join(prompts)).unwrap();
    let mut document: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).unwrap();
    document["composeExtensions"][0]["commands"][0]["samplePrompts"]
        .as_array_mut()
        .unwrap()
        .pop();
    let two = Input::from_bytes("manifest.json", document.to_string().as_bytes()).unwrap();
    assert_eq!(
        store_of(&two, &["me-sample-prompts"]),
        [found(
            "me-sample-prompts",
            "error",
            "manifest.json",
            "/composeExtensions/0/commands/0/samplePrompts"
        )]
    );

    // A custom engine agent whose ID is the bot's placeholder: skipped; with real IDs
    // that differ, refused.
    let engine = "pairs/1308/new.json";
    assert_eq!(
        store_of(&corpus_manifest(&corpus, engine, None), &["cea-bot-id"]),
        []
    );
    let other = corpus_manifest(
        &corpus,
        engine,
        Some((
            "\"id\": \"${{BOT_ID}}\"",
            "\"id\": \"5e2f7a1c-8b3d-4c6e-9f0a-1b2c3d4e5f60\"",
        )),
    );
    assert_eq!(
        store_of(&other, &["cea-bot-id"]),
        [found(
            "cea-bot-id",
            "error",
            "manifest.json",
            "/copilotAgents/customEngineAgents/0/id"
        )]
    );

    // A localized declarative agent (pnp sample) whose default language has a file only
    // among the other languages: the rule 24 warning on a bare manifest, and its long
    // description does not mention Copilot.
    let localized = "pairs/1155/old.json";
    let ids = [
        "localization-agent-default-file",
        "long-description-copilot",
    ];
    assert_eq!(
        store_of(&corpus_manifest(&corpus, localized, None), &ids),
        [
            found(
                "long-description-copilot",
                "error",
                "manifest.json",
                "/description/full"
            ),
            found(
                "localization-agent-default-file",
                "warning",
                "manifest.json",
                "/localizationInfo"
            ),
        ]
    );
    // The same app with a default language file (single/0191 is written so): nothing.
    let with_default = corpus_manifest(
        &corpus,
        localized,
        Some((
            "\"defaultLanguageTag\": \"en-US\",",
            "\"defaultLanguageTag\": \"en-US\", \"defaultLanguageFile\": \"loc/manifest.en-US.json\",",
        )),
    );
    assert_eq!(
        store_of(&with_default, &["localization-agent-default-file"]),
        []
    );
}
