//! The icons: the outline icon made white and transparent, icons resized.

use super::*;

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
pub(super) const ICON_MAKER: &str = "Whoever designs your icons (or your developer).";

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
