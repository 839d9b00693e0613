//! What a publisher trips over (issue 29), each on a real package or manifest of the
//! corpus in `../shared/corpus`, changed minimally: a problem is listed once and counted
//! as listed; claims are made only when known; each output names what works there.
//! Skipped, with a printed notice, when the corpus is not there.

#![allow(clippy::unwrap_used)]

mod support;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use teams_update_check::presentation::{Mark, SectionId, present};
use teams_update_check::render;
use teams_update_check::{Input, Report, check};

/// The corpus (`support::corpus`), or `None` after a loud notice.
fn corpus() -> Option<PathBuf> {
    support::corpus("this test of a real package")
}

/// A manifest file of the corpus, loaded as it is.
fn manifest(corpus: &Path, path: &str) -> (Input, String) {
    let bytes = std::fs::read(corpus.join(path)).unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    (Input::from_bytes("manifest.json", &bytes).unwrap(), text)
}

/// A zip of the corpus, with `edit` applied to the text of the entry `entry`.
fn package_with(zip: &Path, entry: &str, edit: impl Fn(&str) -> String) -> Input {
    package_edited(zip, &[(entry, &edit)])
}

/// The number in "Fix N problems", the problems the list shows, and that every output
/// says the same number.
fn counted_as_listed(report: &Report) -> usize {
    let view = present(report);
    let listed = view
        .section(SectionId::Attention)
        .map(|section| {
            section
                .items()
                .filter(|item| item.mark == Mark::Fix)
                .count()
        })
        .unwrap_or(0);
    assert_eq!(report.problem_count(), listed);
    let words = format!("Fix {listed} problem");
    assert!(
        view.headline.text.starts_with(&words),
        "{}",
        view.headline.text
    );
    assert!(
        render::to_text(report)
            .to_lowercase()
            .contains(&words.to_lowercase())
    );
    assert!(render::to_markdown(report).contains(&words));
    assert!(render::to_html(report).contains(&words));
    let json: serde_json::Value = serde_json::from_str(&render::to_json(report)).unwrap();
    assert!(json["headline"].as_str().unwrap().starts_with(&words));
    // The text report lists each problem once in "Fix these before submitting".
    let text = render::to_text(report);
    let fix_these: Vec<&str> = text
        .split("Fix these before submitting:")
        .nth(1)
        .unwrap()
        .split("\n\n")
        .next()
        .unwrap()
        .lines()
        .filter(|line| line.trim_start().starts_with("[FIX]"))
        .collect();
    assert_eq!(fix_these.len(), listed, "{fix_these:#?}");
    listed
}

/// No two findings are the same problem (check, file, place and words).
fn each_once(report: &Report) {
    for (index, finding) in report.store.iter().enumerate() {
        assert!(
            !report.store.iter().skip(index + 1).any(|other| {
                other.check == finding.check
                    && other.file == finding.file
                    && other.pointer == finding.pointer
                    && other.message == finding.message
            }),
            "listed twice: {finding:?}"
        );
    }
}

/// An Office add-in manifest (single/0104: ribbon icons in two ribbons) whose icons say
/// `"file"` instead of `"url"`: each icon is one problem ("has `file` where … expects
/// `url`"), listed once, though the schema reaches each icon through two of its parts.
#[test]
fn icons_that_say_file_are_one_problem_each_listed_once() {
    let Some(corpus) = corpus() else { return };
    let (old, text) = manifest(&corpus, "single/0104.json");
    let mut icons = 0;
    let mut renamed = String::new();
    let mut rest = text.as_str();
    // `"url"` right after an icon's `"size": N,` becomes `"file"`.
    while let Some(at) = rest.find("\"size\": ") {
        let (before, after) = rest.split_at(at);
        renamed.push_str(before);
        let end = after.find(',').unwrap() + 1;
        let (size, tail) = after.split_at(end);
        renamed.push_str(size);
        let spaces = tail.len() - tail.trim_start().len();
        if tail.trim_start().starts_with("\"url\"") {
            renamed.push_str(&tail[..spaces]);
            renamed.push_str("\"file\"");
            rest = &tail[spaces + "\"url\"".len()..];
            icons += 1;
        } else {
            rest = tail;
        }
    }
    renamed.push_str(rest);
    assert_eq!(icons, 18, "the add-in's ribbon icons");
    let new = Input::from_bytes("manifest.json", renamed.as_bytes()).unwrap();
    let report = check(&old, &new);
    each_once(&report);
    let schema: Vec<_> = report
        .store_errors()
        .filter(|finding| finding.check == "schema")
        .collect();
    assert_eq!(schema.len(), icons, "{schema:#?}");
    assert!(schema.iter().all(|finding| {
        finding
            .message
            .text()
            .contains("has `file` where the manifest format devPreview expects `url`")
    }));
    // The version that did not go up, the preview format, and one per icon.
    assert_eq!(counted_as_listed(&report), icons + 2);
}

