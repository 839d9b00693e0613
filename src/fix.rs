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

/// The version: the typed one, the same one without its pre-release part, or the
/// next patch above the published one.
fn plan_version(
    old: &Input,
    input: &Input,
    report: &Report,
    options: &FixOptions,
    plan: &mut Plan,
) {
    let failing = report.checks.iter().any(|outcome| {
        matches!(
            outcome.check,
            CheckId::VersionFormat | CheckId::VersionIncremented
        ) && outcome.status == Status::Fail
    });
    if !failing {
        return;
    }
    let (published, current) = (&old.manifest.version, &input.manifest.version);
    let Some(next) = options
        .version
        .clone()
        .or_else(|| proposed_version(published, current))
    else {
        plan.refused.push(NotFixed {
            check: CheckId::VersionIncremented.id().to_string(),
            message: format!(
                "The version could not be raised by itself, because the published version \"{}\" \
                 is not made of numbers and dots (or a number is too long).",
                crate::store::words::shorten(published, 40)
            ),
            who: "You: type the new version (higher than the published one) in Developer Portal, \
                  or give it with --new-version."
                .to_string(),
        });
        return;
    };
    if &next == current {
        return;
    }
    plan.manifest
        .push(("/version".to_string(), json_text(&next)));
    plan.applied.push(Applied {
        kind: FixKind::Version,
        file: MANIFEST.to_string(),
        what: "The version".to_string(),
        before: crate::store::words::shorten(current, 60),
        after: next,
    });
}

/// The copy's version when none was typed: `current` without its pre-release or
/// build part when that is a store-form version above `published`, else the
/// published version with its patch raised. `None` when `published` has no numbers
/// to raise.
pub fn proposed_version(published: &str, current: &str) -> Option<String> {
    if let Ok(version) = semver::Version::parse(current)
        && (!version.pre.is_empty() || !version.build.is_empty())
    {
        let plain = semver::Version::new(version.major, version.minor, version.patch).to_string();
        if compare_versions(&plain, published) == Some(std::cmp::Ordering::Greater) {
            return Some(plain);
        }
    }
    let parts: Vec<u64> = published
        .split('.')
        .map(|part| {
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                None
            } else {
                part.parse().ok()
            }
        })
        .collect::<Option<_>>()?;
    let part = |index: usize| parts.get(index).copied().unwrap_or(0);
    let next = semver::Version::new(part(0), part(1), part(2).checked_add(1)?).to_string();
    (compare_versions(&next, published) == Some(std::cmp::Ordering::Greater)).then_some(next)
}

/// What is wrong with a version typed for the fixed copy, in words to show beside the
/// field: not in the store's form, or not above the published one. `None` when it can
/// be used.
pub fn typed_version_problem(typed: &str, published: &str) -> Option<String> {
    match check_typed_version(typed, published) {
        Err(FixError::Version(message)) => Some(message),
        _ => None,
    }
}

/// A typed version must be in the store's form and above the published one.
fn check_typed_version(typed: &str, published: &str) -> Result<(), FixError> {
    let strict = typed.split('.').count() == 3
        && typed.split('.').all(|part| {
            !part.is_empty()
                && part.bytes().all(|b| b.is_ascii_digit())
                && (part.len() == 1 || !part.starts_with('0'))
        });
    if !strict {
        return Err(FixError::Version(format!(
            "The version \"{}\" is not three whole numbers separated by dots, like 1.4.2. Type it \
             that way (no letters, no leading zeros).",
            crate::store::words::shorten(typed, 40)
        )));
    }
    if compare_versions(typed, published) != Some(std::cmp::Ordering::Greater) {
        return Err(FixError::Version(format!(
            "The version {typed} is not higher than the published {}. Type a higher one.",
            crate::store::words::shorten(published, 40)
        )));
    }
    Ok(())
}

