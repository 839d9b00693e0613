//! The desktop window: a thin layer over the library's report.
//!
//! The state lives in [`TeamsUpdateCheckApp`]; each part of the screen is a
//! view in its own module (the two cards, the top bar, the toast, the drop
//! question, the shortcuts…). Files are loaded, watched, picked, checked and
//! exported off the UI thread; their results come back as
//! [`background::AppEvent`]s. The report is worked out once per input change by
//! a worker, never per frame and never on the UI thread.

mod about_view;
mod background;
mod button_panel;
mod cards;
mod clipboard;
pub(crate) mod dialog_status;
mod drop_question;
mod export;
mod fix_view;
mod font_notice;
mod fonts;
mod keyboard;
mod palette;
mod report_view;
mod shortcuts;
mod toast;
mod top_bar;
mod verdict_view;
mod welcome;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod text_tests;

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

use eframe::egui;
use teams_update_check::button::ButtonOptions;
use teams_update_check::lang::{self, Language};
use teams_update_check::message::Message;
use teams_update_check::msg;
use teams_update_check::presentation::Presentation;
use teams_update_check::{Input, InputError, Report, Side};

use background::{AppEvent, FileWatcher, LoadedInput};
pub use clipboard::{ClipboardSink, SystemClipboard};
use dialog_status::DialogOutcome;

/// The example pair behind "Try an example": an update that needs consent.
const EXAMPLE_PUBLISHED: (&str, &[u8]) = (
    "contoso-tasks-published.json",
    include_bytes!("../../assets/examples/contoso-tasks-published.json"),
);
const EXAMPLE_NEW: (&str, &[u8]) = (
    "contoso-tasks-new.json",
    include_bytes!("../../assets/examples/contoso-tasks-new.json"),
);

/// What is remembered between runs (window size is remembered by eframe itself).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Folder of the last published file opened.
    pub old_folder: Option<PathBuf>,
    /// Folder of the last new file opened.
    pub new_folder: Option<PathBuf>,
    /// Folder of the last exported report.
    pub export_folder: Option<PathBuf>,
    /// The download button's label, style and size.
    pub button: ButtonOptions,
    /// The language chosen in the language menu, as its tag (`de`, `pt-BR`); `None`: the
    /// computer's language.
    pub language: Option<String>,
}

/// What a card holds.
#[derive(Default)]
pub enum CardState {
    /// Nothing chosen yet.
    #[default]
    Empty,
    /// Being read in the background.
    Loading,
    /// Loaded and valid.
    Loaded(Box<Input>),
    /// Could not be loaded; the error says what, where, and what to do.
    Failed(InputError),
}

/// One of the two cards: the published or the new version.
#[derive(Default)]
pub struct Card {
    /// The file on disk, when the input came from one (the example has none).
    pub path: Option<PathBuf>,
    /// The file name to show.
    pub file_name: Option<String>,
    /// Loading state.
    pub state: CardState,
    /// The app's color icon from the package, ready to draw.
    pub icon: Option<egui::TextureHandle>,
    /// What the loaded package holds, in words ("App package with 2 icons"), worked out
    /// once per load rather than every frame.
    pub contents: Option<String>,
    /// A path typed or pasted in the card (offered when no file dialog can be shown).
    pub typed_path: String,
    /// True when "Open…" was asked for this card and no file dialog could be shown: the
    /// path field shows even though a file is loaded, until a file is opened through it.
    pub path_wanted: bool,
    /// Bumped at each load so that a late result of an older load is ignored.
    generation: u64,
}

