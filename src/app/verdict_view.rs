//! The verdict banner: ready, fix N problems, or nothing changed, plus the consent line.

use eframe::egui::{self, RichText};
use teams_update_check::render::{consent_headline, verdict_headline};
use teams_update_check::{Report, Verdict};

use super::palette;

/// Draws the banner.
pub fn show(ui: &mut egui::Ui, report: &Report) {
    let (icon, color) = match report.verdict {
        Verdict::Ready => ("✔", palette::pass(ui)),
        Verdict::Blocked => ("✖", palette::fail(ui)),
        Verdict::NothingToSubmit => ("ℹ", palette::neutral(ui)),
    };
    egui::Frame::new()
        .fill(palette::tint(ui, color))
        .stroke(egui::Stroke::new(2.0, color))
        .corner_radius(8.0)
        .inner_margin(egui::Margin::same(14))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(format!("{icon}  {}", verdict_headline(report)))
                    .size(24.0)
                    .strong()
                    .color(color),
            );
            let (consent_icon, consent_color) = if report.consent_required {
                ("⚠", palette::warn(ui))
            } else {
                ("✔", palette::pass(ui))
            };
            ui.label(
                RichText::new(format!("{consent_icon}  {}", consent_headline(report)))
                    .size(16.0)
                    .color(consent_color),
            );
            if report.verdict == Verdict::NothingToSubmit {
                ui.label("The two versions are the same. Make your changes, raise the version number, then check again.");
            }
        });
}
