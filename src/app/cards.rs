//! The two input cards: "Published version" and "New version".

use eframe::egui::{self, RichText};
use teams_update_check::Side;

use super::{CardState, TeamsUpdateCheckApp, index, palette, shortcuts};

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
fn titles(side: Side) -> (&'static str, &'static str) {
    match side {
        Side::Old => ("Published version", "The version in the Teams store now"),
        Side::New => ("New version", "The update you want to submit"),
    }
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
                RichText::new("⚠ The new version's number is lower than the published one's. Did you open them the wrong way round?")
                    .color(palette::warn(ui)),
            );
            if ui.button("Swap the two").on_hover_text("Exchange the published and the new version").clicked() {
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
            ui.label(RichText::new(title).heading().strong());
            ui.label(RichText::new(hint).weak());
            ui.add_space(6.0);
            let card = &app.cards[index(side)];
            match &card.state {
                CardState::Empty => {
                    ui.label("Drop a manifest.json or an app package (.zip) here, or");
                }
                CardState::Loading => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(format!("Reading {}…", card.file_name.as_deref().unwrap_or("the file")));
                    });
                }
                CardState::Loaded(input) => {
                    ui.horizontal(|ui| {
                        if let Some(icon) = &card.icon {
                            let name = input.manifest.app_name().unwrap_or("the app");
                            ui.add(
                                egui::Image::new(icon)
                                    .fit_to_exact_size(egui::vec2(48.0, 48.0))
                                    .alt_text(format!("{name}'s color icon")),
                            )
                                .on_hover_text("The app's color icon from the package");
                        }
                        ui.vertical(|ui| {
                            let name = input.manifest.app_name().unwrap_or("(the manifest has no app name)");
                            ui.label(RichText::new(name).size(18.0).strong());
                            ui.label(format!("File: {}", input.file_name));
                        });
                    });
                    ui.label(format!("Version {}", input.manifest.version));
                    let schema = input.manifest.manifest_version().unwrap_or_else(|| "not given".into());
                    ui.label(format!("Manifest format {schema}")).on_hover_text(
                        "manifestVersion: the version of Microsoft's manifest format the file is written in",
                    );
                    if let Some(contents) = &card.contents {
                        ui.label(contents);
                    }
                }
                CardState::Failed(error) => {
                    ui.label(
                        RichText::new(format!("⚠ Could not load {}", error.file_name))
                            .color(palette::fail(ui))
                            .strong(),
                    );
                    if let Some(place) = error.where_text() {
                        ui.label(format!("Where: {place}"));
                    }
                    ui.label(format!("What is wrong: {}", error.problem));
                    ui.label(format!("What to do: {}", error.fix));
                }
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let (shortcut, which) = match side {
                    Side::Old => (shortcuts::OPEN_OLD, "the published version"),
                    Side::New => (shortcuts::OPEN_NEW, "the new version"),
                };
                let shortcut = shortcuts::text(ui.ctx(), &shortcut);
                // The screen shows "Open…" twice; a screen reader hears which card it is for.
                let open = ui
                    .button("Open…")
                    .on_hover_text(format!("Choose a manifest.json or .zip app package ({shortcut})"));
                if named(open, format!("Open {which}…")).clicked() {
                    actions.push(CardAction::Open(side));
                }
                let has_file = card.path.is_some();
                let reload = ui
                    .add_enabled(has_file, egui::Button::new("Reload"))
                    .on_hover_text(format!(
                        "Read the file again ({})",
                        shortcuts::text(ui.ctx(), &shortcuts::RELOAD)
                    ));
                if named(reload, format!("Reload {which}")).clicked() {
                    actions.push(CardAction::Reload(side));
                }
                let has_anything = !matches!(card.state, CardState::Empty);
                let clear = ui.add_enabled(has_anything, egui::Button::new("Clear"));
                if named(clear, format!("Clear {which}")).clicked() {
                    actions.push(CardAction::Clear(side));
                }
            });
            // Only where a file is still wanted, or "Open…" was asked for this card: the
            // toast said once why there is no dialog.
            let wants_file = matches!(card.state, CardState::Empty | CardState::Failed(_))
                || card.path_wanted;
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
    ui.label(
        RichText::new("Drop the file on this window, or paste its full path here:")
            .color(palette::warn(ui)),
    )
    .on_hover_text(
        "On Linux the dialog needs your desktop's file chooser (the xdg-desktop-portal service) or the zenity program.",
    );
    ui.horizontal(|ui| {
        let hint = if cfg!(windows) {
            r"C:\Users\you\Downloads\app-package.zip"
        } else {
            "/home/you/Downloads/app-package.zip"
        };
        let field = ui.add(
            egui::TextEdit::singleline(&mut app.cards[index(side)].typed_path)
                .hint_text(hint)
                .desired_width(ui.available_width() - 70.0),
        );
        let field = named(
            field,
            format!("Path of the {} file", titles(side).0.to_lowercase()),
        );
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button("Open").clicked() || entered {
            actions.push(CardAction::OpenTyped(side));
        }
    });
}

/// Gives a button the name a screen reader says, when its text alone is ambiguous.
fn named(response: egui::Response, name: String) -> egui::Response {
    response.accessible_name(name)
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
        "Drop on a card to load the file there",
        egui::FontId::proportional(24.0),
        egui::Color32::WHITE,
    );
}
