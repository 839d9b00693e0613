//! "Which version is this?": asked when a dropped file could go on either card.

use eframe::egui;
use teams_update_check::{Side, msg};

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
        ui.heading(msg!("app-drop-question").text());
        ui.label(msg!("app-drop-load-as", file = name.as_str()).text());
        ui.horizontal(|ui| {
            if ui.button(super::cards::title(Side::Old).text()).clicked() {
                choice = Some(Some(Side::Old));
            }
            if ui.button(super::cards::title(Side::New).text()).clicked() {
                choice = Some(Some(Side::New));
            }
            if ui.button(msg!("app-cancel").text()).clicked() {
                choice = Some(None);
            }
        });
    });
    if let Some(choice) = choice {
        app.place_dropped_file(choice);
    }
}
