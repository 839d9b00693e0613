//! The verdict banner: ready, fix N problems, or nothing changed, plus the consent line,
//! from the same [`Presentation`] every report draws.

use eframe::egui::{self, RichText};
use teams_update_check::presentation::Presentation;

use super::palette;
use super::report_view::mark_color;

/// Draws the banner.
pub fn show(ui: &mut egui::Ui, view: &Presentation) {
    let color = mark_color(ui, view.headline.mark);
    egui::Frame::new()
        .fill(palette::tint(ui, color))
        .stroke(egui::Stroke::new(2.0, color))
        .corner_radius(8.0)
        .inner_margin(egui::Margin::same(14))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(format!(
                    "{}  {}",
                    view.headline.mark.symbol(),
                    view.headline.text
                ))
                .size(24.0)
                .strong()
                .color(color),
            );
            if let Some(consent) = &view.consent {
                ui.label(
                    RichText::new(format!("{}  {}", consent.mark.symbol(), consent.text))
                        .size(16.0)
                        .color(mark_color(ui, consent.mark)),
                );
            }
            if let Some(note) = &view.note {
                ui.label(note);
            }
        });
}
