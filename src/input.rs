//! Loading a manifest or an app package from a file or from bytes.
//!
//! An input is a Teams app package when its bytes start like a zip archive,
//! whatever its file name; otherwise it is read as a `manifest.json`. Files are
//! only ever opened for reading, and every size is bounded before it is read.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{Cursor, Read};
use std::path::Path;

use crate::file_kind::{FileKind, office_kind, sniff};
use crate::json::parse_strict;
use crate::limits::{
    MAX_MANIFEST_BYTES, MAX_PACKAGE_BYTES, MAX_PACKAGE_ENTRIES, MAX_UNPACKED_BYTES,
};
use crate::manifest::Manifest;
use crate::message::Message;
use crate::msg;

/// Which of the two inputs something is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// The manifest now published in the store.
    Old,
    /// The manifest about to be submitted.
    New,
}

impl Side {
    /// How a person calls this input.
    pub fn label(self) -> Message {
        match self {
            Side::Old => msg!("input-side-old"),
            Side::New => msg!("input-side-new"),
        }
    }
}

/// A loaded input: the validated manifest plus, for a package, its other files.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    /// The file name shown to the user (`manifest.json`, `MyApp.zip`).
    pub file_name: String,
    /// The validated manifest.
    pub manifest: Manifest,
    /// Every file of the package other than `manifest.json` (icons, translations), by name.
    /// Empty for a plain JSON input.
    pub companion_files: BTreeMap<String, PackageFile>,
    /// True when the input was an app package (zip).
    pub is_package: bool,
    /// The manifest's text as read (without a byte-order mark), for the line and
    /// column of what the store checks find.
    pub manifest_text: String,
    /// The package file's size in bytes (0 for a plain JSON input).
    pub package_size: u64,
    /// The bytes of the package files the store checks read (the icons and
    /// localization files the manifest names; the agent files are in [`Input::agents`]),
    /// by entry name. A file larger than [`crate::package_use::MAX_FOLLOWED_BYTES`] is
    /// never kept: no check reads it.
    pub kept_files: BTreeMap<String, Vec<u8>>,
    /// The Copilot agent files the package uses, read once when it is loaded (`None`
    /// for a manifest alone).
    pub agents: Option<crate::agents::AgentFiles>,
}

pub use crate::package_file::PackageFile;

/// Where in an input a problem was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A position in the JSON text (1-based).
    LineColumn {
        /// Line number.
        line: usize,
        /// Column number.
        column: usize,
    },
    /// A field of the manifest, such as `bots[0].botId`.
    Field(String),
    /// An entry of the app package, such as `app/manifest.json`.
    PackageEntry(String),
}

/// What kind of problem stopped an input from loading, so a library caller can
/// act on it ("not found" is not "bad JSON") without reading the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputErrorKind {
    /// The file does not exist (it was moved, renamed or deleted).
    NotFound,
    /// The file exists but cannot be read (permission, a read error).
    Unreadable,
    /// A folder, a pipe or a device was given instead of a file.
    NotAFile,
    /// The file is something else than a manifest or an app package: an image,
    /// a document, an empty file, UTF-16 text (see [`crate::file_kind`]).
    WrongKind,
    /// Over one of the size limits (manifest, package, entries, unpacked size).
    TooLarge,
    /// The manifest is not valid JSON; the location gives its line and column.
    BadJson,
    /// The manifest is JSON, but a field is missing or wrong; the location names it.
    BadManifest,
    /// The app package (zip) is damaged, or its manifest is missing or misplaced.
    BadPackage,
    /// A bug in this tool, not a problem of the file.
    Internal,
}

/// Why an input could not be loaded: what is wrong, where, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// What kind of problem it is.
    pub kind: InputErrorKind,
    /// The file's name as the user knows it.
    pub file_name: String,
    /// Where in the file, when that is known.
    pub location: Option<Location>,
    /// What is wrong, in plain words (boxed, so an error stays small to pass around).
    pub problem: Box<Message>,
    /// What the user can do about it.
    pub fix: Box<Message>,
}

