//! The official Teams manifest and localization schemas of every published
//! manifest format, carried inside the program (never fetched: the app makes no
//! network connections), and the validators compiled from them.
//!
//! The files are `assets/schemas/teams/v<format>/…`, byte for byte the ones
//! Microsoft publishes in `microsoft/json-schemas` (MIT; provenance in
//! `assets/schemas/teams/SOURCES.md`), included as text. A format's schema is
//! read the first time a manifest of that format is checked. The schema check
//! compiles, per document, only the top-level fields the document has and what
//! they refer to ([`trim`]); the whole schema is compiled only where something
//! needs it whole (and then kept for the rest of the run).

pub mod agents;
pub mod trim;

use std::sync::{Arc, Mutex, OnceLock};

use serde_json::Value;

pub use trim::SchemaParts;

/// The manifest formats Microsoft has published, oldest first (there is no 1.18).
pub const KNOWN_FORMATS: [&str; 31] = [
    "1.0",
    "1.1",
    "1.2",
    "1.3",
    "1.4",
    "1.5",
    "1.6",
    "1.7",
    "1.8",
    "1.9",
    "1.10",
    "1.11",
    "1.12",
    "1.13",
    "1.14",
    "1.15",
    "1.16",
    "1.17",
    "1.19",
    "1.20",
    "1.21",
    "1.22",
    "1.23",
    "1.24",
    "1.25",
    "1.26",
    "1.27",
    "1.28",
    "1.29",
    "1.30",
    "devPreview",
];

/// One bundled schema folder (`v1.17`): its two files, as text.
struct Bundled {
    /// The folder's name: `v1.17` or `vDevPreview`.
    folder: &'static str,
    /// `MicrosoftTeams.schema.json`.
    manifest: &'static str,
    /// `MicrosoftTeams.Localization.schema.json` (formats 1.5 and later).
    localization: Option<&'static str>,
}

/// The text of `assets/schemas/teams/<folder>/<file>`.
macro_rules! schema_file {
    ($folder:literal, $file:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/schemas/teams/",
            $folder,
            "/",
            $file
        ))
    };
}

/// A bundled folder with only the manifest schema (formats before 1.5).
macro_rules! manifest_only {
    ($folder:literal) => {
        Bundled {
            folder: $folder,
            manifest: schema_file!($folder, "MicrosoftTeams.schema.json"),
            localization: None,
        }
    };
}

/// A bundled folder with both schemas.
macro_rules! both {
    ($folder:literal) => {
        Bundled {
            folder: $folder,
            manifest: schema_file!($folder, "MicrosoftTeams.schema.json"),
            localization: Some(schema_file!(
                $folder,
                "MicrosoftTeams.Localization.schema.json"
            )),
        }
    };
}

/// Every bundled schema folder, in the order of [`KNOWN_FORMATS`].
static BUNDLED: [Bundled; KNOWN_FORMATS.len()] = [
    manifest_only!("v1.0"),
    manifest_only!("v1.1"),
    manifest_only!("v1.2"),
    manifest_only!("v1.3"),
    manifest_only!("v1.4"),
    both!("v1.5"),
    both!("v1.6"),
    both!("v1.7"),
    both!("v1.8"),
    both!("v1.9"),
    both!("v1.10"),
    both!("v1.11"),
    both!("v1.12"),
    both!("v1.13"),
    both!("v1.14"),
    both!("v1.15"),
    both!("v1.16"),
    both!("v1.17"),
    both!("v1.19"),
    both!("v1.20"),
    both!("v1.21"),
    both!("v1.22"),
    both!("v1.23"),
    both!("v1.24"),
    both!("v1.25"),
    both!("v1.26"),
    both!("v1.27"),
    both!("v1.28"),
    both!("v1.29"),
    both!("v1.30"),
    both!("vDevPreview"),
];