/// The application: two input cards, the current report, and the button settings.
pub struct TeamsUpdateCheckApp {
    /// Remembered between runs.
    pub settings: Settings,
    cards: [Card; 2],
    report: Option<Report>,
    /// The change list's rows for the report, worked out with it.
    presentation: Option<Presentation>,
    /// The report item to bring into view (a problem's "Show details" link).
    scroll_to: Option<String>,
    /// The control that had the focus last frame, to scroll to one that just got it.
    focus_seen: keyboard::FocusSeen,
    /// A worker is working out the report for the current pair of inputs.
    checking: bool,
    /// Bumped at each input change so that a late report of an older pair is ignored.
    check_generation: u64,
    /// Exports and preview pages being written by workers.
    jobs_running: usize,
    /// A fixed copy is being chosen or made.
    fixing: bool,
    /// What the last fixed copy repaired, shown under the verdict.
    last_fix: Option<fix_view::LastFix>,
    /// The version and path typed for the next fixed copy.
    fix_state: fix_view::FixState,
    /// Worked out with the report: NEW's version is lower than OLD's.
    reversed: bool,
    /// Worked out with the report: both cards hold the same file on disk.
    same_file: bool,
    /// The app ID typed over the manifest's (for example the store ID).
    app_id_override: String,
    events: Sender<AppEvent>,
    inbox: Receiver<AppEvent>,
    watcher: Option<FileWatcher>,
    clipboard: Box<dyn ClipboardSink>,
    toast: Option<toast::Toast>,
    /// A dropped file waiting for the user to say which card it is for.
    pending_drop: Option<PathBuf>,
    /// Where each card was drawn last frame, to route dropped files.
    card_rects: [Option<egui::Rect>; 2],
    /// A native dialog is open (off the UI thread).
    dialog_open: bool,
    /// A native dialog could not be shown: the cards offer a field for a typed path.
    dialog_unavailable: bool,
    /// The About view is open; with the third-party notice shipped beside the program, if any.
    about: Option<Option<PathBuf>>,
    ctx: egui::Context,
    /// Set from the environment for start-up measurements: exit after this many frames.
    exit_after_frames: Option<u64>,
    /// Set from the environment for idle measurements: print `frame` each time a frame is drawn.
    log_frames: bool,
    frames: u64,
    /// The frame on which the report was first drawn (start-up measurements only).
    report_frame: Option<u64>,
}

/// The word a message's selector takes for a side (`old` or `new`).
fn side_key(side: Side) -> &'static str {
    match side {
        Side::Old => "old",
        Side::New => "new",
    }
}

fn index(side: Side) -> usize {
    match side {
        Side::Old => 0,
        Side::New => 1,
    }
}

