//! Structured manifests: valid JSON shaped like a Teams manifest, built from the
//! fuzzer's choices and then mutated (wrong types, nulls, missing fields), so the
//! rules themselves are exercised, not only the JSON parser. Checks the report's
//! invariants on every pair.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use serde_json::{Value, json};
use teams_update_check::{Input, Verdict, check, render};

const IDS: [&str; 5] = [
    "0b5c3d6e-1234-4abc-9def-00112233aabb",
    "0B5C3D6E-1234-4ABC-9DEF-00112233AABB",
    "9d2c7b4a-1e3f-4a5b-8c6d-7e8f9a0b1c2d",
    "${{BOT_ID}}",
    "bot",
];

#[derive(Debug, Arbitrary)]
struct Bot {
    id: u8,
    flags: [Option<Option<bool>>; 4],
}

#[derive(Debug, Arbitrary)]
enum Mutation {
    Null(u8),
    Number(u8),
    Text(u8),
    Remove(u8),
    EmptyObject(u8),
}

#[derive(Debug, Arbitrary)]
struct Manifest {
    id: u8,
    version: (u8, u8, u16),
    version_suffix: Option<String>,
    bots: Vec<Bot>,
    extensions: Vec<Option<u8>>,
    connectors: Vec<u8>,
    tabs: Vec<u8>,
    channel_tabs: u8,
    web: Option<(u8, u8)>,
    rsc: Vec<(u8, bool)>,
    office_extensions: bool,
    mutations: Vec<Mutation>,
}

fn pick(i: u8) -> &'static str {
    IDS[usize::from(i) % IDS.len()]
}

const FIELDS: [&str; 12] = [
    "id",
    "version",
    "bots",
    "composeExtensions",
    "connectors",
    "staticTabs",
    "configurableTabs",
    "webApplicationInfo",
    "authorization",
    "extensions",
    "name",
    "manifestVersion",
];

fn build(m: &Manifest) -> Value {
    let names = [
        "isNotificationOnly",
        "supportsFiles",
        "supportsCalling",
        "supportsVideo",
    ];
    let bots: Vec<Value> = m
        .bots
        .iter()
        .take(6)
        .map(|b| {
            let mut bot = serde_json::Map::new();
            bot.insert("botId".into(), pick(b.id).into());
            for (name, flag) in names.iter().zip(&b.flags) {
                if let Some(value) = flag {
                    bot.insert((*name).into(), value.map_or(Value::Null, Value::Bool));
                }
            }
            Value::Object(bot)
        })
        .collect();
    let mut version = format!("{}.{}.{}", m.version.0, m.version.1, m.version.2);
    if let Some(suffix) = &m.version_suffix {
        version.push_str(suffix);
    }
    let mut doc = json!({
        "manifestVersion": "1.17",
        "id": pick(m.id),
        "version": version,
        "name": {"short": "Fuzz"},
        "bots": bots,
        "composeExtensions": m.extensions.iter().take(4).map(|e| match e {
            Some(i) => json!({"botId": pick(*i)}),
            None => json!({"commands": []}),
        }).collect::<Vec<_>>(),
        "connectors": m.connectors.iter().take(4).map(|i| json!({"connectorId": pick(*i)})).collect::<Vec<_>>(),
        "staticTabs": m.tabs.iter().take(4).map(|i| json!({"entityId": pick(*i)})).collect::<Vec<_>>(),
        "configurableTabs": (0..m.channel_tabs % 3).map(|_| json!({"configurationUrl": "https://x"})).collect::<Vec<_>>(),
        "webApplicationInfo": m.web.map(|(a, b)| json!({"id": pick(a), "resource": pick(b)})),
        "authorization": {"permissions": {"resourceSpecific": m.rsc.iter().take(4).map(|(i, app)| json!({
            "name": pick(*i), "type": if *app { "Application" } else { "Delegated" }
        })).collect::<Vec<_>>()}},
        "extensions": if m.office_extensions { json!([{}]) } else { json!([]) },
    });
    if let Some(map) = doc.as_object_mut() {
        for mutation in m.mutations.iter().take(3) {
            let (field, value) = match mutation {
                Mutation::Null(f) => (f, Some(Value::Null)),
                Mutation::Number(f) => (f, Some(json!(1.5))),
                Mutation::Text(f) => (f, Some(json!("text"))),
                Mutation::Remove(f) => (f, None),
                Mutation::EmptyObject(f) => (f, Some(json!({}))),
            };
            let key = FIELDS[usize::from(*field) % FIELDS.len()];
            match value {
                Some(value) => map.insert(key.into(), value),
                None => map.remove(key),
            };
        }
    }
    doc
}

fuzz_target!(|pair: (Manifest, Manifest)| {
    let (old, new) = (build(&pair.0), build(&pair.1));
    let load = |v: &Value| Input::from_bytes("manifest.json", v.to_string().as_bytes());
    let (Ok(old), Ok(new)) = (load(&old), load(&new)) else {
        return;
    };
    let report = check(&old, &new);
    // Every consent rule is always reported.
    assert_eq!(report.consent.len(), teams_update_check::rules::RULES.len());
    assert_eq!(report.checks.len(), 3);
    assert_eq!(
        report.consent_required,
        report.consent.iter().any(|r| r.triggered)
    );
    for rule in &report.consent {
        assert_eq!(rule.triggered, !rule.evidence.is_empty());
    }
    assert_eq!(
        report.changes.is_empty(),
        report.verdict == Verdict::NothingToSubmit
    );
    let _ = render::to_text(&report);
    let _ = render::to_json(&report);
    let itself = check(&new, &new);
    assert_eq!(itself.verdict, Verdict::NothingToSubmit);
    assert!(!itself.consent_required);
});
