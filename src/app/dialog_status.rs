//! Tells "the user closed the file dialog" from "no file dialog could be shown",
//! and shows the program's log when `RUST_LOG` asks for it.
//!
//! rfd answers `None` in both cases. On Linux it asks the desktop's file-chooser
//! portal (xdg-desktop-portal) and then zenity; when neither can show a dialog, it
//! says so only through the `log` crate, as an error from its own modules. So
//! [`install`] sets a logger that counts those errors; a dialog call compares the
//! count before and after ([`outcome`]). On Windows and macOS the system dialog is
//! always there.
//!
//! The same logger writes every record `RUST_LOG` selects to standard error
//! (`RUST_LOG=warn`, `RUST_LOG=info,wgpu=warn`, `RUST_LOG=rfd=debug`; see
//! [`LogFilter::parse`]), so a user who sees a blank window can send what eframe,
//! winit and the graphics stack said. Without `RUST_LOG` nothing is written.

use std::io::Write;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use log::{Level, LevelFilter};

/// Errors rfd has reported since the program started.
static DIALOG_ERRORS: AtomicU64 = AtomicU64::new(0);

/// What `RUST_LOG` asks to see, in the form `env_logger` reads: directives separated
/// by commas, each `level`, `target=level` or `target` (all of that target).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogFilter {
    /// The level for targets no directive names (`Off` when none is given).
    default: LevelFilter,
    /// (target prefix, level), in the order given; the longest matching prefix wins.
    targets: Vec<(String, LevelFilter)>,
}

impl Default for LogFilter {
    /// Nothing is written.
    fn default() -> Self {
        LogFilter {
            default: LevelFilter::Off,
            targets: Vec::new(),
        }
    }
}

impl LogFilter {
    /// Reads a `RUST_LOG` value. Levels are `off`, `error`, `warn`, `info`, `debug`
    /// and `trace`, in any letter case; a directive this cannot read is skipped, and
    /// a `/pattern` after the directives is ignored.
    pub fn parse(spec: &str) -> LogFilter {
        let mut filter = LogFilter::default();
        let directives = spec.split('/').next().unwrap_or_default();
        for directive in directives.split(',').map(str::trim) {
            match directive.split_once('=') {
                Some((target, level)) => {
                    if let (false, Ok(level)) = (target.trim().is_empty(), level.trim().parse()) {
                        filter.targets.push((target.trim().to_string(), level));
                    }
                }
                None if directive.is_empty() => {}
                None => match directive.parse::<LevelFilter>() {
                    Ok(level) => filter.default = level,
                    Err(_) => filter
                        .targets
                        .push((directive.to_string(), LevelFilter::Trace)),
                },
            }
        }
        filter
    }

    /// True when a record of `level` from `target` is to be written.
    pub fn allows(&self, level: Level, target: &str) -> bool {
        let named = self
            .targets
            .iter()
            .filter(|(prefix, _)| {
                target == prefix
                    || target
                        .strip_prefix(prefix.as_str())
                        .is_some_and(|rest| rest.starts_with("::"))
            })
            .max_by_key(|(prefix, _)| prefix.len());
        level <= named.map_or(self.default, |(_, level)| *level)
    }

    /// The most detailed level any directive allows.
    fn most_detailed(&self) -> LevelFilter {
        self.targets
            .iter()
            .map(|(_, level)| *level)
            .fold(self.default, Ord::max)
    }
}

/// Counts rfd's error reports and writes what `RUST_LOG` selects to standard error.
struct DialogLogger {
    forward: LogFilter,
}

/// True for the records that say no file dialog could be shown.
fn is_dialog_error(metadata: &log::Metadata<'_>) -> bool {
    metadata.level() <= Level::Error && metadata.target().starts_with("rfd")
}

impl log::Log for DialogLogger {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        is_dialog_error(metadata) || self.forward.allows(metadata.level(), metadata.target())
    }

    fn log(&self, record: &log::Record<'_>) {
        if is_dialog_error(record.metadata()) {
            DIALOG_ERRORS.fetch_add(1, Ordering::SeqCst);
        }
        if self.forward.allows(record.level(), record.target()) {
            // Nowhere to say that standard error is gone: the record is dropped then.
            let _ = writeln!(
                std::io::stderr().lock(),
                "[{} {}] {}",
                record.level(),
                record.target(),
                record.args()
            );
        }
    }

    fn flush(&self) {
        let _ = std::io::stderr().flush();
    }
}

static LOGGER: OnceLock<DialogLogger> = OnceLock::new();

/// Sets the logger, reading `RUST_LOG` (once; later calls, or a logger set
/// elsewhere, change nothing).
pub fn install() {
    let logger = LOGGER.get_or_init(|| DialogLogger {
        forward: std::env::var("RUST_LOG")
            .map(|spec| LogFilter::parse(&spec))
            .unwrap_or_default(),
    });
    if log::set_logger(logger).is_ok() {
        log::set_max_level(logger.forward.most_detailed().max(LevelFilter::Error));
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

    #[test]
    fn rust_log_selects_by_level_and_target() {
        let none = LogFilter::parse("");
        assert!(!none.allows(Level::Error, "eframe"));
        assert_eq!(none.most_detailed(), LevelFilter::Off);

        let warn = LogFilter::parse("warn");
        assert!(warn.allows(Level::Error, "eframe"));
        assert!(warn.allows(Level::Warn, "winit::platform"));
        assert!(!warn.allows(Level::Info, "eframe"));

        for (spec, level) in [
            ("error", Level::Error),
            ("WARN", Level::Warn),
            ("info", Level::Info),
            ("Debug", Level::Debug),
            ("trace", Level::Trace),
        ] {
            let filter = LogFilter::parse(spec);
            assert!(filter.allows(level, "any"), "{spec}");
            assert_eq!(
                filter.allows(Level::Trace, "any"),
                level == Level::Trace,
                "{spec}"
            );
        }

        let mixed = LogFilter::parse("info, wgpu=warn ,rfd::backend=trace,eframe");
        assert!(mixed.allows(Level::Info, "teams_update_check"));
        assert!(!mixed.allows(Level::Debug, "teams_update_check"));
        // `wgpu` names that module and those inside it, not `wgpu_core`.
        assert!(mixed.allows(Level::Info, "wgpu_core"));
        assert!(!mixed.allows(Level::Info, "wgpu::device"));
        assert!(mixed.allows(Level::Warn, "wgpu::device"));
        assert!(mixed.allows(Level::Trace, "rfd::backend::xdg_desktop_portal"));
        assert!(!mixed.allows(Level::Debug, "rfd"));
        assert!(mixed.allows(Level::Trace, "eframe::native"));
        assert_eq!(mixed.most_detailed(), LevelFilter::Trace);

        let only = LogFilter::parse("rfd=debug,nonsense=loud,=info/some pattern");
        assert!(only.allows(Level::Debug, "rfd"));
        assert!(!only.allows(Level::Error, "eframe"));
        assert!(!only.allows(Level::Error, "nonsense"));
        assert_eq!(only.most_detailed(), LevelFilter::Debug);
    }
}
