//! "Save a fixed copy…" beside the verdict, and the list of what the last copy
//! repaired (before → after). The saving itself runs on a worker
//! ([`save_in_background`]): the file dialog, the fix, and the write through a
//! temporary file renamed into place.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;

use eframe::egui;
use teams_update_check::fix::{self, FixOptions};
use teams_update_check::message::Message;
use teams_update_check::{Input, Report, msg};

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
    pub lines: Vec<Message>,
    /// One line per problem left, with who can fix it.
    pub left: Vec<Message>,
}

impl LastFix {
    /// Everything the list shows, as text (for the font lookup).
    pub fn shown_text(&self) -> String {
        let mut shown = vec![self.path.display().to_string()];
        shown.extend(self.lines.iter().chain(&self.left).map(Message::text));
        shown.join(" ")
    }
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
            ui.strong(
                msg!(
                    "app-fix-copy-heading",
                    path = last.path.display().to_string()
                )
                .text(),
            );
            for line in &last.lines {
                ui.label(format!("✔ {}", line.text()));
            }
            for line in &last.left {
                ui.label(format!("✖ {}", line.text()));
            }
        });
    }
    if !fix::may_fix(report) {
        return action;
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let response = ui
            .add_enabled(
                !context.busy,
                egui::Button::new(msg!("app-fix-save").text()),
            )
            .on_hover_text(msg!("app-fix-save-hover").text());
        if response.clicked() {
            action = Some(FixAction::Save);
        }
        ui.label(msg!("app-fix-some-repairable").text());
    });
    if let Some(proposed) = &context.proposed_version {
        ui.horizontal(|ui| {
            ui.label(msg!("app-fix-version-label").text());
            let field = ui.add(
                egui::TextEdit::singleline(&mut state.version)
                    .hint_text(proposed.as_str())
                    .desired_width(120.0),
            );
            let _ = field.accessible_name(msg!("app-fix-version-named").text());
            ui.weak(
                msg!(
                    "app-fix-leave-empty",
                    proposed = proposed.as_str(),
                    published = report.old.version.as_str()
                )
                .text(),
            );
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
    ui.label(egui::RichText::new(msg!("app-fix-no-dialog").text()).color(super::palette::warn(ui)));
    ui.horizontal(|ui| {
        let field = ui.add(egui::TextEdit::singleline(typed).desired_width(640.0));
        let _ = field.accessible_name(msg!("app-fix-path-named").text());
        if ui.button(msg!("app-fix-save-copy").text()).clicked() && !typed.trim().is_empty() {
            action = Some(FixAction::SaveTo(PathBuf::from(typed.trim())));
        }
        if ui.button(msg!("app-cancel").text()).clicked() {
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
            .add_enabled(!busy, egui::Button::new(msg!("app-fix-save").text()))
            .on_hover_text(msg!("app-fix-folder-hover").text());
        if response.clicked() {
            action = Some(FixAction::Save);
        }
        ui.label(msg!("app-fix-folder").text());
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
            .set_title(msg!("app-fix-dialog-title").text())
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
        result: Err(msg!("app-internal-fix")),
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
) -> Result<LastFix, Message> {
    {
        let name = new
            .file_name()
            .map_or_else(|| "new".to_string(), |n| n.to_string_lossy().into_owned());
        let bytes = std::fs::read(new)
            .map_err(|err| msg!("app-fix-not-read-again", error = err.to_string()))?;
        let copy = fix::fix(old, &name, &bytes, options)
            .map_err(|err| msg!("app-fix-not-made", error = err.to_string()))?;
        if copy.applied.is_empty() {
            return Err(msg!("app-fix-nothing"));
        }
        let inputs: Vec<&Path> = [Some(new), old_path].into_iter().flatten().collect();
        fix::write_copy(&target, &copy.bytes, &inputs).map_err(|err| {
            msg!(
                "app-fix-not-saved",
                path = target.display().to_string(),
                error = err.to_string()
            )
        })?;
        Ok(LastFix {
            path: target,
            lines: copy
                .applied
                .iter()
                .map(|step| {
                    msg!(
                        "app-fix-repaired",
                        what = step.what.clone(),
                        before = step.before.clone(),
                        after = step.after.clone()
                    )
                })
                .collect(),
            left: copy
                .not_fixed
                .iter()
                .map(|item| {
                    msg!(
                        "app-fix-left",
                        problem = item.message.clone(),
                        who = item.who.clone()
                    )
                })
                .collect(),
        })
    }
}
