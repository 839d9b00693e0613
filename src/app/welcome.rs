//! What an empty window shows: how to use the tool, and a built-in example.

use eframe::egui::{self, RichText};

use teams_update_check::msg;

use super::{TeamsUpdateCheckApp, shortcuts};

/// Draws the "how to use" text and the "Try an example" button.
pub fn show(ui: &mut egui::Ui, app: &mut TeamsUpdateCheckApp) {
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(14))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.heading(msg!("app-welcome-heading").text());
            for step in [
                msg!("app-welcome-step-1"),
                msg!("app-welcome-step-2"),
                msg!("app-welcome-step-3"),
                msg!("app-welcome-step-4"),
            ] {
                ui.label(step.text());
            }
            ui.add_space(6.0);
            ui.label(RichText::new(shortcut_hint(ui.ctx())).weak());
            ui.add_space(6.0);
            where_to_get_the_published_version(ui);
            ui.add_space(8.0);
            if ui
                .button(RichText::new(format!("▶ {}", msg!("app-try-example").text())).size(16.0))
                .on_hover_text(msg!("app-try-example-hover").text())
                .clicked()
            {
                app.load_example();
            }
        });
}

/// The sentence on dropping files and the keyboard shortcuts, each written the way
/// egui writes it on this computer (from the definitions in `shortcuts`).
fn shortcut_hint(ctx: &egui::Context) -> String {
    let key = |shortcut| shortcuts::text(ctx, shortcut);
    msg!(
        "app-welcome-shortcuts",
        open_old = key(&shortcuts::OPEN_OLD),
        open_new = key(&shortcuts::OPEN_NEW),
        export = key(&shortcuts::EXPORT),
        copy_html = key(&shortcuts::COPY_HTML),
        reload = key(&shortcuts::RELOAD),
    )
    .text()
}

/// The guide's "Where to get the published version" (docs/guide.md), in the window
/// itself, folded until asked for.
fn where_to_get_the_published_version(ui: &mut egui::Ui) {
    egui::CollapsingHeader::new(msg!("app-welcome-where-heading").text())
        .id_salt("where-published")
        .show(ui, |ui| {
            ui.label(msg!("app-welcome-where-intro").text());
            for place in [
                msg!("app-welcome-where-portal"),
                msg!("app-welcome-where-partner"),
                msg!("app-welcome-where-admin"),
                msg!("app-welcome-where-records"),
            ] {
                ui.label(format!("• {}", place.text()));
            }
            ui.label(RichText::new(msg!("app-welcome-where-new").text()).weak());
        });
}