impl InputError {
    fn new(
        kind: InputErrorKind,
        file_name: &str,
        location: Option<Location>,
        problem: Message,
        fix: Message,
    ) -> Self {
        InputError {
            kind,
            file_name: file_name.to_string(),
            location,
            problem: Box::new(problem),
            fix: Box::new(fix),
        }
    }

    /// A file that exists but could not be read (`err` says why).
    pub fn unreadable(file_name: &str, err: &std::io::Error) -> Self {
        InputError::new(
            InputErrorKind::Unreadable,
            file_name,
            None,
            msg!("input-unreadable", error = err.to_string()),
            msg!("input-unreadable-fix"),
        )
    }

    /// "line 3, column 7", "field bots[0].botId", … or `None`.
    pub fn place(&self) -> Option<Message> {
        self.location.as_ref().map(|location| match location {
            Location::LineColumn { line, column } => {
                msg!("input-where-line-column", line = *line, column = *column)
            }
            Location::Field(field) => msg!("input-where-field", field = field.as_str()),
            Location::PackageEntry(entry) => {
                msg!("input-where-package-entry", entry = entry.as_str())
            }
        })
    }

    /// [`InputError::place`] as text.
    pub fn where_text(&self) -> Option<String> {
        self.place().map(|place| place.text())
    }

    /// The whole error in one message: "new.json, line 5, column 1: what is wrong. What to do."
    pub fn message(&self) -> Message {
        match self.place() {
            Some(place) => msg!(
                "input-error-at",
                file = self.file_name.as_str(),
                place = place,
                problem = *self.problem.clone(),
                fix = *self.fix.clone()
            ),
            None => msg!(
                "input-error",
                file = self.file_name.as_str(),
                problem = *self.problem.clone(),
                fix = *self.fix.clone()
            ),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().text())
    }
}

impl std::error::Error for InputError {}

/// An input that could not be loaded, with which of the two it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SideError {
    /// Which input failed.
    pub side: Side,
    /// Why.
    pub error: InputError,
}

impl SideError {
    /// The error with which input it is about: "the new version: new.json, line 5, …".
    pub fn message(&self) -> Message {
        msg!(
            "input-side-error",
            side = self.side.label(),
            error = self.error.message()
        )
    }
}

impl fmt::Display for SideError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().text())
    }
}

impl std::error::Error for SideError {}

/// Loads the published and the new file, in that order: when both are bad, the
/// error names the published one.
pub fn load_files(old: &Path, new: &Path) -> Result<(Input, Input), SideError> {
    // The two files load at once, the new one on another thread (on this one when no
    // thread can be started).
    let (old, new) = std::thread::scope(|scope| {
        let new_loading = std::thread::Builder::new()
            .name("load-new".into())
            .spawn_scoped(scope, || Input::from_path(new));
        let old = Input::from_path(old);
        let new = match new_loading {
            Ok(handle) => handle.join().unwrap_or_else(|_| {
                Err(InputError::new(
                    InputErrorKind::Internal,
                    &new.display().to_string(),
                    None,
                    msg!("input-internal"),
                    msg!("input-internal-fix"),
                ))
            }),
            Err(_) => Input::from_path(new),
        };
        (old, new)
    });
    let old = old.map_err(|error| SideError {
        side: Side::Old,
        error,
    })?;
    let new = new.map_err(|error| SideError {
        side: Side::New,
        error,
    })?;
    Ok((old, new))
}

