//! Saving the report: a web page (the default) or Markdown, chosen by the file's extension, written
//! to a temporary file and renamed into place, never over an input file.

use std::path::{Path, PathBuf};

use teams_update_check::message::Message;
use teams_update_check::{Report, msg, render};

/// Saves the report on a worker; the toast then says where (and, with `no_dialog`,
/// that no save dialog could be shown, so the user did not choose the place), or why not.
pub fn export_in_background(
    ctx: eframe::egui::Context,
    events: std::sync::mpsc::Sender<super::background::AppEvent>,
    report: Box<Report>,
    target: PathBuf,
    inputs: Vec<PathBuf>,
    no_dialog: bool,
) {
    super::background::write_in_background(ctx, events, move || {
        export_report(&report, &target, &inputs).map(|()| {
            let path = target.display().to_string();
            if no_dialog {
                msg!("app-report-saved-no-dialog", path = path)
            } else {
                msg!("app-report-saved", path = path)
            }
        })
    });
}

/// The name a report is saved under, without its extension: the app's name and the
/// new version ("Contoso-Tasks-1.3.0-update-report"), so reports of different apps
/// and versions do not overwrite each other; `teams-update-report` when neither is
/// known. Only letters, digits, `.`, `-` and `_` are kept (any script), at most 80.
pub fn report_file_stem(report: &Report) -> String {
    let name = report
        .new
        .app_name
        .as_deref()
        .or(report.old.app_name.as_deref())
        .unwrap_or_default();
    let mut stem = String::new();
    for word in [name, report.new.version.as_str()] {
        for c in word.chars() {
            let kept = if c.is_alphanumeric() || matches!(c, '.' | '_') {
                Some(c)
            } else {
                // Spaces and other marks become one dash.
                (!stem.is_empty() && !stem.ends_with('-')).then_some('-')
            };
            if let Some(c) = kept
                && stem.chars().count() < 80
            {
                stem.push(c);
            }
        }
        if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let stem = stem.trim_matches(|c| c == '-' || c == '.');
    if stem.is_empty() {
        "teams-update-report".to_string()
    } else {
        format!("{stem}-update-report")
    }
}

/// Where the report goes when no save dialog can be shown: `<stem>.html` in `folder`
/// (see [`report_file_stem`]), numbered (`<stem>-2.html`…) rather than over an
/// existing file.
pub fn unused_report_path(folder: &Path, stem: &str) -> PathBuf {
    let first = folder.join(format!("{stem}.html"));
    if !first.exists() {
        return first;
    }
    (2..1000)
        .map(|n| folder.join(format!("{stem}-{n}.html")))
        .find(|path| !path.exists())
        .unwrap_or_else(|| folder.join(format!("{stem}-{}.html", std::process::id())))
}

/// Writes the report to `target`; refuses to overwrite any of `inputs`.
pub fn export_report(report: &Report, target: &Path, inputs: &[PathBuf]) -> Result<(), Message> {
    if inputs
        .iter()
        .any(|input| super::background::same_file(input, target))
    {
        return Err(msg!(
            "app-export-is-input",
            path = target.display().to_string()
        ));
    }
    let is_html = target
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("html") || ext.eq_ignore_ascii_case("htm"));
    let contents = if is_html {
        render::to_html(report)
    } else {
        render::to_markdown(report)
    };
    teams_update_check::files::write_atomically(target, contents.as_bytes()).map_err(|err| {
        msg!(
            "app-export-failed",
            path = target.display().to_string(),
            error = err.to_string()
        )
    })
}
