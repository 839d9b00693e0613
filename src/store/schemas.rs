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

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex, OnceLock};

use serde_json::Value;

use super::schema_split::{self, Member, TABLES};

/// One bundled schema folder (`v1.17`).
pub(crate) struct Bundled {
    /// The folder's name: `v1.17` or `vDevPreview`.
    folder: &'static str,
    /// `MicrosoftTeams.schema.json`.
    manifest: BundledSchema,
    /// `MicrosoftTeams.Localization.schema.json` (formats 1.5 and later).
    localization: Option<BundledSchema>,
}

/// One bundled schema file: its text, and where its parts are in it (split by
/// `build.rs` with [`schema_split::split`] when the program was built).
pub(crate) struct BundledSchema {
    /// The file's text, byte for byte.
    text: &'static str,
    /// Its top-level members.
    top: &'static [Member],
    /// The members of its `properties` and `definitions`.
    tables: [&'static [Member]; 2],
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
    let (cache, schema) = match kind {
        SchemaKind::Manifest => (&MANIFEST_DOCUMENTS, Some(&bundled.manifest)),
        SchemaKind::Localization => (&LOCALIZATION_DOCUMENTS, bundled.localization.as_ref()),
    };
    cache
        .get(index)?
        .get_or_init(|| serde_json::from_str(schema?.text).ok())
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
/// document cannot reach left out (see [`SchemaParts::kept_for`]), compiled on
/// first use for that document's set of field names and kept (a few sets at a time).
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
    // The trimmed schema depends only on the document's field names: its top-level
    // ones and every one at any depth.
    let names = field_names(instance);
    let mut top: Vec<String> = instance
        .as_object()
        .map(|fields| fields.keys().cloned().collect())
        .unwrap_or_default();
    top.sort_unstable();
    let key = TrimmedKey {
        index,
        kind,
        top,
        names: names.iter().map(|name| (*name).to_owned()).collect(),
    };
    let cached = |key: &TrimmedKey| {
        let cache = TRIMMED_VALIDATORS
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        cache
            .iter()
            .find(|entry| entry.key == *key)
            .map(|entry| Arc::clone(&entry.validator))
    };
    if let Some(found) = cached(&key) {
        return Some(found);
    }
    let Some(trim) = parts.trim(instance, &names) else {
        return whole_validator(format, kind).map(Arc::clone);
    };
    let schema = parts.assemble(trim)?;
    let validator = Arc::new(build(&schema)?);
    let mut cache = TRIMMED_VALIDATORS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if cache.len() >= TRIMMED_CACHE_SIZE {
        cache.remove(0);
    }
    // The schema is kept beside its validator and freed with it: freeing it here
    // would cost a command-line `check` a few per cent for nothing.
    cache.push(Trimmed {
        key,
        validator: Arc::clone(&validator),
        _schema: schema,
    });
    Some(validator)
}

/// How many trimmed validators are kept (a window checks one pair at a time).
const TRIMMED_CACHE_SIZE: usize = 8;

/// Which trimmed schema a validator was compiled from: the format's and the
/// document's field names (sorted, each once).
#[derive(PartialEq, Eq)]
struct TrimmedKey {
    index: usize,
    kind: SchemaKind,
    top: Vec<String>,
    names: Vec<String>,
}

/// A compiled trimmed schema, with the schema it was compiled from.
struct Trimmed {
    key: TrimmedKey,
    validator: Arc<jsonschema::Validator>,
    _schema: Value,
}

static TRIMMED_VALIDATORS: Mutex<Vec<Trimmed>> = Mutex::new(Vec::new());

static MANIFEST_PARTS: Cache<SchemaParts<'static>> = [const { OnceLock::new() }; BUNDLED.len()];
static LOCALIZATION_PARTS: Cache<SchemaParts<'static>> = [const { OnceLock::new() }; BUNDLED.len()];

/// A bundled schema's parts, found on first use where the build found them.
fn parts(index: usize, kind: SchemaKind) -> Option<&'static SchemaParts<'static>> {
    let bundled = BUNDLED.get(index)?;
    let (cache, schema) = match kind {
        SchemaKind::Manifest => (&MANIFEST_PARTS, Some(&bundled.manifest)),
        SchemaKind::Localization => (&LOCALIZATION_PARTS, bundled.localization.as_ref()),
    };
    cache
        .get(index)?
        .get_or_init(|| {
            let schema = schema?;
            SchemaParts::from_split(schema.text, schema.top, schema.tables)
        })
        .as_ref()
}

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
    top: Vec<(&'t str, Top)>,
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
    name: &'t str,
    raw: &'t str,
}

impl Entry<'_> {
    fn read(&self) -> Option<Value> {
        serde_json::from_str(self.raw).ok()
    }
}

