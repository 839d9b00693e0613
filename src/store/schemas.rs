//! The official Teams manifest and localization schemas of every published
//! manifest format, carried inside the program (never fetched: the app makes no
//! network connections).
//!
//! The files are `assets/schemas/teams/v<format>/…`, byte for byte the ones
//! Microsoft publishes in `microsoft/json-schemas` (MIT; provenance in
//! `assets/schemas/teams/SOURCES.md`). The build script stores them compressed;
//! a format's schema is unpacked, read and compiled the first time a manifest of
//! that format is checked, and kept for the rest of the run.

use std::io::Read;
use std::sync::OnceLock;

use serde_json::Value;

/// One bundled schema folder (`v1.17`), compressed.
pub(crate) struct Bundled {
    /// The folder's name: `v1.17` or `vDevPreview`.
    folder: &'static str,
    /// `MicrosoftTeams.schema.json`, zlib-compressed.
    manifest: &'static [u8],
    /// `MicrosoftTeams.Localization.schema.json`, zlib-compressed (formats 1.5 and later).
    localization: Option<&'static [u8]>,
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
static MANIFEST_VALIDATORS: Cache<jsonschema::Validator> =
    [const { OnceLock::new() }; BUNDLED.len()];
static LOCALIZATION_VALIDATORS: Cache<jsonschema::Validator> =
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
    cache.get(index)?.get_or_init(|| unpack(bytes?)).as_ref()
}

/// The draft-04 validator of a known format's schema, with the `uri` format
/// asserted as Microsoft's own validator does; compiled on first use.
pub fn validator(format: &str, kind: SchemaKind) -> Option<&'static jsonschema::Validator> {
    let index = slot(format)?;
    let cache = match kind {
        SchemaKind::Manifest => &MANIFEST_VALIDATORS,
        SchemaKind::Localization => &LOCALIZATION_VALIDATORS,
    };
    cache
        .get(index)?
        .get_or_init(|| {
            jsonschema::draft4::options()
                .should_validate_formats(true)
                .build(document(format, kind)?)
                .ok()
        })
        .as_ref()
}

/// The uncompressed text of a bundled schema, as shipped (for tests and tools).
pub fn schema_text(format: &str, kind: SchemaKind) -> Option<String> {
    let folder = folder_of(format)?;
    let bundled = BUNDLED.iter().find(|bundled| bundled.folder == folder)?;
    let bytes = match kind {
        SchemaKind::Manifest => bundled.manifest,
        SchemaKind::Localization => bundled.localization?,
    };
    let mut text = String::new();
    flate2::read::ZlibDecoder::new(bytes)
        .read_to_string(&mut text)
        .ok()?;
    Some(text)
}

fn unpack(compressed: &[u8]) -> Option<Value> {
    let mut text = Vec::new();
    flate2::read::ZlibDecoder::new(compressed)
        .read_to_end(&mut text)
        .ok()?;
    serde_json::from_slice(&text).ok()
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
                schema_text(format, SchemaKind::Manifest).as_deref(),
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
}