impl Input {
    /// Reads and loads a file. The file is opened read-only and never changed.
    pub fn from_path(path: &Path) -> Result<Input, InputError> {
        let file_name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let read_error = |err: std::io::Error| match err.kind() {
            std::io::ErrorKind::NotFound => InputError::new(
                InputErrorKind::NotFound,
                &file_name,
                None,
                msg!("input-not-found"),
                msg!("input-not-found-fix"),
            ),
            std::io::ErrorKind::PermissionDenied => InputError::new(
                InputErrorKind::Unreadable,
                &file_name,
                None,
                msg!("input-permission-denied"),
                msg!("input-permission-denied-fix"),
            ),
            _ => InputError::unreadable(&file_name, &err),
        };
        let metadata = std::fs::metadata(path).map_err(read_error)?;
        if metadata.is_dir() {
            return Err(InputError::new(
                InputErrorKind::NotAFile,
                &file_name,
                None,
                msg!("input-folder"),
                msg!("input-folder-fix"),
            ));
        }
        if !metadata.is_file() {
            // FIFOs, sockets and devices could block or never end: never read them.
            return Err(InputError::new(
                InputErrorKind::NotAFile,
                &file_name,
                None,
                msg!("input-not-regular-file"),
                msg!("input-not-regular-file-fix"),
            ));
        }
        let file = std::fs::File::open(path).map_err(read_error)?;
        let mut bytes = Vec::new();
        file.take(MAX_PACKAGE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(read_error)?;
        Input::from_bytes(&file_name, &bytes)
    }

    /// Loads an input from its bytes; `file_name` is only used in messages.
    pub fn from_bytes(file_name: &str, bytes: &[u8]) -> Result<Input, InputError> {
        if is_zip(bytes) {
            load_package(file_name, bytes)
        } else {
            if let Some(kind) = sniff(bytes) {
                return Err(wrong_kind(file_name, None, kind));
            }
            if bytes.len() as u64 > MAX_MANIFEST_BYTES {
                return Err(InputError::new(
                    InputErrorKind::TooLarge,
                    file_name,
                    None,
                    msg!(
                        "input-manifest-too-large",
                        mebibytes = MAX_MANIFEST_BYTES / (1024 * 1024)
                    ),
                    msg!("input-manifest-too-large-fix"),
                ));
            }
            let (manifest, manifest_text) = load_manifest(file_name, bytes, None)?;
            Ok(Input {
                file_name: file_name.to_string(),
                manifest,
                companion_files: BTreeMap::new(),
                is_package: false,
                manifest_text,
                package_size: 0,
                kept_files: BTreeMap::new(),
                agents: None,
            })
        }
    }

    /// What the package holds besides `manifest.json`, in words: "App package with 2 icons
    /// and 3 translation files"; `None` for a bare manifest.
    pub fn contents_summary(&self) -> Option<String> {
        self.contents_message().map(|message| message.text())
    }

    /// [`Input::contents_summary`] as a message.
    pub fn contents_message(&self) -> Option<Message> {
        if !self.is_package {
            return None;
        }
        let named = crate::manifest::files_named(&self.manifest.document);
        let kind_of = |entry: &str| {
            named
                .iter()
                .find(|(_, path)| crate::manifest::package_entry_name(path) == entry)
                .map(|(pointer, _)| pointer.as_str())
        };
        let (mut icons, mut translations, mut others) = (0, 0, 0);
        for entry in self.companion_files.keys() {
            match kind_of(entry) {
                Some(pointer) if pointer.starts_with("/icons/") => icons += 1,
                Some(pointer) if pointer.starts_with("/localizationInfo/") => translations += 1,
                _ => others += 1,
            }
        }
        let mut parts = Vec::new();
        if icons > 0 {
            parts.push(msg!("count-icons", count = icons));
        }
        if translations > 0 {
            parts.push(msg!("input-count-translation-files", count = translations));
        }
        if others > 0 {
            parts.push(msg!("input-count-other-files", count = others));
        }
        Some(match list(&parts) {
            None => msg!("input-package-only-manifest"),
            Some(parts) => msg!("input-package-with", parts = parts),
        })
    }

    /// The bytes of the app's color icon, when the package contains it.
    pub fn color_icon(&self) -> Option<&[u8]> {
        let path = self.manifest.color_icon_path()?;
        let name = crate::manifest::package_entry_name(path);
        self.kept_files.get(name).map(Vec::as_slice)
    }
}

/// Parts said as one list: "a", "a and b", "a, b and c"; `None` when there are none.
fn list(parts: &[Message]) -> Option<Message> {
    match parts {
        [] => None,
        [one] => Some(one.clone()),
        [first, last] => Some(msg!(
            "input-list-two",
            first = first.clone(),
            last = last.clone()
        )),
        [first, rest @ ..] => Some(msg!(
            "input-list-more",
            first = first.clone(),
            rest = list(rest)?
        )),
    }
}

/// True when the bytes start like a zip archive (`PK\x03\x04` or `PK\x05\x06`).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// Loads a manifest from its bytes: the validated manifest and its text.
fn load_manifest(
    file_name: &str,
    bytes: &[u8],
    entry: Option<&str>,
) -> Result<(Manifest, String), InputError> {
    let name = match entry {
        Some(entry) => msg!("input-file-in-package", file = file_name, entry = entry).text(),
        None => file_name.to_string(),
    };
    if let Some(kind) = sniff(bytes) {
        return Err(wrong_kind(&name, None, kind));
    }
    let value = parse_strict(bytes).map_err(|err| {
        InputError::new(
            InputErrorKind::BadJson,
            &name,
            Some(Location::LineColumn {
                line: err.line,
                column: err.column,
            }),
            msg!("input-bad-json", problem = err.message),
            msg!("input-bad-json-fix"),
        )
    })?;
    let manifest = Manifest::from_value(value).map_err(|err| {
        InputError::new(
            InputErrorKind::BadManifest,
            &name,
            Some(Location::Field(err.field)),
            err.message,
            msg!("input-bad-manifest-fix"),
        )
    })?;
    // It parsed as UTF-8 JSON, so the text is valid UTF-8.
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    Ok((manifest, String::from_utf8_lossy(text).into_owned()))
}

fn load_package(file_name: &str, bytes: &[u8]) -> Result<Input, InputError> {
    let damaged = |detail: String| {
        InputError::new(
            InputErrorKind::BadPackage,
            file_name,
            None,
            msg!("input-package-damaged", detail = detail),
            msg!("input-package-damaged-fix"),
        )
    };
    if bytes.len() as u64 > MAX_PACKAGE_BYTES {
        return Err(InputError::new(
            InputErrorKind::TooLarge,
            file_name,
            None,
            msg!(
                "input-package-too-large",
                mebibytes = MAX_PACKAGE_BYTES / (1024 * 1024)
            ),
            msg!("input-package-too-large-fix"),
        ));
    }
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|err| damaged(err.to_string()))?;
    if archive.len() > MAX_PACKAGE_ENTRIES {
        return Err(InputError::new(
            InputErrorKind::TooLarge,
            file_name,
            None,
            msg!(
                "input-package-too-many-entries",
                entries = archive.len(),
                most = MAX_PACKAGE_ENTRIES
            ),
            msg!("input-package-too-many-entries-fix"),
        ));
    }

