//! Reading the window with the keyboard alone: a control that gets the focus (Tab,
//! Shift+Tab) is scrolled into view, and PageDown, PageUp, Home, End and the arrow keys
//! scroll the report.
//!
//! egui moves the focus with Tab but does not scroll to the focused control, and its
//! scroll areas do not answer the paging keys. Both are done here, inside the window's
//! scroll area, after its content is drawn (where a scroll request reaches that area).

use eframe::egui;

/// What the last frame's focus was, to tell when a control has just got it.
#[derive(Debug, Default)]
pub struct FocusSeen(Option<egui::Id>);

/// The focused control, looked at before the scroll area's content is drawn: whether
/// it was drawn already this frame (outside the scroll area, such as the status bar).
#[derive(Debug, Clone, Copy)]
pub struct FocusBefore {
    id: Option<egui::Id>,
    drawn: bool,
}

/// Call inside the scroll area, before drawing its content.
pub fn before_content(ui: &egui::Ui) -> FocusBefore {
    let id = ui.ctx().memory(|memory| memory.focused());
    FocusBefore {
        id,
        drawn: id.is_some_and(|id| drawn_this_frame(ui, id)),
    }
}

fn drawn_this_frame(ui: &egui::Ui, id: egui::Id) -> bool {
    ui.ctx()
        .viewport(|viewport| viewport.this_pass.widgets.get(id).is_some())
}

/// Call inside the scroll area's content, after drawing it, with what
/// [`before_content`] saw.
pub fn scroll(ui: &egui::Ui, seen: &mut FocusSeen, before: FocusBefore) {
    bring_focus_into_view(ui, seen, before);
    scroll_with_keys(ui);
}

/// Scrolls to a control of this scroll area that has just got the focus: one drawn by
/// the content (not before it, nor after it, as the top bar is).
fn bring_focus_into_view(ui: &egui::Ui, seen: &mut FocusSeen, before: FocusBefore) {
    if before.id == seen.0 {
        return;
    }
    seen.0 = before.id;
    let Some(id) = before.id else { return };
    if before.drawn || !drawn_this_frame(ui, id) {
        return;
    }
    let Some(rect) = ui
        .ctx()
        .viewport(|viewport| viewport.this_pass.widgets.get(id).map(|widget| widget.rect))
    else {
        return;
    };
    // With no alignment, only as far as needed: a visible control does not move.
    ui.scroll_to_rect_animation(rect, None, egui::style::ScrollAnimation::none());
}
/// PageDown and PageUp scroll by most of a screen, Home and End to the top and bottom,
/// the arrow keys by a few lines. Not while a text field has the keyboard (the keys
/// move its cursor there), and the arrow keys not while a control has the focus (egui
/// moves the focus with them then).
fn scroll_with_keys(ui: &egui::Ui) {
    let ctx = ui.ctx();
    if ctx.egui_wants_keyboard_input() {
        return;
    }
    let page = (ui.clip_rect().height() - 40.0).max(40.0);
    let line = 3.0 * ui.text_style_height(&egui::TextStyle::Body);
    // Far enough to reach either end; the scroll area keeps the offset in its range.
    let whole = 1.0e7;
    let arrows = ctx.memory(|memory| memory.focused()).is_none();
    let delta = ctx.input_mut(|input| {
        let mut delta = 0.0;
        let none = egui::Modifiers::NONE;
        if input.consume_key(none, egui::Key::PageDown) {
            delta -= page;
        }
        if input.consume_key(none, egui::Key::PageUp) {
            delta += page;
        }
        if input.consume_key(none, egui::Key::End)
            || input.consume_key(egui::Modifiers::COMMAND, egui::Key::End)
        {
            delta -= whole;
        }
        if input.consume_key(none, egui::Key::Home)
            || input.consume_key(egui::Modifiers::COMMAND, egui::Key::Home)
        {
            delta += whole;
        }
        if arrows && input.consume_key(none, egui::Key::ArrowDown) {
            delta -= line;
        }
        if arrows && input.consume_key(none, egui::Key::ArrowUp) {
            delta += line;
        }
        delta
    });
    if delta != 0.0 {
        ui.scroll_with_delta_animation(
            egui::vec2(0.0, delta),
            egui::style::ScrollAnimation::none(),
        );
    }
}
