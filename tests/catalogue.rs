//! The Fluent catalogue and the code agree: every message the code builds is in the
//! catalogue with exactly the arguments the code gives it, every message of the catalogue
//! is used, and the catalogue parses without an error or a duplicate.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use teams_update_check::message::ENGLISH_FTL;

/// Each message of a catalogue: its identifier and the arguments its text uses. A
/// message is one line, `id = text`, or, for a plural or other selector, that line
/// followed by indented variant lines and a closing `}`.
fn catalogue(ftl: &str) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let mut entries: Vec<(usize, String, String)> = Vec::new();
    for (number, line) in ftl.lines().enumerate() {
        let line_number = number + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with([' ', '}']) {
            match entries.last_mut() {
                Some((_, _, text)) => {
                    text.push('\n');
                    text.push_str(line);
                }
                None => return Err(format!("line {line_number}: continues nothing")),
            }
            continue;
        }
        let Some((id, text)) = line.split_once(" = ") else {
            return Err(format!("line {line_number}: not `id = text`: {line:?}"));
        };
        if !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(format!("line {line_number}: identifier {id:?}"));
        }
        entries.push((line_number, id.to_string(), text.to_string()));
    }
    let mut messages = BTreeMap::new();
    for (line_number, id, text) in entries {
        let mut args = BTreeSet::new();
        let mut rest = text.as_str();
        while let Some(at) = rest.find('$') {
            let after = rest.get(at + 1..).unwrap_or("");
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            args.insert(name.clone());
            rest = after.get(name.len()..).unwrap_or("");
        }
        if messages.insert(id.clone(), args).is_some() {
            return Err(format!("line {line_number}: {id} is defined twice"));
        }
    }
    Ok(messages)
}

/// Every Rust file under `src/`.
fn sources(folder: &Path, found: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|entry| entry.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs")
            && let Ok(text) = std::fs::read_to_string(&path)
        {
            found.push((path.display().to_string(), text));
        }
    }
}

/// The `msg!(…)` calls of a source file: the identifier and the argument names.
fn msg_calls(text: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut calls = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("msg!(") {
        let body = rest.get(at + 5..).unwrap_or("");
        rest = body;
        // The call's text up to its closing parenthesis, split at its own commas.
        let mut depth = 0usize;
        let mut in_string = false;
        let mut escaped = false;
        let mut parts = vec![String::new()];
        for c in body.chars() {
            if in_string {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    in_string = false;
                }
            } else {
                match c {
                    '"' => in_string = true,
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' if depth == 0 => break,
                    ')' | ']' | '}' => depth -= 1,
                    ',' if depth == 0 => {
                        parts.push(String::new());
                        continue;
                    }
                    _ => {}
                }
            }
            if let Some(last) = parts.last_mut() {
                last.push(c);
            }
        }
        let Some(id) = parts
            .first()
            .map(|first| first.trim())
            .and_then(|first| first.strip_prefix('"'))
            .and_then(|first| first.strip_suffix('"'))
        else {
            continue; // the macro's own definition, or a doc comment
        };
        let args = parts
            .iter()
            .skip(1)
            .filter_map(|part| {
                let (name, _) = part.split_once('=')?;
                let name = name.trim();
                (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
                    .then(|| name.to_string())
            })
            .collect();
        calls.push((id.to_string(), args));
    }
    calls
}

#[test]
fn catalogue_parses_without_errors() {
    if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(ENGLISH_FTL.to_string()) {
        panic!("the English catalogue has syntax errors: {errors:?}");
    }
    if let Err(problem) = catalogue(ENGLISH_FTL) {
        panic!("the English catalogue: {problem}");
    }
}

#[test]
fn every_message_the_code_builds_is_in_the_catalogue_with_its_arguments() {
    let messages = catalogue(ENGLISH_FTL).unwrap_or_default();
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 20, "found the sources");
    let mut problems = Vec::new();
    let mut calls = 0;
    for (path, text) in &files {
        for (id, args) in msg_calls(text) {
            calls += 1;
            match messages.get(&id) {
                None => problems.push(format!("{path}: {id} is not in the catalogue")),
                Some(expected) if *expected != args => problems.push(format!(
                    "{path}: {id} is given {args:?}, the catalogue uses {expected:?}"
                )),
                Some(_) => {}
            }
        }
    }
    assert!(calls > 10, "found the msg! calls ({calls})");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_of_the_catalogue_is_used() {
    let messages = catalogue(ENGLISH_FTL).unwrap_or_default();
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let unused: Vec<&String> = messages
        .keys()
        .filter(|id| {
            let quoted = format!("\"{id}\"");
            !files.iter().any(|(_, text)| text.contains(&quoted))
        })
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn the_scanner_reads_a_call_as_the_macro_does() {
    let calls =
        msg_calls(r#"x = msg!("a-b", count = items.len(), name = f("x, y"), place = g(h(1, 2)));"#);
    assert_eq!(calls.len(), 1);
    let (id, args) = &calls[0];
    assert_eq!(id, "a-b");
    assert_eq!(
        args.iter().map(String::as_str).collect::<Vec<_>>(),
        ["count", "name", "place"]
    );
}

/// Every object of a JSON report that has a `message` also has its `message_id`.
fn messages_without_id(value: &serde_json::Value, at: &str, missing: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            if map.contains_key("message") && !map.contains_key("message_id") {
                missing.push(at.to_string());
            }
            for (key, inner) in map {
                messages_without_id(inner, &format!("{at}/{key}"), missing);
            }
        }
        serde_json::Value::Array(items) => {
            for (index, inner) in items.iter().enumerate() {
                messages_without_id(inner, &format!("{at}/{index}"), missing);
            }
        }
        _ => {}
    }
}

