//! The window's fonts: egui's default text fonts plus a 1.7 KB font with the six status
//! symbols the window draws (✔ ⚠ ✖ ℹ ▶ ↗), instead of egui's two whole emoji fonts.
//! How the symbol font was made: `assets/fonts/README.md`.

use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily, FontTweak};

/// The subset of Noto Emoji holding the status symbols.
const STATUS_SYMBOLS: &[u8] = include_bytes!("../../assets/fonts/status-symbols.ttf");
const STATUS_SYMBOLS_NAME: &str = "status-symbols";

/// egui's default fonts with the status symbols as the last fallback of every family.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        STATUS_SYMBOLS_NAME.to_owned(),
        Arc::new(FontData::from_static(STATUS_SYMBOLS).tweak(FontTweak {
            // The size egui gives Noto Emoji, so the symbols sit in the text as before.
            scale: 0.81,
            ..Default::default()
        })),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push(STATUS_SYMBOLS_NAME.to_owned());
    }
    fonts
}

/// Installs [`definitions`] in the window's context.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_symbol_font_is_a_fallback_of_both_families() {
        let fonts = definitions();
        assert!(fonts.font_data.contains_key(STATUS_SYMBOLS_NAME));
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            assert_eq!(
                fonts.families[&family].last().map(String::as_str),
                Some(STATUS_SYMBOLS_NAME)
            );
        }
    }
}
