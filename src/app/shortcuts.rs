//! Keyboard shortcuts, each defined once here: open the published version, open the new
//! one, export, reload both, copy the button's HTML. Labels and tooltips show them through
//! [`text`] (egui's own formatting: "Ctrl+O" on Windows and Linux, the Command key on a Mac,
//! where `Modifiers::COMMAND` is ⌘), never as text written by hand.

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};
use teams_update_check::Side;

use super::TeamsUpdateCheckApp;

/// Opens the published version (Ctrl+O; ⌘O on a Mac).
pub const OPEN_OLD: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
/// Opens the new version (Ctrl+Shift+O).
pub const OPEN_NEW: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::O);
/// Saves the report (Ctrl+E).
pub const EXPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
/// Reads both files again (F5).
pub const RELOAD: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F5);
/// Copies the download button's HTML (Ctrl+Shift+C).
pub const COPY_HTML: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::C);

/// How `shortcut` is written on this computer, by egui: "Ctrl+Shift+O" on Windows and
/// Linux; on a Mac "⇧⌘O" when the window's fonts have those symbols, else "Cmd+Shift+O".
pub fn text(ctx: &egui::Context, shortcut: &KeyboardShortcut) -> String {
    ctx.format_shortcut(shortcut)
}

/// Acts on the shortcuts pressed since the last frame.
pub fn handle(ctx: &egui::Context, app: &mut TeamsUpdateCheckApp) {
    // Open the new version before the published one: Ctrl+Shift+O also matches Ctrl+O's
    // logical key, and consume_shortcut ignores extra Shift.
    let [new, old, exp, rel, copy] = ctx.input_mut(|i| {
        [OPEN_NEW, OPEN_OLD, EXPORT, RELOAD, COPY_HTML].map(|s| i.consume_shortcut(&s))
    });
    if copy {
        app.copy_button_html();
    }
    if new {
        app.pick_file(Side::New);
    }
    if old {
        app.pick_file(Side::Old);
    }
    if exp {
        app.pick_export_path();
    }
    if rel {
        app.reload_both();
    }
}