/// The `$schema` link of `file` (the manifest or a localization file): a text naming
/// another format is replaced by the official link of the manifest's format, and a
/// missing one is inserted as the file's first member ([`insert_first_member`]). Nothing
/// is repaired when the format is not a published one (unknown: there is no official
/// link; `devPreview`: the store refuses the format itself, and pointing the link at it
/// moves the package away from what the store accepts) or the link is not a text.
fn plan_schema(document: &Value, file: &str, schema_file: &str, input: &Input, plan: &mut Plan) {
    let format = input
        .manifest
        .document
        .get("manifestVersion")
        .and_then(Value::as_str);
    let link = document.get("$schema");
    let folder = format
        .filter(|_| crate::store::schema_link_repairable(link, format))
        .and_then(crate::store::schemas::folder_of);
    let Some(folder) = folder else {
        let reason = if format == Some("devPreview") {
            "the manifest uses the preview format devPreview, which the store refuses; pointing the \
             link at it would move the package further from what the store accepts. Move the \
             manifest to a published format first (see \"Manifest uses a format the store \
             accepts\"), with its link"
        } else if format.and_then(crate::store::schemas::folder_of).is_none() {
            "the manifest's format (manifestVersion) is not one Microsoft published, so there is no official link to use"
        } else {
            "the link is there but is not a text, so what it was meant to say is unknown"
        };
        plan.refused.push(NotFixed {
            check: "schema-url".to_string(),
            message: format!("The schema link of \"{file}\" was not fixed: {reason}."),
            who: "Your developer.".to_string(),
        });
        return;
    };
    let official =
        format!("https://developer.microsoft.com/json-schemas/teams/{folder}/{schema_file}");
    let before = match link {
        Some(Value::String(link)) if *link == official => return,
        Some(Value::String(link)) => {
            let change = ("/$schema".to_string(), json_text(&official));
            if file == MANIFEST {
                plan.manifest.push(change);
            } else {
                plan.texts.entry(file.to_string()).or_default().push(change);
            }
            crate::store::words::shorten(link, 100)
        }
        _ => {
            plan.inserted.insert(
                file.to_string(),
                format!("\"$schema\": {}", json_text(&official)),
            );
            "missing".to_string()
        }
    };
    plan.applied.push(Applied {
        kind: FixKind::SchemaLink,
        file: file.to_string(),
        what: format!("The schema link ($schema) of \"{file}\""),
        before,
        after: official,
    });
}

/// Inserts `member` (`"name": value`) as the first member of the root object of a JSON
/// text, every other byte kept: on a line of its own, indented exactly as the object's
/// first member (spaces or tabs) and followed by a comma and the file's line end, when
/// that member starts a line; right after the `{` followed by `, ` when it does not (a
/// root object written on one line); alone between the braces of an empty object. `None`
/// when the text does not start with an object (after a byte-order mark and white space).
pub fn insert_first_member(text: &[u8], member: &str) -> Option<Vec<u8>> {
    let is_space = |byte: &u8| matches!(byte, b' ' | b'\t' | b'\r' | b'\n');
    let bom = if text.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let open = bom + text.get(bom..)?.iter().take_while(|b| is_space(b)).count();
    if text.get(open) != Some(&b'{') {
        return None;
    }
    let gap = text
        .get(open + 1..)?
        .iter()
        .take_while(|b| is_space(b))
        .count();
    let first = open + 1 + gap;
    let mut out = Vec::with_capacity(text.len() + member.len() + 8);
    match text.get(first) {
        None => return None,
        Some(b'}') => {
            out.extend_from_slice(text.get(..=open)?);
            out.extend_from_slice(member.as_bytes());
            out.extend_from_slice(text.get(open + 1..)?);
        }
        Some(_) => {
            let between = text.get(open + 1..first)?;
            match between.iter().rposition(|byte| *byte == b'\n') {
                Some(newline) => {
                    let indent = between.get(newline + 1..)?;
                    let crlf = newline > 0 && between.get(newline - 1) == Some(&b'\r');
                    let line_end: &[u8] = if crlf { b"\r\n" } else { b"\n" };
                    out.extend_from_slice(text.get(..first)?);
                    out.extend_from_slice(member.as_bytes());
                    out.push(b',');
                    out.extend_from_slice(line_end);
                    out.extend_from_slice(indent);
                    out.extend_from_slice(text.get(first..)?);
                }
                None => {
                    out.extend_from_slice(text.get(..=open)?);
                    out.extend_from_slice(member.as_bytes());
                    out.extend_from_slice(b", ");
                    out.extend_from_slice(text.get(open + 1..)?);
                }
            }
        }
    }
    Some(out)
}

/// A file's text with this round's replaced values and, when planned, its inserted first member.
fn edit_text(text: &[u8], changes: &[(String, String)], inserted: Option<&String>) -> Vec<u8> {
    let replaced = replace_values(text, changes);
    match inserted {
        Some(member) => insert_first_member(&replaced, member).unwrap_or(replaced),
        None => replaced,
    }
}

/// The three icons that can be fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IconKind {
    Outline,
    Color,
    Small,
}

/// What sets an icon apart: its manifest field, its size, its name in messages,
/// its kind of repair and the check that judges it.
struct IconSpec {
    field: &'static str,
    size: u32,
    label: &'static str,
    fix_kind: FixKind,
    check: &'static str,
}

