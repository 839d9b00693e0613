//! "Download button for your website": label, look and size, a live preview,
//! and copying the HTML or the link.

use eframe::egui::{self, RichText};
use teams_update_check::button::{
    ButtonError, ButtonOptions, ButtonSize, ButtonStyle, DEFAULT_LABEL, button_html, download_url,
    parse_app_id,
};
use teams_update_check::ids::is_guid;

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
fn style_hint(style: ButtonStyle) -> &'static str {
    match style {
        ButtonStyle::Filled => "Teams purple with white text: reads well on light and dark pages.",
        ButtonStyle::Outline => {
            "Purple text and border on a clear background: for light pages only. On a dark page, choose Purple or Dark."
        }
        ButtonStyle::Dark => {
            "Near-black with white text: for light and busy pages (on a black page it does not stand out)."
        }
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
    ui.heading("Download button for your website");
    ui.label(
        RichText::new(
            "Put this button on your product website so visitors can get your app in Teams. \
             The link works once your app is live in the Teams store.",
        )
        .weak(),
    );
    ui.add_space(6.0);

    egui::Grid::new("button-settings")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            let label = ui.label("Button text");
            ui.add(
                egui::TextEdit::singleline(&mut options.label)
                    .hint_text(DEFAULT_LABEL)
                    .desired_width(320.0),
            )
            .labelled_by(label.id);
            ui.end_row();

            ui.label("Look");
            ui.vertical(|ui| {
                ui.horizontal(|ui| {
                    for style in ButtonStyle::ALL {
                        // Named "Look: Outline": labelled_by alone would replace "Outline" with "Look".
                        ui.selectable_value(&mut options.style, style, style.title().text())
                            .accessible_name(format!("Look: {}", style.title()));
                    }
                });
                ui.label(RichText::new(style_hint(options.style)).weak());
            });
            ui.end_row();

            ui.label("Size");
            ui.horizontal(|ui| {
                for size in ButtonSize::ALL {
                    ui.selectable_value(&mut options.size, size, size.title().text())
                        .accessible_name(format!("Size: {}", size.title()));
                }
            });
            ui.end_row();

            let id_label = ui.label("App ID").on_hover_text(
                "The ID of your app in the Teams store. It is taken from the new manifest; \
             type another one (for example the store ID from Partner Center) to use it instead.",
            );
            ui.vertical(|ui| {
                // The ID in use is written out, so the field never looks empty.
                if app_id_override.trim().is_empty() {
                    ui.label(format!("{manifest_id} (from the new version's manifest)"));
                }
                ui.add(
                    egui::TextEdit::singleline(app_id_override)
                        .hint_text("To use another app ID, type or paste it here")
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
                ui.label(
                    "The new manifest's ID looks like a placeholder; type your real app ID above.",
                );
            }
            return None;
        }
    };
    let url = download_url(&app_id).unwrap_or_default();

    ui.add_space(8.0);
    ui.label(RichText::new("Preview").strong());
    preview(ui, options);
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        if ui
            .button("Copy HTML")
            .on_hover_text(format!(
                "Copy the button's HTML code to paste into your website ({})",
                super::shortcuts::text(ui.ctx(), &super::shortcuts::COPY_HTML)
            ))
            .clicked()
        {
            action = Some(ButtonAction::CopyHtml(html.clone()));
        }
        if ui.button("Copy link").on_hover_text(&url).clicked() {
            action = Some(ButtonAction::CopyLink(url.clone()));
        }
        if ui
            .button("Open preview in browser")
            .on_hover_text("See the real button in your web browser")
            .clicked()
        {
            action = Some(ButtonAction::OpenPreview(html.clone()));
        }
    });
    egui::CollapsingHeader::new("Show the HTML code")
        .id_salt("button-html")
        .show(ui, |ui| {
            let mut text = html.as_str();
            let code_label = ui.label(RichText::new("HTML to paste into your page:").weak());
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
        let page = write_preview_page(&html).map_err(|err| {
            format!(
                "Could not write the preview page ({err}). Copy the HTML instead and paste it \
                 into a page of your own."
            )
        })?;
        let opened = super::background::file_url(&page)
            .ok_or_else(|| "the page has no file address".to_string())
            .and_then(|address| webbrowser::open(&address).map_err(|err| err.to_string()));
        // Said as it went: a browser that cannot be started is not "opened", and one that
        // was started is only known to have been asked (it may still fail on its own).
        match opened {
            Ok(()) => Ok(format!(
                "Asked your web browser to open the preview. If no browser window appears, open \
                 {} in your browser.",
                page.display()
            )),
            Err(err) => Err(format!(
                "Could not start a web browser ({err}). The preview page is saved at {}: \
                 open it in your browser.",
                page.display()
            )),
        }
    });
}

/// Writes a page showing the button on light and dark backgrounds; returns where.
fn write_preview_page(html: &str) -> std::io::Result<std::path::PathBuf> {
    let path = std::env::temp_dir().join("teams-update-check-button-preview.html");
    let page = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Button preview</title></head>\
         <body style=\"margin:0;font-family:system-ui,sans-serif\">\
         <div style=\"padding:40px;background:#ffffff\"><p>On a light page:</p>{html}</div>\
         <div style=\"padding:40px;background:#f3f2f1\"><p>On a grey page:</p>{html}</div>\
         <div style=\"padding:40px;background:#201f1e;color:#fff\"><p>On a dark page:</p>{html}</div>\
         </body></html>"
    );
    std::fs::write(&path, page)?;
    Ok(path)
}