    // The manifest first: it names the one companion file whose bytes are kept (the color icon).
    let Some(manifest_index) = archive.index_for_name(MANIFEST_NAME) else {
        let names: Vec<String> = archive
            .file_names()
            .filter_map(Result::ok)
            .map(std::borrow::Cow::into_owned)
            .collect();
        return Err(missing_manifest_error(file_name, &names));
    };
    let mut budget = MAX_UNPACKED_BYTES;
    let manifest_bytes = {
        let mut entry = archive
            .by_index(manifest_index)
            .map_err(|err| damaged(err.to_string()))?;
        let limit = budget.min(MAX_MANIFEST_BYTES);
        let mut bytes = Vec::new();
        unpack(&mut entry, limit, &mut bytes)
            .map_err(|err| err.into_input_error(file_name, MANIFEST_NAME, limit))?;
        bytes
    };
    budget -= manifest_bytes.len() as u64;
    let (manifest, manifest_text) = load_manifest(file_name, &manifest_bytes, Some(MANIFEST_NAME))?;
    let to_keep = crate::manifest::files_to_keep(&manifest.document);

    let mut kept_files = BTreeMap::new();
    let mut companion_files = BTreeMap::new();
    for index in 0..archive.len() {
        if index == manifest_index {
            continue;
        }
        let mut entry = archive
            .by_index(index)
            .map_err(|err| damaged(err.to_string()))?;
        if entry.is_dir() {
            continue;
        }
        let name = entry
            .name()
            .map_err(|err| damaged(err.to_string()))?
            .into_owned();
        let size = if to_keep.contains(&name) {
            let mut bytes = Vec::new();
            let size = unpack(&mut entry, budget, &mut bytes);
            kept_files.insert(name.clone(), bytes);
            size
        } else {
            unpack(&mut entry, budget, &mut std::io::sink())
        }
        .map_err(|err| err.into_input_error(file_name, &name, budget))?;
        budget -= size;
        if size > crate::package_use::MAX_FOLLOWED_BYTES as u64 {
            // Too large for any check to read (`agents.md` §1): the store says so.
            kept_files.remove(&name);
        }
        let crc32 = entry.crc32();
        companion_files.insert(name, PackageFile { size, crc32 });
    }
    // The agent files the manifest leads to are read once, here (their bytes are kept in
    // `agents`, loaded when a check or the comparison first needs them).
    let names: Vec<&str> = companion_files.keys().map(String::as_str).collect();
    let agents = crate::agents::AgentFiles::read(
        &manifest.document,
        &names,
        Some(&companion_files),
        |name| {
            if let Some(kept) = kept_files.get(name) {
                return Some(kept.clone());
            }
            let mut entry = archive.by_name(name).ok()?;
            let mut bytes = Vec::new();
            let limit = crate::package_use::MAX_FOLLOWED_BYTES as u64;
            unpack(&mut entry, limit, &mut bytes).ok()?;
            Some(bytes)
        },
    );
    Ok(Input {
        file_name: file_name.to_string(),
        manifest,
        companion_files,
        is_package: true,
        manifest_text,
        package_size: bytes.len() as u64,
        kept_files,
        agents: Some(agents),
    })
}

