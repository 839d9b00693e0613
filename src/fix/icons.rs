//! The icons: the outline icon made white and transparent, icons resized.

use super::*;
use crate::message::Message;
use crate::msg;

/// The three icons that can be fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum IconKind {
    Outline,
    Color,
    Small,
}

/// What sets an icon apart: its manifest field, its size, its name in messages,
/// its kind of repair and the check that judges it.
pub(super) struct IconSpec {
    field: &'static str,
    size: u32,
    label: Message,
    fix_kind: FixKind,
    check: &'static str,
}

impl IconKind {
    fn spec(self) -> IconSpec {
        match self {
            IconKind::Outline => IconSpec {
                field: "outline",
                size: 32,
                label: msg!("fix-icon-outline"),
                fix_kind: FixKind::OutlineIcon,
                check: "icon-outline",
            },
            IconKind::Color => IconSpec {
                field: "color",
                size: 192,
                label: msg!("fix-icon-color"),
                fix_kind: FixKind::ColorIcon,
                check: "icon-color",
            },
            IconKind::Small => IconSpec {
                field: "color32x32",
                size: 32,
                label: msg!("fix-icon-small-color"),
                fix_kind: FixKind::SmallColorIcon,
                check: "icon-color32x32",
            },
        }
    }
}

/// Who makes icons.
pub(super) fn icon_maker() -> Message {
    msg!("fix-who-icon-maker")
}

/// Resizes (and, for the outline icon, whitens) an icon the store refuses.
pub(super) fn plan_icon(input: &Input, kind: IconKind, plan: &mut Plan) {
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
    let label = spec.label.clone();
    let mut refuse = |why: Message| {
        plan.refused.push(NotFixed {
            check: spec.check.to_string(),
            message: msg!(
                "fix-icon-not-fixed",
                icon = label.clone(),
                file = name.as_str(),
                reason = why
            )
            .text(),
            who: icon_maker().text(),
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
        refuse(msg!("fix-icon-shared", other = other));
        return;
    }
    let want = spec.size;
    let Some((width, height)) = crate::store::png_size(bytes) else {
        refuse(msg!("fix-icon-not-png"));
        return;
    };
    if width != height {
        refuse(msg!(
            "fix-icon-not-square",
            width = width,
            height = height,
            want = want
        ));
        return;
    }
    if u64::from(width) * u64::from(height) > MAX_ICON_PIXELS {
        refuse(msg!(
            "fix-icon-too-large",
            width = width,
            height = height,
            want = want
        ));
        return;
    }
    let Some(mut pixels) = decode_png(bytes) else {
        refuse(msg!("fix-icon-damaged"));
        return;
    };
    let mut changed_pixels = 0usize;
    if kind == IconKind::Outline && !pixels.pixels().any(|pixel| pixel.0[3] == 0) {
        refuse(msg!("fix-icon-no-transparency"));
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
        refuse(msg!("fix-icon-not-saved"));
        return;
    };
    let before = msg!("fix-icon-size", width = width, height = height).text();
    let after = if kind == IconKind::Outline {
        msg!("fix-icon-whitened", want = want, count = changed_pixels).text()
    } else {
        msg!("fix-icon-size", width = want, height = want).text()
    };
    plan.files.insert(name.clone(), encoded);
    plan.applied.push(Applied {
        kind: spec.fix_kind,
        file: name.clone(),
        what: msg!("fix-what-icon", icon = spec.label, file = name.as_str()).text(),
        before,
        after,
    });
}

/// Decodes a PNG into 8-bit RGBA, within the icon limits.
pub(super) fn decode_png(bytes: &[u8]) -> Option<image::RgbaImage> {
    let mut reader = image::ImageReader::with_format(Cursor::new(bytes), image::ImageFormat::Png);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(crate::limits::MAX_ICON_SIDE);
    limits.max_image_height = Some(crate::limits::MAX_ICON_SIDE);
    limits.max_alloc = Some(MAX_ICON_PIXELS * 8);
    reader.limits(limits);
    Some(reader.decode().ok()?.to_rgba8())
}

/// Encodes 8-bit RGBA pixels as a PNG.
pub(super) fn encode_png(pixels: &image::RgbaImage) -> Option<Vec<u8>> {
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