/// Which of the two schemas of a format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaKind {
    /// `MicrosoftTeams.schema.json`: the manifest.
    Manifest,
    /// `MicrosoftTeams.Localization.schema.json`: a localization file.
    Localization,
}

/// The bundled folder name of a known format: `v1.17`, `vDevPreview`.
pub fn folder_of(format: &str) -> Option<String> {
    Some(BUNDLED.get(slot(format)?)?.folder.to_string())
}

/// The text of a bundled schema, as shipped; `None` for an unknown format, or a
/// localization schema before 1.5.
pub fn schema_text(format: &str, kind: SchemaKind) -> Option<&'static str> {
    let bundled = BUNDLED.get(slot(format)?)?;
    match kind {
        SchemaKind::Manifest => Some(bundled.manifest),
        SchemaKind::Localization => bundled.localization,
    }
}

/// One value per bundled schema of one kind, made on first use.
type Cache<T> = [OnceLock<Option<T>>; KNOWN_FORMATS.len()];

/// The caches of one kind of schema.
struct Caches {
    documents: Cache<Value>,
    validators: Cache<Arc<jsonschema::Validator>>,
    parts: Cache<SchemaParts<'static>>,
}

impl Caches {
    const fn new() -> Self {
        Caches {
            documents: [const { OnceLock::new() }; KNOWN_FORMATS.len()],
            validators: [const { OnceLock::new() }; KNOWN_FORMATS.len()],
            parts: [const { OnceLock::new() }; KNOWN_FORMATS.len()],
        }
    }
}

static MANIFEST: Caches = Caches::new();
static LOCALIZATION: Caches = Caches::new();

fn caches(kind: SchemaKind) -> &'static Caches {
    match kind {
        SchemaKind::Manifest => &MANIFEST,
        SchemaKind::Localization => &LOCALIZATION,
    }
}

/// Where a known format is in [`KNOWN_FORMATS`] (and [`BUNDLED`]).
fn slot(format: &str) -> Option<usize> {
    KNOWN_FORMATS.iter().position(|known| *known == format)
}

/// The schema document of a known format (`1.17`, `devPreview`), read on first
/// use. `None` for an unknown format, or a localization schema before 1.5.
pub fn document(format: &str, kind: SchemaKind) -> Option<&'static Value> {
    let index = slot(format)?;
    caches(kind)
        .documents
        .get(index)?
        .get_or_init(|| serde_json::from_str(schema_text(format, kind)?).ok())
        .as_ref()
}

/// The draft-04 validator of a known format's whole schema, with the `uri` format
/// asserted as Microsoft's own validator does; compiled on first use.
pub fn validator(format: &str, kind: SchemaKind) -> Option<&'static jsonschema::Validator> {
    whole_validator(format, kind).map(|whole| &**whole)
}

fn whole_validator(format: &str, kind: SchemaKind) -> Option<&'static Arc<jsonschema::Validator>> {
    let index = slot(format)?;
    caches(kind)
        .validators
        .get(index)?
        .get_or_init(|| build(document(format, kind)?).map(Arc::new))
        .as_ref()
}

/// The validator for one document: the format's schema with the top-level fields
/// the document does not have left out ([`SchemaParts::kept_for`]). Validating
/// with it gives exactly the errors the whole schema gives (tests compare both on
/// fixtures and over the corpus); compiling it costs a fraction of compiling the
/// whole schema, which would be most of a command-line `check` (BENCHMARKS.md).
/// When the schema cannot be trimmed, the whole schema's validator.
///
/// The last few are kept, by format and the top-level properties kept (all the
/// trimmed schema is made from), so the window checking the same files again (a
/// swap, a file saved again) compiles nothing.
pub fn validator_for(
    format: &str,
    kind: SchemaKind,
    instance: &Value,
) -> Option<Arc<jsonschema::Validator>> {
    let index = slot(format)?;
    let parts = caches(kind)
        .parts
        .get(index)?
        .get_or_init(|| SchemaParts::parse(schema_text(format, kind)?))
        .as_ref();
    let Some(parts) = parts else {
        return whole_validator(format, kind).map(Arc::clone);
    };
    let key = (index, kind, parts.properties_of(instance));
    let lock = || {
        TRIMMED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    };
    if let Some((_, found)) = lock().iter().find(|(cached, _)| *cached == key) {
        return Some(Arc::clone(found));
    }
    let Some(trimmed) = parts.with_properties(&key.2) else {
        return whole_validator(format, kind).map(Arc::clone);
    };
    let validator = Arc::new(build(&trimmed)?);
    let mut cache = lock();
    if cache.len() >= TRIMMED_KEPT {
        cache.remove(0);
    }
    cache.push((key, Arc::clone(&validator)));
    Some(validator)
}

