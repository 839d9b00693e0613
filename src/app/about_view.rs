//! "About Teams Update Check": the version, the license, the third-party notice,
//! and the promise that nothing is sent anywhere.

use std::path::{Path, PathBuf};

use eframe::egui::{self, RichText};
use teams_update_check::msg;

/// The license the app is published under, as shipped (`LICENSE`).
const LICENSE_TEXT: &str = include_str!("../../LICENSE");

/// The third-party notice's file name in every package (see `[package.metadata.packager]`
/// `resources`, and `scripts/package.sh` for the `.tar.gz`).
const NOTICE_FILE: &str = "THIRD-PARTY-LICENSES.html";

/// What the user asked the About view to do.
pub enum AboutAction {
    /// Close the view.
    Close,
    /// Open the third-party notice in the web browser.
    OpenNotice(PathBuf),
}

/// Draws the About view as a modal window.
pub fn show(ctx: &egui::Context, notice: Option<&Path>) -> Option<AboutAction> {
    let mut action = None;
    let modal = egui::Modal::new(egui::Id::unique("about")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(msg!("app-name").text());
        ui.label(msg!("app-version", version = env!("CARGO_PKG_VERSION")).text());
        ui.add_space(6.0);
        ui.label(msg!("app-about-summary").text());
        ui.add_space(8.0);
        ui.label(RichText::new(msg!("app-about-privacy-heading").text()).strong());
        ui.label(msg!("app-about-privacy").text());
        ui.add_space(8.0);
        ui.label(RichText::new(msg!("app-about-license-heading").text()).strong());
        ui.label(msg!("app-about-license").text());
        egui::CollapsingHeader::new(msg!("app-about-show-license").text())
            .id_salt("about-license")
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .max_height(160.0)
                    .show(ui, |ui| {
                        ui.label(RichText::new(LICENSE_TEXT).monospace().small())
                    });
            });
        ui.add_space(8.0);
        ui.label(RichText::new(msg!("app-about-third-party-heading").text()).strong());
        ui.label(msg!("app-about-third-party").text());
        match notice {
            Some(path) => {
                if ui
                    .button(msg!("app-about-open-notice").text())
                    .on_hover_text(path.display().to_string())
                    .clicked()
                {
                    action = Some(AboutAction::OpenNotice(path.to_path_buf()));
                }
            }
            None => {
                ui.label(
                    RichText::new(msg!("app-about-no-notice", file = NOTICE_FILE).text()).weak(),
                );
            }
        }
        ui.add_space(8.0);
        ui.label(RichText::new(msg!("app-about-trademark").text()).weak());
        ui.add_space(8.0);
        if ui.button(msg!("app-close").text()).clicked() {
            action = Some(AboutAction::Close);
        }
    });
    if modal.should_close() && action.is_none() {
        action = Some(AboutAction::Close);
    }
    action
}

/// The third-party notice shipped with this copy of the app, if there is one: beside
/// the program (Windows installer and `.zip`, Linux `.tar.gz`), in the bundle's
/// `Resources` (macOS) or in `lib/teams-update-check` beside `bin` (`.deb`, AppImage).
pub fn find_notice() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let folder = exe.parent()?;
    notice_candidates(folder)
        .into_iter()
        .find(|path| path.is_file())
}

/// Where packages put the notice, relative to the folder of the program.
fn notice_candidates(program_folder: &Path) -> Vec<PathBuf> {
    vec![
        program_folder.join(NOTICE_FILE),
        program_folder.join("../Resources").join(NOTICE_FILE),
        program_folder
            .join("../lib/teams-update-check")
            .join(NOTICE_FILE),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_notice_is_found_where_each_package_puts_it() {
        let root = tempfile::tempdir().unwrap();
        let bin = root.path().join("usr/bin");
        let lib = root.path().join("usr/lib/teams-update-check");
        std::fs::create_dir_all(&bin).unwrap();
        std::fs::create_dir_all(&lib).unwrap();
        let found = |folder: &Path| {
            notice_candidates(folder)
                .into_iter()
                .find(|path| path.is_file())
        };
        assert_eq!(found(&bin), None);
        std::fs::write(lib.join(NOTICE_FILE), "<html>").unwrap();
        assert!(found(&bin).is_some_and(|path| path.ends_with(NOTICE_FILE)));
        // Beside the program wins (the Windows installer, the .zip, the .tar.gz).
        std::fs::write(bin.join(NOTICE_FILE), "<html>").unwrap();
        assert_eq!(found(&bin), Some(bin.join(NOTICE_FILE)));
    }
}
