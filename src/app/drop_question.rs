//! "Which version is this?": asked when a dropped file could go on either card.

use eframe::egui;
use teams_update_check::Side;

use super::TeamsUpdateCheckApp;

/// Asks, while a dropped file waits, which card it is for, and loads it there.
pub fn show(ctx: &egui::Context, app: &mut TeamsUpdateCheckApp) {
    let Some(path) = app.pending_drop.clone() else {
        return;
    };
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let mut choice = None;
    egui::Modal::new(egui::Id::unique("which-card")).show(ctx, |ui| {
        ui.heading("Which version is this?");
        ui.label(format!("Load {name} as:"));
        ui.horizontal(|ui| {
            if ui.button("Published version").clicked() {
                choice = Some(Some(Side::Old));
            }
            if ui.button("New version").clicked() {
                choice = Some(Some(Side::New));
            }
            if ui.button("Cancel").clicked() {
                choice = Some(None);
            }
        });
    });
    if let Some(choice) = choice {
        app.pending_drop = None;
        if let Some(side) = choice {
            app.open_path(side, path);
        }
    }
}
