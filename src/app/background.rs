//! Work done off the UI thread: reading files, working out the report, native
//! dialogs, and watching files for changes (debounced: one reload after a save,
//! not one per raw event).
//!
//! Each job sends an [`AppEvent`] back and asks egui for one repaint, so the
//! window never freezes and never repaints while nothing happens.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

use eframe::egui;
use notify::{EventKind, RecursiveMode, Watcher};
use teams_update_check::message::Message;
use teams_update_check::{Input, InputError, InputErrorKind, Report, Side, check, msg};

use super::dialog_status::{self, DialogOutcome};

/// A loaded input plus its decoded color icon.
pub struct LoadedInput {
    /// The input.
    pub input: Box<Input>,
    /// The package's color icon, decoded, when there is one that decodes.
    pub icon: Option<egui::ColorImage>,
}

/// What background work reports to the UI thread.
pub enum AppEvent {
    /// A file dialog closed, or could not be shown.
    Picked { side: Side, outcome: DialogOutcome },
    /// A file finished loading.
    Loaded {
        side: Side,
        generation: u64,
        result: Result<LoadedInput, InputError>,
    },
    /// A watched file changed on disk.
    FileChanged { path: PathBuf },
    /// The export dialog closed, or could not be shown.
    ExportTo { outcome: DialogOutcome },
    /// The report for a pair of inputs is worked out (or why it could not be).
    Checked {
        generation: u64,
        result: Result<Box<Checked>, Message>,
    },
    /// The "save a fixed copy" dialog closed, or could not be shown.
    FixTo { outcome: DialogOutcome },
    /// The fixed copy was saved (what it repaired), or why not.
    Fixed {
        result: Result<Box<super::fix_view::LastFix>, Message>,
    },
    /// A job that writes a file (an export, the preview page) ended; say how.
    JobDone { message: Message, is_error: bool },
}

fn send(ctx: &egui::Context, events: &Sender<AppEvent>, event: AppEvent) {
    // The receiver only goes away when the window closes; nothing to do then.
    let _ = events.send(event);
    ctx.request_repaint();
}

/// Runs `job` on a worker thread and sends the event it returns. Should the job ever
/// panic (a bug in this tool or in a library it uses), `on_failure` is sent instead, so
/// the window never waits forever and keeps everything else the user has done.
pub(super) fn spawn_job(
    ctx: egui::Context,
    events: Sender<AppEvent>,
    on_failure: AppEvent,
    job: impl FnOnce() -> AppEvent + Send + 'static,
) {
    // The job speaks the window's language, even when a test gave the window a language of
    // its own.
    let language = teams_update_check::lang::current();
    std::thread::spawn(move || {
        teams_update_check::lang::pin_this_thread(language);
        let event =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)).unwrap_or(on_failure);
        send(&ctx, &events, event);
    });
}

/// What a card shows when reading a file failed because of a bug rather than the file.
fn internal_failure(path: &Path) -> InputError {
    InputError {
        kind: InputErrorKind::Internal,
        file_name: path.file_name().map_or_else(
            || path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        ),
        location: None,
        problem: Box::new(msg!("app-internal-read-problem")),
        fix: Box::new(msg!("app-internal-read-fix")),
    }
}

/// Reads and checks a file on a worker thread.
pub fn load_in_background(
    ctx: egui::Context,
    events: Sender<AppEvent>,
    side: Side,
    path: PathBuf,
    generation: u64,
) {
    let on_failure = AppEvent::Loaded {
        side,
        generation,
        result: Err(internal_failure(&path)),
    };
    let startup = ctx.clone();
    spawn_job(ctx, events, on_failure, move || {
        wait_for_first_frame(&startup);
        let result = Input::from_path(&path).map(|input| {
            let icon = input.color_icon().and_then(decode_icon);
            LoadedInput {
                input: Box::new(input),
                icon,
            }
        });
        AppEvent::Loaded {
            side,
            generation,
            result,
        }
    });
}

/// Waits until the window's first frame is on screen (at most half a second; at once after).
///
/// Files given on the command line start loading while the window is being created. On a
/// small machine, reading and checking them (and decoding icons) competed with drawing the
/// first frame, and eframe keeps the window hidden until that frame is drawn: the window
/// appeared about 20% later than an empty one. The card shows "Reading…" meanwhile.
fn wait_for_first_frame(ctx: &egui::Context) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_millis(500);
    while ctx.cumulative_frame_nr() < 2 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

