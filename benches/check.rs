//! Load + check + JSON report, for the inputs the performance goals name: a typical
//! pair, a maximal manifest, a package with icons, packages at the 1000-entry limit
//! (4 KiB and 64 KiB per file, the latter near the 64 MiB unpacked limit), inputs of
//! growing size up to the 4 MiB limit (to show the time grows linearly), and the
//! largest pair read from files the way the command line does it; and the store
//! checks alone on a typical manifest, a package and a 4 MiB manifest; and what the
//! first check in a process pays to prepare the schema.
//!
//! Run: `cargo bench --bench check` (figures in BENCHMARKS.md).

use std::hint::black_box;
use std::io::Write;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use serde_json::{Value, json};
use teams_update_check::schemas::{self, SchemaKind, SchemaParts};
use teams_update_check::{Input, check, check_files, render};

const OLD: &[u8] = include_bytes!("../assets/examples/contoso-tasks-published.json");
const NEW: &[u8] = include_bytes!("../assets/examples/contoso-tasks-new.json");

fn run(old: &[u8], new: &[u8]) -> String {
    let old = Input::from_bytes("old", old).expect("bench input loads");
    let new = Input::from_bytes("new", new).expect("bench input loads");
    render::to_json(&check(&old, &new))
}

/// A manifest at the schema's limits: 16 personal tabs, long descriptions, a bot and an extension.
fn maximal(version: &str, tab_suffix: &str) -> Vec<u8> {
    let tabs: Vec<Value> = (0..16)
        .map(|i| {
            json!({"entityId": format!("tab{i}{tab_suffix}"), "name": format!("Tab {i}"),
                   "contentUrl": format!("https://contoso.example/tabs/{i}"), "scopes": ["personal"]})
        })
        .collect();
    serde_json::to_vec_pretty(&json!({
        "manifestVersion": "1.17", "version": version, "id": "4e5a8c1d-2b7f-4c3e-9a6d-0f1e2d3c4b5a",
        "name": {"short": "Contoso", "full": "Contoso ".repeat(12)},
        "description": {"short": "d".repeat(80), "full": "Long description. ".repeat(220)},
        "developer": {"name": "Contoso", "websiteUrl": "https://contoso.example"},
        "icons": {"color": "color.png", "outline": "outline.png"},
        "bots": [{"botId": "9d2c7b4a-1e3f-4a5b-8c6d-7e8f9a0b1c2d", "scopes": ["personal", "team", "groupchat"]}],
        "composeExtensions": [{"botId": "9d2c7b4a-1e3f-4a5b-8c6d-7e8f9a0b1c2d", "commands": []}],
        "staticTabs": tabs,
        "validDomains": (0..16).map(|i| format!("d{i}.contoso.example")).collect::<Vec<_>>(),
    }))
    .expect("serialisable")
}

/// An app package with the manifest, two icons and translation files.
fn package(version: &str, icon_byte: u8) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let files: Vec<(String, Vec<u8>)> = [
        ("manifest.json".to_string(), maximal(version, "")),
        ("color.png".to_string(), vec![icon_byte; 40_000]),
        ("outline.png".to_string(), vec![7; 2_000]),
    ]
    .into_iter()
    .chain((0..20).map(|i| {
        (
            format!("lang/{i}.json"),
            format!("{{\"name.short\": \"App {i}\"}}").into_bytes(),
        )
    }))
    .collect();
    for (name, bytes) in files {
        writer.start_file(name, options).expect("zip entry");
        writer.write_all(&bytes).expect("zip write");
    }
    writer.finish().expect("zip finish").into_inner()
}

/// An app package at the entry limit: the manifest and 999 companion files of `each` bytes
/// (translation-like JSON text, deflated as packaging tools do).
fn package_many(version: &str, each: usize) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    writer
        .start_file("manifest.json", options)
        .expect("zip entry");
    writer.write_all(&maximal(version, "")).expect("zip write");
    for i in 0..999 {
        let line = format!("\"key.{i}\": \"Translated text number {i} for {version}\",\n");
        let text: String = line
            .repeat(each / line.len() + 1)
            .chars()
            .take(each)
            .collect();
        writer
            .start_file(format!("lang/{i}.json"), options)
            .expect("zip entry");
        writer.write_all(text.as_bytes()).expect("zip write");
    }
    writer.finish().expect("zip finish").into_inner()
}

/// A valid manifest of about `bytes` bytes: many small objects, so parsing and diffing both scale.
fn sized(bytes: usize, version: &str) -> Vec<u8> {
    let entry = json!({"id": "x", "title": "A typical command title", "value": 12345});
    let per = serde_json::to_vec(&entry).expect("serialisable").len() + 1;
    let commands: Vec<Value> = (0..bytes / per).map(|_| entry.clone()).collect();
    serde_json::to_vec(&json!({
        "id": "4e5a8c1d-2b7f-4c3e-9a6d-0f1e2d3c4b5a", "version": version, "commands": commands,
    }))
    .expect("serialisable")
}

