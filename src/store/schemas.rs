//! The official Teams manifest and localization schemas of every published
//! manifest format, carried inside the program (never fetched: the app makes no
//! network connections).
//!
//! The files are `assets/schemas/teams/v<format>/…`, byte for byte the ones
//! Microsoft publishes in `microsoft/json-schemas` (MIT; provenance in
//! `assets/schemas/teams/SOURCES.md`), included as text (the installers compress
//! them; kept as text here, a schema is read in place with no copy to unpack);
//! a format's schema is unpacked, read and compiled the first time a manifest of
//! that format is checked, and kept for the rest of the run.

use std::sync::{Arc, Mutex, OnceLock};

use serde_json::Value;

/// One bundled schema folder (`v1.17`).
pub(crate) struct Bundled {
    /// The folder's name: `v1.17` or `vDevPreview`.
    folder: &'static str,
    /// `MicrosoftTeams.schema.json`.
    manifest: &'static str,
    /// `MicrosoftTeams.Localization.schema.json` (formats 1.5 and later).
    localization: Option<&'static str>,
}

include!(concat!(env!("OUT_DIR"), "/bundled_schemas.rs"));

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
    KNOWN_FORMATS.contains(&format).then(|| {
        if format == "devPreview" {
            "vDevPreview".to_string()
        } else {
            format!("v{format}")
        }
    })
}

type Cache<T> = [OnceLock<Option<T>>; BUNDLED.len()];

static MANIFEST_DOCUMENTS: Cache<Value> = [const { OnceLock::new() }; BUNDLED.len()];
static LOCALIZATION_DOCUMENTS: Cache<Value> = [const { OnceLock::new() }; BUNDLED.len()];
static MANIFEST_VALIDATORS: Cache<Arc<jsonschema::Validator>> =
    [const { OnceLock::new() }; BUNDLED.len()];
static LOCALIZATION_VALIDATORS: Cache<Arc<jsonschema::Validator>> =
    [const { OnceLock::new() }; BUNDLED.len()];

/// Where a format's schema is in the tables.
fn slot(format: &str) -> Option<usize> {
    let folder = folder_of(format)?;
    BUNDLED.iter().position(|bundled| bundled.folder == folder)
}

/// The schema document of a known format (`1.17`, `devPreview`), unpacked and read
/// on first use. `None` for an unknown format, or a localization schema before 1.5.
pub fn document(format: &str, kind: SchemaKind) -> Option<&'static Value> {
    let index = slot(format)?;
    let bundled = BUNDLED.get(index)?;
    let (cache, bytes) = match kind {
        SchemaKind::Manifest => (&MANIFEST_DOCUMENTS, Some(bundled.manifest)),
        SchemaKind::Localization => (&LOCALIZATION_DOCUMENTS, bundled.localization),
    };
    cache
        .get(index)?
        .get_or_init(|| serde_json::from_str(bytes?).ok())
        .as_ref()
}

/// The draft-04 validator of a known format's whole schema, with the `uri` format
/// asserted as Microsoft's own validator does; compiled on first use.
pub fn validator(format: &str, kind: SchemaKind) -> Option<&'static jsonschema::Validator> {
    whole_validator(format, kind).map(|whole| &**whole)
}

fn whole_validator(format: &str, kind: SchemaKind) -> Option<&'static Arc<jsonschema::Validator>> {
    let index = slot(format)?;
    let cache = match kind {
        SchemaKind::Manifest => &MANIFEST_VALIDATORS,
        SchemaKind::Localization => &LOCALIZATION_VALIDATORS,
    };
    cache
        .get(index)?
        .get_or_init(|| build(document(format, kind)?).map(Arc::new))
        .as_ref()
}

/// The validator for one document: the format's schema with the subschemas the
/// document cannot reach left out (see [`SchemaParts::trimmed_for`]), compiled on
/// first use for that set of top-level fields and kept (a few sets at a time).
///
/// Validating with it gives exactly the errors the whole schema gives (a test runs
/// both over the corpus); reading and compiling it costs a fraction of the whole
/// schema, which is most of a command-line `check` (BENCHMARKS.md).
pub fn validator_for(
    format: &str,
    kind: SchemaKind,
    instance: &Value,
) -> Option<Arc<jsonschema::Validator>> {
    let index = slot(format)?;
    let parts = parts(index, kind)?;
    let Some(trim) = parts.kept_for(instance) else {
        return whole_validator(format, kind).map(Arc::clone);
    };
    let key = TrimmedKey {
        index,
        kind,
        kept: trim.kept.clone(),
    };
    let mut cache = TRIMMED_VALIDATORS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(found) = cache.iter().find(|(k, _)| *k == key) {
        return Some(Arc::clone(&found.1));
    }
    let schema = parts.assemble(trim)?;
    let compiled = Arc::new(build(&schema)?);
    if cache.len() >= TRIMMED_CACHE_SIZE {
        cache.remove(0);
    }
    cache.push((key, Arc::clone(&compiled)));
    Some(compiled)
}