/// The corpus's declarative agent package (zips/21) with its plugin moved to format
/// v2.4: a runtime without the address of its OpenAPI document is one problem that
/// names what is missing, not "does not match any of the forms"; a runtime without
/// `auth` is one problem.
#[test]
fn a_plugin_runtime_missing_one_value_is_one_problem() {
    let Some(corpus) = corpus() else { return };
    let zip = corpus.join("zips/21_appPackage.dev.zip");
    let old = Input::from_path(&zip).unwrap();
    let v24 = |text: &str| {
        text.replace("\"v2.1\"", "\"v2.4\"")
            .replace("/v2.1/", "/v2.4/")
    };

    let no_address = package_with(&zip, "ai-plugin.json", |text| {
        v24(text).replace("\"url\": \"todoaction-openapi.yml\"", "")
    });
    let report = check(&old, &no_address);
    each_once(&report);
    // The package's own Agent Store problems (its agent is not named as the app) stay; the
    // schema's are what this test counts.
    let errors: Vec<_> = report
        .store_errors()
        .filter(|finding| finding.check == "agent-schema")
        .collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].pointer, "/runtimes/0/spec");
    assert!(
        errors[0].message.text().contains("is missing `url`")
            && errors[0].message.text().contains("`api_description`"),
        "{}",
        errors[0].message
    );
    counted_as_listed(&report);
    // Its consequence, the OpenAPI file the published runtime named now unused, is said
    // under it (not to be removed), not as a warning of its own.
    let view = present(&report);
    let store = view
        .sections
        .iter()
        .find(|section| section.id == SectionId::Store)
        .unwrap();
    let items: Vec<_> = store.groups.iter().flat_map(|group| &group.items).collect();
    assert!(
        !items
            .iter()
            .any(|item| item.key.ends_with("package-extra-files")),
        "the unused file is not a warning of its own: {items:#?}"
    );
    let cause = items
        .iter()
        .find(|item| item.key.ends_with("agent-schema"))
        .unwrap();
    let remark = cause.remark.clone().unwrap_or_default();
    assert!(
        remark.contains("\"todoaction-openapi.yml\"") && remark.contains("do not remove"),
        "{remark}"
    );
    let text = render::to_text(&report);
    assert_eq!(text.matches("todoaction-openapi.yml").count(), 2, "{text}");
    assert!(!text.contains("remove the others"), "{text}");

    let no_auth = package_with(&zip, "ai-plugin.json", |text| {
        let text = v24(text);
        let start = text.find("\"auth\"").unwrap();
        let end = start + text[start..].find("},").unwrap() + 2;
        format!("{}{}", &text[..start], &text[end..])
    });
    let report = check(&old, &no_auth);
    each_once(&report);
    // The package's own Agent Store problems (its agent is not named as the app) stay; the
    // schema's are what this test counts.
    let errors: Vec<_> = report
        .store_errors()
        .filter(|finding| finding.check == "agent-schema")
        .collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].message.text().contains("is missing `auth`"),
        "{}",
        errors[0].message
    );
    counted_as_listed(&report);
}

