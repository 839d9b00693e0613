//! The report's sections in the window: one emitter over the library's
//! [`Presentation`], like the text, Markdown and HTML reports, so the window says
//! exactly what they say. Sections with a heading, leads in colour, groups that fold,
//! details for developers one click away, and long lists drawn only where in view.

use eframe::egui::{self, RichText};
use teams_update_check::msg;
use teams_update_check::plain::without_backticks;
use teams_update_check::presentation::{
    CopyText, Group, Item, Line, Mark, Presentation, Section, SectionId,
};

/// What the user asked for in the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportAction {
    /// Copy a text to the clipboard; `what` names it in the confirmation.
    Copy {
        /// What is copied ("Certification notes").
        what: String,
        /// The text.
        text: String,
    },
}

/// What one frame of the report draws with: the item to scroll to (set by a "Show
/// details" link, cleared once it is in view) and the actions asked for.
struct Drawing<'a> {
    scroll_to: &'a mut Option<String>,
    actions: Vec<ReportAction>,
}

use super::palette;

/// A group longer than this is drawn in its own scroll area, only the rows in view.
const LONG_LIST: usize = 50;

/// The colour of a mark.
pub fn mark_color(ui: &egui::Ui, mark: Mark) -> egui::Color32 {
    match mark {
        Mark::Pass | Mark::No | Mark::Added => palette::pass(ui),
        Mark::Fix | Mark::Removed => palette::fail(ui),
        Mark::Warn | Mark::Yes => palette::warn(ui),
        Mark::Skip | Mark::Info | Mark::Step | Mark::Changed => palette::neutral(ui),
    }
}

/// Draws every section the window shows (the download link has its own panel below).
/// `scroll_to` is the key of an item to bring into view.
pub fn show(
    ui: &mut egui::Ui,
    view: &Presentation,
    scroll_to: &mut Option<String>,
) -> Vec<ReportAction> {
    let mut drawing = Drawing {
        scroll_to,
        actions: Vec::new(),
    };
    for section in &view.sections {
        if section.id == SectionId::Download {
            continue;
        }
        ui.add_space(12.0);
        if section.id == SectionId::Changes {
            let count = section.items().count();
            egui::CollapsingHeader::new(RichText::new(&section.title).heading())
                .id_salt("what-changed")
                .default_open(count <= 40)
                .show(ui, |ui| section_body(ui, section, &mut drawing));
        } else {
            ui.heading(&section.title);
            section_body(ui, section, &mut drawing);
        }
    }
    drawing.actions
}

fn lead(ui: &mut egui::Ui, line: &Line) {
    ui.label(
        RichText::new(format!(
            "{} {}",
            line.mark.symbol(),
            without_backticks(&line.text)
        ))
        .color(mark_color(ui, line.mark))
        .strong(),
    );
}

fn section_body(ui: &mut egui::Ui, section: &Section, drawing: &mut Drawing<'_>) {
    if let Some(intro) = &section.intro {
        ui.label(RichText::new(intro).weak());
    }
    if let Some(line) = &section.lead {
        lead(ui, line);
    }
    ui.add_space(4.0);
    for group in &section.groups {
        group_view(ui, group, drawing);
    }
    for note in &section.notes {
        ui.label(
            RichText::new(format!("ℹ {}", without_backticks(note))).color(palette::neutral(ui)),
        );
    }
    if !section.sources.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(msg!("app-sources").text()).weak());
            for link in &section.sources {
                ui.hyperlink_to(format!("{} ↗", link.title), &link.url);
            }
        });
    }
}

