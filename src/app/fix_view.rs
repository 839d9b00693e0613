//! "Save a fixed copy…" beside the verdict, and the list of what the last copy
//! repaired (before → after). The saving itself runs on a worker
//! ([`save_in_background`]): the file dialog, the fix, and the write through a
//! temporary file renamed into place.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;

use eframe::egui;
use teams_update_check::fix::{self, FixOptions};
use teams_update_check::{Input, Report};

use super::background::{self, AppEvent};
use super::dialog_status;

/// What the user asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FixAction {
    /// Choose where to save a fixed copy, then save it.
    Save,
    /// Save it at the path typed in the field (no save dialog could be shown).
    SaveTo(PathBuf),
    /// Close the path field without saving.
    Cancel,
}

/// What the user typed for the next copy.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FixState {
    /// The version to give the copy; empty for the proposed one.
    pub version: String,
    /// The path field offered when no save dialog could be shown (`None`: not shown).
    pub path_field: Option<String>,
}

/// What the last saved copy repaired, for the list under the button.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastFix {
    /// Where the copy was saved.
    pub path: PathBuf,
    /// One line per repair: "The version: was 1.0.2, now 1.0.3" (the window's
    /// fonts have no arrow, so the words of the change list are used).
    pub lines: Vec<String>,
    /// One line per problem left, with who can fix it.
    pub left: Vec<String>,
}

/// What the view needs to know besides the report.
pub struct FixContext<'a> {
    /// The last copy's list, when the new version is that copy.
    pub last: Option<&'a LastFix>,
    /// A copy is being chosen or made.
    pub busy: bool,
    /// The version the copy would get, when the version needs raising.
    pub proposed_version: Option<String>,
}

/// Draws the button (when the report has a problem a copy may repair), the
/// version and path fields, and the last copy's list; returns the action asked for.
pub fn show(
    ui: &mut egui::Ui,
    report: &Report,
    context: &FixContext<'_>,
    state: &mut FixState,
) -> Option<FixAction> {
    let mut action = None;
    if let Some(last) = context.last {
        ui.add_space(6.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.strong(format!("Fixed copy: {}", last.path.display()));
            for line in &last.lines {
                ui.label(format!("✔ {line}"));
            }
            for line in &last.left {
                ui.label(format!("✖ {line}"));
            }
        });
    }
    if !fix::may_fix(report) {
        return action;
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let response = ui
            .add_enabled(!context.busy, egui::Button::new("Save a fixed copy…"))
            .on_hover_text(
                "Saves a new package with the safe repairs (version number, schema link, icons, \
                 unused files); your files are not changed. The copy then opens as the new version.",
            );
        if response.clicked() {
            action = Some(FixAction::Save);
        }
        ui.label("Some of these problems can be repaired for you.");
    });
    if let Some(proposed) = &context.proposed_version {
        ui.horizontal(|ui| {
            ui.label("Version for the copy:");
            let field = ui.add(
                egui::TextEdit::singleline(&mut state.version)
                    .hint_text(proposed.as_str())
                    .desired_width(120.0),
            );
            let _ = field.accessible_name("Version for the fixed copy");
            ui.weak(format!(
                "Leave it empty to use {proposed} (the published version is {}).",
                report.old.version
            ));
        });
        // A typed version the copy cannot use is said here, beside the field, as it is typed.
        let typed = state.version.trim();
        if !typed.is_empty()
            && let Some(problem) = fix::typed_version_problem(typed, &report.old.version)
        {
            ui.label(egui::RichText::new(format!("✖ {problem}")).color(super::palette::fail(ui)));
        }
    }
    action.or_else(|| path_field(ui, state))
}

/// The field offered when no save dialog could be shown; the action it asks for.
fn path_field(ui: &mut egui::Ui, state: &mut FixState) -> Option<FixAction> {
    let typed = state.path_field.as_mut()?;
    let mut action = None;
    ui.label(
        egui::RichText::new(
            "No save dialog could be opened on this computer. Type where to save the fixed copy:",
        )
        .color(super::palette::warn(ui)),
    );
    ui.horizontal(|ui| {
        let field = ui.add(egui::TextEdit::singleline(typed).desired_width(640.0));
        let _ = field.accessible_name("Path of the fixed copy");
        if ui.button("Save the copy").clicked() && !typed.trim().is_empty() {
            action = Some(FixAction::SaveTo(PathBuf::from(typed.trim())));
        }
        if ui.button("Cancel").clicked() {
            action = Some(FixAction::Cancel);
        }
    });
    action
}

