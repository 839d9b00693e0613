//! What an empty window shows: how to use the tool, and a built-in example.

use eframe::egui::{self, RichText};

use super::TeamsUpdateCheckApp;

/// Draws the "how to use" text and the "Try an example" button.
pub fn show(ui: &mut egui::Ui, app: &mut TeamsUpdateCheckApp) {
    egui::Frame::group(ui.style()).inner_margin(egui::Margin::same(14)).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.heading("How to use");
        ui.label("1. On the left, open the version of your app that is in the Teams store now: its manifest.json or the .zip app package you uploaded.");
        ui.label("2. On the right, open the update you want to submit.");
        ui.label("3. Read the answer: is the update ready, will your users be asked to approve the app again, and what changed.");
        ui.label("4. Copy the download button for your website.");
        ui.add_space(6.0);
        ui.label(
            RichText::new("You can also drop files on the window. Shortcuts: Ctrl+O opens the published version, Ctrl+Shift+O the new one, Ctrl+E exports the report, Ctrl+Shift+C copies the button HTML, F5 reloads.")
                .weak(),
        );
        ui.add_space(8.0);
        if ui
            .button(RichText::new("▶ Try an example").size(16.0))
            .on_hover_text("Load a built-in example update that needs users' approval")
            .clicked()
        {
            app.load_example();
        }
    });
}