impl IconKind {
    fn spec(self) -> IconSpec {
        match self {
            IconKind::Outline => IconSpec {
                field: "outline",
                size: 32,
                label: "outline icon",
                fix_kind: FixKind::OutlineIcon,
                check: "icon-outline",
            },
            IconKind::Color => IconSpec {
                field: "color",
                size: 192,
                label: "color icon",
                fix_kind: FixKind::ColorIcon,
                check: "icon-color",
            },
            IconKind::Small => IconSpec {
                field: "color32x32",
                size: 32,
                label: "small color icon",
                fix_kind: FixKind::SmallColorIcon,
                check: "icon-color32x32",
            },
        }
    }
}

/// Who makes icons.
const ICON_MAKER: &str = "Whoever designs your icons (or your developer).";

/// Resizes (and, for the outline icon, whitens) an icon the store refuses.
fn plan_icon(input: &Input, kind: IconKind, plan: &mut Plan) {
    let spec = kind.spec();
    let Some(path) = input
        .manifest
        .document
        .pointer(&format!("/icons/{}", spec.field))
        .and_then(Value::as_str)
    else {
        return;
    };
    let name = path.strip_prefix("./").unwrap_or(path).to_string();
    let Some(bytes) = input.kept_files.get(&name) else {
        return;
    };
    let label = spec.label;
    let mut refuse = |why: String| {
        plan.refused.push(NotFixed {
            check: spec.check.to_string(),
            message: format!("The {label} \"{name}\" was not fixed: {why}"),
            who: ICON_MAKER.to_string(),
        });
    };
    let shared = [IconKind::Outline, IconKind::Color, IconKind::Small]
        .into_iter()
        .filter(|other| *other != kind)
        .filter_map(|other| {
            let other_path = input
                .manifest
                .document
                .pointer(&format!("/icons/{}", other.spec().field))?
                .as_str()?;
            (other_path.strip_prefix("./").unwrap_or(other_path) == name)
                .then(|| other.spec().label)
        })
        .next();
    if let Some(other) = shared {
        // Repairing it for one icon would break it for the other.
        refuse(format!(
            "the same file is also the {other}, which needs another size or color; each icon needs its own file."
        ));
        return;
    }
    let want = spec.size;
    let Some((width, height)) = crate::store::png_size(bytes) else {
        refuse("it is not a PNG image; save it as PNG first.".into());
        return;
    };
    if width != height {
        refuse(format!(
            "it is {width} × {height} pixels, not square; resizing it to {want} × {want} would \
             stretch the picture, and cropping it needs a person's eye."
        ));
        return;
    }
    if u64::from(width) * u64::from(height) > MAX_ICON_PIXELS {
        refuse(format!(
            "it is {width} × {height} pixels, too large to open safely (an icon is {want} × {want})."
        ));
        return;
    }
    let Some(mut pixels) = decode_png(bytes) else {
        refuse("it is a damaged PNG image that cannot be opened.".into());
        return;
    };
    let mut changed_pixels = 0usize;
    if kind == IconKind::Outline && !pixels.pixels().any(|pixel| pixel.0[3] == 0) {
        refuse(
            "it has no transparent pixel, so making it white would give a white square. \
             The outline icon must be the app's shape in white on a transparent background."
                .into(),
        );
        return;
    }
    if width != want {
        pixels =
            image::imageops::resize(&pixels, want, want, image::imageops::FilterType::Lanczos3);
    }
    if kind == IconKind::Outline {
        for pixel in pixels.pixels_mut() {
            let [r, g, b, a] = pixel.0;
            if a != 0 && (r, g, b) != (255, 255, 255) {
                pixel.0 = [255, 255, 255, a];
                changed_pixels += 1;
            }
        }
    }
    let Some(encoded) = encode_png(&pixels) else {
        refuse("the resized picture could not be saved as PNG.".into());
        return;
    };
    let before = format!("{width} × {height} pixels");
    let after = if kind == IconKind::Outline {
        format!(
            "{want} × {want} pixels, white on transparent ({} made white, transparency kept)",
            crate::store::words::count(changed_pixels, "pixel", "pixels")
        )
    } else {
        format!("{want} × {want} pixels")
    };
    plan.files.insert(name.clone(), encoded);
    plan.applied.push(Applied {
        kind: spec.fix_kind,
        file: name.clone(),
        what: format!("The {label} \"{name}\""),
        before,
        after,
    });
}

