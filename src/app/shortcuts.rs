//! Keyboard shortcuts: Ctrl+O (published), Ctrl+Shift+O (new), Ctrl+E (export),
//! F5 (reload both), Ctrl+Shift+C (copy the button's HTML).

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};
use teams_update_check::Side;

use super::TeamsUpdateCheckApp;

/// Acts on the shortcuts pressed since the last frame.
pub fn handle(ctx: &egui::Context, app: &mut TeamsUpdateCheckApp) {
    let open_new = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::O);
    let open_old = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
    let export = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
    let reload = KeyboardShortcut::new(Modifiers::NONE, Key::F5);
    let copy_html = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
    let [new, old, exp, rel, copy] = ctx.input_mut(|i| {
        [open_new, open_old, export, reload, copy_html].map(|s| i.consume_shortcut(&s))
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
        app.reload(Side::Old);
        app.reload(Side::New);
    }
}
