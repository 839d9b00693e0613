//! The pseudo-locale `qps-ploc` proves that every sentence of the reports for people comes
//! from the catalogue: said in it, each message's letters are accented and the message is
//! marked «…» at both ends, so an English word left unaccented outside a mark, or a run of
//! English words inside one, is a sentence that bypassed the catalogue (unless the
//! publisher wrote it: their manifest's own words are allowed, and so is code in
//! backticks). Over the golden fixtures (the store cases among them), the real app
//! packages of the corpus, and 60 real pairs.

// Test helpers outside #[test] functions may unwrap too: a failure is a failing test.
#![allow(clippy::unwrap_used)]

mod support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use teams_update_check::lang;
use teams_update_check::message::ENGLISH_FTL;
use teams_update_check::pseudo::{END, START};
use teams_update_check::{check, load_files, render};

/// The lower-case ASCII words (three letters or more) of `text`.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| word.len() >= 3)
        .map(str::to_ascii_lowercase)
}

/// What the publisher wrote, which may show unaccented: every word of both inputs (their
/// manifests, other package files and file names) and of the code spans and web
/// addresses of the English catalogue, which keep their letters on purpose.
struct Allowed {
    words: BTreeSet<String>,
}

impl Allowed {
    fn of(paths: &[&Path]) -> Allowed {
        let mut text = String::new();
        for path in paths {
            text.push_str(&path.to_string_lossy());
            text.push('\n');
            let bytes = std::fs::read(path).unwrap_or_default();
            if path.extension().is_some_and(|ext| ext == "zip") {
                if let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(&bytes)) {
                    for index in 0..archive.len() {
                        if let Ok(mut file) = archive.by_index(index) {
                            text.push_str(&file.name().unwrap_or_default());
                            text.push('\n');
                            let mut content = Vec::new();
                            let _ = std::io::Read::read_to_end(&mut file, &mut content);
                            text.push_str(&String::from_utf8_lossy(&content));
                            text.push('\n');
                        }
                    }
                }
            } else {
                text.push_str(&String::from_utf8_lossy(&bytes));
            }
        }
        let mut code = String::new();
        for line in ENGLISH_FTL.lines().filter(|line| !line.starts_with('#')) {
            for (at, span) in line.split('`').enumerate() {
                if at % 2 == 1 {
                    code.push_str(span);
                    code.push(' ');
                }
            }
            for address in line.split_whitespace().filter(|w| w.contains("://")) {
                code.push_str(address);
                code.push(' ');
            }
        }
        let mut words_allowed: BTreeSet<String> = words(&text).collect();
        words_allowed.extend(words(&code));
        // JSON escapes (`\n`, `\u00e9`) glue letters to a word in the raw text; the report
        // shows the character, so the word's pieces are allowed too.
        let unescaped = text
            .replace("\\n", " ")
            .replace("\\t", " ")
            .replace("\\r", " ");
        words_allowed.extend(words(&unescaped));
        Allowed {
            words: words_allowed,
        }
    }
}

/// The visible text of an HTML page, line by line: no tags, styles or scripts, entities
/// decoded, and the `title`/`alt`/`aria-label` texts a reader also meets.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let lower = after.get(..8).unwrap_or(after).to_ascii_lowercase();
        let end_tag = if lower.starts_with("<style") {
            Some("</style>")
        } else if lower.starts_with("<script") {
            Some("</script>")
        } else {
            None
        };
        if let Some(end_tag) = end_tag {
            rest = after
                .find(end_tag)
                .map_or("", |at| &after[at + end_tag.len()..]);
            continue;
        }
        let close = after.find('>').map_or(after.len(), |at| at + 1);
        let tag = &after[..close];
        for attribute in ["title=\"", "alt=\"", "aria-label=\""] {
            if let Some(at) = tag.find(attribute) {
                let value = &tag[at + attribute.len()..];
                out.push('\n');
                out.push_str(value.split('"').next().unwrap_or(""));
                out.push('\n');
            }
        }
        if tag.starts_with("<br")
            || tag.starts_with("</p")
            || tag.starts_with("</li")
            || tag.starts_with("</h")
            || tag.starts_with("</div")
            || tag.starts_with("</td")
            || tag.starts_with("</tr")
            || tag.starts_with("</summary")
        {
            out.push('\n');
        }
        rest = &after[close..];
    }
    out.push_str(rest);
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
}