/// Over every JSON snapshot of the golden cases (`tests/golden.rs` keeps them equal to
/// what the code prints, packages included).
#[test]
fn every_json_message_has_its_id() {
    let snapshots = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut files: Vec<_> = std::fs::read_dir(&snapshots)
        .map(|entries| entries.flatten().map(|entry| entry.path()).collect())
        .unwrap_or_default();
    files.retain(|path: &std::path::PathBuf| path.extension().is_some_and(|ext| ext == "json"));
    files.sort();
    assert!(
        files.len() > 10,
        "found the JSON snapshots ({})",
        files.len()
    );
    let mut missing = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        messages_without_id(&json, &path.display().to_string(), &mut missing);
    }
    assert!(missing.is_empty(), "messages without an id: {missing:#?}");
}

/// The plural categories of each language (CLDR), which its selectors on a number may use.
fn plural_categories(tag: &str) -> &'static [&'static str] {
    match tag {
        "ja" | "ko" | "zh-CN" | "zh-TW" => &["other"],
        "fr" | "es" | "it" | "pt-BR" => &["one", "many", "other"],
        "pl" => &["one", "few", "many", "other"],
        _ => &["one", "other"],
    }
}

/// The variant keys of a message's selectors (`[one]`, `*[other]`), in order.
fn variant_keys(source: &str) -> Vec<String> {
    source
        .lines()
        .skip(1)
        .filter_map(|line| {
            let line = line.trim_start().trim_start_matches('*');
            let key = line.strip_prefix('[')?.split_once(']')?.0;
            Some(key.trim().to_string())
        })
        .collect()
}

/// Each message's whole source (its line and variant lines) by identifier.
fn sources_by_id(ftl: &str) -> BTreeMap<String, String> {
    let mut found: BTreeMap<String, String> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in ftl.lines() {
        if line.starts_with([' ', '}']) {
            if let Some(source) = current.as_ref().and_then(|id| found.get_mut(id)) {
                source.push('\n');
                source.push_str(line);
            }
        } else if let Some((id, _)) = line.split_once(" = ").filter(|_| !line.starts_with('#')) {
            current = Some(id.to_string());
            found.insert(id.to_string(), line.to_string());
        } else {
            current = None;
        }
    }
    found
}

/// The identifiers a catalogue says are English on purpose, on its comment line
/// `# identical-to-english: id-one, id-two` (product names, pure formats).
fn identical_on_purpose(ftl: &str) -> BTreeSet<String> {
    ftl.lines()
        .filter_map(|line| line.strip_prefix("# identical-to-english:"))
        .flat_map(|ids| ids.split(','))
        .map(|id| id.trim().to_string())
        .filter(|id| !id.is_empty())
        .collect()
}

/// The text of a message with its arguments, selector syntax and code spans taken out
/// (the text of every variant kept): what a reader reads as words.
fn words_of(source: &str) -> String {
    let text = source.split_once(" = ").map_or(source, |(_, text)| text);
    let mut words = String::new();
    let (mut code, mut key, mut argument) = (false, false, false);
    for c in text.chars() {
        match c {
            '`' => code = !code,
            _ if code => {}
            '[' => key = true,
            ']' => key = false,
            _ if key => {}
            '$' => argument = true,
            _ if argument && (c.is_alphanumeric() || c == '-' || c == '_') => {}
            '{' | '}' | '*' | '>' => argument = false,
            _ => {
                argument = false;
                words.push(c);
            }
        }
    }
    words.replace(" -", " ")
}

