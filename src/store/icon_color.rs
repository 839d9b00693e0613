//! `icon-color` (error, packages only)
//!
//! **What it checks:** the color icon (`icons.color`), when the package holds
//! it, is a PNG image of exactly 192 × 192 pixels. The size is read from the
//! image's header; the picture itself is not unpacked.
//!
//! **Why:** the store shows the color icon in the app catalog and refuses other
//! formats and sizes.
//!
//! **Example:** a 640 × 640 `color.png` → resize it to 192 × 192.
//!
//! Source: app icons (app package reference).

use super::{PackageView, Raw, Severity, StoreCheck, Subject, sources};
use crate::manifest::package_entry_name;
use crate::message::Message;
use crate::msg;

/// The check's identifier.
pub const ID: &str = "icon-color";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-icon-color-title",
    severity: Severity::Error,
    needs_package: true,
    run: |subject| check(subject).into_iter().collect(),
    fixed_by: super::WhoFixes::Portal("portal-branding-color-icon"),
    repairs: super::Repair::Errors,
};

/// The PNG file signature.
const PNG_SIGNATURE: &[u8; 8] = b"\x89PNG\r\n\x1a\n";

/// Width and height from a PNG's header (its signature and `IHDR` chunk), without
/// unpacking the image; `None` when the bytes are not a PNG.
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if !bytes.starts_with(PNG_SIGNATURE) || bytes.get(12..16) != Some(b"IHDR".as_slice()) {
        return None;
    }
    let number = |at: usize| -> Option<u32> {
        Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
    };
    Some((number(16)?, number(20)?))
}

/// The bytes of the icon a manifest field names, when the package holds it.
pub(crate) fn icon_bytes<'p>(
    subject: &Subject<'_>,
    package: &PackageView<'p>,
    field: &str,
) -> Option<(&'p [u8], String)> {
    let path = subject.document.get("icons")?.get(field)?.as_str()?;
    let name = package_entry_name(path);
    let bytes = package.kept_files.get(name)?;
    Some((bytes.as_slice(), name.to_string()))
}

/// What is wrong with an icon's format or size, if anything.
pub(crate) fn size_problem(bytes: &[u8], name: &str, want: u32, icon: &str) -> Option<Message> {
    match png_size(bytes) {
        None => Some(msg!(
            "store-icon-color-not-png",
            icon = icon,
            file = name,
            want = want,
        )),
        Some((width, height)) if width != want || height != want => Some(msg!(
            "store-icon-color-size",
            icon = icon,
            file = name,
            width = width,
            height = height,
            want = want,
        )),
        Some(_) => None,
    }
}

/// A finding at `/icons/color` when the icon is not a 192 × 192 PNG.
fn check(subject: &Subject<'_>) -> Option<Raw> {
    let package = subject.package?;
    let (bytes, name) = icon_bytes(subject, &package, "color")?;
    let problem = size_problem(bytes, &name, 192, "color")?;
    Some(Raw::new("/icons/color", problem, sources::ICONS))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A PNG of the given size whose every pixel is `rgba` (8-bit RGBA).
    pub fn png(width: u32, height: u32, rgba: [u8; 4]) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut encoder = ::png::Encoder::new(&mut out, width, height);
            encoder.set_color(::png::ColorType::Rgba);
            encoder.set_depth(::png::BitDepth::Eight);
            let mut writer = encoder.write_header().unwrap();
            let data: Vec<u8> = (0..width * height).flat_map(|_| rgba).collect();
            writer.write_image_data(&data).unwrap();
        }
        out
    }

    /// Runs `check` on a package holding the given icon bytes as `color.png`.
    fn judge(bytes: Vec<u8>) -> Option<String> {
        let document = serde_json::json!({"icons": {"color": "./color.png"}});
        let mut files = std::collections::BTreeMap::new();
        files.insert("color.png".to_string(), bytes);
        let package = PackageView {
            file_names: &["color.png"],
            kept_files: &files,
            size: 1,
            file_sizes: None,
            agents: None,
        };
        check(&Subject::new(&document, Some(package))).map(|raw| raw.message.text())
    }

    #[test]
    fn must_be_a_192_png() {
        assert_eq!(judge(png(192, 192, [1, 2, 3, 255])), None);
        assert!(judge(png(640, 640, [1, 2, 3, 255])).is_some_and(|m| m.contains("640 × 640")));
        assert!(judge(b"GIF89a....".to_vec()).is_some_and(|m| m.contains("not a PNG")));
        assert!(judge(Vec::new()).is_some());
    }

    #[test]
    fn a_huge_declared_size_is_judged_from_the_header() {
        // A header that claims 24000 × 24000 pixels in a few bytes: never unpacked.
        let mut bytes = png(1, 1, [0, 0, 0, 0]);
        bytes[16..20].copy_from_slice(&24000u32.to_be_bytes());
        bytes[20..24].copy_from_slice(&24000u32.to_be_bytes());
        assert_eq!(png_size(&bytes), Some((24000, 24000)));
        assert!(judge(bytes).is_some_and(|m| m.contains("24000 × 24000")));
    }
}
