//! "What changed": every difference, grouped into listing, capabilities, files and the rest.

use eframe::egui::{self, RichText};
use serde_json::Value;
use teams_update_check::Report;
use teams_update_check::changes::{Area, Change, ChangeKind};
use teams_update_check::render::short_value;

/// A list longer than this is drawn in its own scroll area, only the rows in view.
const LONG_LIST: usize = 50;

/// One change as the list shows it, worked out once per report (not per frame).
pub struct ChangeRow {
    word: &'static str,
    path: String,
    hover: String,
    detail: String,
}

/// The change list's rows, grouped by area, worked out once per report (by the
/// worker that works out the report).
#[derive(Default)]
pub struct ChangeRows {
    count: usize,
    groups: Vec<(Area, Vec<ChangeRow>)>,
}

/// Builds the rows for a report's changes; values are cut short while being written
/// out, so a huge value costs no more than a short one.
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
                                    ui.horizontal(|ui| draw_row(ui, row));
                                }
                            });
                    } else {
                        for row in group {
                            ui.horizontal_wrapped(|ui| draw_row(ui, row));
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

/// What people call a manifest field, for the first part of a path.
fn friendly_name(field: &str) -> Option<&'static str> {
    Some(match field {
        "id" => "App ID",
        "version" => "Version",
        "manifestVersion" => "Manifest format version",
        "$schema" => "Manifest schema link",
        "name" => "App name",
        "description" => "Description",
        "developer" => "Developer details",
        "icons" => "Icons",
        "accentColor" => "Accent color",
        "localizationInfo" => "Translations",
        "bots" => "Bot",
        "staticTabs" => "Personal tab",
        "configurableTabs" => "Channel/group tab",
        "composeExtensions" => "Message extension",
        "connectors" => "Connector",
        "webApplicationInfo" => "Sign-in settings",
        "authorization" => "Team/chat data permissions",
        "permissions" => "Permissions",
        "devicePermissions" => "Device permissions",
        "validDomains" => "Allowed web domains",
        _ => return None,
    })
}

/// `/staticTabs/reports/name` → `Personal tab › reports › name`.
fn plain_path(path: &str) -> String {
    let mut parts: Vec<String> = path
        .trim_start_matches('/')
        .split('/')
        .map(|p| p.replace("~1", "/").replace("~0", "~"))
        .collect();
    if parts.iter().all(String::is_empty) {
        return "(whole manifest)".to_string();
    }
    if let Some(first) = parts.first_mut()
        && let Some(name) = friendly_name(first)
    {
        *first = name.to_string();
    }
    parts.join(" › ")
}

/// A value in a few words: an object with a name shows its name.
fn plain_value(value: Option<&Value>) -> String {
    match value {
        Some(Value::Object(map)) => match map.get("name").and_then(|n| n.as_str()) {
            Some(name) => format!("\"{name}\""),
            None => short_value(value),
        },
        _ => short_value(value),
    }
}

fn change_row_of(change: &Change) -> ChangeRow {
    let path = if change.area == Area::PackageFile {
        change.path.clone()
    } else {
        plain_path(&change.path)
    };
    let (word, detail) = match change.kind {
        ChangeKind::Added => (
            "Added",
            change
                .file_detail()
                .unwrap_or_else(|| plain_value(change.new.as_ref())),
        ),
        _ if change.area == Area::PackageFile => (
            if change.kind == ChangeKind::Removed {
                "Removed"
            } else {
                "Changed"
            },
            change.file_detail().unwrap_or_default(),
        ),
        ChangeKind::Removed => (
            "Removed",
            format!("was {}", plain_value(change.old.as_ref())),
        ),
        ChangeKind::Changed => (
            "Changed",
            format!(
                "was {}, now {}",
                plain_value(change.old.as_ref()),
                plain_value(change.new.as_ref())
            ),
        ),
    };
    ChangeRow {
        word,
        path,
        hover: format!("In the manifest: {}", change.path),
        detail,
    }
}

fn draw_row(ui: &mut egui::Ui, row: &ChangeRow) {
    ui.label(RichText::new(row.word).strong());
    ui.label(RichText::new(&row.path).strong())
        .on_hover_text(&row.hover);
    ui.label(RichText::new(&row.detail).weak());
}

#[cfg(test)]
mod tests {
    #[test]
    fn plain_paths() {
        assert_eq!(
            super::plain_path("/staticTabs/reports/name"),
            "Personal tab › reports › name"
        );
        assert_eq!(super::plain_path("/somethingNew/x"), "somethingNew › x");
        assert_eq!(super::plain_path("/a~1b"), "a/b");
        assert_eq!(super::plain_path("/"), "(whole manifest)");
    }

    #[test]
    fn rows_are_grouped_by_area_once() {
        use teams_update_check::{Input, check};
        let id = "0b5c3d6e-1234-4abc-9def-00112233aabb";
        let old = Input::from_bytes(
            "old.json",
            format!(r#"{{"id":"{id}","version":"1.0.0","staticTabs":[]}}"#).as_bytes(),
        )
        .unwrap();
        let tabs: Vec<String> = (0..120)
            .map(|i| format!(r#"{{"entityId":"t{i}","scopes":["personal"]}}"#))
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
    }
}