/// Each output names what works there: the window its buttons, the terminal the `fix`
/// command, a forwarded report (Markdown, the web page, the list for a developer) neither.
/// On the corpus add-in with its version not raised (a problem this app can fix).
#[test]
fn each_output_names_what_works_there() {
    let Some(corpus) = corpus() else { return };
    let (old, text) = manifest(&corpus, "single/0104.json");
    let changed = text.replacen("\"Contoso Add-in\"", "\"Contoso Add-in Tools\"", 1);
    assert_ne!(changed, text);
    let new = Input::from_bytes("manifest.json", changed.as_bytes()).unwrap();
    let report = check(&old, &new);
    let window_words = ["Save a fixed copy", "Copy for my developer"];
    let text = render::to_text(&report);
    for words in window_words {
        assert!(!text.contains(words), "the text report names {words:?}");
    }
    assert!(text.contains("run teams-update-check fix"), "{text}");
    assert!(!text.contains("the window"), "{text}");
    for (format, output) in [
        ("Markdown", render::to_markdown(&report)),
        ("HTML", render::to_html(&report)),
    ] {
        for words in window_words
            .iter()
            .chain(&["teams-update-check fix", "the window"])
        {
            assert!(
                !output.contains(words),
                "the {format} report names {words:?}"
            );
        }
        assert!(
            output.contains(
                "You, in Developer Portal (open your app, then Basic information › Version)"
            ),
            "{format}"
        );
    }
    // The window keeps its buttons, but the list it copies for a developer is forwarded.
    let window = present(&report);
    let items: Vec<_> = window.sections.iter().flat_map(|s| s.items()).collect();
    assert!(items.iter().any(|item| {
        item.who
            .as_deref()
            .is_some_and(|who| who.contains("Save a fixed copy"))
    }));
    let handoff = items
        .iter()
        .find_map(|item| {
            item.copy
                .as_ref()
                .filter(|copy| copy.label == "Copy for my developer")
        })
        .unwrap();
    assert!(
        !handoff.text.contains("Save a fixed copy"),
        "{}",
        handoff.text
    );
}

fn run_cli(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_teams-update-check"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap()
}

/// The button's looks have the window's names on the command line too (`purple`, in any
/// letter case; `filled`, the earlier name, still works), for a real corpus manifest.
#[test]
fn the_button_styles_have_the_windows_names_on_the_command_line() {
    let Some(corpus) = corpus() else { return };
    let manifest = corpus.join("single/0104.json");
    let manifest = manifest.to_str().unwrap();
    for style in ["purple", "Purple", "filled", "outline", "dark"] {
        let output = run_cli(&["button", manifest, "--style", style]);
        assert_eq!(output.status.code(), Some(0), "--style {style}");
        assert!(String::from_utf8_lossy(&output.stdout).contains("#5b5fc7") || style == "dark");
    }
    let wrong = run_cli(&["button", manifest, "--style", "pink"]);
    assert_eq!(wrong.status.code(), Some(64));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("choose purple, outline or dark"));
}

