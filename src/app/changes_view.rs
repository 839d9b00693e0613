//! "What changed": every difference in words, grouped into listing, capabilities,
//! files and the rest. The rows are worked out once per report, by the worker that
//! works out the report, never per frame.

use eframe::egui::{self, RichText};
use teams_update_check::Report;
use teams_update_check::changes::{Area, Change};
use teams_update_check::describe::{ChangeText, describe, plain_path};

/// A list longer than this is drawn in its own scroll area, only the rows in view.
const LONG_LIST: usize = 50;

/// One change as the list shows it.
pub struct ChangeRow {
    /// The change in words (verb, subject, detail, and the full value when the words leave something out).
    text: ChangeText,
    /// "In the manifest: /staticTabs/reports", for a manifest change.
    hover: Option<String>,
    /// What the full value is called: "Full value of Personal tab › reports".
    full_title: String,
    /// A stable id for the row's controls.
    id: String,
}

/// The change list's rows, grouped by area.
#[derive(Default)]
pub struct ChangeRows {
    count: usize,
    groups: Vec<(Area, Vec<ChangeRow>)>,
}

/// Builds the rows for a report's changes.
pub fn rows(report: &Report) -> ChangeRows {
    let areas = [
        Area::Identity,
        Area::Listing,
        Area::Capability,
        Area::PackageFile,
        Area::Other,
    ];
    let groups = areas
        .into_iter()
        .map(|area| {
            let rows: Vec<ChangeRow> = report
                .changes
                .iter()
                .filter(|c| c.area == area)
                .map(change_row_of)
                .collect();
            (area, rows)
        })
        .filter(|(_, rows)| !rows.is_empty())
        .collect();
    ChangeRows {
        count: report.changes.len(),
        groups,
    }
}

fn change_row_of(change: &Change) -> ChangeRow {
    let mut text = describe(change);
    if let Some(detail) = change.file_detail() {
        text.detail = Some(detail);
        text.full = None;
    }
    let is_file = change.area == Area::PackageFile;
    ChangeRow {
        hover: (!is_file).then(|| format!("In the manifest: {}", change.path)),
        full_title: format!("Full value of {}", plain_path(&change.path)),
        id: format!("{}#{}", change.path, change.kind as u8),
        text,
    }
}

/// Draws the change list, collapsible.
pub fn show(ui: &mut egui::Ui, rows: &ChangeRows) {
    let count = rows.count;
    egui::CollapsingHeader::new(RichText::new(format!("What changed ({count})")).heading())
        .id_salt("what-changed")
        .default_open(count <= 40)
        .show(ui, |ui| {
            if count == 0 {
                ui.label("Nothing: the two versions are the same.");
                return;
            }
            for (area, group) in &rows.groups {
                ui.add_space(6.0);
                ui.label(RichText::new(format!("{} ({})", area.title(), group.len())).strong())
                    .on_hover_text(area_hint(*area));
                ui.indent(area.title(), |ui| {
                    if group.len() > LONG_LIST {
                        // One line per row, so only the rows in view are laid out.
                        let height = ui.text_style_height(&egui::TextStyle::Body)
                            + ui.spacing().item_spacing.y;
                        egui::ScrollArea::vertical()
                            .id_salt(("changes", area.title()))
                            .max_height(400.0)
                            .auto_shrink([false, true])
                            .show_rows(ui, height, group.len(), |ui, range| {
                                for row in group.get(range).unwrap_or_default() {
                                    ui.horizontal(|ui| row_words(ui, row));
                                }
                            });
                    } else {
                        for row in group {
                            draw_row(ui, row);
                        }
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

/// The change in words on one line.
fn row_words(ui: &mut egui::Ui, row: &ChangeRow) {
    ui.label(RichText::new(row.text.verb).strong());
    let subject = ui.label(RichText::new(&row.text.subject).strong());
    if let Some(hover) = &row.hover {
        subject.on_hover_text(hover);
    }
    if let Some(detail) = &row.text.detail {
        ui.label(detail);
    }
}

/// One change in words, with the whole value one click away when the words leave
/// something out: shown read-only (selectable) and copyable.
fn draw_row(ui: &mut egui::Ui, row: &ChangeRow) {
    ui.horizontal_wrapped(|ui| row_words(ui, row));
    if let Some(full) = &row.text.full {
        ui.indent(("change-full", &row.id), |ui| {
            egui::CollapsingHeader::new(&row.full_title)
                .id_salt(("change-full-value", &row.id))
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

#[cfg(test)]
mod tests {
    #[test]
    fn rows_are_grouped_by_area_once_and_say_the_change_in_words() {
        use teams_update_check::{Input, check};
        let id = "0b5c3d6e-1234-4abc-9def-00112233aabb";
        let old = Input::from_bytes(
            "old.json",
            format!(r#"{{"id":"{id}","version":"1.0.0","staticTabs":[]}}"#).as_bytes(),
        )
        .unwrap();
        let tabs: Vec<String> = (0..120)
            .map(|i| format!(r#"{{"entityId":"t{i}","name":"Tab {i}","scopes":["personal"]}}"#))
            .collect();
        let new = Input::from_bytes(
            "new.json",
            format!(
                r#"{{"id":"{id}","version":"1.0.1","staticTabs":[{}]}}"#,
                tabs.join(",")
            )
            .as_bytes(),
        )
        .unwrap();
        let rows = super::rows(&check(&old, &new));
        assert_eq!(rows.count, 121);
        let sizes: Vec<usize> = rows.groups.iter().map(|(_, g)| g.len()).collect();
        assert_eq!(sizes, [1, 120]);
        assert!(rows.groups[1].1.len() > super::LONG_LIST);
        let first = &rows.groups[1].1[0].text;
        assert!(!first.sentence().contains('{'), "{}", first.sentence());
    }
}
