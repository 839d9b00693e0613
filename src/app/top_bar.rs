//! The bar at the top of the window: the title, "About", "Try an example" and "Export report…".

use eframe::egui;

use super::TeamsUpdateCheckApp;

/// Draws the top bar and acts on its buttons.
pub fn show(ui: &mut egui::Ui, app: &mut TeamsUpdateCheckApp) {
    ui.horizontal(|ui| {
        ui.heading("Teams Update Check");
        ui.label(egui::RichText::new("Check your Teams app update before you submit it").weak());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("About")
                .on_hover_text("Version, license, and what the app does with your files")
                .clicked()
            {
                app.show_about();
            }
            let export = ui
                .add_enabled(app.report.is_some(), egui::Button::new("Export report…"))
                .on_hover_text(format!(
                    "Save this report as Markdown or HTML ({})",
                    super::shortcuts::text(ui.ctx(), &super::shortcuts::EXPORT)
                ))
                .on_disabled_hover_text("Open both versions first");
            if export.clicked() {
                app.pick_export_path();
            }
            if ui
                .button("Try an example")
                .on_hover_text("Load a built-in example update that needs users' approval")
                .clicked()
            {
                app.load_example();
            }
        });
    });
}