/// A Python script given as the new version (the corpus's own stats.py) is "not a
/// manifest", not "not valid JSON … correct it at that spot".
#[test]
fn a_python_file_is_not_a_manifest() {
    let Some(corpus) = corpus() else { return };
    let old = corpus.join("single/0104.json");
    let script = corpus.join("stats.py");
    let output = run_cli(&["check", old.to_str().unwrap(), script.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let said = String::from_utf8_lossy(&output.stderr).into_owned()
        + &String::from_utf8_lossy(&output.stdout);
    assert!(said.contains("this is not a manifest"), "{said}");
    assert!(!said.contains("not valid JSON"), "{said}");
    assert!(!said.contains("correct it"), "{said}");
}

/// US English in what a publisher reads: the reports of corpus pairs (a devPreview
/// add-in, an agent package) hold no British spelling.
#[test]
fn reports_are_in_us_english() {
    let Some(corpus) = corpus() else { return };
    let (old, text) = manifest(&corpus, "single/0104.json");
    let new = Input::from_bytes(
        "manifest.json",
        text.replace("\"1.0.0\"", "\"1.0.1\"").as_bytes(),
    )
    .unwrap();
    let zip = corpus.join("zips/21_appPackage.dev.zip");
    let agent = Input::from_path(&zip).unwrap();
    let british = [
        "organisation",
        "colour",
        "licence",
        "behaviour",
        "recognise",
        "analyse",
        "centre",
        "favourite",
        "customise",
    ];
    for report in [check(&old, &new), check(&agent, &agent)] {
        for output in [
            render::to_text(&report),
            render::to_markdown(&report),
            render::to_html(&report),
            render::to_json(&report),
        ] {
            let lower = output.to_lowercase();
            for word in british {
                assert!(!lower.contains(word), "{word:?} in a report");
            }
        }
    }
}

/// "Already in your published version" only when the published version can be the
/// store's package. A published manifest whose app ID is `${{TEAMS_APP_ID}}` (corpus
/// pair 0002, a Teams Toolkit template) is not: the report says so once, with what to
/// open instead, and calls no finding "already published"; so is a published version in a
/// format the store refuses (pair 0999). A real one (pair 0055: a GUID app ID, a published
/// format, no placeholder) keeps the remark.
#[test]
fn already_published_only_for_a_real_store_package() {
    let Some(corpus) = corpus() else { return };
    let pair = |number: &str| {
        let (old, _) = manifest(&corpus, &format!("pairs/{number}/old.json"));
        let (new, _) = manifest(&corpus, &format!("pairs/{number}/new.json"));
        check(&old, &new)
    };
    let template = pair("0002");
    let said = template.published_not_in_store.clone().unwrap().text();
    assert!(said.contains("${{TEAMS_APP_ID}}"), "{said}");
    assert!(said.contains("Partner Center"), "{said}");
    assert!(template.already_published.iter().all(|already| !already));
    for output in [
        render::to_text(&template),
        render::to_markdown(&template),
        render::to_html(&template),
    ] {
        assert!(!output.contains("Already in your published version"));
        assert_eq!(output.matches("is not the package in the store").count(), 1);
    }

    // A GUID app ID and no placeholder, but the preview format the store refuses
    // (pair 0999, microsoft/copilot-camp's Cowork sample): not a store package either.
    let preview = pair("0999");
    let said = preview.published_not_in_store.clone().unwrap().text();
    assert!(
        said.contains("\"devPreview\", which the store does not accept"),
        "{said}"
    );
    assert!(preview.already_published.iter().all(|already| !already));

    let real = pair("0055");
    assert!(real.published_not_in_store.is_none());
    assert!(real.already_published.iter().any(|already| *already));
    assert!(render::to_text(&real).contains("Already in your published version"));
}

/// In a built package (the corpus's agent package, zips/21: a real app ID), an
/// `{{ENDPOINT_URL}}` left as the OpenAPI server's address is a broken address, not "a
/// placeholder that your build tools fill in".
#[test]
fn a_placeholder_left_in_a_built_package_is_a_broken_address() {
    let Some(corpus) = corpus() else { return };
    let zip = corpus.join("zips/21_appPackage.dev.zip");
    let old = Input::from_path(&zip).unwrap();
    let new = package_with(&zip, "todoaction-openapi.yml", |text| {
        text.replace(
            "  - url: https://graph.microsoft.com/v1.0",
            "  - url: {{ENDPOINT_URL}}",
        )
    });
    let report = check(&old, &new);
    let found: Vec<_> = report
        .store_errors()
        .filter(|finding| finding.check == "placeholders")
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].file, "todoaction-openapi.yml");
    assert!(
        found[0]
            .message
            .text()
            .starts_with("The address \"{{ENDPOINT_URL}}\" was never filled in"),
        "{}",
        found[0].message
    );
    assert!(!found[0].message.text().contains("build tools fill in"));
}

/// A zip of the corpus with several entries edited.
/// An entry of a package and how its text is edited.
type Edit<'a> = (&'a str, &'a dyn Fn(&str) -> String);

