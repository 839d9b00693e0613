//! The two input cards: "Published version" and "New version".

use eframe::egui::{self, RichText};
use teams_update_check::message::Message;
use teams_update_check::{Side, msg};

use super::{CardState, TeamsUpdateCheckApp, index, palette, shortcuts, side_key};

/// What the user asked a card to do.
pub enum CardAction {
    /// Open a file dialog for this card.
    Open(Side),
    /// Open the path typed in this card.
    OpenTyped(Side),
    /// Read this card's file again.
    Reload(Side),
    /// Empty this card.
    Clear(Side),
    /// Exchange the two cards.
    Swap,
}

/// The card's heading and the hint under it.
fn titles(side: Side) -> (Message, Message) {
    let side = side_key(side);
    (
        msg!("app-card-title", side = side),
        msg!("app-card-hint", side = side),
    )
}

/// A card's name ("Published version"), also the drop question's answer.
pub fn title(side: Side) -> Message {
    titles(side).0
}

/// Draws both cards side by side (stacked when the window is narrow).
pub fn show(ui: &mut egui::Ui, app: &mut TeamsUpdateCheckApp) -> Vec<CardAction> {
    let mut actions = Vec::new();
    let narrow = ui.available_width() < 640.0;
    if narrow {
        for side in [Side::Old, Side::New] {
            card(ui, app, side, &mut actions);
            ui.add_space(8.0);
        }
    } else {
        ui.columns(2, |columns| {
            for (column, side) in columns.iter_mut().zip([Side::Old, Side::New]) {
                card(column, app, side, &mut actions);
            }
        });
    }
    if app.reversed {
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(format!("⚠ {}", msg!("app-reversed").text()))
                    .color(palette::warn(ui)),
            );
            if ui
                .button(msg!("app-swap").text())
                .on_hover_text(msg!("app-swap-hover").text())
                .clicked()
            {
                actions.push(CardAction::Swap);
            }
        });
    }
    actions
}

