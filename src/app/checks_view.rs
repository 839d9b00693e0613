//! "Version and app ID": the three checks with their status.

use eframe::egui::{self, RichText};
use teams_update_check::Report;
use teams_update_check::checks::Status;

use super::palette;

/// The icon, word and color of a status.
pub fn status_look(ui: &egui::Ui, status: Status) -> (&'static str, &'static str, egui::Color32) {
    match status {
        Status::Pass => ("✔", "OK", palette::pass(ui)),
        Status::Fail => ("✖", "Fix this", palette::fail(ui)),
        Status::Warn => ("⚠", "Check this", palette::warn(ui)),
        Status::Skip => ("—", "Not needed", palette::neutral(ui)),
    }
}

/// Draws the section.
pub fn show(ui: &mut egui::Ui, report: &Report) {
    ui.heading("Version and app ID");
    ui.label(
        RichText::new("Microsoft requires an update to keep the app ID and to raise the version number for any change, even to the name or description.")
            .weak(),
    );
    ui.add_space(4.0);
    for check in &report.checks {
        let (icon, word, color) = status_look(ui, check.status);
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(format!("{icon} {word}"))
                    .color(color)
                    .strong(),
            );
            ui.label(RichText::new(check.check.title()).strong());
        });
        ui.indent(check.check.id(), |ui| {
            ui.label(&check.message);
        });
    }
}
