//! What the store checks look at ([`Subject`]) and what one check finds ([`Raw`]).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::agents::AgentFiles;
use crate::json::{JsonError, Position};
use crate::limits::MAX_MANIFEST_BYTES;
use crate::manifest::{files_named, package_entry_name};

/// The package around a manifest, as far as the store checks read it.
#[derive(Debug, Clone, Copy)]
pub struct PackageView<'a> {
    /// Every file entry's name other than `manifest.json`.
    pub file_names: &'a [&'a str],
    /// The bytes of the files the checks read (icons, localization files), by entry name
    /// ([`crate::manifest::files_to_keep`]).
    pub kept_files: &'a BTreeMap<String, Vec<u8>>,
    /// The package file's size in bytes.
    pub size: u64,
    /// Every entry's size, when known (for the files too large to read).
    pub file_sizes: Option<&'a BTreeMap<String, crate::package_file::PackageFile>>,
    /// The package's agent files, when already read ([`crate::input::Input::agents`]);
    /// `None` reads them from `kept_files`.
    pub agents: Option<&'a AgentFiles>,
}

/// A localization file the manifest names and the package holds, read once for
/// every check that looks at it.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalizationFile {
    /// Its package entry name (`fr.json`).
    pub name: String,
    /// Its text (without a byte-order mark; bytes that are not UTF-8 replaced), for
    /// the line and column of what the checks find in it.
    pub text: String,
    /// What reading it gave.
    pub content: LocalizationContent,
}

/// What reading a localization file gave.
#[derive(Debug, Clone, PartialEq)]
pub enum LocalizationContent {
    /// Larger than [`MAX_MANIFEST_BYTES`]: not read.
    TooLarge,
    /// Not strict JSON: why, and where.
    Broken(JsonError),
    /// The document (any JSON value).
    Read(Value),
}

/// The published version and the version to submit, as the consent rules read them: for
/// the one store check that compares them (`bot-id-kept`).
#[derive(Debug, Clone, Copy)]
pub struct Published<'a> {
    /// The published version's manifest.
    pub old: &'a crate::manifest::Manifest,
    /// The manifest to submit (the same document as [`Subject::document`]).
    pub new: &'a crate::manifest::Manifest,
}

/// What the checks look at: the manifest to submit and, for a package, its files.
#[derive(Debug, Clone)]
pub struct Subject<'a> {
    /// The manifest document.
    pub document: &'a Value,
    /// The manifest's `manifestVersion` when it is a text.
    pub format: Option<&'a str>,
    /// The package, when the input was one.
    pub package: Option<PackageView<'a>>,
    /// The localization files the manifest names that the package holds, each
    /// once, in the order the manifest names them (empty without a package).
    pub localization_files: Vec<LocalizationFile>,
    /// The agent files the package uses, read (empty without a package).
    pub agents: std::borrow::Cow<'a, AgentFiles>,
    /// The published version, when the checks run on an update (not on a version alone).
    pub published: Option<Published<'a>>,
}

impl<'a> Subject<'a> {
    /// The subject for a manifest and, when it came in one, its package: its
    /// localization files are read here.
    pub fn new(document: &'a Value, package: Option<PackageView<'a>>) -> Self {
        Subject {
            document,
            format: document.get("manifestVersion").and_then(Value::as_str),
            package,
            localization_files: package
                .map(|package| localization_files(document, package))
                .unwrap_or_default(),
            agents: match package {
                Some(PackageView {
                    agents: Some(agents),
                    ..
                }) => std::borrow::Cow::Borrowed(agents),
                Some(package) => std::borrow::Cow::Owned(AgentFiles::of(
                    document,
                    package.file_names,
                    package.kept_files,
                    package.file_sizes,
                )),
                None => std::borrow::Cow::Owned(AgentFiles::default()),
            },
            published: None,
        }
    }

    /// The manifest format when it is one Microsoft published (`1.17`, `devPreview`).
    pub fn known_format(&self) -> Option<&'a str> {
        self.format
            .filter(|format| crate::schemas::KNOWN_FORMATS.contains(format))
    }

    /// Where each of `pointers` is in a file findings can be about (a localization
    /// file or an agent file); empty for a file that is neither.
    pub(crate) fn positions_in<'p>(
        &self,
        file: &str,
        pointers: impl IntoIterator<Item = &'p str>,
    ) -> std::collections::HashMap<String, Position> {
        if let Some(agent_file) = self.agents.files.get(file) {
            return agent_file.locate(pointers);
        }
        self.localization_files
            .iter()
            .find(|read| read.name == file)
            .map(|read| crate::json::locate(&read.text, pointers))
            .unwrap_or_default()
    }
}

/// Reads the localization files the manifest names that the package holds (a
/// missing one is the `package-files` check's finding).
fn localization_files(document: &Value, package: PackageView<'_>) -> Vec<LocalizationFile> {
    let mut seen = BTreeSet::new();
    files_named(document)
        .into_iter()
        .filter(|(pointer, _)| pointer.starts_with("/localizationInfo/"))
        .filter_map(|(_, path)| {
            let name = package_entry_name(path);
            let bytes = package.kept_files.get(name)?;
            seen.insert(name).then(|| LocalizationFile {
                name: name.to_string(),
                text: String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
                    .into_owned(),
                content: if bytes.len() as u64 > MAX_MANIFEST_BYTES {
                    LocalizationContent::TooLarge
                } else {
                    match crate::json::parse_strict(bytes) {
                        Ok(document) => LocalizationContent::Read(document),
                        Err(error) => LocalizationContent::Broken(error),
                    }
                },
            })
        })
        .collect()
}

/// What a check finds, before the registry gives it its check and severity
/// ([`super::StoreCheck`]) and it is placed in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Raw {
    /// `None` for the manifest, else the package entry it is about.
    pub file: Option<String>,
    /// JSON pointer into that file.
    pub pointer: String,
    /// What it says, in plain words.
    pub message: crate::message::Message,
    /// Microsoft's page.
    pub source: &'static str,
    /// Where it is, when that is known without looking up the pointer (a syntax error).
    pub at: Option<Position>,
    /// The text at the pointer, when showing it helps (a placeholder).
    pub value: Option<String>,
    /// True when the fixed copy cannot repair this finding although its check is one it
    /// repairs ([`super::Finding::unrepairable`]).
    pub unrepairable: bool,
}

impl Raw {
    /// A finding about a file of the package (`manifest.json` is the manifest).
    pub fn in_file(
        file: &str,
        pointer: impl Into<String>,
        message: crate::message::Message,
        source: &'static str,
    ) -> Raw {
        Raw {
            file: (file != super::MANIFEST_FILE).then(|| file.to_string()),
            ..Raw::new(pointer, message, source)
        }
    }

    /// A finding about the manifest.
    pub fn new(
        pointer: impl Into<String>,
        message: crate::message::Message,
        source: &'static str,
    ) -> Raw {
        Raw {
            file: None,
            pointer: pointer.into(),
            message,
            source,
            at: None,
            value: None,
            unrepairable: false,
        }
    }
}