/// True when the new version did not load only because its files sit in a folder
/// of the package, which a fixed copy moves to the root.
pub fn is_folder_package(error: &teams_update_check::InputError) -> bool {
    error.kind == teams_update_check::InputErrorKind::BadPackage
        && matches!(
            &error.location,
            Some(teams_update_check::input::Location::PackageEntry(entry))
                if entry.ends_with("/manifest.json")
        )
}

/// Offered when the new version is a package zipped as a folder: the button that
/// saves a copy with its files at the root.
pub fn show_for_folder(ui: &mut egui::Ui, busy: bool, state: &mut FixState) -> Option<FixAction> {
    let mut action = None;
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let response = ui
            .add_enabled(!busy, egui::Button::new("Save a fixed copy…"))
            .on_hover_text(
                "Saves a new package with the files moved out of their folder to the root, where \
                 Teams looks for them; your file is not changed.",
            );
        if response.clicked() {
            action = Some(FixAction::Save);
        }
        ui.label("The new version's files sit in a folder inside the package: a copy can move them to the root.");
    });
    action.or_else(|| path_field(ui, state))
}

/// Opens the save dialog on a worker; its answer comes back as [`AppEvent::FixTo`].
pub fn pick_path_in_background(ctx: egui::Context, events: Sender<AppEvent>, new: &Path) {
    let suggested = fix::default_output(new, is_zip_path(new));
    let on_failure = AppEvent::FixTo {
        outcome: super::dialog_status::DialogOutcome::Unavailable,
    };
    background::spawn_job(ctx, events, on_failure, move || {
        let mut dialog = rfd::FileDialog::new()
            .set_title("Save a fixed copy of the new version")
            .set_file_name(
                suggested
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            );
        if let Some(folder) = suggested.parent().filter(|f| f.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        let mark = dialog_status::mark();
        let path = dialog.save_file();
        AppEvent::FixTo {
            outcome: dialog_status::outcome(mark, path),
        }
    });
}

/// True when the new version's file looks like a package (its bytes start like a zip).
pub fn is_zip_path(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 4];
    std::fs::File::open(path)
        .and_then(|mut file| file.read_exact(&mut head))
        .is_ok_and(|()| teams_update_check::input::is_zip(&head))
}

/// Makes the fixed copy of `new` against `old` and saves it at `target`, on a worker.
pub fn save_in_background(
    ctx: egui::Context,
    events: Sender<AppEvent>,
    old: Box<Input>,
    old_path: Option<PathBuf>,
    new: PathBuf,
    target: PathBuf,
    options: FixOptions,
) {
    let on_failure = AppEvent::Fixed {
        result: Err(
            "Teams Update Check ran into an internal problem while making the fixed copy \
                     (a bug in the tool). Your files are not changed."
                .to_string(),
        ),
    };
    background::spawn_job(ctx, events, on_failure, move || AppEvent::Fixed {
        result: make_copy(&old, old_path.as_deref(), &new, target, &options).map(Box::new),
    });
}

/// The worker's job: read, fix, write.
fn make_copy(
    old: &Input,
    old_path: Option<&Path>,
    new: &Path,
    target: PathBuf,
    options: &FixOptions,
) -> Result<LastFix, String> {
    {
        let name = new
            .file_name()
            .map_or_else(|| "new".to_string(), |n| n.to_string_lossy().into_owned());
        let bytes = std::fs::read(new).map_err(|err| {
            format!("The new version could not be read again ({err}). Open it again.")
        })?;
        let copy = fix::fix(old, &name, &bytes, options)
            .map_err(|err| format!("No fixed copy could be made: {err}"))?;
        if copy.applied.is_empty() {
            return Err("Nothing could be repaired by itself; the problems left need a person (see the list).".to_string());
        }
        let inputs: Vec<&Path> = [Some(new), old_path].into_iter().flatten().collect();
        fix::write_copy(&target, &copy.bytes, &inputs).map_err(|err| {
            format!(
                "The fixed copy could not be saved as {} ({err}). Choose another place.",
                target.display()
            )
        })?;
        Ok(LastFix {
            path: target,
            lines: copy
                .applied
                .iter()
                .map(|step| format!("{}: was {}, now {}", step.what, step.before, step.after))
                .collect(),
            left: copy
                .not_fixed
                .iter()
                .map(|item| format!("{} Who can fix it: {}", item.message, item.who))
                .collect(),
        })
    }
}
