//! "What changed": every difference, grouped into listing, capabilities, files and the rest.

use eframe::egui::{self, RichText};
use teams_update_check::Report;
use teams_update_check::changes::{Area, Change};
use teams_update_check::describe::{describe, plain_path};

/// Draws the change list, collapsible.
pub fn show(ui: &mut egui::Ui, report: &Report) {
    let count = report.changes.len();
    egui::CollapsingHeader::new(RichText::new(format!("What changed ({count})")).heading())
        .id_salt("what-changed")
        .default_open(count <= 40)
        .show(ui, |ui| {
            if count == 0 {
                ui.label("Nothing: the two versions are the same.");
                return;
            }
            let areas = [
                Area::Identity,
                Area::Listing,
                Area::Capability,
                Area::PackageFile,
                Area::Other,
            ];
            for area in areas {
                let changes: Vec<&Change> =
                    report.changes.iter().filter(|c| c.area == area).collect();
                if changes.is_empty() {
                    continue;
                }
                ui.add_space(6.0);
                ui.label(RichText::new(format!("{} ({})", area.title(), changes.len())).strong())
                    .on_hover_text(area_hint(area));
                ui.indent(area.title(), |ui| {
                    for change in changes {
                        change_row(ui, change);
                    }
                });
            }
        });
}

fn area_hint(area: Area) -> &'static str {
    match area {
        Area::Identity => "The app ID, its version number and the manifest format version",
        Area::Listing => {
            "What people see in the store: name, descriptions, developer details, icons, colors"
        }
        Area::Capability => {
            "What the app can do in Teams: bots, tabs, message extensions, connectors, sign-in, permissions"
        }
        Area::PackageFile => {
            "Files in the .zip app package besides manifest.json, such as icons and translations"
        }
        Area::Other => "Other settings in the manifest",
    }
}

/// One change in words (see [`teams_update_check::describe`]), with the whole value one
/// click away when the words leave something out: shown read-only (selectable) and copyable.
fn change_row(ui: &mut egui::Ui, change: &Change) {
    let text = describe(change);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(text.verb).strong());
        let subject = ui.label(RichText::new(&text.subject).strong());
        if change.area != Area::PackageFile {
            subject.on_hover_text(format!("In the manifest: {}", change.path));
        }
        if let Some(detail) = &text.detail {
            ui.label(detail);
        }
    });
    if let Some(full) = &text.full {
        ui.indent(("change-full", &change.path), |ui| {
            egui::CollapsingHeader::new(format!("Full value of {}", plain_path(&change.path)))
                .id_salt(("change-full-value", &change.path, change.kind as u8))
                .default_open(false)
                .show(ui, |ui| {
                    let mut shown = full.as_str();
                    ui.add(
                        egui::TextEdit::multiline(&mut shown)
                            .code_editor()
                            .desired_rows(full.lines().count().clamp(1, 12))
                            .desired_width(f32::INFINITY),
                    )
                    .on_hover_text("Select the text to copy part of it");
                    if ui
                        .button("Copy full value")
                        .on_hover_text("Copy the whole value to the clipboard")
                        .clicked()
                    {
                        ui.ctx().copy_text(full.clone());
                    }
                });
        });
    }
}
