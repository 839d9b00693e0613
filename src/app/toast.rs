//! The short confirmation or problem message at the bottom of the window.

use std::time::{Duration, Instant};

use eframe::egui;

use super::palette;

/// A message shown for a few seconds (problems longer than confirmations).
pub struct Toast {
    text: String,
    is_error: bool,
    until: Instant,
}

impl Toast {
    /// A message shown from now: 3 seconds, or 8 for a problem.
    pub fn new(text: String, is_error: bool) -> Self {
        let seconds = if is_error { 8 } else { 3 };
        Toast {
            text,
            is_error,
            until: Instant::now() + Duration::from_secs(seconds),
        }
    }
}

/// Draws the message while it lasts, and forgets it once its time is up.
pub fn show(ui: &mut egui::Ui, toast: &mut Option<Toast>) {
    let now = Instant::now();
    if toast.as_ref().is_some_and(|t| t.until <= now) {
        *toast = None;
    }
    let Some(toast) = toast else { return };
    ui.ctx().request_repaint_after(toast.until - now);
    let color = if toast.is_error {
        palette::fail(ui)
    } else {
        palette::pass(ui)
    };
    let icon = if toast.is_error { "⚠" } else { "✔" };
    ui.label(
        egui::RichText::new(format!("{icon} {}", toast.text))
            .color(color)
            .strong(),
    );
}
