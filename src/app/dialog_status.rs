//! Tells "the user closed the file dialog" from "no file dialog could be shown".
//!
//! rfd answers `None` in both cases. On Linux it asks the desktop's file-chooser
//! portal (xdg-desktop-portal) and then zenity; when neither can show a dialog, it
//! says so only through the `log` crate, as an error from its own modules. The
//! window has no other logging, so [`install`] sets a logger that counts those
//! errors and keeps nothing else; a dialog call compares the count before and
//! after ([`outcome`]). On Windows and macOS the system dialog is always there.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

/// Errors rfd has reported since the program started.
static DIALOG_ERRORS: AtomicU64 = AtomicU64::new(0);

/// Counts rfd's error reports; every other log record is dropped.
struct DialogErrorCounter;

impl log::Log for DialogErrorCounter {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= log::Level::Error && metadata.target().starts_with("rfd")
    }

    fn log(&self, record: &log::Record<'_>) {
        if self.enabled(record.metadata()) {
            DIALOG_ERRORS.fetch_add(1, Ordering::SeqCst);
        }
    }

    fn flush(&self) {}
}

/// Sets the counting logger (once; later calls, or a logger set elsewhere, change nothing).
pub fn install() {
    if log::set_logger(&DialogErrorCounter).is_ok() {
        log::set_max_level(log::LevelFilter::Error);
    }
}

/// A mark to take just before showing a dialog.
pub fn mark() -> u64 {
    DIALOG_ERRORS.load(Ordering::SeqCst)
}

/// How a native dialog ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogOutcome {
    /// The user chose this file.
    Chosen(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown on this computer.
    Unavailable,
}

/// The outcome of a dialog that returned `path`, given the [`mark`] taken before it opened.
pub fn outcome(mark_before: u64, path: Option<PathBuf>) -> DialogOutcome {
    match path {
        Some(path) => DialogOutcome::Chosen(path),
        None if mark() > mark_before => DialogOutcome::Unavailable,
        None => DialogOutcome::Cancelled,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_rfd_error_during_the_dialog_means_no_dialog_could_be_shown() {
        install();
        let before = mark();
        assert_eq!(outcome(before, None), DialogOutcome::Cancelled);
        log::warn!(target: "rfd::backend::xdg_desktop_portal", "Using zenity fallback");
        log::error!(target: "eframe", "an error of another crate");
        assert_eq!(outcome(before, None), DialogOutcome::Cancelled);
        log::error!(target: "rfd::backend::xdg_desktop_portal", "Failed to pick file with zenity");
        assert_eq!(outcome(before, None), DialogOutcome::Unavailable);
        let chosen = PathBuf::from("manifest.json");
        assert_eq!(
            outcome(before, Some(chosen.clone())),
            DialogOutcome::Chosen(chosen)
        );
    }
}