impl TeamsUpdateCheckApp {
    /// Creates the app, restoring remembered settings and loading the files given on the
    /// command line. It speaks `language` when one is given (`--lang`), else the language
    /// chosen in its menu last time, else the computer's.
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        files: [Option<PathBuf>; 2],
        clipboard: Box<dyn ClipboardSink>,
        language: Option<&'static Language>,
    ) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, eframe::APP_KEY))
            .unwrap_or_default();
        let language = language
            .or_else(|| settings.language.as_deref().and_then(lang::find))
            .unwrap_or_else(lang::from_system);
        fonts::install(&cc.egui_ctx);
        dialog_status::install();
        let (events, inbox) = channel();
        let exit_after_frames = std::env::var("TEAMS_UPDATE_CHECK_EXIT_AFTER_FRAMES")
            .ok()
            .and_then(|v| v.parse().ok());
        let log_frames = std::env::var_os("TEAMS_UPDATE_CHECK_LOG_FRAMES").is_some();
        let mut app = TeamsUpdateCheckApp {
            settings,
            cards: Default::default(),
            report: None,
            presentation: None,
            scroll_to: None,
            focus_seen: keyboard::FocusSeen::default(),
            checking: false,
            check_generation: 0,
            jobs_running: 0,
            fixing: false,
            last_fix: None,
            fix_state: fix_view::FixState::default(),
            reversed: false,
            same_file: false,
            app_id_override: String::new(),
            events,
            inbox,
            watcher: None,
            clipboard,
            toast: None,
            pending_drop: None,
            card_rects: [None; 2],
            dialog_open: false,
            dialog_unavailable: false,
            about: None,
            ctx: cc.egui_ctx.clone(),
            exit_after_frames,
            log_frames,
            frames: 0,
            report_frame: None,
        };
        app.apply_language(language);
        let [old, new] = files;
        if let Some(path) = old {
            app.open_path(Side::Old, path);
        }
        if let Some(path) = new {
            app.open_path(Side::New, path);
        }
        app
    }

    fn card(&self, side: Side) -> &Card {
        &self.cards[index(side)]
    }

    fn card_mut(&mut self, side: Side) -> &mut Card {
        &mut self.cards[index(side)]
    }

    /// The loaded input of a card, if any.
    fn input(&self, side: Side) -> Option<&Input> {
        match &self.card(side).state {
            CardState::Loaded(input) => Some(input),
            _ => None,
        }
    }

    /// True while a file is being read, the report worked out or a file written in the background.
    pub fn is_busy(&self) -> bool {
        self.checking
            || self.fixing
            || self.jobs_running > 0
            || self
                .cards
                .iter()
                .any(|s| matches!(s.state, CardState::Loading))
            || fonts::is_loading(&self.ctx)
    }

    /// Starts loading a file into a card (in the background).
    pub fn open_path(&mut self, side: Side, path: PathBuf) {
        let folder = path.parent().map(Path::to_path_buf);
        match side {
            Side::Old => self.settings.old_folder = folder,
            Side::New => self.settings.new_folder = folder,
        }
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let card = self.card_mut(side);
        card.path = Some(path.clone());
        card.file_name = file_name;
        card.generation += 1;
        card.state = CardState::Loading;
        let generation = card.generation;
        background::load_in_background(
            self.ctx.clone(),
            self.events.clone(),
            side,
            path,
            generation,
        );
        self.update_watches();
        self.recompute();
    }

    /// Opens the About view.
    pub fn show_about(&mut self) {
        self.about = Some(about_view::find_notice());
    }

    /// Opens the path typed or pasted in a card (quotes around it, as Windows'
    /// "Copy as path" adds them, are taken off).
    pub fn open_typed_path(&mut self, side: Side) {
        let typed = self
            .card(side)
            .typed_path
            .trim()
            .trim_matches('"')
            .trim()
            .to_string();
        if typed.is_empty() {
            self.notify(msg!("app-paste-path-first"), true);
            return;
        }
        self.card_mut(side).typed_path.clear();
        self.card_mut(side).path_wanted = false;
        self.open_path(side, PathBuf::from(typed));
    }

    /// Loads the built-in example pair.
    pub fn load_example(&mut self) {
        for (side, (name, bytes)) in [(Side::Old, EXAMPLE_PUBLISHED), (Side::New, EXAMPLE_NEW)] {
            let result = Input::from_bytes(name, bytes);
            let card = self.card_mut(side);
            card.path = None;
            card.file_name = Some(name.to_string());
            card.generation += 1;
            card.icon = None;
            card.contents = result.as_ref().ok().and_then(Input::contents_summary);
            card.state = match result {
                Ok(input) => CardState::Loaded(Box::new(input)),
                Err(err) => CardState::Failed(err),
            };
        }
        self.update_watches();
        self.recompute();
    }

    /// The language menu's choice: a language, or `None` for the computer's. It is
    /// remembered, and the window and its report speak it at once.
    pub fn choose_language(&mut self, choice: Option<&'static Language>) {
        self.settings.language = choice.map(|language| language.tag.to_string());
        self.apply_language(choice.unwrap_or_else(lang::from_system));
    }

    /// Speaks `language` from now on: the report is worked out again in it, the cards'
    /// summaries are said again, and a button label the publisher did not write follows.
    fn apply_language(&mut self, language: &'static Language) {
        lang::set_current(language);
        if teams_update_check::button::is_a_default_label(&self.settings.button.label) {
            self.settings.button.label = teams_update_check::button::default_label();
        }
        for card in &mut self.cards {
            if let CardState::Loaded(input) = &card.state {
                card.contents = input.contents_summary();
            }
        }
        fonts::cover_language(&self.ctx, language);
        self.recompute();
    }

    /// Reads a card's file again.
    pub fn reload(&mut self, side: Side) {
        if let Some(path) = self.card(side).path.clone() {
            self.open_path(side, path);
        }
    }

    /// Reads both cards' files again.
    pub fn reload_both(&mut self) {
        self.reload(Side::Old);
        self.reload(Side::New);
    }

    /// The answer to "Which version is this?": the dropped file goes on that card, or
    /// nowhere (`None`: cancelled).
    fn place_dropped_file(&mut self, side: Option<Side>) {
        let Some(path) = self.pending_drop.take() else {
            return;
        };
        if let Some(side) = side {
            self.open_path(side, path);
        }
    }

    /// Empties a card.
    pub fn clear(&mut self, side: Side) {
        let card = self.card_mut(side);
        let generation = card.generation + 1;
        *card = Card {
            generation,
            ..Card::default()
        };
        self.update_watches();
        self.recompute();
    }

    /// Exchanges the two cards.
    pub fn swap(&mut self) {
        self.cards.swap(0, 1);
        self.update_watches();
        self.recompute();
    }

    /// Starts working out the report on a worker once both inputs are loaded;
    /// called only when an input changes. The old report goes at once (it is about
    /// other files); the new one arrives as [`AppEvent::Checked`].
    fn recompute(&mut self) {
        self.check_generation += 1;
        self.report = None;
        self.presentation = None;
        self.checking = false;
        self.reversed = self.looks_reversed();
        self.same_file = self.same_file_twice();
        if let (Some(old), Some(new)) = (self.input(Side::Old), self.input(Side::New)) {
            let inputs = Box::new((old.clone(), new.clone()));
            self.checking = true;
            background::check_in_background(
                self.ctx.clone(),
                self.events.clone(),
                self.check_generation,
                inputs,
            );
        }
        fonts::cover(&self.ctx, &fonts::shown_text(self));
    }

    /// Watches the folders of the loaded files, so edits made elsewhere reload them.
    fn update_watches(&mut self) {
        let paths: Vec<PathBuf> = self.cards.iter().filter_map(|s| s.path.clone()).collect();
        if paths.is_empty() && self.watcher.is_none() {
            return;
        }
        if self.watcher.is_none() {
            self.watcher = FileWatcher::new(self.ctx.clone(), self.events.clone());
        }
        if let Some(watcher) = &mut self.watcher {
            watcher.watch_only(&paths);
        }
    }

    /// Passes an event from the background to its handler: one function per event.
    fn handle_event(&mut self, event: AppEvent) {
        match event {
            AppEvent::Picked { side, outcome } => self.on_picked(side, outcome),
            AppEvent::Loaded {
                side,
                generation,
                result,
            } => self.on_loaded(side, generation, result),
            AppEvent::FileChanged { path } => self.on_file_changed(&path),
            AppEvent::ExportTo { outcome } => self.on_export_to(outcome),
            AppEvent::Checked { generation, result } => self.on_checked(generation, result),
            AppEvent::FixTo { outcome } => self.on_fix_to(outcome),
            AppEvent::Fixed { result } => self.on_fixed(result),
            AppEvent::JobDone { message, is_error } => self.on_job_done(message, is_error),
        }
    }

    /// A file dialog for a card closed (or could not be shown).
    fn on_picked(&mut self, side: Side, outcome: DialogOutcome) {
        self.dialog_open = false;
        match outcome {
            DialogOutcome::Chosen(path) => self.open_path(side, path),
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => {
                self.dialog_unavailable = true;
                // The card shows its path field now, even with a file loaded.
                self.card_mut(side).path_wanted = true;
                self.notify(msg!("app-no-file-dialog"), true);
            }
        }
    }

    /// A card's file finished loading (ignored when a newer load superseded it).
    fn on_loaded(&mut self, side: Side, generation: u64, result: Result<LoadedInput, InputError>) {
        if self.card(side).generation != generation {
            return; // a newer load superseded this one
        }
        let ctx = self.ctx.clone();
        let card = self.card_mut(side);
        match result {
            Ok(LoadedInput { input, icon }) => {
                card.icon = icon.map(|image| {
                    ctx.load_texture(
                        format!("icon-{side:?}"),
                        image,
                        egui::TextureOptions::LINEAR,
                    )
                });
                card.contents = input.contents_summary();
                card.state = CardState::Loaded(input);
            }
            Err(err) => {
                card.icon = None;
                card.state = CardState::Failed(err);
            }
        }
        self.recompute();
    }

    /// A watched file changed on disk: the cards showing it read it again.
    fn on_file_changed(&mut self, path: &Path) {
        for side in [Side::Old, Side::New] {
            let same = self
                .card(side)
                .path
                .as_deref()
                .is_some_and(|p| background::same_file(p, path));
            if same {
                self.reload(side);
            }
        }
    }

    /// The export dialog closed; without a dialog, the report goes to a folder of its own.
    fn on_export_to(&mut self, outcome: DialogOutcome) {
        self.dialog_open = false;
        match outcome {
            DialogOutcome::Chosen(path) => self.export_to(&path, false),
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => {
                self.dialog_unavailable = true;
                let stem = self.report.as_ref().map_or_else(
                    || "teams-update-report".to_string(),
                    export::report_file_stem,
                );
                let path = export::unused_report_path(&self.fallback_export_folder(), &stem);
                self.export_to(&path, true);
            }
        }
    }

    /// The report for the current pair is worked out (ignored when the inputs changed since).
    fn on_checked(&mut self, generation: u64, result: Result<Box<background::Checked>, Message>) {
        if generation != self.check_generation {
            return; // the inputs changed since; a newer check is on its way
        }
        self.checking = false;
        match result {
            Ok(checked) => {
                let background::Checked {
                    report,
                    presentation,
                } = *checked;
                self.report = Some(report);
                self.presentation = Some(presentation);
                // The report's texts (app names, evidence) may need another script's font.
                fonts::cover(&self.ctx, &fonts::shown_text(self));
            }
            Err(message) => self.notify(message, true),
        }
    }

    /// The "save a fixed copy" dialog closed; without a dialog, a field for the path shows.
    fn on_fix_to(&mut self, outcome: DialogOutcome) {
        self.dialog_open = false;
        match outcome {
            DialogOutcome::Chosen(path) => self.save_fixed_copy(path),
            DialogOutcome::Cancelled => self.fixing = false,
            DialogOutcome::Unavailable => {
                // No dialog: a field for the path, filled in with the place beside
                // the new version.
                self.dialog_unavailable = true;
                self.fixing = false;
                if let Some(new) = self.card(Side::New).path.clone() {
                    let is_package = fix_view::is_zip_path(&new);
                    let suggested = teams_update_check::fix::default_output(&new, is_package);
                    self.fix_state.path_field = Some(suggested.display().to_string());
                }
            }
        }
    }

    /// The fixed copy is saved (it opens as the new version), or why not.
    fn on_fixed(&mut self, result: Result<Box<fix_view::LastFix>, Message>) {
        self.fixing = false;
        match result {
            Ok(last) => {
                let path = last.path.clone();
                self.notify(
                    msg!("app-fixed-copy-saved", path = path.display().to_string()),
                    false,
                );
                fonts::cover(&self.ctx, &last.shown_text());
                self.last_fix = Some(*last);
                self.open_path(Side::New, path);
            }
            Err(message) => self.notify(message, true),
        }
    }

    /// A job that writes a file ended: say how.
    fn on_job_done(&mut self, message: Message, is_error: bool) {
        self.jobs_running = self.jobs_running.saturating_sub(1);
        self.notify(message, is_error);
    }

    /// Where a report goes when no save dialog can be shown: the last export's folder,
    /// else the new version's folder, else the home folder.
    fn fallback_export_folder(&self) -> PathBuf {
        self.settings
            .export_folder
            .clone()
            .or_else(|| self.settings.new_folder.clone())
            .filter(|folder| folder.is_dir())
            .or_else(std::env::home_dir)
            .unwrap_or_else(|| PathBuf::from("."))
    }

    /// Saves the report as Markdown or HTML, on a worker; `no_dialog` when the user
    /// did not choose the place (the message then says why it is there).
    fn export_to(&mut self, path: &Path, no_dialog: bool) {
        let Some(report) = &self.report else { return };
        let inputs: Vec<PathBuf> = self.cards.iter().filter_map(|s| s.path.clone()).collect();
        self.settings.export_folder = path.parent().map(Path::to_path_buf);
        self.jobs_running += 1;
        export::export_in_background(
            self.ctx.clone(),
            self.events.clone(),
            Box::new(report.clone()),
            path.to_path_buf(),
            inputs,
            no_dialog,
        );
    }

    /// Writes the button's preview page and opens it in the browser, on a worker.
    fn open_preview(&mut self, html: String) {
        self.jobs_running += 1;
        button_panel::open_preview_in_background(self.ctx.clone(), self.events.clone(), html);
    }

    /// Asks where to save a fixed copy of the new version (on a worker).
    fn start_fix(&mut self) {
        let Some(new) = self.card(Side::New).path.clone() else {
            return;
        };
        self.fixing = true;
        self.dialog_open = true;
        fix_view::pick_path_in_background(self.ctx.clone(), self.events.clone(), &new);
    }

    /// The version a fixed copy would get, when the report says the version needs raising.
    fn proposed_version(&self, report: &Report) -> Option<String> {
        let version_fails = report.checks.iter().any(|outcome| {
            outcome.status == teams_update_check::checks::Status::Fail
                && outcome.check != teams_update_check::checks::CheckId::AppIdUnchanged
        });
        let (old, new) = (self.input(Side::Old)?, self.input(Side::New)?);
        version_fails
            .then(|| {
                teams_update_check::fix::proposed_version(
                    &old.manifest.version,
                    &new.manifest.version,
                )
            })
            .flatten()
    }

    /// Closes the About view.
    fn close_about(&mut self) {
        self.about = None;
    }

    /// Opens the third-party notice in the web browser (or says where it is).
    fn open_notice(&mut self, path: &Path) {
        match background::file_url(path) {
            Some(address) => self.ctx.open_url(egui::OpenUrl::new_tab(address)),
            None => self.notify(
                msg!("app-notice-not-opened", path = path.display().to_string()),
                true,
            ),
        }
    }

    /// Saves the fixed copy at the path typed in the field (no save dialog could be shown).
    fn save_fixed_copy_to(&mut self, path: PathBuf) {
        self.fix_state.path_field = None;
        self.save_fixed_copy(path);
    }

    /// Closes the field for a fixed copy's path without saving.
    fn close_fix_path_field(&mut self) {
        self.fix_state.path_field = None;
    }

    /// Makes and saves the fixed copy at `target` (on a worker).
    fn save_fixed_copy(&mut self, target: PathBuf) {
        let (Some(old), Some(new)) = (
            self.input(Side::Old).cloned(),
            self.card(Side::New).path.clone(),
        ) else {
            self.fixing = false;
            return;
        };
        let old_path = self.card(Side::Old).path.clone();
        let typed = self.fix_state.version.trim();
        let options = teams_update_check::fix::FixOptions {
            version: (!typed.is_empty()).then(|| typed.to_string()),
        };
        self.fixing = true;
        fix_view::save_in_background(
            self.ctx.clone(),
            self.events.clone(),
            Box::new(old),
            old_path,
            new,
            target,
            options,
        );
    }

    /// Shows a short message at the bottom of the window.
    fn notify(&mut self, message: Message, is_error: bool) {
        self.notify_text(message.text(), is_error);
    }

    /// Shows a text the library wrote (an error it explains) at the bottom of the window.
    fn notify_text(&mut self, text: String, is_error: bool) {
        fonts::cover(&self.ctx, &text);
        self.toast = Some(toast::Toast::new(text, is_error));
    }

    /// Copies text through the clipboard seam and confirms (or explains the failure);
    /// `what` names what was copied.
    fn copy(&mut self, text: &str, what: impl Into<teams_update_check::message::Arg>) {
        match self.clipboard.copy(text) {
            Ok(()) => self.notify(msg!("app-copied", what = what), false),
            Err(err) => self.notify(msg!("app-clipboard-failed", error = err), true),
        }
    }

    /// Copies the download button's HTML, when the new version has a usable app ID.
    fn copy_button_html(&mut self) {
        let Some(new) = self.input(Side::New) else {
            self.notify(msg!("app-button-needs-new-version"), true);
            return;
        };
        match button_panel::html_for(
            &self.settings.button,
            &self.app_id_override,
            &new.manifest.id,
        ) {
            Ok(html) => self.copy(&html, msg!("app-what-button-html")),
            Err(err) => self.notify_text(err.to_string(), true),
        }
    }

    fn pick_file(&mut self, side: Side) {
        if self.dialog_open {
            return;
        }
        self.dialog_open = true;
        let folder = match side {
            Side::Old => self.settings.old_folder.clone(),
            Side::New => self.settings.new_folder.clone(),
        };
        background::pick_file_in_background(self.ctx.clone(), self.events.clone(), side, folder);
    }

    fn pick_export_path(&mut self) {
        if self.dialog_open {
            return;
        }
        let Some(report) = &self.report else { return };
        let file_name = format!("{}.html", export::report_file_stem(report));
        self.dialog_open = true;
        background::pick_export_path_in_background(
            self.ctx.clone(),
            self.events.clone(),
            self.settings.export_folder.clone(),
            file_name,
        );
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let (dropped, pointer) =
            ctx.input(|i| (i.raw.dropped_files.clone(), i.pointer.latest_pos()));
        let paths: Vec<PathBuf> = dropped
            .into_iter()
            .map(|f| f.path().to_path_buf())
            .filter(|p| !p.as_os_str().is_empty())
            .collect();
        match paths.as_slice() {
            [] => {}
            [path] => {
                let on_card = pointer.and_then(|pos| {
                    [Side::Old, Side::New]
                        .into_iter()
                        .find(|&side| self.card_rects[index(side)].is_some_and(|r| r.contains(pos)))
                });
                let empty: Vec<Side> = [Side::Old, Side::New]
                    .into_iter()
                    .filter(|&side| matches!(self.card(side).state, CardState::Empty))
                    .collect();
                match (on_card, empty.as_slice()) {
                    (Some(side), _) => self.open_path(side, path.clone()),
                    (None, [side]) => self.open_path(*side, path.clone()),
                    (None, [first, _]) => self.open_path(*first, path.clone()),
                    _ => self.pending_drop = Some(path.clone()),
                }
            }
            [first, second, ..] => {
                // Two files at once: first published, second new; "Swap" fixes the order if needed.
                self.open_path(Side::Old, first.clone());
                self.open_path(Side::New, second.clone());
                if paths.len() > 2 {
                    self.notify(msg!("app-too-many-dropped"), true);
                }
            }
        }
    }

    /// After both inputs loaded: if NEW's version is lower than OLD's, they look reversed.
    fn looks_reversed(&self) -> bool {
        match (self.input(Side::Old), self.input(Side::New)) {
            (Some(old), Some(new)) => {
                teams_update_check::checks::compare_versions(
                    &old.manifest.version,
                    &new.manifest.version,
                ) == Some(std::cmp::Ordering::Greater)
            }
            _ => false,
        }
    }

    /// True when both cards hold the same file on disk.
    fn same_file_twice(&self) -> bool {
        match (&self.card(Side::Old).path, &self.card(Side::New).path) {
            (Some(a), Some(b)) => background::same_file(a, b),
            _ => false,
        }
    }

    /// For `scripts/measure.sh`: with `TEAMS_UPDATE_CHECK_EXIT_AFTER_FRAMES=N`, say when the
    /// first frame is on screen (at the start of the second) and close after N frames; with
    /// `TEAMS_UPDATE_CHECK_LOG_FRAMES` set, print `frame` on every frame (to count idle repaints).
    fn measure_startup(&mut self, ctx: &egui::Context) {
        self.frames += 1;
        if self.log_frames {
            println!("frame");
        }
        let Some(limit) = self.exit_after_frames else {
            return;
        };
        if self.frames == 2 {
            println!("first-frame-painted");
        }
        match self.report_frame {
            None if self.report.is_some() => self.report_frame = Some(self.frames),
            Some(frame) if frame + 1 == self.frames => println!("report-painted"),
            _ => {}
        }
        if self.frames >= limit && !self.is_busy() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else {
            ctx.request_repaint();
        }
    }
}

