//! "What changed": every difference, grouped into listing, capabilities, files and the rest.

use eframe::egui::{self, RichText};
use serde_json::Value;
use teams_update_check::Report;
use teams_update_check::changes::{Area, Change, ChangeKind};
use teams_update_check::render::short_value;

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

fn change_row(ui: &mut egui::Ui, change: &Change) {
    let path = if change.area == Area::PackageFile {
        change.path.clone()
    } else {
        plain_path(&change.path)
    };
    ui.horizontal_wrapped(|ui| {
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
        ui.label(RichText::new(word).strong());
        ui.label(RichText::new(path).strong())
            .on_hover_text(format!("In the manifest: {}", change.path));
        ui.label(RichText::new(detail).weak());
    });
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
}