/// How many trimmed validators are kept (a window checks one pair at a time).
const TRIMMED_CACHE_SIZE: usize = 8;

/// Which trimmed schema a validator was compiled from.
#[derive(PartialEq, Eq)]
struct TrimmedKey {
    index: usize,
    kind: SchemaKind,
    kept: Kept,
}

static TRIMMED_VALIDATORS: Mutex<Vec<(TrimmedKey, Arc<jsonschema::Validator>)>> =
    Mutex::new(Vec::new());

static MANIFEST_PARTS: Cache<SchemaParts<'static>> = [const { OnceLock::new() }; BUNDLED.len()];
static LOCALIZATION_PARTS: Cache<SchemaParts<'static>> = [const { OnceLock::new() }; BUNDLED.len()];

/// A bundled schema split into parts, unpacked on first use.
fn parts(index: usize, kind: SchemaKind) -> Option<&'static SchemaParts<'static>> {
    let bundled = BUNDLED.get(index)?;
    let (cache, bytes) = match kind {
        SchemaKind::Manifest => (&MANIFEST_PARTS, Some(bundled.manifest)),
        SchemaKind::Localization => (&LOCALIZATION_PARTS, bundled.localization),
    };
    cache
        .get(index)?
        .get_or_init(|| SchemaParts::parse(bytes?))
        .as_ref()
}

/// The two tables of a schema's top level whose entries are kept or left out.
const TABLES: [&str; 2] = ["properties", "definitions"];

/// Which entries of [`TABLES`] a trimmed schema keeps: one flag per entry, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept([Vec<bool>; 2]);

/// The entries a document needs ([`SchemaParts::kept_for`]), with those entries
/// already read, ready to be moved into the trimmed schema.
pub struct Trim {
    /// Which entries are kept.
    pub kept: Kept,
    /// The kept entries, read; `None` for the others.
    read: [Vec<Option<Value>>; 2],
}

/// A schema split at its top level. Its `properties` and `definitions` entries are
/// kept as unread text and read one at a time, when a document needs them, so
/// a schema is never read whole to check one manifest.
pub struct SchemaParts<'t> {
    /// The top level in order: a value, or where one of [`TABLES`] goes.
    top: Vec<(String, Top)>,
    /// The entries of each of [`TABLES`] (empty when the schema lacks it).
    tables: [Vec<Entry<'t>>; 2],
}

/// A top-level keyword of a split schema.
enum Top {
    Value(Value),
    Table(usize),
}

/// One entry of `properties` or `definitions`: its name and its text, unread.
struct Entry<'t> {
    name: String,
    raw: &'t serde_json::value::RawValue,
}

impl Entry<'_> {
    fn read(&self) -> Option<Value> {
        serde_json::from_str(self.raw.get()).ok()
    }
}