impl eframe::App for TeamsUpdateCheckApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        while let Ok(event) = self.inbox.try_recv() {
            self.handle_event(event);
        }
        shortcuts::handle(&ctx, self);
        self.handle_dropped_files(&ctx);

        // The panels leave their background to the window's clear color, which is the
        // same panel color (`clear_color`): under a software renderer (a computer or
        // virtual machine without a graphics card) each pixel a panel fills is computed
        // again, and the three panels cover the whole window (measured under llvmpipe: see BENCHMARKS.md's git history).
        let unfilled = |frame: egui::Frame| frame.fill(egui::Color32::TRANSPARENT);
        // The top bar's place is kept first, but its buttons are drawn last (below), so
        // that Tab starts at the first card, not at "About".
        let bar_height = ui
            .text_style_height(&egui::TextStyle::Heading)
            .max(ui.spacing().interact_size.y);
        let top_bar_rect = egui::Panel::top("top-bar")
            .frame(unfilled(egui::Frame::side_top_panel(ui.style())))
            .show(ui, |ui| {
                ui.add_space(4.0);
                let (rect, _) = ui.allocate_exact_size(
                    egui::vec2(ui.available_width(), bar_height),
                    egui::Sense::hover(),
                );
                ui.add_space(4.0);
                rect
            })
            .inner;
        egui::Panel::bottom("status-bar")
            .frame(unfilled(egui::Frame::side_top_panel(ui.style())))
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    toast::show(ui, &mut self.toast);
                    if self.toast.is_none() {
                        ui.label(egui::RichText::new(msg!("app-status-privacy").text()).weak());
                    }
                });
            });
        egui::CentralPanel::default()
            .frame(unfilled(egui::Frame::central_panel(ui.style())))
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        let width = ui.available_width().min(1100.0);
                        ui.set_max_width(width);
                        let focus = keyboard::before_content(ui);
                        self.central(ui);
                        keyboard::scroll(ui, &mut self.focus_seen, focus);
                    });
            });
        let mut bar = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(top_bar_rect)
                .layout(egui::Layout::left_to_right(egui::Align::Center)),
        );
        top_bar::show(&mut bar, self);
        if let Some(notice) = &self.about {
            match about_view::show(&ctx, notice.as_deref()) {
                Some(about_view::AboutAction::Close) => self.close_about(),
                Some(about_view::AboutAction::OpenNotice(path)) => self.open_notice(&path),
                None => {}
            }
        }
        drop_question::show(&ctx, self);
        cards::drop_overlay(&ctx);
        self.measure_startup(&ctx);
    }

    /// The window is cleared to the panel color, and the panels draw no background of
    /// their own over it (see `ui`): the same picture, with one full-window fill fewer.
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    /// Caps the glyph atlas at 2048 pixels wide. egui makes the atlas as wide as the
    /// largest texture the GPU allows (16384 with Mesa's software renderer), so every
    /// row of glyphs would cost 64 KiB twice over (in memory and on the GPU); 2048 holds
    /// every glyph this window draws and saves about 15 MB.
    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        raw_input.max_texture_side = Some(raw_input.max_texture_side.unwrap_or(2048).min(2048));
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}