impl<'t> SchemaParts<'t> {
    /// Splits a schema's text, in place; `None` when it is not a JSON object (or
    /// [`schema_split::split`] cannot split it).
    pub fn parse(text: &'t str) -> Option<SchemaParts<'t>> {
        let split = schema_split::split(text)?;
        let [properties, definitions] = &split.tables;
        Self::from_split(text, &split.top, [properties, definitions])
    }

    /// The parts of a schema's text where [`schema_split::split`] found them: the
    /// top-level values are read now, the table entries only when needed.
    fn from_split(text: &'t str, top: &[Member], tables: [&[Member]; 2]) -> Option<Self> {
        let mut parts = SchemaParts {
            top: Vec::with_capacity(top.len()),
            tables: [Vec::new(), Vec::new()],
        };
        for member in top {
            let keyword = schema_split::slice(text, member.name)?;
            let value = match TABLES.iter().position(|table| *table == keyword) {
                Some(table) => {
                    let entries = tables.get(table)?.iter().map(|entry| {
                        Some(Entry {
                            name: schema_split::slice(text, entry.name)?,
                            raw: schema_split::slice(text, entry.value)?,
                        })
                    });
                    *parts.tables.get_mut(table)? = entries.collect::<Option<_>>()?;
                    Top::Table(table)
                }
                None => {
                    Top::Value(serde_json::from_str(schema_split::slice(text, member.value)?).ok()?)
                }
            };
            parts.top.push((keyword, value));
        }
        Some(parts)
    }

    /// Which entries a document needs: each property it has, and each property or
    /// definition a needed part refers to. A subschema under `properties` only
    /// ever applies to that field of the document, so leaving the others out
    /// changes no error. The same holds at any depth: in the entries kept, a
    /// subschema under `properties` for a name no object of the document has as a
    /// field is emptied too (see [`empty_unused_properties`]), unless a reference
    /// points inside that entry (`#/properties/bots/items/…`): then it is kept
    /// whole. `None` when the schema refers to itself in a form this does not
    /// follow (anything but `#/properties/<name>…` and `#/definitions/<name>…`):
    /// then the whole schema is used.
    pub fn kept_for(&self, instance: &Value) -> Option<Trim> {
        self.trim(instance, &field_names(instance))
    }

    /// [`Self::kept_for`], given the document's field names ([`field_names`]).
    fn trim(&self, instance: &Value, names: &BTreeSet<&str>) -> Option<Trim> {
        let fields = instance.as_object();
        let mut read: [Vec<Option<Value>>; 2] = self
            .tables
            .each_ref()
            .map(|table| table.iter().map(|_| None).collect());
        // Which read entries are whole, not emptied in part.
        let mut whole: [Vec<bool>; 2] =
            self.tables.each_ref().map(|table| vec![false; table.len()]);
        let mut references: Vec<String> = Vec::new();
        for (_, top) in &self.top {
            if let Top::Value(value) = top {
                collect_references(value, &mut references);
            }
        }
        let (properties, slots) = (self.tables.first()?, read.first_mut()?);
        for (entry, slot) in properties.iter().zip(slots.iter_mut()) {
            if fields.is_some_and(|fields| fields.contains_key(entry.name)) {
                let mut value = entry.read()?;
                empty_unused_properties(&mut value, names);
                collect_references(&value, &mut references);
                *slot = Some(value);
            }
        }
        while let Some(reference) = references.pop() {
            let (table, name, inside) = local_target(&reference)?;
            let entries = self.tables.get(table)?;
            let position = entries.iter().position(|entry| entry.name == name)?;
            let slot = read.get_mut(table)?.get_mut(position)?;
            let is_whole = whole.get_mut(table)?.get_mut(position)?;
            if slot.is_none() || (inside && !*is_whole) {
                let mut value = entries.get(position)?.read()?;
                if inside {
                    *is_whole = true;
                } else {
                    empty_unused_properties(&mut value, names);
                }
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
                        out.insert(entry.name.to_owned(), value);
                    }
                    Value::Object(out)
                }
            };
            root.insert((*keyword).to_owned(), value);
        }
        Some(Value::Object(root))
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

/// `#/definitions/guid` → (1, `guid`, false): the table ([`TABLES`]) and entry a
/// reference names, and whether it points inside that entry
/// (`#/properties/bots/items` → (0, `bots`, true)); `None` for any other form of
/// reference, or a name that would need unescaping.
fn local_target(reference: &str) -> Option<(usize, &str, bool)> {
    let path = reference.strip_prefix("#/")?;
    let (keyword, rest) = path.split_once('/')?;
    let (name, inside) = match rest.split_once('/') {
        Some((name, _)) => (name, true),
        None => (rest, false),
    };
    let table = TABLES.iter().position(|table| *table == keyword)?;
    (!name.is_empty() && !name.contains(['~', '%'])).then_some((table, name, inside))
}

/// Every field name of every object in a document, at any depth.
fn field_names(document: &Value) -> BTreeSet<&str> {
    let mut names = BTreeSet::new();
    let mut pending = vec![document];
    while let Some(value) = pending.pop() {
        match value {
            Value::Object(fields) => {
                for (name, inner) in fields {
                    names.insert(name.as_str());
                    pending.push(inner);
                }
            }
            Value::Array(items) => pending.extend(items),
            _ => {}
        }
    }
    names
}

/// Empties, at every depth of a subschema, each `properties` entry whose name is
/// not among the document's field names (`{}`; the name stays, so
/// `additionalProperties` and `required` are unchanged). Such a subschema only
/// applies to a field of that name, which no object of the document has, so no
/// error changes. Walks the draft-04 keywords that hold subschemas, nothing else
/// (an `enum` or `default` value is data, not a schema).
fn empty_unused_properties(schema: &mut Value, names: &BTreeSet<&str>) {
    let Value::Object(keywords) = schema else {
        return;
    };
    for (keyword, value) in keywords.iter_mut() {
        match (keyword.as_str(), value) {
            ("properties", Value::Object(entries)) => {
                for (name, subschema) in entries.iter_mut() {
                    if names.contains(name.as_str()) {
                        empty_unused_properties(subschema, names);
                    } else {
                        *subschema = Value::Object(serde_json::Map::new());
                    }
                }
            }
            ("patternProperties" | "definitions" | "dependencies", Value::Object(entries)) => {
                for subschema in entries.values_mut() {
                    empty_unused_properties(subschema, names);
                }
            }
            ("items" | "allOf" | "anyOf" | "oneOf", Value::Array(subschemas)) => {
                for subschema in subschemas {
                    empty_unused_properties(subschema, names);
                }
            }
            ("items" | "additionalItems" | "additionalProperties" | "not", subschema) => {
                empty_unused_properties(subschema, names);
            }
            _ => {}
        }
    }
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
        SchemaKind::Manifest => Some(bundled.manifest.text),
        SchemaKind::Localization => bundled.localization.as_ref().map(|schema| schema.text),
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
    fn the_build_split_every_bundled_schema_as_the_program_would() {
        for bundled in &BUNDLED {
            for schema in std::iter::once(&bundled.manifest).chain(&bundled.localization) {
                let Some(split) = schema_split::split(schema.text) else {
                    panic!("{}: splits", bundled.folder);
                };
                let [properties, definitions] = &split.tables;
                assert_eq!(split.top, schema.top, "{}", bundled.folder);
                assert_eq!(properties, schema.tables[0], "{}", bundled.folder);
                assert_eq!(definitions, schema.tables[1], "{}", bundled.folder);
                assert!(!properties.is_empty(), "{}", bundled.folder);
            }
        }
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
        // `task` points inside `bots`, which is kept whole; `bot` is read for it, with
        // `botId` emptied (no object of the document has that field), so `guid` is
        // not needed.
        assert_eq!(
            trim.kept,
            Kept([vec![false, true, false, true], vec![false, true, false]])
        );
        let Some(trimmed) = parts.assemble(trim) else {
            panic!("assembles");
        };
        assert_eq!(trimmed["properties"]["id"], serde_json::json!({}));
        assert_eq!(trimmed["properties"]["tabs"], serde_json::json!({}));
        assert_eq!(trimmed["definitions"]["unused"], serde_json::json!({}));
        assert_eq!(trimmed["properties"]["bots"], schema["properties"]["bots"]);
        assert_eq!(
            trimmed["definitions"]["bot"],
            serde_json::json!({"type": "object", "properties": {"botId": {}}})
        );
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
        // A field of that name anywhere in the document keeps its subschema.
        let named = serde_json::json!({"task": [{"botId": "x"}]});
        let kept = parts.kept_for(&named).map(|trim| trim.kept);
        assert_eq!(
            kept,
            Some(Kept([
                vec![false, true, false, true],
                vec![true, true, false]
            ]))
        );
        // A reference inside a definition keeps that definition whole.
        let inside = serde_json::json!({
            "properties": {"a": {"$ref": "#/definitions/bot/properties/botId"}},
            "definitions": {
                "bot": {"properties": {"botId": {"$ref": "#/definitions/guid"}}},
                "guid": {"pattern": "^[0-9a-f-]+$"}
            }
        })
        .to_string();
        let parts_inside = SchemaParts::parse(&inside);
        let trim = parts_inside.and_then(|parts| {
            let trim = parts.kept_for(&serde_json::json!({"a": "x"}))?;
            parts.assemble(trim)
        });
        assert_eq!(
            trim.map(|trimmed| trimmed["definitions"]["bot"]["properties"]["botId"].clone()),
            Some(serde_json::json!({"$ref": "#/definitions/guid"}))
        );
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
