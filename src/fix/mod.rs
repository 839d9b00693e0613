//! "Save a fixed copy": the safe, mechanical repairs of a new version, so a
//! publisher is not sent back to a developer for a version number.
//!
//! [`fix`] takes the published input and the new version's bytes and returns a
//! new package (or a new `manifest.json` for a bare manifest) with only these
//! repairs, each listed with its before → after:
//!
//! - the version, when it is not raised or not in the store's form: the next
//!   patch above the published one (`1.0.2` → `1.0.3`), or the same version
//!   without its pre-release part (`1.1.0-beta` → `1.1.0`) when that is higher;
//! - the `$schema` link of the manifest and of each localization file: the
//!   official link of its manifest format, inserted as the file's first member when
//!   missing ([`insert_first_member`]); never toward a preview format (`devPreview`:
//!   the store refuses the format itself), nor for an unknown format or a link that is
//!   not a text;
//! - the outline icon: every visible pixel made white, its transparency kept,
//!   resized to 32 × 32 from another square size (an icon without a transparent
//!   pixel is not fixed: it would become a white square);
//! - the color icon resized to 192 × 192 and `color32x32` to 32 × 32, when square;
//! - files the package does not use ([`crate::package_use`]) left out;
//! - a package whose files sit in one folder: moved to the root.
//!
//! Everything else stays byte for byte: a manifest value is replaced in its text
//! (key order, indentation, line ends and byte-order mark untouched) and the
//! other package entries are copied without being unpacked. What needs judgement
//! (addresses, domains, texts, the app ID, agent files) is never touched; it is
//! listed in [`FixedCopy::not_fixed`] with who can fix it.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::checks::{CheckId, Status, compare_versions};
use crate::input::{Input, InputError, is_zip};
use crate::limits::{MAX_MANIFEST_BYTES, MAX_PACKAGE_BYTES, MAX_PACKAGE_ENTRIES};
use crate::report::{Report, check};
use crate::store::Severity;

mod edits;
mod icons;
mod output;
mod package;
mod version;

use edits::{edit_text, json_text, plan_schema};
pub use edits::{insert_first_member, replace_values};
use icons::{IconKind, plan_icon};
pub use output::{default_output, write_copy};
use package::{apply, plan_unused, unfold};
use version::{check_typed_version, plan_version};
pub use version::{proposed_version, typed_version_problem};

/// Largest icon, in pixels, that is opened to be fixed (4096 × 4096); a larger
/// one is refused with a message, never decoded.
pub const MAX_ICON_PIXELS: u64 =
    crate::limits::MAX_ICON_SIDE as u64 * crate::limits::MAX_ICON_SIDE as u64;

/// The manifest's name at the root of a package.
const MANIFEST: &str = "manifest.json";

/// What can be fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FixKind {
    /// The package's files sat in one folder: moved to the root.
    Folder,
    /// The version number.
    Version,
    /// A `$schema` link (of the manifest or of a localization file).
    SchemaLink,
    /// The outline icon.
    OutlineIcon,
    /// The color icon.
    ColorIcon,
    /// The small color icon (`color32x32`).
    SmallColorIcon,
    /// Files the package does not use.
    UnusedFiles,
}

/// One repair made in the copy.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Applied {
    /// What kind of repair.
    pub kind: FixKind,
    /// The file it changed (`manifest.json`, an icon's entry), or `""` for the whole package.
    pub file: String,
    /// What was changed, in words ("The version", "The outline icon \"outline.png\"").
    pub what: String,
    /// How it was.
    pub before: String,
    /// How it is in the copy.
    pub after: String,
}

/// A problem the copy still has, and who can fix it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct NotFixed {
    /// The check's identifier (`valid-domains`, `version-incremented`).
    pub check: String,
    /// What is wrong (the check's message), or why it was not fixed here.
    pub message: String,
    /// Who can fix it, in plain words.
    pub who: String,
}

