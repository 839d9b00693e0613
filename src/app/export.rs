//! Saving the report: a web page (the default) or Markdown, chosen by the file's extension, written
//! to a temporary file and renamed into place, never over an input file.

use std::path::{Path, PathBuf};

use teams_update_check::{Report, render};

/// Saves the report on a worker; the toast then says where (after `lead`, when
/// the user did not choose the place), or why not.
pub fn export_in_background(
    ctx: eframe::egui::Context,
    events: std::sync::mpsc::Sender<super::background::AppEvent>,
    report: Box<Report>,
    target: PathBuf,
    inputs: Vec<PathBuf>,
    lead: Option<&'static str>,
) {
    super::background::write_in_background(ctx, events, move || {
        export_report(&report, &target, &inputs).map(|()| match lead {
            Some(lead) => format!("{lead} the report was saved to {}", target.display()),
            None => format!("Report saved to {}", target.display()),
        })
    });
}

/// Where the report goes when no save dialog can be shown: `teams-update-report.html`
/// in `folder`, numbered (`teams-update-report-2.html`…) rather than over an existing file.
pub fn unused_report_path(folder: &Path) -> PathBuf {
    let first = folder.join("teams-update-report.html");
    if !first.exists() {
        return first;
    }
    (2..1000)
        .map(|n| folder.join(format!("teams-update-report-{n}.html")))
        .find(|path| !path.exists())
        .unwrap_or_else(|| folder.join(format!("teams-update-report-{}.html", std::process::id())))
}

/// Writes the report to `target`; refuses to overwrite any of `inputs`.
pub fn export_report(report: &Report, target: &Path, inputs: &[PathBuf]) -> Result<(), String> {
    if inputs
        .iter()
        .any(|input| super::background::same_file(input, target))
    {
        return Err(format!(
            "Not saved: {} is one of the files you are checking. Choose another name.",
            target.display()
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
        format!(
            "Could not save the report to {} ({err}). Choose a folder you can write to.",
            target.display()
        )
    })
}