/// Decodes a PNG into 8-bit RGBA, within the icon limits.
fn decode_png(bytes: &[u8]) -> Option<image::RgbaImage> {
    let mut reader = image::ImageReader::with_format(Cursor::new(bytes), image::ImageFormat::Png);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(crate::limits::MAX_ICON_SIDE);
    limits.max_image_height = Some(crate::limits::MAX_ICON_SIDE);
    limits.max_alloc = Some(MAX_ICON_PIXELS * 8);
    reader.limits(limits);
    Some(reader.decode().ok()?.to_rgba8())
}

/// Encodes 8-bit RGBA pixels as a PNG.
fn encode_png(pixels: &image::RgbaImage) -> Option<Vec<u8>> {
    use image::ImageEncoder;
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(
            pixels.as_raw(),
            pixels.width(),
            pixels.height(),
            image::ExtendedColorType::Rgba8,
        )
        .ok()?;
    Some(out)
}

/// Leaves out the files the package does not use.
fn plan_unused(input: &Input, plan: &mut Plan) {
    // The files the package uses were worked out when it was loaded (`Input::agents`).
    let Some(agents) = &input.agents else {
        return;
    };
    let unused: Vec<&str> = input
        .companion_files
        .keys()
        .map(String::as_str)
        .filter(|name| !agents.used.used.contains(*name))
        .collect();
    if unused.is_empty() {
        return;
    }
    plan.dropped
        .extend(unused.iter().map(|name| name.to_string()));
    plan.applied.push(Applied {
        kind: FixKind::UnusedFiles,
        file: String::new(),
        what: "Files the package does not use".to_string(),
        before: format!(
            "{}: {}",
            crate::store::words::count(unused.len(), "file", "files"),
            crate::package_use::quoted_names(&unused, 5)
        ),
        after: "left out".to_string(),
    });
}

/// A text as JSON (quoted and escaped).
fn json_text(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| format!("\"{text}\""))
}

/// Replaces the values at the given pointers in a JSON text, leaving every other
/// byte as it was. Values that are not found are left alone.
pub fn replace_values(text: &[u8], changes: &[(String, String)]) -> Vec<u8> {
    let Ok(as_text) = std::str::from_utf8(text) else {
        return text.to_vec();
    };
    let spans = crate::json::spans(as_text, changes.iter().map(|(pointer, _)| pointer.as_str()));
    let mut edits: Vec<(std::ops::Range<usize>, &str)> = changes
        .iter()
        .filter_map(|(pointer, value)| Some((spans.get(pointer)?.clone(), value.as_str())))
        .collect();
    edits.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
    let mut out = text.to_vec();
    for (range, value) in edits {
        if range.end <= out.len() && range.start <= range.end {
            out.splice(range, value.bytes());
        }
    }
    out
}