fn group_view(ui: &mut egui::Ui, group: &Group, drawing: &mut Drawing<'_>) {
    // A group holding the item to scroll to opens.
    let holds_target = drawing
        .scroll_to
        .as_ref()
        .is_some_and(|key| group.items.iter().any(|item| &item.key == key));
    let open = holds_target.then_some(true);
    let mut items = |ui: &mut egui::Ui| {
        if let (Some(hint), true) = (&group.hint, group.folded) {
            ui.label(RichText::new(hint).weak());
        }
        if group.items.len() > LONG_LIST && !holds_target {
            long_list(ui, group);
        } else {
            for item in &group.items {
                item_view(ui, item, drawing);
            }
        }
    };
    if let Some(note) = &group.note {
        let color = mark_color(ui, note.mark);
        egui::Frame::new()
            .fill(palette::tint(ui, color))
            .stroke(egui::Stroke::new(1.0, color))
            .corner_radius(6.0)
            .inner_margin(egui::Margin::same(10))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                lead(ui, note);
                if let Some(title) = &group.title {
                    egui::CollapsingHeader::new(title)
                        .id_salt(&group.key)
                        .default_open(!group.folded)
                        .open(open)
                        .show(ui, &mut items);
                }
            });
        ui.add_space(6.0);
        return;
    }
    match &group.title {
        Some(title) => {
            let header = egui::CollapsingHeader::new(RichText::new(title).strong())
                .id_salt(&group.key)
                .default_open(!group.folded)
                .open(open)
                .show(ui, &mut items);
            if let (Some(hint), false) = (&group.hint, group.folded) {
                header.header_response.on_hover_text(hint);
            }
        }
        None => items(ui),
    }
}

/// The mark as a coloured word: "✖ Fix this".
fn mark_label(ui: &mut egui::Ui, mark: Mark) {
    ui.label(
        RichText::new(format!("{} {}", mark.symbol(), mark.word()))
            .color(mark_color(ui, mark))
            .strong(),
    );
}

/// A long group: one line per item, so only the rows in view are laid out.
fn long_list(ui: &mut egui::Ui, group: &Group) {
    let height = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical()
        .id_salt(("long-list", &group.key))
        .max_height(400.0)
        .auto_shrink([false, true])
        .show_rows(ui, height, group.items.len(), |ui, range| {
            for item in group.items.get(range).unwrap_or_default() {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(item.mark.symbol()).color(mark_color(ui, item.mark)));
                    ui.label(without_backticks(&item.title_and_text()));
                });
            }
        });
}