impl<'t> SchemaParts<'t> {
    /// Splits a schema's text, in place; `None` when it is not a JSON object.
    pub fn parse(text: &'t str) -> Option<SchemaParts<'t>> {
        serde_json::from_str(text).ok()
    }

    /// Which entries a document needs: each property it has, and each property or
    /// definition a needed part refers to. A subschema under `properties` only
    /// ever applies to that field of the document, so leaving the others out
    /// changes no error. `None` when the schema refers to itself in a form this
    /// does not follow (anything but `#/properties/<name>…` and
    /// `#/definitions/<name>…`): then the whole schema is used.
    pub fn kept_for(&self, instance: &Value) -> Option<Trim> {
        let fields = instance.as_object();
        let mut read: [Vec<Option<Value>>; 2] = self
            .tables
            .each_ref()
            .map(|table| table.iter().map(|_| None).collect());
        let mut references: Vec<String> = Vec::new();
        for (_, top) in &self.top {
            if let Top::Value(value) = top {
                collect_references(value, &mut references);
            }
        }
        let (properties, slots) = (self.tables.first()?, read.first_mut()?);
        for (entry, slot) in properties.iter().zip(slots.iter_mut()) {
            if fields.is_some_and(|fields| fields.contains_key(&entry.name)) {
                let value = entry.read()?;
                collect_references(&value, &mut references);
                *slot = Some(value);
            }
        }
        while let Some(reference) = references.pop() {
            let (table, name) = local_target(&reference)?;
            let entries = self.tables.get(table)?;
            let position = entries.iter().position(|entry| entry.name == name)?;
            let slot = read.get_mut(table)?.get_mut(position)?;
            if slot.is_none() {
                let value = entries.get(position)?.read()?;
                collect_references(&value, &mut references);
                *slot = Some(value);
            }
        }
        let kept = Kept(
            read.each_ref()
                .map(|slots| slots.iter().map(Option::is_some).collect()),
        );
        Some(Trim { kept, read })
    }

    /// The schema with the entries not kept replaced by `{}` (their names stay,
    /// so `additionalProperties` is unchanged).
    pub fn assemble(&self, trim: Trim) -> Option<Value> {
        let mut read = trim.read;
        let mut root = serde_json::Map::new();
        for (keyword, top) in &self.top {
            let value = match top {
                Top::Value(value) => value.clone(),
                Top::Table(table) => {
                    let slots = std::mem::take(read.get_mut(*table)?);
                    let mut out = serde_json::Map::new();
                    for (entry, slot) in self.tables.get(*table)?.iter().zip(slots) {
                        let value = slot.unwrap_or_else(|| Value::Object(serde_json::Map::new()));
                        out.insert(entry.name.clone(), value);
                    }
                    Value::Object(out)
                }
            };
            root.insert(keyword.clone(), value);
        }
        Some(Value::Object(root))
    }
}

impl<'de> serde::Deserialize<'de> for SchemaParts<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = SchemaParts<'de>;
            fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                formatter.write_str("a JSON schema object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<SchemaParts<'de>, A::Error> {
                let mut parts = SchemaParts {
                    top: Vec::new(),
                    tables: [Vec::new(), Vec::new()],
                };
                while let Some(keyword) = map.next_key::<String>()? {
                    let table = TABLES.iter().position(|name| *name == keyword);
                    let slot = table.and_then(|table| parts.tables.get_mut(table));
                    // A repeated keyword: the last one counts, as when reading JSON.
                    let top = match (table, slot) {
                        (Some(table), Some(slot)) => {
                            let Table(entries) = map.next_value()?;
                            *slot = entries;
                            Top::Table(table)
                        }
                        _ => Top::Value(map.next_value()?),
                    };
                    parts.top.retain(|(seen, _)| *seen != keyword);
                    parts.top.push((keyword, top));
                }
                Ok(parts)
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

/// The entries of `properties` or `definitions`, in order, unread.
struct Table<'t>(Vec<Entry<'t>>);

impl<'de> serde::Deserialize<'de> for Table<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Table<'de>;
            fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                formatter.write_str("an object of subschemas")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Table<'de>, A::Error> {
                let mut entries: Vec<Entry<'de>> = Vec::new();
                while let Some(name) = map.next_key::<String>()? {
                    let raw = map.next_value()?;
                    // A repeated name: the last one counts, as when reading JSON.
                    entries.retain(|entry| entry.name != name);
                    entries.push(Entry { name, raw });
                }
                Ok(Table(entries))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

/// Every `$ref` under a schema value.
fn collect_references(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                match (key.as_str(), inner) {
                    ("$ref", Value::String(target)) => out.push(target.clone()),
                    _ => collect_references(inner, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_references(item, out)),
        _ => {}
    }
}

/// `#/definitions/guid` → (1, `guid`): the table ([`TABLES`]) and entry a
/// reference names; `None` for any other form of reference, or a name that would
/// need unescaping.
fn local_target(reference: &str) -> Option<(usize, &str)> {
    let path = reference.strip_prefix("#/")?;
    let (keyword, rest) = path.split_once('/')?;
    let name = rest.split('/').next()?;
    let table = TABLES.iter().position(|table| *table == keyword)?;
    (!name.is_empty() && !name.contains(['~', '%'])).then_some((table, name))
}

/// The draft-04 validator with the `uri` format asserted.
fn build(schema: &Value) -> Option<jsonschema::Validator> {
    jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(schema)
        .ok()
}

/// The text of a bundled schema, as shipped (for tests and tools).
pub fn schema_text(format: &str, kind: SchemaKind) -> Option<&'static str> {
    let folder = folder_of(format)?;
    let bundled = BUNDLED.iter().find(|bundled| bundled.folder == folder)?;
    match kind {
        SchemaKind::Manifest => Some(bundled.manifest),
        SchemaKind::Localization => bundled.localization,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_format_is_bundled_and_compiles() {
        assert_eq!(
            BUNDLED.len(),
            KNOWN_FORMATS.len(),
            "one folder per known format"
        );
        for format in KNOWN_FORMATS {
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

    #[test]
    fn trimming_keeps_what_the_document_reaches_and_empties_the_rest() {
        let schema = serde_json::json!({
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "id": {"$ref": "#/definitions/guid"},
                "bots": {"type": "array", "items": {"$ref": "#/definitions/bot"}},
                "tabs": {"type": "array"},
                "task": {"$ref": "#/properties/bots/items"}
            },
            "definitions": {
                "guid": {"type": "string", "pattern": "^[0-9a-f-]+$"},
                "bot": {"type": "object", "properties": {"botId": {"$ref": "#/definitions/guid"}}},
                "unused": {"type": "string"}
            },
            "required": ["id"]
        });
        let text = schema.to_string();
        let Some(parts) = SchemaParts::parse(&text) else {
            panic!("a schema object splits");
        };
        let Some(trim) = parts.kept_for(&serde_json::json!({"task": {}})) else {
            panic!("the references are all local");
        };
        assert_eq!(
            trim.kept,
            Kept([vec![false, true, false, true], vec![true, true, false]])
        );
        let Some(trimmed) = parts.assemble(trim) else {
            panic!("assembles");
        };
        assert_eq!(trimmed["properties"]["id"], serde_json::json!({}));
        assert_eq!(trimmed["properties"]["tabs"], serde_json::json!({}));
        assert_eq!(trimmed["definitions"]["unused"], serde_json::json!({}));
        assert_eq!(trimmed["properties"]["bots"], schema["properties"]["bots"]);
        assert_eq!(trimmed["definitions"]["bot"], schema["definitions"]["bot"]);
        // Everything else as it was, in the same order.
        let keys: Vec<&String> = trimmed
            .as_object()
            .map(|o| o.keys().collect())
            .unwrap_or_default();
        assert_eq!(
            keys,
            [
                "type",
                "additionalProperties",
                "properties",
                "definitions",
                "required"
            ]
        );
        assert_eq!(trimmed["additionalProperties"], false);
        // A document with every field keeps every property and what they refer to.
        let every = serde_json::json!({"id": 1, "bots": 2, "tabs": 3, "task": 4});
        let kept = parts.kept_for(&every).map(|trim| trim.kept);
        assert_eq!(kept, Some(Kept([vec![true; 4], vec![true, true, false]])));
        // A reference this does not follow: the whole schema is used.
        let recursive = r##"{"properties": {"a": {"$ref": "#"}}}"##;
        let parts = SchemaParts::parse(recursive);
        assert!(parts.is_some_and(|parts| parts.kept_for(&serde_json::json!({"a": 1})).is_none()));
    }

    #[test]
    fn trimmed_validators_find_what_the_whole_schema_finds_in_every_format() {
        let errors = |validator: &jsonschema::Validator, document: &Value| {
            validator
                .iter_errors(document)
                .map(|error| format!("{} {:?}", error.instance_path(), error.kind()))
                .collect::<Vec<_>>()
        };
        let manifest: Value = serde_json::from_str(&crate::store::test_support::valid_manifest(
            serde_json::json!({
                "bots": [{"botId": "not a guid", "scopes": ["everywhere"]}],
                "staticTabs": [{"entityId": "x", "scopes": ["personal"], "contentUrl": "http://x"}],
                "unknownField": 1
            }),
        ))
        .unwrap_or_default();
        let localization = serde_json::json!({"name.short": 7, "extra": true});
        for format in KNOWN_FORMATS {
            for (kind, document) in [
                (SchemaKind::Manifest, &manifest),
                (SchemaKind::Localization, &localization),
            ] {
                let Some(whole) = validator(format, kind) else {
                    continue;
                };
                let Some(trimmed) = validator_for(format, kind, document) else {
                    panic!("{format}: a trimmed validator compiles");
                };
                let expected = errors(whole, document);
                assert!(!expected.is_empty(), "{format} {kind:?}");
                assert_eq!(errors(&trimmed, document), expected, "{format} {kind:?}");
            }
        }
    }
}
