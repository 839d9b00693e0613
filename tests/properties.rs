//! Property tests: invariants that must hold for any manifest, not just the examples.

// Test helpers outside #[test] functions may unwrap too: a failure is a failing test.
#![allow(clippy::unwrap_used)]

use proptest::prelude::*;
use serde_json::{Map, Value, json};
use teams_update_check::button::{ButtonOptions, ButtonSize, ButtonStyle, button_html};
use teams_update_check::{Input, Report, Verdict, check};

const GUIDS: [&str; 3] = [
    "0b5c3d6e-1234-4abc-9def-00112233aabb",
    "9D2C7B4A-1E3F-4A5B-8C6D-7E8F9A0B1C2D",
    "4e5a8c1d-2b7f-4C3E-9a6d-0f1e2d3c4b5a",
];

fn id_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(GUIDS.to_vec()).prop_map(str::to_string),
        "[a-z]{1,6}",
        Just("${{BOT_ID}}".to_string()),
    ]
}

fn optional_flag() -> impl Strategy<Value = Option<Option<bool>>> {
    // None = absent, Some(None) = null, Some(Some(b)) = b
    prop::option::of(prop::option::of(any::<bool>()))
}

fn bot() -> impl Strategy<Value = Value> {
    (
        id_strategy(),
        [
            optional_flag(),
            optional_flag(),
            optional_flag(),
            optional_flag(),
        ],
    )
        .prop_map(|(id, flags)| {
            let mut bot = Map::new();
            bot.insert("botId".into(), Value::String(id));
            let names = [
                "isNotificationOnly",
                "supportsFiles",
                "supportsCalling",
                "supportsVideo",
            ];
            for (name, flag) in names.iter().zip(flags) {
                if let Some(value) = flag {
                    bot.insert((*name).into(), value.map_or(Value::Null, Value::Bool));
                }
            }
            bot.insert("scopes".into(), json!(["personal", "team"]));
            Value::Object(bot)
        })
}

fn manifest() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(GUIDS.to_vec()),
        (0u8..3, 0u8..20, 0u8..20),
        prop::collection::vec(bot(), 0..3),
        prop::collection::vec(prop::option::of(id_strategy()), 0..3),
        prop::collection::vec(id_strategy(), 0..2),
        prop::collection::vec("[a-z]{1,5}", 0..3),
        0usize..2,
        prop::option::of((prop::sample::select(GUIDS.to_vec()), "[a-z]{1,5}")),
        prop::collection::vec(("[A-Z][a-z]{1,6}", prop::sample::select(vec!["Application", "Delegated"])), 0..3),
        "[ -~]{0,30}",
    )
        .prop_map(|(id, (a, b, c), bots, extensions, connectors, tabs, channel_tabs, web, rsc, name)| {
            json!({
                "$schema": "https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json",
                "manifestVersion": "1.17",
                "id": id,
                "version": format!("{a}.{b}.{c}"),
                "name": {"short": name, "full": "Full name"},
                "bots": bots,
                "composeExtensions": extensions.into_iter().map(|id| match id {
                    Some(id) => json!({"botId": id, "commands": []}),
                    None => json!({"commands": []}),
                }).collect::<Vec<_>>(),
                "connectors": connectors.into_iter().map(|id| json!({"connectorId": id, "scopes": ["team"]})).collect::<Vec<_>>(),
                "staticTabs": tabs.into_iter().map(|id| json!({"entityId": id, "scopes": ["personal"]})).collect::<Vec<_>>(),
                "configurableTabs": (0..channel_tabs).map(|_| json!({"configurationUrl": "https://contoso.example/config"})).collect::<Vec<_>>(),
                "webApplicationInfo": web.map(|(id, resource)| json!({"id": id, "resource": format!("api://{resource}")})),
                "authorization": {"permissions": {"resourceSpecific": rsc.into_iter().map(|(name, kind)| json!({"name": name, "type": kind})).collect::<Vec<_>>()}},
                "numbers": [1, 2.5, -3],
            })
        })
}

fn load(value: &Value, pretty: bool) -> Input {
    let text = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    }
    .unwrap();
    Input::from_bytes("manifest.json", text.as_bytes()).expect("generated manifests are valid")
}

/// Rebuilds every object with its keys in reverse order (arrays keep their order).
fn reverse_keys(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .rev()
                .map(|(k, v)| (k.clone(), reverse_keys(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(reverse_keys).collect()),
        other => other.clone(),
    }
}

/// Flips the letter case of every GUID-shaped string.
fn flip_guid_case(value: &Value) -> Value {
    match value {
        Value::String(s) if teams_update_check::ids::is_guid(s) => Value::String(
            s.chars()
                .map(|c| {
                    if c.is_ascii_uppercase() {
                        c.to_ascii_lowercase()
                    } else {
                        c.to_ascii_uppercase()
                    }
                })
                .collect(),
        ),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), flip_guid_case(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(flip_guid_case).collect()),
        other => other.clone(),
    }
}