fn item_view(ui: &mut egui::Ui, item: &Item, drawing: &mut Drawing<'_>) {
    let is_change = matches!(item.mark, Mark::Added | Mark::Removed | Mark::Changed);
    let row = ui.horizontal_wrapped(|ui| {
        // A change, a step or a note says what it is in its words: its symbol is enough.
        if is_change || matches!(item.mark, Mark::Info | Mark::Step) {
            ui.label(RichText::new(item.mark.symbol()).color(mark_color(ui, item.mark)));
        } else {
            mark_label(ui, item.mark);
        }
        if let Some(title) = &item.title {
            ui.label(RichText::new(title).strong());
        }
        if !item.text.is_empty() {
            let text = ui.label(without_backticks(&item.text));
            // A change's place in the file is a hover away: a fold under each of dozens
            // of changes would double the list.
            // Worked out only while hovered, not for every change in every frame.
            if is_change && item.developer.as_ref().is_some_and(|d| d.has_place()) {
                text.on_hover_ui(|ui| {
                    ui.label(
                        msg!(
                            "app-for-developers",
                            lines = item.developer_lines().join("; ")
                        )
                        .text(),
                    );
                });
            }
        }
        // A step's source sits at its end, so the steps read as one list.
        if let (Mark::Step, Some(link)) = (item.mark, &item.link) {
            ui.hyperlink_to(msg!("app-source-link").text(), &link.url)
                .on_hover_text(&link.title);
        }
        if let Some(target) = &item.target
            && ui
                .link(msg!("app-show-details").text())
                .on_hover_text(msg!("app-show-details-hover").text())
                .clicked()
        {
            *drawing.scroll_to = Some(target.clone());
        }
    });
    if drawing.scroll_to.as_deref() == Some(item.key.as_str()) {
        row.response.scroll_to_me(Some(egui::Align::TOP));
        *drawing.scroll_to = None;
    }
    let has_more = !item.bullets.is_empty()
        || item.place.is_some()
        || item.why.is_some()
        || (item.link.is_some() && item.mark != Mark::Step)
        || item.full_value.is_some()
        || item.who.is_some()
        || item.remark.is_some()
        || item.copy.is_some()
        || (!is_change && item.developer.as_ref().is_some_and(|d| d.has_place()));
    if !has_more {
        return;
    }
    ui.indent(("item", &item.key), |ui| {
        for bullet in &item.bullets {
            ui.label(format!("• {}", without_backticks(&bullet.text)));
        }
        if let Some(why) = &item.why {
            ui.label(msg!("app-why", why = why.clone()).text());
        }
        if let Some(who) = &item.who {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(msg!("app-who-can-fix").text()).strong());
                ui.label(who);
            });
        }
        if let Some(remark) = &item.remark {
            ui.label(RichText::new(format!("ℹ {remark}")).color(palette::neutral(ui)));
        }
        if let Some(copy) = &item.copy {
            copy_block(ui, item, copy, drawing);
        }
        ui.horizontal_wrapped(|ui| {
            if let Some(place) = &item.place {
                ui.label(
                    RichText::new(msg!("app-where", place = without_backticks(place)).text())
                        .weak(),
                );
            }
            if let Some(link) = item.link.as_ref().filter(|_| item.mark != Mark::Step) {
                ui.hyperlink_to(format!("{} ↗", link.title), &link.url)
                    .on_hover_text(&link.url);
            }
        });
        if !is_change {
            developer_details(ui, item);
        }
        if let Some(full) = &item.full_value {
            egui::CollapsingHeader::new(&full.title)
                .id_salt(("full-value", &item.key))
                .default_open(false)
                .show(ui, |ui| {
                    let mut shown = full.text.as_str();
                    ui.add(
                        egui::TextEdit::multiline(&mut shown)
                            .code_editor()
                            .desired_rows(full.text.lines().count().clamp(1, 12))
                            .desired_width(f32::INFINITY),
                    )
                    .on_hover_text(msg!("app-select-to-copy").text());
                    if ui
                        .button(msg!("app-copy-full-value").text())
                        .on_hover_text(msg!("app-copy-full-value-hover").text())
                        .clicked()
                    {
                        ui.ctx().copy_text(full.text.clone());
                    }
                });
        }
    });
    ui.add_space(2.0);
}

/// A text to copy: its button, and the text itself one click away.
fn copy_block(ui: &mut egui::Ui, item: &Item, copy: &CopyText, drawing: &mut Drawing<'_>) {
    if ui
        .button(&copy.label)
        .on_hover_text(msg!("app-copy-hover").text())
        .clicked()
    {
        drawing.actions.push(ReportAction::Copy {
            what: item.title.clone().unwrap_or_else(|| copy.label.clone()),
            text: copy.text.clone(),
        });
    }
    egui::CollapsingHeader::new(msg!("app-show-the-text").text())
        .id_salt(("copy-text", &item.key))
        .default_open(false)
        .show(ui, |ui| {
            let mut shown = copy.text.as_str();
            ui.add(
                egui::TextEdit::multiline(&mut shown)
                    .desired_rows(copy.text.lines().count().clamp(2, 16))
                    .desired_width(f32::INFINITY),
            );
        });
}

/// "Details for developers": the file, line, column, pointer and IDs, folded.
fn developer_details(ui: &mut egui::Ui, item: &Item) {
    let lines: Vec<String> = item
        .developer_lines()
        .iter()
        .map(|line| without_backticks(line))
        .collect();
    if lines.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(RichText::new(msg!("app-developer-details").text()).weak())
        .id_salt(("developer", &item.key))
        .default_open(false)
        .show(ui, |ui| {
            for line in &lines {
                ui.add(egui::Label::new(RichText::new(line).monospace()).selectable(true));
            }
        });
}
