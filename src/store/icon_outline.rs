//! `icon-outline` (error, packages only)
//!
//! **What it checks:** the outline icon (`icons.outline`), when the package
//! holds it, is a PNG image of exactly 32 × 32 pixels in which every pixel is
//! either fully transparent or white. The first pixel that is neither is named
//! with its position and colour.
//!
//! **Why:** Teams colours the outline icon itself (in the app bar, in dark and
//! high-contrast themes) using only its shape: the store refuses outline icons
//! with colours or a background.
//!
//! **Example:** a 32 × 32 outline icon with a blue background.
//!
//! Source: app icons (app package reference).

use std::io::Cursor;

use super::icon_color::{icon_bytes, size_problem};
use super::{Raw, Severity, StoreCheck, Subject, sources};
use crate::message::Message;
use crate::msg;

/// The check's identifier.
pub const ID: &str = "icon-outline";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-icon-outline-title",
    severity: Severity::Error,
    needs_package: true,
    run: |subject| check(subject).into_iter().collect(),
    fixed_by: super::WhoFixes::Portal("portal-branding-outline-icon"),
    repairs: super::Repair::Errors,
};

/// A finding at `/icons/outline` when the icon is not a white-on-transparent 32 × 32 PNG.
fn check(subject: &Subject<'_>) -> Option<Raw> {
    let package = subject.package?;
    let (bytes, name) = icon_bytes(subject, &package, "outline")?;
    let problem =
        size_problem(bytes, &name, 32, "outline").or_else(|| colour_problem(bytes, &name))?;
    Some(Raw::new("/icons/outline", problem, sources::ICONS))
}

/// The first pixel that is neither white nor fully transparent, in words. Only
/// called for a PNG whose header says 32 × 32, so decoding is bounded.
fn colour_problem(bytes: &[u8], name: &str) -> Option<Message> {
    let mut decoder = png::Decoder::new(Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let Ok(mut reader) = decoder.read_info() else {
        return Some(msg!("store-icon-outline-damaged", file = name));
    };
    let mut pixels = vec![0; reader.output_buffer_size().unwrap_or(0)];
    let Ok(frame) = reader.next_frame(&mut pixels) else {
        return Some(msg!("store-icon-outline-damaged", file = name));
    };
    let channels = match frame.color_type {
        png::ColorType::Grayscale => 1,
        png::ColorType::GrayscaleAlpha => 2,
        png::ColorType::Rgb => 3,
        _ => 4,
    };
    let width = frame.width as usize;
    for (y, row) in pixels
        .chunks(frame.line_size)
        .take(frame.height as usize)
        .enumerate()
    {
        for (x, pixel) in row.chunks(channels).take(width).enumerate() {
            let (r, g, b, a) = match *pixel {
                [v] => (v, v, v, 255),
                [v, a] => (v, v, v, a),
                [r, g, b] => (r, g, b, 255),
                [r, g, b, a] => (r, g, b, a),
                _ => continue,
            };
            let white = r == 255 && g == 255 && b == 255;
            if a != 0 && !white {
                let colour = if a == 255 {
                    msg!(
                        "store-icon-outline-opaque-color",
                        color = format!("#{r:02X}{g:02X}{b:02X}")
                    )
                } else {
                    msg!(
                        "store-icon-outline-translucent-color",
                        color = format!("#{r:02X}{g:02X}{b:02X}"),
                        opacity = u32::from(a) * 100 / 255,
                    )
                };
                return Some(msg!(
                    "store-icon-outline-not-white",
                    file = name,
                    x = x,
                    y = y,
                    color = colour,
                ));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::PackageView;
    use crate::store::icon_color::tests::png;

    fn judge(bytes: Vec<u8>) -> Option<String> {
        let document = serde_json::json!({"icons": {"outline": "outline.png"}});
        let mut files = std::collections::BTreeMap::new();
        files.insert("outline.png".to_string(), bytes);
        let package = PackageView {
            file_names: &["outline.png"],
            kept_files: &files,
            size: 1,
            file_sizes: None,
            agents: None,
        };
        check(&Subject::new(&document, Some(package))).map(|raw| raw.message.text())
    }

    #[test]
    fn white_or_transparent_only() {
        assert_eq!(judge(png(32, 32, [255, 255, 255, 255])), None);
        assert_eq!(judge(png(32, 32, [12, 34, 56, 0])), None);
        assert_eq!(judge(png(32, 32, [255, 255, 255, 80])), None);
        let message = judge(png(32, 32, [0, 120, 212, 255])).unwrap_or_default();
        assert!(
            message.contains("x 0, y 0") && message.contains("#0078D4"),
            "{message}"
        );
        assert!(judge(png(20, 20, [255, 255, 255, 255])).is_some_and(|m| m.contains("20 × 20")));
    }

    #[test]
    fn grey_image_without_transparency_must_be_all_white() {
        let encode = |value: u8| {
            let mut out = Vec::new();
            {
                let mut encoder = ::png::Encoder::new(&mut out, 32, 32);
                encoder.set_color(::png::ColorType::Grayscale);
                let mut writer = encoder.write_header().unwrap();
                let mut data = vec![255u8; 32 * 32];
                data[32 * 5 + 7] = value;
                writer.write_image_data(&data).unwrap();
            }
            out
        };
        assert_eq!(judge(encode(255)), None);
        assert!(judge(encode(0)).is_some_and(|m| m.contains("x 7, y 5") && m.contains("#000000")));
    }

    #[test]
    fn damaged_png_is_reported_not_a_crash() {
        let mut bytes = png(32, 32, [255, 255, 255, 255]);
        let len = bytes.len();
        bytes.truncate(len - 20);
        assert!(judge(bytes).is_some());
    }
}