/// A report and how the window shows it, both worked out by a worker, never per frame.
pub struct Checked {
    /// The report.
    pub report: Report,
    /// The report arranged for reading.
    pub presentation: teams_update_check::presentation::Presentation,
}

/// Works out the report for a pair of inputs on a worker thread.
pub fn check_in_background(
    ctx: egui::Context,
    events: Sender<AppEvent>,
    generation: u64,
    inputs: Box<(Input, Input)>,
) {
    let on_failure = AppEvent::Checked {
        generation,
        result: Err(msg!("app-internal-check")),
    };
    spawn_job(ctx, events, on_failure, move || AppEvent::Checked {
        generation,
        result: Ok(Box::new({
            let report = check(&inputs.0, &inputs.1);
            let presentation = teams_update_check::presentation::present(&report);
            Checked {
                report,
                presentation,
            }
        })),
    });
}

/// Runs a job that writes a file on a worker; it returns the message to show.
pub fn write_in_background(
    ctx: egui::Context,
    events: Sender<AppEvent>,
    job: impl FnOnce() -> Result<Message, Message> + Send + 'static,
) {
    let on_failure = AppEvent::JobDone {
        message: msg!("app-internal-write"),
        is_error: true,
    };
    spawn_job(ctx, events, on_failure, move || match job() {
        Ok(message) => AppEvent::JobDone {
            message,
            is_error: false,
        },
        Err(message) => AppEvent::JobDone {
            message,
            is_error: true,
        },
    });
}

/// Decodes a PNG (or other supported image) icon, refusing absurd sizes.
fn decode_icon(bytes: &[u8]) -> Option<egui::ColorImage> {
    let reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .ok()?;
    let (width, height) = reader.into_dimensions().ok()?;
    let largest = teams_update_check::limits::MAX_ICON_SIDE;
    if width == 0 || height == 0 || width > largest || height > largest {
        return None;
    }
    let image = image::load_from_memory(bytes)
        .ok()?
        .thumbnail(128, 128)
        .to_rgba8();
    let size = [image.width() as usize, image.height() as usize];
    Some(egui::ColorImage::from_rgba_unmultiplied(
        size,
        image.as_raw(),
    ))
}