/// The fixed copy and what was done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixedCopy {
    /// The copy's bytes: a zip for a package, the manifest's text for a bare manifest.
    pub bytes: Vec<u8>,
    /// True when the copy is an app package.
    pub is_package: bool,
    /// Every repair, in the order of [`FixKind`].
    pub applied: Vec<Applied>,
    /// The blocking problems the copy still has, with who can fix them.
    pub not_fixed: Vec<NotFixed>,
}

/// Choices the user can make.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FixOptions {
    /// The version to give the copy instead of the proposed one.
    pub version: Option<String>,
}

/// Why no copy could be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FixError {
    /// The new version does not load (even after moving its files to the root).
    Input(InputError),
    /// The version the user typed cannot be used.
    Version(String),
    /// The package could not be written again (a damaged entry).
    Package(String),
}

impl std::fmt::Display for FixError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FixError::Input(error) => write!(f, "{error}"),
            FixError::Version(message) | FixError::Package(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for FixError {}

/// True when the report names at least one problem a fixed copy may repair
/// (the window shows "Save a fixed copy…" then).
pub fn may_fix(report: &Report) -> bool {
    report.checks.iter().any(may_repair_check) || report.store.iter().any(may_repair_finding)
}

/// True when a fixed copy may repair this check's failure (a version not raised or not
/// in the store's form), as the check declares.
pub fn may_repair_check(outcome: &crate::checks::CheckOutcome) -> bool {
    outcome.repairable()
}

/// True when a fixed copy may repair this store finding (a schema link, an icon, a
/// localization file's schema link, files the package does not use), as its check's
/// registry entry declares.
pub fn may_repair_finding(finding: &crate::store::Finding) -> bool {
    finding.repairable()
}

/// Makes the fixed copy of the new version (`new_bytes`, named `new_name` in
/// messages) against the published input. The input bytes are not changed.
pub fn fix(
    old: &Input,
    new_name: &str,
    new_bytes: &[u8],
    options: &FixOptions,
) -> Result<FixedCopy, FixError> {
    if let Some(typed) = &options.version {
        check_typed_version(typed, &old.manifest.version)?;
    }
    let mut applied: Vec<Applied> = Vec::new();
    let mut bytes = new_bytes.to_vec();
    if is_zip(&bytes)
        && let Some(moved) = unfold(&bytes)?
    {
        bytes = moved.0;
        applied.push(moved.1);
    }
    // A repair can reveal another (a copy that now differs from the published one
    // needs a higher version), so repairs repeat until nothing is left to do.
    for _ in 0..4 {
        let input = Input::from_bytes(new_name, &bytes).map_err(FixError::Input)?;
        let report = check(old, &input);
        let plan = plan(old, &input, &report, options);
        if plan.is_empty() {
            let not_fixed = not_fixed(&report, plan.refused);
            return Ok(FixedCopy {
                bytes,
                is_package: input.is_package,
                applied,
                not_fixed,
            });
        }
        bytes = apply(&input, &bytes, &plan)?;
        for step in plan.applied {
            match applied
                .iter_mut()
                .find(|done| done.kind == step.kind && done.file == step.file)
            {
                Some(done) => done.after = step.after,
                None => applied.push(step),
            }
        }
        applied.sort_by_key(|step| step.kind);
    }
    let input = Input::from_bytes(new_name, &bytes).map_err(FixError::Input)?;
    let report = check(old, &input);
    Ok(FixedCopy {
        bytes,
        is_package: input.is_package,
        applied,
        not_fixed: not_fixed(&report, Vec::new()),
    })
}

/// The repairs of one round.
#[derive(Debug, Default)]
struct Plan {
    /// Manifest values to replace: pointer → new JSON text.
    manifest: Vec<(String, String)>,
    /// Localization files' values to replace: entry → (pointer, new JSON text).
    texts: BTreeMap<String, Vec<(String, String)>>,
    /// No values to replace (for a file that only gets a member inserted).
    no_changes: Vec<(String, String)>,
    /// Members to insert first in a file's root object: file (`manifest.json` or a
    /// localization file) → the member's JSON text (`"$schema": "…"`).
    inserted: BTreeMap<String, String>,
    /// Entries given new bytes (icons).
    files: BTreeMap<String, Vec<u8>>,
    /// Entries left out.
    dropped: BTreeSet<String>,
    /// What each change is, for the list.
    applied: Vec<Applied>,
    /// Fixable kinds of problem that were not fixed, with why and who can.
    refused: Vec<NotFixed>,
}

impl Plan {
    fn is_empty(&self) -> bool {
        self.applied.is_empty()
    }
}

/// Decides this round's repairs from the report on the current copy.
fn plan(old: &Input, input: &Input, report: &Report, options: &FixOptions) -> Plan {
    let mut plan = Plan::default();
    plan_version(old, input, report, options, &mut plan);
    for finding in &report.store {
        let error = finding.severity == Severity::Error;
        match finding.check.id() {
            "schema-url" if error && finding.pointer == "/$schema" => plan_schema(
                &input.manifest.document,
                MANIFEST,
                "MicrosoftTeams.schema.json",
                input,
                &mut plan,
            ),
            "localization" if error && finding.pointer == "/$schema" => {
                let document = input
                    .kept_files
                    .get(&finding.file)
                    .and_then(|bytes| crate::json::parse_strict(bytes).ok());
                if let Some(document) = document {
                    plan_schema(
                        &document,
                        &finding.file,
                        "MicrosoftTeams.Localization.schema.json",
                        input,
                        &mut plan,
                    );
                }
            }
            "icon-outline" if error => plan_icon(input, IconKind::Outline, &mut plan),
            "icon-color" if error => plan_icon(input, IconKind::Color, &mut plan),
            "icon-color32x32" if error => plan_icon(input, IconKind::Small, &mut plan),
            "package-extra-files" => plan_unused(input, &mut plan),
            _ => {}
        }
    }
    plan
}

/// The copy's blocking problems, with who can fix each, after the fixable kinds
/// that could not be fixed (with why).
fn not_fixed(report: &Report, refused: Vec<NotFixed>) -> Vec<NotFixed> {
    // A problem whose repair was refused is listed once, with why.
    let covered = |check: &str| {
        refused.iter().any(|item| {
            item.check == check
                || (item.check.starts_with("version-") && check.starts_with("version-"))
        })
    };
    let mut list = Vec::new();
    for outcome in report.failed_checks() {
        if !covered(outcome.check.id()) {
            list.push(NotFixed {
                check: outcome.check.id().to_string(),
                message: outcome.message.text(),
                who: outcome
                    .fixer()
                    .map_or_else(String::new, |fixer| who_can_fix(fixer).text()),
            });
        }
    }
    for finding in report.store_errors() {
        if !covered(finding.check.id()) {
            list.push(NotFixed {
                check: finding.check.to_string(),
                message: finding.message.text(),
                who: who_can_fix(finding.fixer()).text(),
            });
        }
    }
    let mut all = refused;
    all.extend(list);
    all
}

/// Who can fix a problem the fixed copy left, in plain words: the one answer its check
/// declares ([`crate::checks::CheckOutcome::fixer`], [`crate::store::Finding::fixer`]),
/// in the words of a forwarded report, as the report names it.
pub fn who_can_fix(fixer: crate::checks::Fixer) -> crate::message::Message {
    fixer.message_in(crate::guidance::Medium::Document)
}

#[cfg(test)]
mod tests {
    use super::icons::encode_png;
    use super::*;
    use crate::store::test_support::valid_manifest;
    use serde_json::json;

    use crate::input::tests::zip_of;

    /// A PNG whose pixels are `pixel(x, y)`.
    fn png(width: u32, height: u32, pixel: impl Fn(u32, u32) -> [u8; 4]) -> Vec<u8> {
        let image = image::RgbaImage::from_fn(width, height, |x, y| image::Rgba(pixel(x, y)));
        encode_png(&image).unwrap()
    }

    fn published() -> Input {
        Input::from_bytes(
            "old.json",
            valid_manifest(json!({"version": "1.0.2"})).as_bytes(),
        )
        .unwrap()
    }

    fn entries(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        (0..archive.len())
            .map(|i| {
                let mut entry = archive.by_index(i).unwrap();
                let mut out = Vec::new();
                entry.read_to_end(&mut out).unwrap();
                (entry.name().unwrap().into_owned(), out)
            })
            .collect()
    }

    #[test]
    fn proposed_versions() {
        let long = "9".repeat(30);
        for (published, current, want) in [
            ("1.0.2", "1.0.2", Some("1.0.3")),
            ("1.0.2", "1.1.0-beta", Some("1.1.0")),
            ("1.1.0", "1.1.0-beta", Some("1.1.1")),
            ("2.4.0.0", "2.4.0", Some("2.4.1")),
            ("1.0", "1.0", Some("1.0.1")),
            ("{{V}}", "1.0.0", None),
            (long.as_str(), "1.0.0", None),
        ] {
            assert_eq!(
                proposed_version(published, current).as_deref(),
                want,
                "{published}"
            );
        }
    }

    #[test]
    fn a_bare_manifest_changes_only_its_version_text() {
        let text = valid_manifest(json!({"version": "1.0.2", "accentColor": "#000000"}))
            .replace('\n', "\r\n");
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(text.as_bytes());
        let copy = fix(&published(), "new.json", &bytes, &FixOptions::default()).unwrap();
        assert!(!copy.is_package);
        assert_eq!(copy.applied.len(), 1);
        assert_eq!(
            (
                copy.applied[0].before.as_str(),
                copy.applied[0].after.as_str()
            ),
            ("1.0.2", "1.0.3")
        );
        let expected = String::from_utf8(bytes.clone())
            .unwrap()
            .replace("\"version\": \"1.0.2\"", "\"version\": \"1.0.3\"");
        assert_eq!(copy.bytes, expected.as_bytes());
        assert!(copy.not_fixed.is_empty(), "{:?}", copy.not_fixed);
        // Fixing the copy again changes nothing.
        let again = fix(
            &published(),
            "new.json",
            &copy.bytes,
            &FixOptions::default(),
        )
        .unwrap();
        assert!(again.applied.is_empty());
        assert_eq!(again.bytes, copy.bytes);
    }

    #[test]
    fn a_typed_version_is_used_when_it_is_higher_and_well_formed() {
        let bytes = valid_manifest(json!({"version": "1.0.2", "accentColor": "#000000"}));
        let typed = |v: &str| {
            fix(
                &published(),
                "new.json",
                bytes.as_bytes(),
                &FixOptions {
                    version: Some(v.to_string()),
                },
            )
        };
        assert_eq!(typed("2.0.0").unwrap().applied[0].after, "2.0.0");
        assert!(matches!(typed("1.0.1"), Err(FixError::Version(m)) if m.contains("not higher")));
        assert!(matches!(typed("2.0"), Err(FixError::Version(_))));
    }

    #[test]
    fn icons_schema_links_and_unused_files_in_a_package() {
        let manifest = valid_manifest(json!({
            "version": "1.0.2",
            "$schema": "https://developer.microsoft.com/json-schemas/teams/v1.16/MicrosoftTeams.schema.json",
            "icons": {"color": "color.png", "outline": "outline.png"},
            "localizationInfo": {"defaultLanguageTag": "en-us", "additionalLanguages": [{"languageTag": "fr", "file": "fr.json"}]},
        }));
        let outline = png(32, 32, |x, _| {
            if x < 16 {
                [0, 0, 0, 0]
            } else {
                [0xFE, 0xFE, 0xFE, 51]
            }
        });
        let color = png(640, 640, |_, _| [10, 20, 30, 255]);
        let fr = br#"{"$schema": "https://developer.microsoft.com/json-schemas/teams/v1.5/MicrosoftTeams.Localization.schema.json", "name.short": "T\u00e2ches"}"#;
        let bytes = zip_of(&[
            ("manifest.json", manifest.as_bytes()),
            ("color.png", &color),
            ("outline.png", &outline),
            ("fr.json", fr),
            ("notes/", b""),
            ("notes/todo.txt", b"x"),
        ]);
        let copy = fix(&published(), "app.zip", &bytes, &FixOptions::default()).unwrap();
        let kinds: Vec<FixKind> = copy.applied.iter().map(|a| a.kind).collect();
        assert_eq!(
            kinds,
            [
                FixKind::Version,
                FixKind::SchemaLink,
                FixKind::SchemaLink,
                FixKind::OutlineIcon,
                FixKind::ColorIcon,
                FixKind::UnusedFiles
            ],
            "{:#?}",
            copy.applied
        );
        let outline_fix = &copy.applied[3];
        assert!(
            outline_fix.after.contains("512 pixels made white"),
            "{}",
            outline_fix.after
        );
        let files = entries(&copy.bytes);
        assert_eq!(
            files.keys().collect::<Vec<_>>(),
            ["color.png", "fr.json", "manifest.json", "outline.png"]
        );
        assert_eq!(
            crate::store::png_size(&files["color.png"]),
            Some((192, 192))
        );
        assert!(
            String::from_utf8_lossy(&files["fr.json"])
                .contains("/v1.17/MicrosoftTeams.Localization")
        );
        let loaded = Input::from_bytes("copy.zip", &copy.bytes).unwrap();
        let report = check(&published(), &loaded);
        // Only the localization file's missing texts are left: they need a person.
        assert!(
            report
                .store
                .iter()
                .all(|f| f.check == "localization" && f.pointer != "/$schema"),
            "{:#?}",
            report.store
        );
        assert_eq!(report.failed_checks().count(), 0);
        let again = fix(
            &published(),
            "copy.zip",
            &copy.bytes,
            &FixOptions::default(),
        )
        .unwrap();
        assert!(again.applied.is_empty(), "{:#?}", again.applied);
    }

    #[test]
    fn icons_that_need_a_person_are_left_with_why() {
        let manifest = valid_manifest(json!({"version": "1.0.3"}));
        let opaque = png(32, 32, |_, _| [0, 120, 212, 255]);
        let wide = png(300, 192, |_, _| [1, 2, 3, 255]);
        let bytes = zip_of(&[
            ("manifest.json", manifest.as_bytes()),
            ("color.png", &wide),
            ("outline.png", &opaque),
        ]);
        let copy = fix(&published(), "app.zip", &bytes, &FixOptions::default()).unwrap();
        assert!(copy.applied.is_empty());
        let messages: Vec<&str> = copy.not_fixed.iter().map(|n| n.message.as_str()).collect();
        assert!(
            messages.iter().any(|m| m.contains("white square")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.contains("not square")),
            "{messages:?}"
        );
        assert_eq!(copy.not_fixed.len(), 2, "{messages:?}");
    }

    #[test]
    fn one_file_for_two_icons_is_left_alone() {
        let manifest = valid_manifest(json!({
            "version": "1.0.3",
            "icons": {"color": "icon.png", "outline": "./icon.png"}
        }));
        let icon = png(
            64,
            64,
            |x, _| if x < 8 { [0, 0, 0, 0] } else { [9, 9, 9, 255] },
        );
        let bytes = zip_of(&[("manifest.json", manifest.as_bytes()), ("icon.png", &icon)]);
        let copy = fix(&published(), "app.zip", &bytes, &FixOptions::default()).unwrap();
        assert!(copy.applied.is_empty(), "{:?}", copy.applied);
        assert!(
            copy.not_fixed
                .iter()
                .any(|n| n.message.contains("each icon needs its own file")),
            "{:?}",
            copy.not_fixed
        );
    }

    #[test]
    fn a_huge_icon_is_refused_without_decoding() {
        let manifest = valid_manifest(json!({"version": "1.0.3"}));
        let mut huge = png(1, 1, |_, _| [0, 0, 0, 0]);
        huge[16..20].copy_from_slice(&30000u32.to_be_bytes());
        huge[20..24].copy_from_slice(&30000u32.to_be_bytes());
        let bytes = zip_of(&[
            ("manifest.json", manifest.as_bytes()),
            ("color.png", &huge),
            ("outline.png", &png(32, 32, |_, _| [255, 255, 255, 0])),
        ]);
        let copy = fix(&published(), "app.zip", &bytes, &FixOptions::default()).unwrap();
        assert!(copy.applied.is_empty());
        assert!(
            copy.not_fixed[0]
                .message
                .contains("too large to open safely"),
            "{:?}",
            copy.not_fixed
        );
    }

    #[test]
    fn a_package_zipped_as_a_folder_is_moved_to_the_root() {
        let manifest = valid_manifest(json!({"version": "1.0.3"}));
        let outline = png(32, 32, |_, _| [255, 255, 255, 0]);
        let color = png(192, 192, |_, _| [1, 2, 3, 255]);
        let bytes = zip_of(&[
            ("app/", b""),
            ("app/manifest.json", manifest.as_bytes()),
            ("app/color.png", &color),
            ("app/outline.png", &outline),
        ]);
        assert!(Input::from_bytes("app.zip", &bytes).is_err());
        let copy = fix(&published(), "app.zip", &bytes, &FixOptions::default()).unwrap();
        assert_eq!(copy.applied[0].kind, FixKind::Folder);
        let files = entries(&copy.bytes);
        assert_eq!(files["manifest.json"], manifest.as_bytes());
        assert_eq!(files["outline.png"], outline);
        assert_eq!(files.len(), 3);
    }

    #[test]
    fn the_copy_never_replaces_an_input_and_leaves_no_partial_file() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("new.json");
        std::fs::write(&input, b"{}").unwrap();
        assert!(write_copy(&input, b"x", &[&input]).is_err());
        assert_eq!(std::fs::read(&input).unwrap(), b"{}");
        let missing = dir.path().join("no-such-folder").join("copy.zip");
        assert!(write_copy(&missing, b"x", &[&input]).is_err());
        let target = default_output(&input, false);
        assert_eq!(target, dir.path().join("new-fixed.json"));
        write_copy(&target, b"copy", &[&input]).unwrap();
        assert_eq!(
            default_output(&input, false),
            dir.path().join("new-fixed-2.json")
        );
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn may_fix_follows_the_report() {
        let same = published();
        let report = check(&same, &same);
        assert!(!may_fix(&report));
        let new = Input::from_bytes(
            "new.json",
            valid_manifest(json!({"version": "1.0.2", "accentColor": "#000000"})).as_bytes(),
        )
        .unwrap();
        assert!(may_fix(&check(&same, &new)));
    }
}

#[cfg(test)]
mod insertion_tests {
    use super::insert_first_member;

    const MEMBER: &str = "\"$schema\": \"https://x/v1.17/MicrosoftTeams.schema.json\"";

    fn inserted(text: &str) -> String {
        String::from_utf8(insert_first_member(text.as_bytes(), MEMBER).unwrap_or_default())
            .unwrap_or_default()
    }

    #[test]
    fn in_the_files_own_indentation_and_line_ends() {
        assert_eq!(
            inserted("{\n  \"a\": 1\n}\n"),
            format!("{{\n  {MEMBER},\n  \"a\": 1\n}}\n")
        );
        assert_eq!(
            inserted("{\n\t\"a\": 1\n}"),
            format!("{{\n\t{MEMBER},\n\t\"a\": 1\n}}")
        );
        assert_eq!(
            inserted("\u{feff}{\r\n    \"a\": {\r\n        \"b\": 2\r\n    }\r\n}\r\n"),
            format!(
                "\u{feff}{{\r\n    {MEMBER},\r\n    \"a\": {{\r\n        \"b\": 2\r\n    }}\r\n}}\r\n"
            )
        );
    }

    #[test]
    fn one_line_and_empty_objects() {
        assert_eq!(inserted("{\"a\": 1}"), format!("{{{MEMBER}, \"a\": 1}}"));
        assert_eq!(
            inserted("{ \"a\": 1 }"),
            format!("{{{MEMBER},  \"a\": 1 }}")
        );
        assert_eq!(inserted("{}"), format!("{{{MEMBER}}}"));
        assert_eq!(inserted("  {\n}\n"), format!("  {{{MEMBER}\n}}\n"));
        assert!(insert_first_member(b"[1]", MEMBER).is_none());
        assert!(insert_first_member(b"", MEMBER).is_none());
    }
}