/// The words of every identifier a JSON report holds (`"id": "valid-domains"`, `"check"`,
/// `"rule"` and every `…_id`): code names the lines for developers show as they are.
fn identifiers(value: &serde_json::Value, words_allowed: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map {
                let code = key == "id" || key == "check" || key == "rule" || key.ends_with("_id");
                match inner {
                    serde_json::Value::String(text) if code => words_allowed.extend(words(text)),
                    _ => identifiers(inner, words_allowed),
                }
            }
        }
        serde_json::Value::Array(items) => {
            for inner in items {
                identifiers(inner, words_allowed);
            }
        }
        _ => {}
    }
}

/// Takes out of a line its code spans (backticks) and web addresses.
fn without_code(line: &str) -> String {
    let mut kept = String::new();
    for (at, span) in line.split('`').enumerate() {
        if at % 2 == 0 {
            kept.push_str(span);
        }
        kept.push(' ');
    }
    kept.split(' ')
        .filter(|word| !word.contains("://") && !word.starts_with("www."))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The English a line carries that no catalogue message said: words outside every «…»
/// mark that the publisher did not write, and runs of three or more English words inside
/// a mark (an argument) with a word the publisher did not write.
fn english_left(line: &str, allowed: &Allowed) -> Vec<String> {
    let line = without_code(line);
    let (mut outside, mut inside) = (String::new(), String::new());
    let mut depth = 0usize;
    for c in line.chars() {
        match c {
            START => {
                depth += 1;
                inside.push(' ');
            }
            END => {
                depth = depth.saturating_sub(1);
                inside.push(' ');
            }
            _ if depth == 0 => outside.push(c),
            _ => inside.push(c),
        }
    }
    let mut found: Vec<String> = words(&outside)
        .filter(|word| !allowed.words.contains(word))
        .collect();
    // Runs of plain ASCII words inside marks: accented letters end a run.
    let mut run: Vec<&str> = Vec::new();
    let check_run = |run: &mut Vec<&str>, found: &mut Vec<String>| {
        let english: Vec<&&str> = run
            .iter()
            .filter(|word| word.len() >= 3 && word.chars().all(|c| c.is_ascii_alphabetic()))
            .collect();
        if english.len() >= 3 {
            let phrase = run.join(" ").to_ascii_lowercase();
            // Every word of it from the inputs: the publisher's own text.
            let all_allowed = english
                .iter()
                .all(|word| allowed.words.contains(&word.to_ascii_lowercase()));
            if !all_allowed {
                found.push(phrase);
            }
        }
        run.clear();
    };
    for word in inside.split_whitespace() {
        let word = word.trim_matches(|c: char| c.is_ascii_punctuation() || c == '·');
        if !word.is_empty() && word.is_ascii() {
            run.push(word);
        } else {
            check_run(&mut run, &mut found);
        }
    }
    check_run(&mut run, &mut found);
    found
}

/// The text, Markdown and HTML reports of a pair in the pseudo-locale, with the English
/// each line carries that no message said.
fn english_in_reports(old: &Path, new: &Path) -> Vec<String> {
    let pseudo = lang::find("qps-ploc").unwrap();
    let allowed = Allowed::of(&[old, new]);
    let mut allowed = allowed;
    let outputs = lang::with_language(pseudo, || match load_files(old, new) {
        Ok((old, new)) => {
            let report = check(&old, &new);
            // The identifiers of checks and rules that the lines for developers name.
            let json: serde_json::Value =
                serde_json::from_str(&render::to_json(&report)).unwrap_or_default();
            identifiers(&json, &mut allowed.words);
            [
                ("text", render::to_text(&report)),
                (
                    "markdown",
                    support::without_tags(&render::to_markdown(&report)),
                ),
                ("html", visible_text(&render::to_html(&report))),
            ]
        }
        Err(error) => [
            ("text", render::error_to_text(&error)),
            (
                "markdown",
                support::without_tags(&render::error_to_markdown(&error)),
            ),
            ("html", visible_text(&render::error_to_html(&error))),
        ],
    });
    let mut found = Vec::new();
    for (format, output) in outputs {
        for line in output.lines() {
            let english = english_left(line, &allowed);
            if !english.is_empty() {
                found.push(format!(
                    "{} ({format}): {english:?} in {line:?}",
                    new.display()
                ));
            }
        }
    }
    found
}

/// The checker itself: an English sentence outside a mark is found, accented text and
/// the publisher's words are not.
#[test]
fn the_checker_finds_english_outside_the_catalogue() {
    let temp = tempfile::tempdir().unwrap();
    let manifest = temp.path().join("m.json");
    std::fs::write(
        &manifest,
        r#"{"name": {"short": "Contoso Tasks for everyone"}}"#,
    )
    .unwrap();
    let allowed = Allowed::of(&[&manifest]);
    assert_eq!(
        english_left("The version goes up «Ŧĥé véŕšîöñ ĝöéš ûþ···»", &allowed),
        ["the", "version", "goes"]
    );
    assert!(english_left("«Ŧĥé ñáмé îš \"Contoso Tasks for everyone\"····»", &allowed).is_empty());
    assert_eq!(
        english_left("«Ŧĥé ñáмé Restart the app now····»", &allowed),
        ["restart the app now"]
    );
    assert!(
        english_left(
            "«Ŕéñáмé `webApplicationInfo` ţö https://example.com/a/b··»",
            &allowed
        )
        .is_empty()
    );
    assert_eq!(
        visible_text("<style>p {}</style><p title=\"Ready &amp; set\">Go</p>"),
        "\nReady & set\nGo\n"
    );
}

/// The golden fixtures (the store's cases among them): not one English sentence.
#[test]
fn the_fixtures_reports_say_every_sentence_through_the_catalogue() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let scratch = tempfile::tempdir().unwrap();
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .unwrap()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 12, "the fixtures");
    let mut found = Vec::new();
    for case in cases {
        let side = |name: &str| -> PathBuf {
            let json = case.join(format!("{name}.json"));
            if json.exists() {
                return json;
            }
            let zip = scratch.path().join(format!(
                "{}-{name}.zip",
                case.file_name().unwrap().to_string_lossy()
            ));
            support::zip_folder(&case.join(name), &zip);
            zip
        };
        found.extend(english_in_reports(&side("old"), &side("new")));
    }
    assert!(
        found.is_empty(),
        "{} lines:\n{}",
        found.len(),
        found.join("\n")
    );
}

