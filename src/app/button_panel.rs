//! "Download button for your website": label, look and size, a live preview,
//! and copying the HTML or the link.

use eframe::egui::{self, RichText};
use teams_update_check::button::{
    ButtonError, ButtonOptions, ButtonSize, ButtonStyle, button_html, download_url, parse_app_id,
};
use teams_update_check::ids::is_guid;
use teams_update_check::message::Message;
use teams_update_check::msg;

use super::palette;

/// What the user asked the panel to do.
pub enum ButtonAction {
    /// Copy this HTML.
    CopyHtml(String),
    /// Copy this link.
    CopyLink(String),
    /// Write this HTML into a preview page and open it in the browser.
    OpenPreview(String),
}

/// The app ID the button uses: the override when typed (the GUID in it when it is
/// pasted in braces or as a whole Teams link), else the manifest's.
pub fn effective_app_id(app_id_override: &str, manifest_id: &str) -> String {
    let typed = app_id_override.trim();
    if typed.is_empty() {
        manifest_id.to_string()
    } else {
        parse_app_id(typed).unwrap_or_else(|_| typed.to_string())
    }
}

/// Where each look reads well, so nobody puts a dark-text button on a dark page.
fn style_hint(style: ButtonStyle) -> Message {
    match style {
        ButtonStyle::Filled => msg!("app-button-hint-filled"),
        ButtonStyle::Outline => msg!("app-button-hint-outline"),
        ButtonStyle::Dark => msg!("app-button-hint-dark"),
    }
}

/// The button's HTML for the current settings.
pub fn html_for(
    options: &ButtonOptions,
    app_id_override: &str,
    manifest_id: &str,
) -> Result<String, ButtonError> {
    button_html(&effective_app_id(app_id_override, manifest_id), options)
}

/// Draws the panel; returns what the user asked for, if anything.
pub fn show(
    ui: &mut egui::Ui,
    options: &mut ButtonOptions,
    app_id_override: &mut String,
    manifest_id: &str,
) -> Option<ButtonAction> {
    let mut action = None;
    ui.heading(msg!("app-button-heading").text());
    ui.label(RichText::new(msg!("app-button-intro").text()).weak());
    ui.add_space(6.0);

    egui::Grid::new("button-settings")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            let label = ui.label(msg!("app-button-text").text());
            ui.add(
                egui::TextEdit::singleline(&mut options.label)
                    .hint_text(teams_update_check::button::default_label())
                    .desired_width(320.0),
            )
            .labelled_by(label.id);
            ui.end_row();

            ui.label(msg!("app-button-look").text());
            ui.vertical(|ui| {
                ui.horizontal(|ui| {
                    for style in ButtonStyle::ALL {
                        // Named "Look: Outline": labelled_by alone would replace "Outline" with "Look".
                        ui.selectable_value(&mut options.style, style, style.title().text())
                            .accessible_name(
                                msg!("app-button-look-named", style = style.title()).text(),
                            );
                    }
                });
                ui.label(RichText::new(style_hint(options.style).text()).weak());
            });
            ui.end_row();

            ui.label(msg!("app-button-size").text());
            ui.horizontal(|ui| {
                for size in ButtonSize::ALL {
                    ui.selectable_value(&mut options.size, size, size.title().text())
                        .accessible_name(msg!("app-button-size-named", size = size.title()).text());
                }
            });
            ui.end_row();

            let id_label = ui
                .label(msg!("app-button-app-id").text())
                .on_hover_text(msg!("app-button-app-id-hover").text());
            ui.vertical(|ui| {
                // The ID in use is written out, so the field never looks empty.
                if app_id_override.trim().is_empty() {
                    ui.label(msg!("app-button-app-id-from-manifest", id = manifest_id).text());
                }
                ui.add(
                    egui::TextEdit::singleline(app_id_override)
                        .hint_text(msg!("app-button-app-id-hint").text())
                        .desired_width(320.0),
                )
                .labelled_by(id_label.id);
            });
            ui.end_row();
        });

    let app_id = effective_app_id(app_id_override, manifest_id);
    let html = match html_for(options, app_id_override, manifest_id) {
        Ok(html) => html,
        Err(err) => {
            ui.label(RichText::new(format!("⚠ {err}")).color(palette::warn(ui)));
            if !is_guid(manifest_id) && app_id_override.trim().is_empty() {
                ui.label(msg!("app-button-placeholder-id").text());
            }
            return None;
        }
    };
    let url = download_url(&app_id).unwrap_or_default();

    ui.add_space(8.0);
    ui.label(RichText::new(msg!("app-button-preview").text()).strong());
    preview(ui, options);
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(msg!("app-button-copy-html").text())
            .on_hover_text(
                msg!(
                    "app-button-copy-html-hover",
                    shortcut = super::shortcuts::text(ui.ctx(), &super::shortcuts::COPY_HTML)
                )
                .text(),
            )
            .clicked()
        {
            action = Some(ButtonAction::CopyHtml(html.clone()));
        }
        if ui
            .button(msg!("app-button-copy-link").text())
            .on_hover_text(&url)
            .clicked()
        {
            action = Some(ButtonAction::CopyLink(url.clone()));
        }
        if ui
            .button(msg!("app-button-open-preview").text())
            .on_hover_text(msg!("app-button-open-preview-hover").text())
            .clicked()
        {
            action = Some(ButtonAction::OpenPreview(html.clone()));
        }
    });
    egui::CollapsingHeader::new(msg!("app-button-show-html").text())
        .id_salt("button-html")
        .show(ui, |ui| {
            let mut text = html.as_str();
            let code_label = ui.label(RichText::new(msg!("app-button-html-label").text()).weak());
            ui.add(
                egui::TextEdit::multiline(&mut text)
                    .code_editor()
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(code_label.id);
        });
    action
}

