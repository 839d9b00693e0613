//! The bar at the top of the window: the title, the language menu, "About", "Try an example"
//! and "Export report…".

use eframe::egui;
use teams_update_check::lang::{self, Language};
use teams_update_check::msg;

use super::TeamsUpdateCheckApp;

/// Draws the top bar and acts on its buttons.
pub fn show(ui: &mut egui::Ui, app: &mut TeamsUpdateCheckApp) {
    ui.horizontal(|ui| {
        ui.heading(msg!("app-name").text());
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
            let chosen = app.settings.language.as_deref();
            if let Some(choice) = language_menu(ui, chosen) {
                app.choose_language(choice);
            }
            // The tagline takes what the buttons leave, cut short in a narrow window or a
            // longer language rather than drawn under them.
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add(
                    egui::Label::new(egui::RichText::new(msg!("app-tagline").text()).weak())
                        .truncate(),
                );
            });
        });
    });
}

/// The language menu: "Same as this computer (…)", then every language by its own name
/// (the pseudo-locale only when it was asked for with `--lang`). Returns the choice made
/// this frame: `Some(None)` for the computer's language.
fn language_menu(ui: &mut egui::Ui, chosen: Option<&str>) -> Option<Option<&'static Language>> {
    let current = lang::current();
    let system = lang::from_system();
    let follows_system = chosen.is_none() && std::ptr::eq(current, system);
    let mut choice = None;
    // In the bar's right-to-left layout the menu comes first and its label after, so
    // they read "Language [Deutsch ▾]".
    let menu = egui::ComboBox::from_id_salt("language-menu")
        // Tall enough for every language without scrolling.
        .height(480.0)
        .selected_text(current.own_name)
        .show_ui(ui, |ui| {
            super::fonts::cover_language_names(ui.ctx());
            let same = msg!("app-language-system", language = system.own_name).text();
            if ui.selectable_label(follows_system, same).clicked() {
                choice = Some(None);
            }
            ui.separator();
            for language in lang::LANGUAGES.iter() {
                if language.is_pseudo() && !std::ptr::eq(language, current) {
                    continue;
                }
                let selected = !follows_system && std::ptr::eq(language, current);
                if ui.selectable_label(selected, language.own_name).clicked() {
                    choice = Some(Some(language));
                }
            }
        })
        .response
        .on_hover_text(msg!("app-language-hover").text());
    let label = ui.label(msg!("app-language").text());
    menu.labelled_by(label.id);
    choice
}