/// The corpus's real app packages, each checked as an update of itself (the store's
/// checks of a package), and 60 real pairs spread over the corpus.
#[test]
fn real_packages_and_pairs_say_every_sentence_through_the_catalogue() {
    let Some(corpus) = support::corpus("the pseudo-locale sweep over real packages and pairs")
    else {
        return;
    };
    let mut found = Vec::new();
    let mut zips: Vec<PathBuf> = std::fs::read_dir(corpus.join("zips"))
        .unwrap()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "zip"))
        .collect();
    zips.sort();
    assert!(zips.len() >= 20, "the corpus packages");
    for zip in &zips {
        found.extend(english_in_reports(zip, zip));
    }
    let mut pairs: Vec<PathBuf> = std::fs::read_dir(corpus.join("pairs"))
        .unwrap()
        .flatten()
        .map(|entry| entry.path())
        .collect();
    pairs.sort();
    let step = (pairs.len() / 60).max(1);
    let chosen: Vec<&PathBuf> = pairs.iter().step_by(step).take(60).collect();
    assert_eq!(chosen.len(), 60, "60 real pairs");
    for pair in chosen {
        found.extend(english_in_reports(
            &pair.join("old.json"),
            &pair.join("new.json"),
        ));
    }
    assert!(
        found.is_empty(),
        "{} lines:\n{}",
        found.len(),
        found.join("\n")
    );
}
