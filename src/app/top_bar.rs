//! The bar at the top of the window: the title, "About", "Try an example" and "Export report…".

use eframe::egui;
use teams_update_check::msg;

use super::TeamsUpdateCheckApp;

/// Draws the top bar and acts on its buttons.
pub fn show(ui: &mut egui::Ui, app: &mut TeamsUpdateCheckApp) {
    ui.horizontal(|ui| {
        ui.heading(msg!("app-name").text());
        ui.label(egui::RichText::new(msg!("app-tagline").text()).weak());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(msg!("app-about").text())
                .on_hover_text(msg!("app-about-hover").text())
                .clicked()
            {
                app.show_about();
            }
            let export = ui
                .add_enabled(
                    app.report.is_some(),
                    egui::Button::new(msg!("app-export").text()),
                )
                .on_hover_text(
                    msg!(
                        "app-export-hover",
                        shortcut = super::shortcuts::text(ui.ctx(), &super::shortcuts::EXPORT)
                    )
                    .text(),
                )
                .on_disabled_hover_text(msg!("app-export-disabled-hover").text());
            if export.clicked() {
                app.pick_export_path();
            }
            if ui
                .button(msg!("app-try-example").text())
                .on_hover_text(msg!("app-try-example-hover").text())
                .clicked()
            {
                app.load_example();
            }
        });
    });
}