/// The manifest's name at the root of an app package.
const MANIFEST_NAME: &str = "manifest.json";

/// Why an entry of a package could not be unpacked.
enum UnpackError {
    /// It unpacks to more than the room left.
    TooBig,
    /// Its data is damaged.
    Damaged(std::io::Error),
}

impl UnpackError {
    fn into_input_error(self, file_name: &str, entry: &str, limit: u64) -> InputError {
        let location = Some(Location::PackageEntry(entry.to_string()));
        match self {
            UnpackError::TooBig => {
                let problem = if entry == MANIFEST_NAME && limit == MAX_MANIFEST_BYTES {
                    msg!(
                        "input-packaged-manifest-too-large",
                        mebibytes = MAX_MANIFEST_BYTES / (1024 * 1024)
                    )
                } else {
                    msg!(
                        "input-package-unpacks-too-large",
                        mebibytes = MAX_UNPACKED_BYTES / (1024 * 1024)
                    )
                };
                InputError::new(
                    InputErrorKind::TooLarge,
                    file_name,
                    location,
                    problem,
                    msg!("input-package-unpacks-too-large-fix"),
                )
            }
            UnpackError::Damaged(err) => InputError::new(
                InputErrorKind::BadPackage,
                file_name,
                location,
                msg!("input-package-entry-damaged", error = err.to_string()),
                msg!("input-package-entry-damaged-fix"),
            ),
        }
    }
}

/// Unpacks one entry into `out`, reading at most `limit` bytes, and returns its size.
/// Unpacking to the end is what confirms the entry's checksum.
fn unpack(
    entry: &mut zip::read::ZipFile<'_, Cursor<&[u8]>>,
    limit: u64,
    out: &mut impl std::io::Write,
) -> Result<u64, UnpackError> {
    // The declared size can lie, so it only lets us refuse early; `take` is the real bound.
    if entry.size() > limit {
        return Err(UnpackError::TooBig);
    }
    let size = std::io::copy(&mut entry.take(limit + 1), out).map_err(UnpackError::Damaged)?;
    if size > limit {
        return Err(UnpackError::TooBig);
    }
    Ok(size)
}