fn benches(c: &mut Criterion) {
    c.bench_function("typical pair (example manifests)", |b| {
        b.iter(|| run(black_box(OLD), black_box(NEW)))
    });

    let (old, new) = (maximal("1.0.0", ""), maximal("1.0.1", "-v2"));
    c.bench_function("maximal manifest (16 tabs, long texts)", |b| {
        b.iter(|| run(black_box(&old), black_box(&new)))
    });

    let (old, new) = (package("1.0.0", 1), package("1.0.1", 2));
    c.bench_function("package with icons and 20 translations", |b| {
        b.iter(|| run(black_box(&old), black_box(&new)))
    });

    // Packages at the 1000-entry limit: every companion file differs between the two.
    let mut group = c.benchmark_group("package with 999 companion files");
    group.sample_size(10);
    for each in [4 << 10, 64 << 10] {
        let (old, new) = (package_many("1.0.0", each), package_many("1.0.1", each));
        group.throughput(Throughput::Bytes(1000 * each as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{} KiB each", each >> 10)),
            &(old, new),
            |b, (old, new)| b.iter(|| run(black_box(old), black_box(new))),
        );
    }
    group.finish();

    let mut group = c.benchmark_group("growing manifest");
    group.sample_size(10);
    for size in [64 << 10, 256 << 10, 1 << 20, (4 << 20) - 4096] {
        let (old, new) = (sized(size, "1.0.0"), sized(size, "1.0.1"));
        group.throughput(Throughput::Bytes(old.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(old.len()),
            &(old, new),
            |b, (old, new)| b.iter(|| run(black_box(old), black_box(new))),
        );
    }
    group.finish();

    // The entry point the command line uses: both files read, parsed and checked.
    let folder = tempfile::tempdir().expect("temporary folder");
    let (old_path, new_path) = (
        folder.path().join("old.json"),
        folder.path().join("new.json"),
    );
    std::fs::write(&old_path, sized((4 << 20) - 4096, "1.0.0")).expect("write old");
    std::fs::write(&new_path, sized((4 << 20) - 4096, "1.0.1")).expect("write new");
    // The store checks alone, on an input already loaded (schemas compiled on the
    // first iteration, as in a real run's first check, then reused).
    let typical = Input::from_bytes("new", NEW).expect("bench input loads");
    c.bench_function("store checks: typical manifest", |b| {
        b.iter(|| black_box(teams_update_check::report::store_checks(&typical)))
    });
    // What the first check in a process pays for the schema, every time: split the
    // bundled 1.17 schema, pick the parts the typical manifest reaches, compile them.
    let typical_document: Value = serde_json::from_slice(NEW).expect("valid JSON");
    c.bench_function(
        "schema for a typical manifest: split + trim + compile (once per process)",
        |b| {
            b.iter(|| {
                let text = schemas::schema_text("1.17", SchemaKind::Manifest).expect("bundled");
                let parts = SchemaParts::parse(text).expect("a schema object");
                let schema = parts.kept_for(&typical_document).expect("local references");
                black_box(
                    jsonschema::draft4::options()
                        .should_validate_formats(true)
                        .build(&schema)
                        .expect("compiles"),
                )
            })
        },
    );
    let large = Input::from_bytes("app.zip", &package("1.0.1", 2)).expect("bench input loads");
    c.bench_function(
        "store checks: package with icons and 20 translations",
        |b| b.iter(|| black_box(teams_update_check::report::store_checks(&large))),
    );
    // Near the 4 MiB limit, with a known format so the schema check runs too.
    let mut near_limit: Value =
        serde_json::from_slice(&sized((4 << 20) - 4096, "1.0.1")).expect("valid JSON");
    near_limit["manifestVersion"] = json!("1.17");
    let near_limit = serde_json::to_vec(&near_limit).expect("serialisable");
    let limit = Input::from_bytes("new", &near_limit).expect("bench input loads");
    let mut group = c.benchmark_group("store checks: 4 MiB manifest");
    group.sample_size(10);
    group.bench_function("4 MiB", |b| {
        b.iter(|| black_box(teams_update_check::report::store_checks(&limit)))
    });
    group.finish();

    let mut group = c.benchmark_group("largest pair from files (check_files)");
    group.sample_size(10);
    group.bench_function("2 x 4 MiB", |b| {
        b.iter(|| {
            let report = check_files(black_box(&old_path), black_box(&new_path));
            render::to_json(&report.expect("bench input loads"))
        })
    });
    group.finish();
}

criterion_group!(check_benches, benches);
criterion_main!(check_benches);
