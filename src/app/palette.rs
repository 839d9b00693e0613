//! Status colors that read well in light and dark mode. Color is never the only
//! signal: every status also has an icon and words.

use eframe::egui::{Color32, Ui};

fn pick(ui: &Ui, light: Color32, dark: Color32) -> Color32 {
    if ui.visuals().dark_mode { dark } else { light }
}

/// Good: passed, ready.
pub fn pass(ui: &Ui) -> Color32 {
    pick(
        ui,
        Color32::from_rgb(0x1b, 0x6e, 0x2a),
        Color32::from_rgb(0x7c, 0xd3, 0x8a),
    )
}

/// Bad: failed, blocked.
pub fn fail(ui: &Ui) -> Color32 {
    pick(
        ui,
        Color32::from_rgb(0xb3, 0x1d, 0x1d),
        Color32::from_rgb(0xff, 0x8a, 0x80),
    )
}

/// Needs a look: warnings and consent prompts.
pub fn warn(ui: &Ui) -> Color32 {
    pick(
        ui,
        Color32::from_rgb(0x8a, 0x52, 0x00),
        Color32::from_rgb(0xff, 0xc1, 0x4d),
    )
}

/// Neutral: skipped, nothing changed.
pub fn neutral(ui: &Ui) -> Color32 {
    pick(
        ui,
        Color32::from_rgb(0x4a, 0x55, 0x68),
        Color32::from_rgb(0xa8, 0xb4, 0xc8),
    )
}

/// A soft background tint of a status color for banners.
pub fn tint(ui: &Ui, color: Color32) -> Color32 {
    let alpha = if ui.visuals().dark_mode { 40 } else { 28 };
    Color32::from_rgba_unmultiplied(color.r(), color.g(), color.b(), alpha)
}

/// Parses `#rrggbb` (the button styles' colors); `transparent` and anything else is transparent.
pub fn hex(color: &str) -> Color32 {
    let digits = color.strip_prefix('#').unwrap_or("");
    let channel = |range: std::ops::Range<usize>| {
        digits
            .get(range)
            .and_then(|d| u8::from_str_radix(d, 16).ok())
    };
    match (digits.len(), channel(0..2), channel(2..4), channel(4..6)) {
        (6, Some(r), Some(g), Some(b)) => Color32::from_rgb(r, g, b),
        _ => Color32::TRANSPARENT,
    }
}