/// Every translation has exactly English's messages, each with exactly its arguments,
/// parses without an error, uses its language's plural categories (Polish all four
/// where English has a plural), and says nothing in English unless its header lists the
/// message as English on purpose: a missing or untranslated message never falls back to
/// English silently.
#[test]
fn every_translation_has_englishs_messages_arguments_and_no_english_left() {
    use teams_update_check::lang::LANGUAGES;
    let english = catalogue(ENGLISH_FTL).unwrap_or_default();
    let english_sources = sources_by_id(ENGLISH_FTL);
    let mut problems = Vec::new();
    let translations: Vec<_> = LANGUAGES
        .iter()
        .filter(|language| language.tag != "en" && !language.is_pseudo())
        .collect();
    assert_eq!(translations.len(), 12, "the twelve translations");
    for language in translations {
        let tag = language.tag;
        let ftl = language.catalogue_source();
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(ftl.to_string()) {
            problems.push(format!("{tag}: Fluent syntax errors: {errors:?}"));
        }
        let messages = match catalogue(ftl) {
            Ok(messages) => messages,
            Err(problem) => {
                problems.push(format!("{tag}: {problem}"));
                continue;
            }
        };
        for id in english.keys().filter(|id| !messages.contains_key(*id)) {
            problems.push(format!("{tag}: {id} is missing"));
        }
        for (id, args) in &messages {
            match english.get(id) {
                None => problems.push(format!("{tag}: {id} is not an English message")),
                Some(expected) if expected != args => {
                    problems.push(format!("{tag}: {id} uses {args:?}, English {expected:?}"))
                }
                Some(_) => {}
            }
        }
        let sources = sources_by_id(ftl);
        let on_purpose = identical_on_purpose(ftl);
        let categories = plural_categories(tag);
        for (id, source) in &sources {
            let Some(english_source) = english_sources.get(id) else {
                continue;
            };
            // Keys that choose a plural form (a CLDR category or an exact number) may differ
            // by language; the others (`[manifest]`, `[yes]`) choose between words and stay.
            let is_plural = |key: &String| {
                ["zero", "one", "two", "few", "many", "other"].contains(&key.as_str())
                    || key.parse::<f64>().is_ok()
            };
            let english_keys = variant_keys(english_source);
            let keys = variant_keys(source);
            let words_keys = |keys: &[String]| -> BTreeSet<String> {
                keys.iter().filter(|key| !is_plural(key)).cloned().collect()
            };
            if words_keys(&keys) != words_keys(&english_keys) {
                problems.push(format!(
                    "{tag}: {id}: variants {:?}, English {:?}",
                    words_keys(&keys),
                    words_keys(&english_keys)
                ));
            }
            let wrong: BTreeSet<&String> = keys
                .iter()
                .filter(|key| is_plural(key) && key.parse::<f64>().is_err())
                .filter(|key| !categories.contains(&key.as_str()))
                .collect();
            if !wrong.is_empty() {
                problems.push(format!("{tag}: {id}: {wrong:?} are not {tag} plurals"));
            }
            if tag == "pl"
                && english_keys.iter().any(|key| key == "one")
                && !(keys.iter().any(|key| key == "few") && keys.iter().any(|key| key == "many"))
            {
                problems.push(format!("pl: {id}: a plural needs [few] and [many]"));
            }
            let english_words = words_of(english_source);
            if words_of(source) == english_words
                && english_words
                    .chars()
                    .filter(char::is_ascii_alphabetic)
                    .count()
                    >= 3
                && !on_purpose.contains(id)
            {
                problems.push(format!("{tag}: {id} is still English: {english_words:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every message of every translation formats without an error when given its arguments
/// (numbers where English selects on a number): no reference to an argument it does not
/// get, no selector that cannot choose.
#[test]
fn every_translated_message_formats_without_errors() {
    use teams_update_check::lang::LANGUAGES;
    use teams_update_check::message::{Catalogue, Message};
    let english = catalogue(ENGLISH_FTL).unwrap_or_default();
    let english_sources = sources_by_id(ENGLISH_FTL);
    let mut problems = Vec::new();
    for language in LANGUAGES.iter().filter(|language| language.tag != "en") {
        let catalogue = Catalogue::of(language);
        for (id, args) in &english {
            let id: &'static str = Box::leak(id.clone().into_boxed_str());
            let source = english_sources.get(id).cloned().unwrap_or_default();
            for count in [0u32, 1, 2, 5, 22, 1001] {
                let mut message = Message::new(id);
                for name in args {
                    let name: &'static str = Box::leak(name.clone().into_boxed_str());
                    let selects_on_number = source.contains(&format!("${name} ->"))
                        && variant_keys(&source).iter().any(|key| key == "one");
                    message = if selects_on_number {
                        message.arg(name, count)
                    } else {
                        message.arg(name, "x")
                    };
                }
                for error in catalogue.errors(&message) {
                    problems.push(format!("{}: {id} ({count}): {error}", language.tag));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