impl TeamsUpdateCheckApp {
    fn central(&mut self, ui: &mut egui::Ui) {
        font_notice::show(ui);
        let actions = cards::show(ui, self);
        for action in actions {
            match action {
                cards::CardAction::Open(side) => self.pick_file(side),
                cards::CardAction::OpenTyped(side) => self.open_typed_path(side),
                cards::CardAction::Reload(side) => self.reload(side),
                cards::CardAction::Clear(side) => self.clear(side),
                cards::CardAction::Swap => self.swap(),
            }
        }
        ui.add_space(12.0);

        let mut fix_action = None;
        let folder_package = matches!(
            &self.card(Side::New).state,
            CardState::Failed(error) if fix_view::is_folder_package(error)
        );
        if folder_package && self.input(Side::Old).is_some() {
            fix_action = fix_view::show_for_folder(ui, self.fixing, &mut self.fix_state);
            ui.add_space(12.0);
        }
        if let Some(view) = &self.presentation {
            verdict_view::show(ui, view);
            if let Some(report) = &self.report {
                let new_path = self.card(Side::New).path.as_deref();
                let context = fix_view::FixContext {
                    last: self
                        .last_fix
                        .as_ref()
                        .filter(|last| new_path == Some(last.path.as_path())),
                    busy: self.fixing,
                    proposed_version: self.proposed_version(report),
                };
                fix_action = fix_view::show(ui, report, &context, &mut self.fix_state);
            }
            if self.same_file {
                ui.label(format!("ℹ {}", msg!("app-same-file").text()));
            }
            let actions = report_view::show(ui, view, &mut self.scroll_to);
            for action in actions {
                match action {
                    report_view::ReportAction::Copy { what, text } => self.copy(&text, what),
                }
            }
            ui.add_space(12.0);
        } else if self.checking {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(msg!("app-checking").text());
            });
        } else {
            welcome::show(ui, self);
        }

        match fix_action {
            Some(fix_view::FixAction::Save) => self.start_fix(),
            Some(fix_view::FixAction::SaveTo(path)) => self.save_fixed_copy_to(path),
            Some(fix_view::FixAction::Cancel) => self.close_fix_path_field(),
            None => {}
        }

        if let Some(new) = self.input(Side::New) {
            let manifest_id = new.manifest.id.clone();
            let copy = button_panel::show(
                ui,
                &mut self.settings.button,
                &mut self.app_id_override,
                &manifest_id,
            );
            if let Some(request) = copy {
                match request {
                    button_panel::ButtonAction::CopyHtml(html) => {
                        self.copy(&html, msg!("app-what-button-html"))
                    }
                    button_panel::ButtonAction::CopyLink(url) => {
                        self.copy(&url, msg!("app-what-link"))
                    }
                    button_panel::ButtonAction::OpenPreview(html) => self.open_preview(html),
                }
            }
        }
    }
}