/// Opens the native "open file" dialog on a worker thread.
pub fn pick_file_in_background(
    ctx: egui::Context,
    events: Sender<AppEvent>,
    side: Side,
    folder: Option<PathBuf>,
) {
    let on_failure = AppEvent::Picked {
        side,
        outcome: DialogOutcome::Unavailable,
    };
    spawn_job(ctx, events, on_failure, move || {
        let title = msg!("app-open-dialog-title", side = super::side_key(side));
        let mut dialog = rfd::FileDialog::new()
            .set_title(title.text())
            .add_filter(
                msg!("app-filter-manifest-or-package").text(),
                &["json", "zip"],
            )
            .add_filter(msg!("app-filter-all-files").text(), &["*"]);
        if let Some(folder) = folder.filter(|f| f.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        let mark = dialog_status::mark();
        let path = dialog.pick_file();
        AppEvent::Picked {
            side,
            outcome: dialog_status::outcome(mark, path),
        }
    });
}

/// Opens the native "save file" dialog for the report on a worker thread.
pub fn pick_export_path_in_background(
    ctx: egui::Context,
    events: Sender<AppEvent>,
    folder: Option<PathBuf>,
    file_name: String,
) {
    let on_failure = AppEvent::ExportTo {
        outcome: DialogOutcome::Unavailable,
    };
    spawn_job(ctx, events, on_failure, move || {
        let mut dialog = rfd::FileDialog::new()
            .set_title(msg!("app-save-report-title").text())
            .set_file_name(file_name)
            .add_filter(msg!("app-filter-html").text(), &["html"])
            .add_filter(msg!("app-filter-markdown").text(), &["md"]);
        if let Some(folder) = folder.filter(|f| f.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        let mark = dialog_status::mark();
        let path = dialog.save_file();
        AppEvent::ExportTo {
            outcome: dialog_status::outcome(mark, path),
        }
    });
}

/// The `file://` address of a local file, as web browsers take it: percent-encoded
/// (`/tmp/a #1.html` is `file:///tmp/a%20%231.html`, so `#` is not taken for a
/// fragment), a relative path made absolute first. `None` only for a path that has no
/// address (one Windows cannot name by drive or share).
pub fn file_url(path: &Path) -> Option<String> {
    let path = std::path::absolute(path).ok()?;
    url::Url::from_file_path(path).ok().map(String::from)
}

/// True when two paths name the same file (comparing resolved paths when possible).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => absolute(a) == absolute(b),
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Watches the folders of the loaded files with the operating system's change
/// notifications (no polling), and reports changes to those files.
pub struct FileWatcher {
    watcher: notify::RecommendedWatcher,
    folders: BTreeSet<PathBuf>,
}

impl FileWatcher {
    /// Starts a watcher; `None` when the system offers none (then files simply don't auto-reload).
    /// Raw events go through [`debounce`]: a file is reloaded once it has been quiet for
    /// [`QUIET`], so a save in several steps is not read half-written.
    pub fn new(ctx: egui::Context, events: Sender<AppEvent>) -> Option<Self> {
        let (raw, raw_events) = channel::<PathBuf>();
        let watcher = notify::recommended_watcher(move |result: notify::Result<notify::Event>| {
            let Ok(event) = result else { return };
            if !is_content_change(&event.kind) {
                return;
            }
            for path in event.paths {
                // The debouncer ends when the watcher (and so this sender) is dropped.
                let _ = raw.send(path);
            }
        })
        .ok()?;
        std::thread::spawn(move || {
            debounce(&raw_events, QUIET, |path| {
                send(&ctx, &events, AppEvent::FileChanged { path })
            });
        });
        Some(FileWatcher {
            watcher,
            folders: BTreeSet::new(),
        })
    }

    /// Watches exactly the folders holding these files.
    pub fn watch_only(&mut self, files: &[PathBuf]) {
        let wanted: BTreeSet<PathBuf> = files
            .iter()
            .filter_map(|file| absolute(file).parent().map(Path::to_path_buf))
            .collect();
        for gone in self.folders.difference(&wanted) {
            let _ = self.watcher.unwatch(gone);
        }
        for folder in wanted.difference(&self.folders) {
            // A folder that cannot be watched (removed, no permission) just doesn't auto-reload.
            let _ = self.watcher.watch(folder, RecursiveMode::NonRecursive);
        }
        self.folders = wanted;
    }
}

/// How long a watched file must be quiet before it is reloaded.
pub const QUIET: Duration = Duration::from_millis(150);

/// Passes on each path once no event has come for `quiet`, each path once however
/// many events it had. Returns when the sender goes away (after passing on what is left).
pub fn debounce(events: &Receiver<PathBuf>, quiet: Duration, mut emit: impl FnMut(PathBuf)) {
    while let Ok(first) = events.recv() {
        let mut pending = BTreeSet::from([first]);
        let open = loop {
            match events.recv_timeout(quiet) {
                Ok(path) => {
                    pending.insert(path);
                }
                Err(RecvTimeoutError::Timeout) => break true,
                Err(RecvTimeoutError::Disconnected) => break false,
            }
        };
        pending.into_iter().for_each(&mut emit);
        if !open {
            return;
        }
    }
}

/// Changes to a file's contents or existence; reads and metadata-only changes are ignored
/// (our own reading must not trigger a reload).
fn is_content_change(kind: &EventKind) -> bool {
    use notify::event::{AccessKind, AccessMode, ModifyKind};
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Modify(_) => true,
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_that_panics_still_reports_back() {
        let (events, inbox) = std::sync::mpsc::channel();
        let path = PathBuf::from("folder/manifest.json");
        let on_failure = AppEvent::Loaded {
            side: Side::New,
            generation: 7,
            result: Err(internal_failure(&path)),
        };
        spawn_job(egui::Context::default(), events, on_failure, || {
            panic!("a bug while loading (expected by this test)")
        });
        let event = inbox
            .recv_timeout(std::time::Duration::from_secs(30))
            .expect("the failure event arrives");
        let AppEvent::Loaded {
            side,
            generation,
            result: Err(error),
        } = event
        else {
            panic!("expected a failed load");
        };
        assert_eq!((side, generation), (Side::New, 7));
        assert_eq!(error.file_name, "manifest.json");
        assert!(
            error.problem.text().contains("internal problem"),
            "{}",
            error.problem
        );
    }

    #[test]
    fn watch_events_are_passed_on_once_after_150_ms_of_quiet() {
        let (sender, events) = channel();
        let started = std::time::Instant::now();
        let writer = std::thread::spawn(move || {
            // A save in several steps: truncate, write, rename, touch… 5 events in 100 ms.
            for i in 0..5 {
                let name = if i % 2 == 0 { "a.json" } else { "b.json" };
                sender.send(PathBuf::from(name)).unwrap();
                std::thread::sleep(Duration::from_millis(20));
            }
            std::thread::sleep(Duration::from_millis(400));
            sender.send(PathBuf::from("a.json")).unwrap();
        });
        let mut seen = Vec::new();
        debounce(&events, QUIET, |path| {
            seen.push((path, started.elapsed()));
        });
        writer.join().unwrap();
        let names: Vec<_> = seen.iter().map(|(p, _)| p.to_str().unwrap()).collect();
        assert_eq!(names, ["a.json", "b.json", "a.json"]);
        // The first two only after the burst and its 150 ms of quiet.
        assert!(seen[0].1 >= Duration::from_millis(80 + 150), "{seen:?}");
    }

    #[test]
    fn a_job_that_succeeds_sends_its_own_event() {
        let (events, inbox) = std::sync::mpsc::channel();
        spawn_job(
            egui::Context::default(),
            events,
            AppEvent::ExportTo {
                outcome: DialogOutcome::Cancelled,
            },
            || AppEvent::ExportTo {
                outcome: DialogOutcome::Chosen(PathBuf::from("report.md")),
            },
        );
        let event = inbox
            .recv_timeout(std::time::Duration::from_secs(30))
            .expect("the event arrives");
        assert!(
            matches!(event, AppEvent::ExportTo { outcome: DialogOutcome::Chosen(p) } if p == Path::new("report.md"))
        );
    }

    /// The address of `path`, and the path it leads back to.
    fn url_and_back(path: &Path) -> (String, PathBuf) {
        let address = file_url(path).unwrap();
        let back = url::Url::parse(&address).unwrap().to_file_path().unwrap();
        (address, back)
    }

    #[cfg(unix)]
    #[test]
    fn file_urls_are_percent_encoded_and_lead_back_to_the_file() {
        for (path, expected) in [
            ("/usr/lib/a b.html", "file:///usr/lib/a%20b.html"),
            ("/tmp/report #2.html", "file:///tmp/report%20%232.html"),
            ("/tmp/100%.html", "file:///tmp/100%25.html"),
            ("/tmp/?x=1.html", "file:///tmp/%3Fx=1.html"),
            (
                "/home/zoë/Café/報告.html",
                "file:///home/zo%C3%AB/Caf%C3%A9/%E5%A0%B1%E5%91%8A.html",
            ),
        ] {
            let (address, back) = url_and_back(Path::new(path));
            assert_eq!(address, expected);
            assert_eq!(back, Path::new(path), "{address}");
        }
        // A relative path is made absolute (from the working folder).
        let (address, back) = url_and_back(Path::new("a #1.html"));
        assert!(address.starts_with("file:///") && address.ends_with("/a%20%231.html"));
        assert_eq!(back, std::env::current_dir().unwrap().join("a #1.html"));
    }

    #[cfg(windows)]
    #[test]
    fn file_urls_are_percent_encoded_and_lead_back_to_the_file() {
        for (path, expected) in [
            (
                r"C:\Program Files\x.html",
                "file:///C:/Program%20Files/x.html",
            ),
            (
                r"C:\Users\Zoë\report #2 100%.html",
                "file:///C:/Users/Zo%C3%AB/report%20%232%20100%25.html",
            ),
            (r"\\server\share\a b.html", "file://server/share/a%20b.html"),
        ] {
            let (address, back) = url_and_back(Path::new(path));
            assert_eq!(address, expected);
            assert_eq!(back, Path::new(path), "{address}");
        }
    }
}