/// The names of the top-level `properties` of a known format's schema (the fields a
/// document of that format may have at its top level), read from the split schema
/// without parsing its entries. `None` for an unknown format.
pub fn top_level_properties(format: &str, kind: SchemaKind) -> Option<Vec<&'static str>> {
    let index = slot(format)?;
    let parts = caches(kind)
        .parts
        .get(index)?
        .get_or_init(|| SchemaParts::parse(schema_text(format, kind)?))
        .as_ref()?;
    Some(parts.property_names().collect())
}

/// How many trimmed validators are kept (a window checks one pair at a time).
const TRIMMED_KEPT: usize = 4;

/// The trimmed validators compiled last: format (its place in [`KNOWN_FORMATS`]),
/// kind and [`SchemaParts::properties_of`], with the validator.
type Trimmed = ((usize, SchemaKind, Vec<bool>), Arc<jsonschema::Validator>);

static TRIMMED: Mutex<Vec<Trimmed>> = Mutex::new(Vec::new());

/// The draft-04 validator with the `uri` format asserted.
fn build(schema: &Value) -> Option<jsonschema::Validator> {
    jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(schema)
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_format_is_bundled_and_compiles() {
        for format in KNOWN_FORMATS {
            let folder = match format {
                "devPreview" => "vDevPreview".to_string(),
                _ => format!("v{format}"),
            };
            assert_eq!(folder_of(format), Some(folder));
            assert!(
                validator(format, SchemaKind::Manifest).is_some(),
                "{format}"
            );
            let has_localization = !matches!(format, "1.0" | "1.1" | "1.2" | "1.3" | "1.4");
            assert_eq!(
                validator(format, SchemaKind::Localization).is_some(),
                has_localization,
                "{format}"
            );
        }
        assert!(validator("1.18", SchemaKind::Manifest).is_none());
        assert!(document("m365DevPreview", SchemaKind::Manifest).is_none());
    }

    #[test]
    fn every_schema_folder_in_assets_is_bundled() {
        let folder = format!("{}/assets/schemas/teams", env!("CARGO_MANIFEST_DIR"));
        let mut on_disk: Vec<String> = std::fs::read_dir(&folder)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|entry| entry.path().is_dir())
                    .filter_map(|entry| entry.file_name().into_string().ok())
                    .collect()
            })
            .unwrap_or_default();
        on_disk.sort();
        let mut bundled: Vec<String> = BUNDLED.iter().map(|b| b.folder.to_string()).collect();
        bundled.sort();
        assert_eq!(on_disk, bundled);
    }

    #[test]
    fn bundled_schemas_are_the_files_in_assets_byte_for_byte() {
        for format in ["1.0", "1.17", "devPreview"] {
            let folder = folder_of(format).unwrap_or_default();
            let path = format!(
                "{}/assets/schemas/teams/{folder}/MicrosoftTeams.schema.json",
                env!("CARGO_MANIFEST_DIR")
            );
            let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(!on_disk.is_empty(), "{path}");
            assert_eq!(
                schema_text(format, SchemaKind::Manifest),
                Some(on_disk.as_str())
            );
        }
    }

    #[test]
    fn uri_format_is_asserted() {
        let Some(validator) = validator("1.17", SchemaKind::Manifest) else {
            panic!("1.17 is bundled");
        };
        let mut manifest: Value = serde_json::json!({"$schema": "not a link"});
        let errors: Vec<_> = validator.iter_errors(&manifest).collect();
        assert!(
            errors
                .iter()
                .any(|e| e.instance_path().to_string() == "/$schema"),
            "{errors:?}"
        );
        manifest["$schema"] = Value::from(
            "https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json",
        );
        let errors: Vec<_> = validator.iter_errors(&manifest).collect();
        assert!(
            !errors
                .iter()
                .any(|e| e.instance_path().to_string() == "/$schema"),
            "{errors:?}"
        );
    }

    /// The errors a validator reports, with where and what.
    fn errors(validator: &jsonschema::Validator, document: &Value) -> Vec<String> {
        validator
            .iter_errors(document)
            .map(|error| format!("{} {:?}", error.instance_path(), error.kind()))
            .collect()
    }

    /// Asserts that the trimmed and the whole schema find the same errors, in the
    /// same order; returns how many.
    fn same_errors(format: &str, kind: SchemaKind, document: &Value) -> usize {
        let Some(whole) = validator(format, kind) else {
            return 0;
        };
        let Some(trimmed) = validator_for(format, kind, document) else {
            panic!("{format}: a trimmed validator compiles");
        };
        let expected = errors(whole, document);
        assert_eq!(errors(&trimmed, document), expected, "{format} {kind:?}");
        expected.len()
    }

    #[test]
    fn trimmed_validators_find_what_the_whole_schema_finds_in_every_format() {
        let manifest: Value = serde_json::json!({
            "$schema": "https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json",
            "manifestVersion": "1.17",
            "id": "not a guid",
            "bots": [{"botId": "not a guid", "scopes": ["everywhere"]}],
            "staticTabs": [{"entityId": "x", "scopes": ["personal"], "contentUrl": "http://x"}],
            "unknownField": 1
        });
        let localization = serde_json::json!({"name.short": 7, "extra": true});
        for format in KNOWN_FORMATS {
            assert!(same_errors(format, SchemaKind::Manifest, &manifest) > 0);
            let has_localization = schema_text(format, SchemaKind::Localization).is_some();
            assert_eq!(
                same_errors(format, SchemaKind::Localization, &localization) > 0,
                has_localization,
                "{format}"
            );
        }
    }

    /// The example manifests and the test fixtures (each also with every top-level
    /// value of the wrong type): what runs without `../shared`'s corpus
    /// (`tests/corpus.rs` compares the whole corpus).
    #[test]
    fn trimmed_validators_find_what_the_whole_schema_finds_on_the_fixtures() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut files: Vec<std::path::PathBuf> = ["assets/examples", "tests/fixtures"]
            .iter()
            .filter_map(|folder| std::fs::read_dir(format!("{root}/{folder}")).ok())
            .flatten()
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
            .collect();
        files.sort();
        let mut compared = 0;
        for path in &files {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            let Ok(document) = serde_json::from_str::<Value>(&text) else {
                continue;
            };
            let Some(format) = document
                .get("manifestVersion")
                .and_then(Value::as_str)
                .filter(|format| KNOWN_FORMATS.contains(format))
            else {
                continue;
            };
            let mut broken = document.clone();
            if let Some(fields) = broken.as_object_mut() {
                for (name, value) in fields.iter_mut() {
                    if name != "manifestVersion" {
                        *value = serde_json::json!([{"wrong": true}]);
                    }
                }
            }
            same_errors(format, SchemaKind::Manifest, &document);
            assert!(same_errors(format, SchemaKind::Manifest, &broken) > 0);
            compared += 1;
        }
        assert!(compared >= 2, "{compared} fixtures in {files:?}");
    }
}
