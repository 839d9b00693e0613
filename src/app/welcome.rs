//! What an empty window shows: how to use the tool, and a built-in example.

use eframe::egui::{self, RichText};

use super::{TeamsUpdateCheckApp, shortcuts};

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
            RichText::new(shortcut_hint(ui.ctx()))
                .weak(),
        );
        ui.add_space(6.0);
        where_to_get_the_published_version(ui);
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

/// The sentence on dropping files and the keyboard shortcuts, each written the way
/// egui writes it on this computer (from the definitions in `shortcuts`).
fn shortcut_hint(ctx: &egui::Context) -> String {
    let key = |shortcut| shortcuts::text(ctx, shortcut);
    format!(
        "You can also drop files on the window. Shortcuts: {} opens the published version, {} the \
         new one, {} exports the report, {} copies the button HTML, {} reloads.",
        key(&shortcuts::OPEN_OLD),
        key(&shortcuts::OPEN_NEW),
        key(&shortcuts::EXPORT),
        key(&shortcuts::COPY_HTML),
        key(&shortcuts::RELOAD),
    )
}

/// The guide's "Where to get the published version" (docs/guide.md), in the window
/// itself, folded until asked for.
fn where_to_get_the_published_version(ui: &mut egui::Ui) {
    egui::CollapsingHeader::new("Where do I get the published version?")
        .id_salt("where-published")
        .show(ui, |ui| {
            ui.label(
                "Use the app package that Microsoft has now, not the files you have been editing since. \
                 Take it from the place your app was published from:",
            );
            ui.label(
                "• Developer Portal (dev.teams.microsoft.com): open Apps, select your app and choose Download app package. \
                 Do this before you make your changes there: after you edit the app, the package it \
                 gives you is the new version.",
            );
            ui.label(
                "• Partner Center (partner.microsoft.com), for an app in the Teams store: open your \
                 Teams app offer and download the app package uploaded for the live version.",
            );
            ui.label(
                "• Teams admin center (admin.teams.microsoft.com), for an app published only to your \
                 organization: your Teams administrator can get its package under Teams apps, \
                 Manage apps.",
            );
            ui.label(
                "• Your own records: the .zip you uploaded last time (Teams Toolkit, for example, \
                 keeps it in appPackage/build/ in the project).",
            );
            ui.label(
                RichText::new(
                    "The new version is the package you are about to upload: from Developer Portal \
                     after your changes, or the .zip your developers gave you.",
                )
                .weak(),
            );
        });
}