/// The error for a file that is something else than a manifest (an image, a document…).
fn wrong_kind(file_name: &str, location: Option<Location>, kind: FileKind) -> InputError {
    InputError::new(
        InputErrorKind::WrongKind,
        file_name,
        location,
        kind.problem(),
        kind.fix(),
    )
}

fn missing_manifest_error(file_name: &str, names: &[String]) -> InputError {
    if let Some(kind) = office_kind(names.iter().map(String::as_str)) {
        return wrong_kind(file_name, None, kind);
    }
    let base_name = |name: &str| name.rsplit(['/', '\\']).next().unwrap_or(name).to_string();
    if let Some(nested) = names
        .iter()
        .find(|name| base_name(name) == MANIFEST_NAME && name.as_str() != MANIFEST_NAME)
    {
        return InputError::new(
            InputErrorKind::BadPackage,
            file_name,
            Some(Location::PackageEntry(nested.to_string())),
            msg!("input-manifest-in-folder"),
            msg!("input-manifest-in-folder-fix"),
        );
    }
    if let Some(other_case) = names
        .iter()
        .find(|name| name.eq_ignore_ascii_case(MANIFEST_NAME))
    {
        return InputError::new(
            InputErrorKind::BadPackage,
            file_name,
            Some(Location::PackageEntry(other_case.to_string())),
            msg!("input-manifest-name-case", name = other_case.as_str()),
            msg!("input-manifest-name-case-fix"),
        );
    }
    InputError::new(
        InputErrorKind::BadPackage,
        file_name,
        None,
        msg!("input-no-manifest"),
        msg!("input-no-manifest-fix"),
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_package_says_what_it_holds_by_kind() {
        let manifest = br#"{"id": "x", "version": "1.0.0", "icons": {"color": "color.png", "outline": "./outline.png"},
            "localizationInfo": {"defaultLanguageTag": "en", "additionalLanguages": [{"languageTag": "fr", "file": "fr.json"}]}}"#;
        let package = |entries: &[(&str, &[u8])]| {
            Input::from_bytes("app.zip", &zip_of(entries))
                .unwrap()
                .contents_summary()
        };
        assert_eq!(
            package(&[
                ("manifest.json", manifest),
                ("color.png", b"c"),
                ("outline.png", b"o")
            ])
            .as_deref(),
            Some("App package with 2 icons")
        );
        assert_eq!(
            package(&[
                ("manifest.json", manifest),
                ("color.png", b"c"),
                ("fr.json", b"{}"),
                ("notes.txt", b"n")
            ])
            .as_deref(),
            Some("App package with 1 icon, 1 translation file and 1 other file")
        );
        assert_eq!(
            package(&[("manifest.json", manifest)]).as_deref(),
            Some("App package with only the manifest")
        );
        let bare = Input::from_bytes("manifest.json", manifest).unwrap();
        assert_eq!(bare.contents_summary(), None);
    }

    /// A zip of the given entries, stored uncompressed so tests can damage them.
    pub(crate) fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, bytes) in entries {
            if name.ends_with('/') {
                writer.add_directory(*name, options).unwrap();
            } else {
                writer.start_file(*name, options).unwrap();
                writer.write_all(bytes).unwrap();
            }
        }
        writer.finish().unwrap().into_inner()
    }

    const MANIFEST: &[u8] = br#"{"id": "0b5c3d6e-1234-4abc-9def-00112233aabb", "version": "1.0.0", "icons": {"color": "color.png"}}"#;

    #[test]
    fn json_input_has_no_companion_files() {
        let input = Input::from_bytes("manifest.json", MANIFEST).unwrap();
        assert!(!input.is_package && input.companion_files.is_empty());
    }

    #[test]
    fn package_is_detected_by_content_not_name() {
        let bytes = zip_of(&[
            ("manifest.json", MANIFEST),
            ("color.png", b"png"),
            ("icons/", b""),
        ]);
        let input = Input::from_bytes("whatever.json", &bytes).unwrap();
        assert!(input.is_package);
        assert_eq!(
            input.companion_files.keys().collect::<Vec<_>>(),
            vec!["color.png"]
        );
        assert_eq!(input.color_icon(), Some(&b"png"[..]));
    }

    #[test]
    fn manifest_in_subfolder_is_explained() {
        let bytes = zip_of(&[("app/manifest.json", MANIFEST)]);
        let err = Input::from_bytes("app.zip", &bytes).unwrap_err();
        assert!(err.problem.text().contains("root"), "{err}");
        assert_eq!(
            err.location,
            Some(Location::PackageEntry("app/manifest.json".into()))
        );
    }

    #[test]
    fn package_manifest_errors_name_the_entry() {
        let bytes = zip_of(&[("manifest.json", b"{\n\"id\": 1}")]);
        let err = Input::from_bytes("app.zip", &bytes).unwrap_err();
        assert_eq!(err.file_name, "app.zip › manifest.json");
        assert_eq!(err.location, Some(Location::Field("id".into())));
    }

    #[test]
    fn corrupt_entry_is_an_error() {
        // The color icon (whose bytes are kept) and a file that is only measured.
        for name in ["color.png", "de.json"] {
            let mut bytes = zip_of(&[("manifest.json", MANIFEST), (name, b"0123456789")]);
            // Flip a byte of the stored data so its checksum no longer matches.
            let at = bytes.windows(10).position(|w| w == b"0123456789").unwrap();
            bytes[at] = b'X';
            let err = Input::from_bytes("app.zip", &bytes).unwrap_err();
            assert!(err.problem.text().contains("damaged"), "{err}");
            assert_eq!(err.location, Some(Location::PackageEntry(name.into())));
        }
    }

    #[test]
    fn files_the_store_checks_read_are_kept_others_by_size_and_checksum() {
        let manifest = br#"{"id": "x", "version": "1.0.0", "icons": {"color": "./icons/c.png"}}"#;
        let bytes = zip_of(&[
            ("de.json", b"{}"),
            ("icons/c.png", b"icon"),
            ("manifest.json", manifest),
        ]);
        let input = Input::from_bytes("app.zip", &bytes).unwrap();
        assert_eq!(input.color_icon(), Some(&b"icon"[..]));
        assert_eq!(input.kept_files.keys().collect::<Vec<_>>(), ["icons/c.png"]);
        let de = input.companion_files["de.json"];
        assert_eq!((de.size, de.crc32), (2, 0xA3A6_BF43)); // zlib.crc32(b"{}")
        assert_eq!(input.companion_files["icons/c.png"].size, 4);

        let without_icon = zip_of(&[("manifest.json", manifest), ("de.json", b"{}")]);
        assert_eq!(
            Input::from_bytes("app.zip", &without_icon)
                .unwrap()
                .color_icon(),
            None
        );
    }

    #[test]
    fn empty_archive_has_no_manifest() {
        let bytes = zip_of(&[]);
        assert!(bytes.starts_with(b"PK\x05\x06"));
        let err = Input::from_bytes("empty.zip", &bytes).unwrap_err();
        assert!(err.problem.text().contains("no manifest.json"), "{err}");
    }

    #[test]
    fn oversized_manifest_is_refused() {
        let mut big = b"{\"id\":\"x\",\"version\":\"1.0.0\",\"pad\":\"".to_vec();
        big.resize(MAX_MANIFEST_BYTES as usize + 10, b'a');
        big.extend_from_slice(b"\"}");
        let err = Input::from_bytes("manifest.json", &big).unwrap_err();
        assert!(err.problem.text().contains("4 MiB"), "{err}");
    }

    #[test]
    fn syntax_error_location() {
        let err = Input::from_bytes("m.json", b"{\n  \"id\": \"x\",\n}").unwrap_err();
        // The trailing comma itself, not the brace after it.
        assert_eq!(
            err.location,
            Some(Location::LineColumn {
                line: 2,
                column: 12
            })
        );
        assert!(
            err.to_string().starts_with("m.json, line 2, column 12: "),
            "{err}"
        );
    }

    #[test]
    fn files_of_the_wrong_kind_say_what_they_are() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x20";
        let err = Input::from_bytes("color.png", png).unwrap_err();
        assert_eq!(err.problem.text(), "this is a PNG image, not a manifest");
        assert_eq!(
            err.fix.text(),
            "Choose manifest.json or the .zip app package."
        );
        assert_eq!(
            err.to_string(),
            "color.png: this is a PNG image, not a manifest. Choose manifest.json or the .zip app package."
        );

        let err = Input::from_bytes("guide.pdf", b"%PDF-1.7\n%\xE2\xE3").unwrap_err();
        assert_eq!(err.problem.text(), "this is a PDF document, not a manifest");

        for empty in [&b""[..], b"\n"] {
            let err = Input::from_bytes("manifest.json", empty).unwrap_err();
            assert!(err.problem.text().contains("empty"), "{err}");
            assert!(err.fix.text().contains("save it again"), "{err}");
        }

        let json = "{\"id\": \"x\", \"version\": \"1.0.0\"}";
        let mut bom = vec![0xFF, 0xFE];
        bom.extend(json.encode_utf16().flat_map(u16::to_le_bytes));
        let no_bom: Vec<u8> = json.encode_utf16().flat_map(u16::to_le_bytes).collect();
        for bytes in [bom, no_bom] {
            let err = Input::from_bytes("manifest.json", &bytes).unwrap_err();
            assert!(err.problem.text().contains("UTF-16"), "{err}");
            assert!(err.fix.text().contains("save it as UTF-8"), "{err}");
            assert_eq!(err.location, None);
        }
    }

    #[test]
    fn a_word_document_is_named_as_one() {
        // A .docx is a zip: recognised by its entries, not reported as a package without manifest.
        let docx = zip_of(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", b"<w:document/>"),
        ]);
        let err = Input::from_bytes("Release notes.docx", &docx).unwrap_err();
        assert_eq!(
            err.problem.text(),
            "this is a Word document, not a manifest"
        );
        assert!(
            err.fix
                .text()
                .contains("manifest.json or the .zip app package")
        );
    }

    #[test]
    fn a_package_whose_manifest_is_utf16_or_empty_says_so() {
        let utf16: Vec<u8> = "{\"id\": \"x\"}"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let err = Input::from_bytes("app.zip", &zip_of(&[("manifest.json", &utf16)])).unwrap_err();
        assert!(err.problem.text().contains("UTF-16"), "{err}");
        assert_eq!(err.file_name, "app.zip › manifest.json");
        let err = Input::from_bytes("app.zip", &zip_of(&[("manifest.json", b"")])).unwrap_err();
        assert!(err.problem.text().contains("empty"), "{err}");
    }

    #[test]
    fn folder_and_missing_file_errors() {
        let dir = std::env::temp_dir();
        let err = Input::from_path(&dir).unwrap_err();
        assert!(err.problem.text().contains("folder"));
        assert_eq!(err.kind, InputErrorKind::NotAFile);
        let err = Input::from_path(&dir.join("surely-not-here-7d1e.json")).unwrap_err();
        assert!(err.problem.text().contains("does not exist"));
        assert_eq!(err.kind, InputErrorKind::NotFound);
    }
}

#[cfg(test)]
mod kind_tests {
    use super::*;

    /// A library caller tells the kinds apart without reading the message.
    #[test]
    fn each_problem_has_its_kind() {
        let kind = |bytes: &[u8]| Input::from_bytes("m.json", bytes).unwrap_err().kind;
        assert_eq!(kind(b"{\"id\": "), InputErrorKind::BadJson);
        assert_eq!(kind(b"{\"id\": 1}"), InputErrorKind::BadManifest);
        assert_eq!(kind(b"\x89PNG\r\n\x1a\n"), InputErrorKind::WrongKind);
        assert_eq!(kind(b""), InputErrorKind::WrongKind);
        assert_eq!(
            kind(b"PK\x03\x04 not really a zip"),
            InputErrorKind::BadPackage
        );
        let mut big = vec![b' '; MAX_MANIFEST_BYTES as usize + 1];
        big[0] = b'{';
        assert_eq!(kind(&big), InputErrorKind::TooLarge);
    }
}