/// Writes the copy with this round's repairs.
fn apply(input: &Input, bytes: &[u8], plan: &Plan) -> Result<Vec<u8>, FixError> {
    if !input.is_package {
        return Ok(edit_text(
            bytes,
            &plan.manifest,
            plan.inserted.get(MANIFEST),
        ));
    }
    let damaged = |err: zip::result::ZipError| {
        FixError::Package(format!(
            "The package could not be written again, because one of its entries is damaged \
             ({err}). Build or download the package again."
        ))
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let kept_dirs: Vec<String> = input
        .companion_files
        .keys()
        .filter(|name| !plan.dropped.contains(*name))
        .cloned()
        .collect();
    for index in 0..archive.len() {
        let entry = archive.by_index_raw(index).map_err(damaged)?;
        let name = entry.name().map_err(damaged)?.into_owned();
        if plan.dropped.contains(&name) {
            continue;
        }
        if entry.is_dir() {
            let emptied = plan.dropped.iter().any(|gone| gone.starts_with(&name))
                && !kept_dirs.iter().any(|kept| kept.starts_with(&name));
            if !emptied {
                writer.raw_copy_file(entry).map_err(damaged)?;
            }
            continue;
        }
        let inserted = plan.inserted.get(&name);
        let changes = if name == MANIFEST {
            Some(&plan.manifest)
        } else {
            plan.texts.get(&name)
        }
        .filter(|changes| !changes.is_empty() || inserted.is_some())
        .or(inserted.map(|_| &plan.no_changes));
        let new_bytes = match (changes, plan.files.get(&name)) {
            (_, Some(replaced)) => Some(replaced.clone()),
            (Some(changes), None) => {
                let options = entry.options();
                drop(entry);
                let mut text = Vec::new();
                archive
                    .by_index(index)
                    .map_err(damaged)?
                    .take(MAX_MANIFEST_BYTES + 1)
                    .read_to_end(&mut text)
                    .map_err(|err| damaged(err.into()))?;
                let edited = edit_text(&text, changes, inserted);
                write_entry(&mut writer, &name, options, &edited).map_err(damaged)?;
                continue;
            }
            (None, None) => None,
        };
        match new_bytes {
            Some(new_bytes) => {
                let options = entry.options();
                write_entry(&mut writer, &name, options, &new_bytes).map_err(damaged)?;
            }
            None => writer.raw_copy_file(entry).map_err(damaged)?,
        }
    }
    Ok(writer.finish().map_err(damaged)?.into_inner())
}

/// Writes one entry with new contents and the original entry's options (its
/// compression and time).
fn write_entry(
    writer: &mut zip::ZipWriter<Cursor<Vec<u8>>>,
    name: &str,
    options: zip::write::SimpleFileOptions,
    bytes: &[u8],
) -> zip::result::ZipResult<()> {
    writer.start_file(
        name,
        options.compression_method(zip::CompressionMethod::Deflated),
    )?;
    writer.write_all(bytes)?;
    Ok(())
}

/// When every entry of the package sits in one folder that holds `manifest.json`,
/// the package with that folder's entries moved to the root (copied unpacked).
fn unfold(bytes: &[u8]) -> Result<Option<(Vec<u8>, Applied)>, FixError> {
    if bytes.len() as u64 > MAX_PACKAGE_BYTES {
        return Ok(None); // loading the package says why it is refused
    }
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(None);
    };
    if archive.len() > MAX_PACKAGE_ENTRIES {
        return Ok(None);
    }
    let names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .map(std::borrow::Cow::into_owned)
        .collect();
    if names.iter().any(|name| name == MANIFEST) {
        return Ok(None);
    }
    let mac = |name: &str| name.starts_with("__MACOSX/");
    let mut folders = names
        .iter()
        .filter(|name| !mac(name))
        .map(|name| name.split_once('/').map(|(folder, _)| folder));
    let Some(Some(folder)) = folders.next() else {
        return Ok(None);
    };
    let folder = folder.to_string();
    if !folders.all(|other| other == Some(folder.as_str()))
        || !names.contains(&format!("{folder}/{MANIFEST}"))
    {
        return Ok(None);
    }
    let damaged = |err: zip::result::ZipError| {
        FixError::Package(format!(
            "The package's files could not be moved out of their folder, because an entry is \
             damaged ({err}). Build or download the package again."
        ))
    };
    let prefix = format!("{folder}/");
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for index in 0..archive.len() {
        let entry = archive.by_index_raw(index).map_err(damaged)?;
        let name = entry.name().map_err(damaged)?.into_owned();
        match name.strip_prefix(&prefix) {
            Some("") => {}
            Some(rest) => writer.raw_copy_file_rename(entry, rest).map_err(damaged)?,
            None => writer.raw_copy_file(entry).map_err(damaged)?,
        }
    }
    let moved = writer.finish().map_err(damaged)?.into_inner();
    Ok(Some((
        moved,
        Applied {
            kind: FixKind::Folder,
            file: String::new(),
            what: "The package's files".to_string(),
            before: format!("in the folder \"{folder}\""),
            after: "at the root of the package, where Teams looks for them".to_string(),
        },
    )))
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

/// Where the copy goes by default: `<name>-fixed.zip` (or `-fixed.json` for a bare
/// manifest) beside the new version, with a number when that file exists.
pub fn default_output(new: &Path, is_package: bool) -> PathBuf {
    let folder = new.parent().unwrap_or_else(|| Path::new(""));
    let stem = new.file_stem().map_or_else(
        || "app".to_string(),
        |stem| stem.to_string_lossy().into_owned(),
    );
    let extension = if is_package { "zip" } else { "json" };
    let mut candidate = folder.join(format!("{stem}-fixed.{extension}"));
    let mut number = 2u32;
    while candidate.exists() && number < 10_000 {
        candidate = folder.join(format!("{stem}-fixed-{number}.{extension}"));
        number += 1;
    }
    candidate
}

/// Writes the copy to `path` through a temporary file in the same folder, renamed
/// into place, so a failure leaves no partial file. Refuses to write over one of
/// the `inputs`.
pub fn write_copy(path: &Path, bytes: &[u8], inputs: &[&Path]) -> std::io::Result<()> {
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if inputs.iter().any(|input| same(path, input)) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            "that is one of the files being checked; the fixed copy never replaces them, choose another name",
        ));
    }
    crate::files::write_atomically(path, bytes)
}

#[cfg(test)]
mod tests {
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