/// Draws the button the way a browser will, on a white page.
fn preview(ui: &mut egui::Ui, options: &ButtonOptions) {
    let (background, text, border) = options.style.colors();
    let (font, pad_y, pad_x, radius) = options.size.metrics();
    let label = options.shown_label();
    egui::Frame::new()
        .fill(egui::Color32::WHITE)
        .inner_margin(egui::Margin::same(16))
        .corner_radius(6.0)
        .show(ui, |ui| {
            egui::Frame::new()
                .fill(palette::hex(background))
                .stroke(egui::Stroke::new(2.0, palette::hex(border)))
                .corner_radius(radius as f32)
                .inner_margin(egui::Margin::symmetric(pad_x as i8, pad_y as i8))
                .show(ui, |ui| {
                    ui.label(
                        RichText::new(label)
                            .size(font as f32)
                            .strong()
                            .color(palette::hex(text)),
                    );
                });
        });
}

/// Writes the preview page on a worker and opens it in the browser.
pub fn open_preview_in_background(
    ctx: egui::Context,
    events: std::sync::mpsc::Sender<super::background::AppEvent>,
    html: String,
) {
    super::background::write_in_background(ctx, events, move || {
        let page = write_preview_page(&html)
            .map_err(|err| msg!("app-preview-not-written", error = err.to_string()))?;
        let opened = super::background::file_url(&page)
            .ok_or_else(|| msg!("app-preview-no-address").text())
            .and_then(|address| webbrowser::open(&address).map_err(|err| err.to_string()));
        // Said as it went: a browser that cannot be started is not "opened", and one that
        // was started is only known to have been asked (it may still fail on its own).
        let path = page.display().to_string();
        match opened {
            Ok(()) => Ok(msg!("app-preview-opened", path = path)),
            Err(err) => Err(msg!("app-preview-no-browser", error = err, path = path)),
        }
    });
}

/// Writes a page showing the button on light and dark backgrounds; returns where.
fn write_preview_page(html: &str) -> std::io::Result<std::path::PathBuf> {
    let path = std::env::temp_dir().join("teams-update-check-button-preview.html");
    let title = msg!("app-preview-page-title").text();
    let light = msg!("app-preview-on-light").text();
    let grey = msg!("app-preview-on-grey").text();
    let dark = msg!("app-preview-on-dark").text();
    let page = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body style=\"margin:0;font-family:system-ui,sans-serif\">\
         <div style=\"padding:40px;background:#ffffff\"><p>{light}</p>{html}</div>\
         <div style=\"padding:40px;background:#f3f2f1\"><p>{grey}</p>{html}</div>\
         <div style=\"padding:40px;background:#201f1e;color:#fff\"><p>{dark}</p>{html}</div>\
         </body></html>"
    );
    std::fs::write(&path, page)?;
    Ok(path)
}