fn card(
    ui: &mut egui::Ui,
    app: &mut TeamsUpdateCheckApp,
    side: Side,
    actions: &mut Vec<CardAction>,
) {
    let (title, hint) = titles(side);
    let response = egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(12))
        .corner_radius(8.0)
        .show(ui, |ui| {
            ui.set_min_height(150.0);
            ui.set_width(ui.available_width());
            ui.label(RichText::new(title.text()).heading().strong());
            ui.label(RichText::new(hint.text()).weak());
            ui.add_space(6.0);
            let card = &app.cards[index(side)];
            match &card.state {
                CardState::Empty => {
                    ui.label(msg!("app-card-empty").text());
                }
                CardState::Loading => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        let file = match card.file_name.as_deref() {
                            Some(name) => msg!("app-card-reading", file = name),
                            None => msg!("app-card-reading", file = msg!("app-the-file")),
                        };
                        ui.label(file.text());
                    });
                }
                CardState::Loaded(input) => {
                    ui.horizontal(|ui| {
                        if let Some(icon) = &card.icon {
                            let alt = match input.manifest.app_name() {
                                Some(name) => msg!("app-card-icon-alt", name = name),
                                None => msg!("app-card-icon-alt", name = msg!("app-the-app")),
                            };
                            ui.add(
                                egui::Image::new(icon)
                                    .fit_to_exact_size(egui::vec2(48.0, 48.0))
                                    .alt_text(alt.text()),
                            )
                            .on_hover_text(msg!("app-card-icon-hover").text());
                        }
                        ui.vertical(|ui| {
                            let name = input
                                .manifest
                                .app_name()
                                .map_or_else(|| msg!("app-card-no-name").text(), str::to_string);
                            ui.label(RichText::new(name).size(18.0).strong());
                            ui.label(msg!("app-card-file", file = input.file_name.as_str()).text());
                        });
                    });
                    ui.label(msg!("app-version", version = input.manifest.version.as_str()).text());
                    let format = match input.manifest.manifest_version() {
                        Some(schema) => msg!("app-card-manifest-format", schema = schema),
                        None => msg!(
                            "app-card-manifest-format",
                            schema = msg!("app-card-not-given")
                        ),
                    };
                    ui.label(format.text())
                        .on_hover_text(msg!("app-card-manifest-format-hover").text());
                    if let Some(contents) = &card.contents {
                        ui.label(contents);
                    }
                }
                CardState::Failed(error) => {
                    ui.label(
                        RichText::new(format!(
                            "⚠ {}",
                            msg!("app-card-could-not-load", file = error.file_name.as_str()).text()
                        ))
                        .color(palette::fail(ui))
                        .strong(),
                    );
                    if let Some(place) = error.where_text() {
                        ui.label(msg!("app-where", place = place).text());
                    }
                    ui.label(
                        msg!("app-card-what-is-wrong", problem = error.problem.clone()).text(),
                    );
                    ui.label(msg!("app-card-what-to-do", fix = error.fix.clone()).text());
                }
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let shortcut = match side {
                    Side::Old => shortcuts::OPEN_OLD,
                    Side::New => shortcuts::OPEN_NEW,
                };
                let which = side_key(side);
                let shortcut = shortcuts::text(ui.ctx(), &shortcut);
                // The screen shows "Open…" twice; a screen reader hears which card it is for.
                let open = ui
                    .button(msg!("app-card-open").text())
                    .on_hover_text(msg!("app-card-open-hover", shortcut = shortcut).text());
                if named(open, msg!("app-card-open-named", side = which)).clicked() {
                    actions.push(CardAction::Open(side));
                }
                let has_file = card.path.is_some();
                let reload = ui
                    .add_enabled(has_file, egui::Button::new(msg!("app-card-reload").text()))
                    .on_hover_text(
                        msg!(
                            "app-card-reload-hover",
                            shortcut = shortcuts::text(ui.ctx(), &shortcuts::RELOAD)
                        )
                        .text(),
                    );
                if named(reload, msg!("app-card-reload-named", side = which)).clicked() {
                    actions.push(CardAction::Reload(side));
                }
                let has_anything = !matches!(card.state, CardState::Empty);
                let clear = ui.add_enabled(
                    has_anything,
                    egui::Button::new(msg!("app-card-clear").text()),
                );
                if named(clear, msg!("app-card-clear-named", side = which)).clicked() {
                    actions.push(CardAction::Clear(side));
                }
            });
            // Only where a file is still wanted, or "Open…" was asked for this card: the
            // toast said once why there is no dialog.
            let wants_file =
                matches!(card.state, CardState::Empty | CardState::Failed(_)) || card.path_wanted;
            if app.dialog_unavailable && wants_file {
                typed_path_field(ui, app, side, actions);
            }
        });
    app.card_rects[index(side)] = Some(response.response.rect);
}

/// Offered when no file dialog can be shown: a field for the file's path.
fn typed_path_field(
    ui: &mut egui::Ui,
    app: &mut TeamsUpdateCheckApp,
    side: Side,
    actions: &mut Vec<CardAction>,
) {
    ui.add_space(6.0);
    ui.label(RichText::new(msg!("app-card-typed-path").text()).color(palette::warn(ui)))
        .on_hover_text(msg!("app-card-typed-path-hover").text());
    ui.horizontal(|ui| {
        let hint = if cfg!(windows) {
            msg!("app-card-path-example-windows")
        } else {
            msg!("app-card-path-example")
        };
        let field = ui.add(
            egui::TextEdit::singleline(&mut app.cards[index(side)].typed_path)
                .hint_text(hint.text())
                .desired_width(ui.available_width() - 70.0),
        );
        let field = named(field, msg!("app-card-path-named", side = side_key(side)));
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(msg!("app-card-open-typed").text()).clicked() || entered {
            actions.push(CardAction::OpenTyped(side));
        }
    });
}

/// Gives a button the name a screen reader says, when its text alone is ambiguous.
fn named(response: egui::Response, name: Message) -> egui::Response {
    response.accessible_name(name.text())
}

/// While files are dragged over the window, say that they can be dropped.
pub fn drop_overlay(ctx: &egui::Context) {
    let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
    if !hovering {
        return;
    }
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop-overlay"),
    ));
    let rect = ctx.content_rect();
    painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        msg!("app-drop-overlay").text(),
        egui::FontId::proportional(24.0),
        egui::Color32::WHITE,
    );
}