fn package_edited(zip: &Path, edits: &[Edit<'_>]) -> Input {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(zip).unwrap()).unwrap();
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).unwrap();
        let name = file.name().unwrap().to_string();
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).unwrap();
        for (entry, edit) in edits {
            if name == *entry {
                bytes = edit(&String::from_utf8(bytes).unwrap()).into_bytes();
            }
        }
        writer
            .start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        writer.write_all(&bytes).unwrap();
    }
    let bytes = writer.finish().unwrap().into_inner();
    Input::from_bytes("package.zip", &bytes).unwrap()
}

/// The certification notes for Microsoft's reviewers carry whole values: the corpus
/// pair 0015 changes a long description, given whole in the notes; the report's line
/// for the same change is cut between words (the window keeps the whole value one click
/// away).
#[test]
fn certification_notes_carry_whole_values() {
    let Some(corpus) = corpus() else { return };
    let (old, _) = manifest(&corpus, "pairs/0015/old.json");
    let (new, text) = manifest(&corpus, "pairs/0015/new.json");
    let whole: serde_json::Value =
        serde_json::from_str(text.trim_start_matches('\u{feff}')).unwrap();
    let whole = whole["description"]["full"].as_str().unwrap();
    assert!(whole.chars().count() > 200);
    let report = check(&old, &new);
    let notes = teams_update_check::guidance::certification_notes(&report);
    assert!(notes.contains(whole), "{notes}");
    let line = render::to_text(&report)
        .lines()
        .find(|line| line.contains("Full description"))
        .unwrap()
        .to_string();
    assert!(line.contains("product inventory.…\""), "{line}");
}

/// The corpus agent package (zips/21) whose two conversation starters share a title,
/// unchanged, and whose plugin's OAuth reference id changes after its first characters:
/// no starter is called changed, and the sign-in change shows both reference ids whole.
#[test]
fn starters_sharing_a_title_and_reference_ids_are_told_right() {
    let Some(corpus) = corpus() else { return };
    let zip = corpus.join("zips/21_appPackage.dev.zip");
    let titled = |text: &str| {
        text.replace(
            "{\n            \"text\": \"List tasks\"",
            "{\n            \"title\": \"Tasks\", \"text\": \"List tasks\"",
        )
        .replace(
            "{\n            \"text\": \"Create Task with [Topic]\"",
            "{\n            \"title\": \"Tasks\", \"text\": \"Create Task with [Topic]\"",
        )
    };
    assert_eq!(
        titled("{\n            \"text\": \"List tasks\"")
            .matches("Tasks")
            .count(),
        1
    );
    let old_id = "MzlmMGUxNDktNmNlMC00ODNlLThhY2YtYjZmYWEyMjlhMjAzIyNjNTFhMTlmZS0wNGExLTQ4MWMtYjY4NC05ZmE3ODFjZWNjOTY=";
    let new_id = "MzlmMGUxNDktNmNlMC00ODNlLThhY2YtYjZmYWEyMjlhMjAzIyNkZTRhMDQ5Zi1hYjEyLTQ0YWYtOTk5Ny0xMjM0NTY3ODkwYWI=";
    let bump = |text: &str| text.replace("\"version\": \"1.0.2\"", "\"version\": \"1.0.3\"");
    let new_reference = |text: &str| text.replace(old_id, new_id);
    let old = package_edited(&zip, &[("declarativeAgent.json", &titled)]);
    let new = package_edited(
        &zip,
        &[
            ("declarativeAgent.json", &titled),
            ("ai-plugin.json", &new_reference),
            ("manifest.json", &bump),
        ],
    );
    let report = check(&old, &new);
    let said: Vec<String> = report
        .changes
        .iter()
        .map(|change| teams_update_check::describe::describe(change).sentence())
        .collect();
    assert!(
        !said
            .iter()
            .any(|line| line.contains("conversation starter")),
        "{said:#?}"
    );
    let notes = teams_update_check::guidance::certification_notes(&report);
    assert!(
        notes.contains(&format!("reference id {old_id}"))
            && notes.contains(&format!("reference id {new_id}")),
        "{notes}"
    );
}