/// The same value with every object's keys sorted, so key order cannot show.
fn canonical(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let sorted: std::collections::BTreeMap<&String, Value> =
                map.iter().map(|(k, v)| (k, canonical(v))).collect();
            Value::Object(sorted.into_iter().map(|(k, v)| (k.clone(), v)).collect())
        }
        Value::Array(items) => Value::Array(items.iter().map(canonical).collect()),
        other => other.clone(),
    }
}

/// What a reader of the report sees, independent of the order of the change list.
fn essence(report: &Report) -> (Verdict, bool, String, String, Vec<String>) {
    let mut changes: Vec<String> = report
        .changes
        .iter()
        .map(|c| canonical(&serde_json::to_value(c).unwrap()).to_string())
        .collect();
    changes.sort();
    (
        report.verdict,
        report.consent_required,
        serde_json::to_string(&report.consent).unwrap(),
        serde_json::to_string(&report.checks).unwrap(),
        changes,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_manifest_compared_with_itself_needs_nothing(m in manifest(), pretty in any::<bool>()) {
        let report = check(&load(&m, pretty), &load(&m, !pretty));
        prop_assert_eq!(report.verdict, Verdict::NothingToSubmit);
        prop_assert!(!report.consent_required);
        prop_assert!(report.consent.iter().all(|r| !r.triggered));
        prop_assert!(report.changes.is_empty());
    }

    #[test]
    fn key_order_and_whitespace_never_change_the_result(old in manifest(), new in manifest()) {
        let plain = check(&load(&old, false), &load(&new, false));
        let reordered = check(&load(&reverse_keys(&old), true), &load(&reverse_keys(&new), true));
        prop_assert_eq!(essence(&plain), essence(&reordered));
    }

    #[test]
    fn changing_only_guid_letter_case_never_triggers_a_rule(m in manifest()) {
        // Personal tab entityIds are compared exactly by the rules, and the generator never makes them GUIDs.
        let report = check(&load(&m, false), &load(&flip_guid_case(&m), false));
        let fired: Vec<&str> = report.triggered_rules().map(|r| r.rule).collect();
        prop_assert!(fired.is_empty(), "{:?}", fired);
        prop_assert_ne!(report.checks[0].status, teams_update_check::checks::Status::Fail);
    }

    #[test]
    fn consent_is_required_exactly_when_a_rule_fires(old in manifest(), new in manifest()) {
        let report = check(&load(&old, false), &load(&new, false));
        prop_assert_eq!(report.consent.len(), 13);
        prop_assert_eq!(report.checks.len(), 3);
        prop_assert_eq!(report.consent_required, report.consent.iter().any(|r| r.triggered));
        for rule in &report.consent {
            prop_assert_eq!(rule.triggered, !rule.evidence.is_empty());
        }
        prop_assert_eq!(report.changes.is_empty(), report.verdict == Verdict::NothingToSubmit);
    }

    #[test]
    fn button_label_is_always_escaped(label in any::<String>(), style in 0usize..3, size in 0usize..3) {
        prop_assume!(!label.trim().is_empty());
        let options = ButtonOptions { label: label.clone(), style: ButtonStyle::ALL[style], size: ButtonSize::ALL[size] };
        let html = button_html(GUIDS[0], &options).unwrap();
        let start = html.find("\">").map(|i| i + 2).unwrap();
        let end = html.rfind("</a>").unwrap();
        let content = &html[start..end];
        prop_assert!(!content.contains(['<', '>', '"']), "{}", content);
        for (i, _) in content.match_indices('&') {
            let rest = &content[i..];
            prop_assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].iter().any(|e| rest.starts_with(e)),
                "{}", content
            );
        }
        prop_assert!(html.starts_with("<a href=\"https://teams.microsoft.com/l/app/"));
        prop_assert_eq!(html.matches("<a ").count(), 1);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// A number compares by its exact value however it is written: `n`, `n.000`,
    /// `n000e-3` and `0.n…e+k` are one number; the next number up is another. Also for
    /// numbers beyond the range of a 64-bit float.
    #[test]
    fn numbers_compare_by_exact_value(n in any::<i64>(), zeros in 0usize..6, big in any::<bool>()) {
        let exponent = if big { 400 } else { 0 };
        let plain = format!("{n}e{exponent}");
        let padded = format!("{n}{}e{}", "0".repeat(zeros), exponent - zeros as i64);
        let fraction = format!("{n}.{}e{exponent}", "0".repeat(zeros + 1));
        let next = format!("{}e{exponent}", i128::from(n) + 1);
        let value = |text: &str| teams_update_check::json::parse_strict(format!("[{text}]").as_bytes()).expect("valid JSON");
        prop_assert!(teams_update_check::json::semantic_eq(&value(&plain), &value(&padded)), "{} vs {}", plain, padded);
        prop_assert!(teams_update_check::json::semantic_eq(&value(&plain), &value(&fraction)), "{} vs {}", plain, fraction);
        prop_assert!(!teams_update_check::json::semantic_eq(&value(&plain), &value(&next)), "{} vs {}", plain, next);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Every store finding points at a place in its own file: a schema failure's
    /// pointer exists in the document, and a line and column never fall outside
    /// the text (whatever the layout).
    #[test]
    fn store_findings_point_inside_their_file(m in manifest(), pretty in any::<bool>(), format in prop::sample::select(vec!["1.0", "1.5", "1.13", "1.17", "1.24", "devPreview"])) {
        let mut m = m;
        m["manifestVersion"] = Value::from(format);
        let input = load(&m, pretty);
        let lines: Vec<&str> = input.manifest_text.lines().collect();
        for finding in teams_update_check::report::store_checks(&input).findings {
            prop_assert_eq!(&finding.file, "manifest.json");
            if finding.check == "schema" {
                prop_assert!(input.manifest.document.pointer(&finding.pointer).is_some(), "{:?}", finding);
            }
            if let (Some(line), Some(column)) = (finding.line, finding.column) {
                let text = lines.get(line - 1);
                prop_assert!(text.is_some(), "{:?}", finding);
                prop_assert!(column <= text.map_or(0, |t| t.chars().count()) + 1, "{:?}", finding);
            }
        }
    }
}

/// A published version and a new one that the fix must raise or put in the store's form.
fn version_pair() -> impl Strategy<Value = (String, String)> {
    (0u64..30, 0u64..30, 0u64..30).prop_flat_map(|(a, b, c)| {
        let published = format!("{a}.{b}.{c}");
        let new = prop::sample::select(vec![
            published.clone(),
            format!("{a}.{b}"),
            format!("{a}.{b}.{c}.0"),
            format!("{a}.{}.0-beta", b + 1),
            format!("{a}.{b}.{c}-rc.1"),
            format!("0{a}.{b}.{c}"),
            format!("{a}.{b}.{}", c + 1),
        ]);
        (Just(published), new)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// A fixed copy of a manifest differs from its input only in the fixed values'
    /// text (layout, key order, line ends and BOM kept), fixing the copy again
    /// changes nothing, and the input bytes are not touched.
    #[test]
    fn a_fixed_copy_differs_only_in_the_fixed_values(
        m in manifest(),
        (published, new_version) in version_pair(),
        pretty in any::<bool>(),
        crlf in any::<bool>(),
        bom in any::<bool>(),
        reversed in any::<bool>(),
        schema in prop::sample::select(vec!["v1.17", "v1.16", "v1.5"]),
    ) {
        use teams_update_check::fix::{FixOptions, fix, replace_values};
        let mut old = m.clone();
        old["version"] = Value::from(published.clone());
        let old = load(&old, false);
        let mut new = m;
        new["version"] = Value::from(new_version.clone());
        new["$schema"] = Value::from(format!("https://developer.microsoft.com/json-schemas/teams/{schema}/MicrosoftTeams.schema.json"));
        new["accentColor"] = Value::from("#123456");
        let new = if reversed { reverse_keys(&new) } else { new };
        let mut text = if pretty { serde_json::to_string_pretty(&new) } else { serde_json::to_string(&new) }.unwrap();
        if crlf {
            text = text.replace('\n', "\r\n");
        }
        let mut bytes = if bom { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
        bytes.extend_from_slice(text.as_bytes());
        let input = bytes.clone();
        let copy = fix(&old, "manifest.json", &bytes, &FixOptions::default()).unwrap();
        prop_assert_eq!(&bytes, &input);
        // Putting the input's values back gives the input, byte for byte.
        let back = replace_values(&copy.bytes, &[
            ("/version".to_string(), serde_json::to_string(&new_version).unwrap()),
            ("/$schema".to_string(), serde_json::to_string(&new["$schema"]).unwrap()),
        ]);
        prop_assert_eq!(&back, &input);
        let loaded = Input::from_bytes("copy.json", &copy.bytes).unwrap();
        let report = check(&old, &loaded);
        prop_assert_eq!(report.failed_checks().filter(|c| c.check.id() != "app-id-unchanged").count(), 0, "{:?}", report.checks);
        prop_assert!(!report.store.iter().any(|f| f.check == "schema-url" && f.severity == teams_update_check::store::Severity::Error));
        let again = fix(&old, "copy.json", &copy.bytes, &FixOptions::default()).unwrap();
        prop_assert!(again.applied.is_empty(), "{:?}", again.applied);
        prop_assert_eq!(&again.bytes, &copy.bytes);
    }
}

/// An icon: its size, and per pixel a colour and whether it is transparent.
fn icon() -> impl Strategy<Value = Vec<u8>> {
    (
        prop::sample::select(vec![
            (32u32, 32u32),
            (20, 20),
            (48, 48),
            (192, 192),
            (30, 32),
            (96, 96),
        ]),
        any::<[u8; 4]>(),
        0u32..4,
        any::<bool>(),
    )
        .prop_map(|((width, height), rgba, stripe, opaque)| {
            let image = image::RgbaImage::from_fn(width, height, |x, _| {
                if !opaque && x % 4 == stripe {
                    image::Rgba([0, 0, 0, 0])
                } else {
                    image::Rgba(rgba)
                }
            });
            let mut out = Vec::new();
            image::ImageEncoder::write_image(
                image::codecs::png::PngEncoder::new(&mut out),
                image.as_raw(),
                width,
                height,
                image::ExtendedColorType::Rgba8,
            )
            .unwrap();
            out
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// On packages with icons of any size and colour, extra files and sometimes one
    /// folder around everything: the copy loads, the icon, version and unused-file
    /// findings it repaired are gone, fixing it again changes nothing, and the input
    /// file's bytes and modification time are unchanged.
    #[test]
    fn a_fixed_package_loads_and_a_second_fix_changes_nothing(
        color in icon(),
        outline in icon(),
        extra in any::<bool>(),
        folder in any::<bool>(),
        new_version in prop::sample::select(vec!["1.0.2", "1.0.3", "1.1.0-beta", "1.0"]),
    ) {
        use std::io::Write;
        use teams_update_check::fix::{FixKind, FixOptions, default_output, fix, write_copy};
        let mut published = serde_json::from_str::<Value>(&format!(
            r#"{{"$schema": "https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json",
              "manifestVersion": "1.17", "id": "{}", "version": "1.0.2",
              "icons": {{"color": "color.png", "outline": "outline.png"}}}}"#, GUIDS[0])).unwrap();
        let old = load(&published, true);
        published["version"] = Value::from(new_version);
        published["accentColor"] = Value::from("#101010");
        let manifest = serde_json::to_string_pretty(&published).unwrap();
        let prefix = if folder { "App/" } else { "" };
        let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let mut files = vec![("manifest.json", manifest.into_bytes()), ("color.png", color), ("outline.png", outline)];
        if extra {
            files.push(("notes.txt", b"left over".to_vec()));
        }
        for (name, bytes) in &files {
            writer.start_file(format!("{prefix}{name}"), zip::write::SimpleFileOptions::default()).unwrap();
            writer.write_all(bytes).unwrap();
        }
        let bytes = writer.finish().unwrap().into_inner();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("app.zip");
        std::fs::write(&path, &bytes).unwrap();
        let modified = std::fs::metadata(&path).unwrap().modified().unwrap();

        let read = std::fs::read(&path).unwrap();
        let copy = fix(&old, "app.zip", &read, &FixOptions::default()).unwrap();
        let target = default_output(&path, copy.is_package);
        write_copy(&target, &copy.bytes, &[&path]).unwrap();
        prop_assert_eq!(std::fs::read(&path).unwrap(), bytes);
        prop_assert_eq!(std::fs::metadata(&path).unwrap().modified().unwrap(), modified);
        prop_assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);

        let loaded = Input::from_path(&target).unwrap();
        let report = check(&old, &loaded);
        let kinds: Vec<FixKind> = copy.applied.iter().map(|a| a.kind).collect();
        for (kind, check_id) in [
            (FixKind::OutlineIcon, "icon-outline"),
            (FixKind::ColorIcon, "icon-color"),
            (FixKind::UnusedFiles, "package-extra-files"),
        ] {
            if kinds.contains(&kind) {
                prop_assert!(!report.store.iter().any(|f| f.check == check_id), "{:?}", report.store);
            }
        }
        if kinds.contains(&FixKind::Version) {
            prop_assert_eq!(report.failed_checks().count(), 0, "{:?}", report.checks);
        }
        prop_assert_eq!(folder, kinds.contains(&FixKind::Folder));
        let again = fix(&old, "app-fixed.zip", &copy.bytes, &FixOptions::default()).unwrap();
        prop_assert!(again.applied.is_empty(), "{:?}", again.applied);
        prop_assert_eq!(again.bytes, copy.bytes);
    }
}
