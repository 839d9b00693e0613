//! "Will your users be asked to approve the app again?": all 11 rules, grouped by source.

use eframe::egui::{self, RichText};
use teams_update_check::Report;
use teams_update_check::rules::Source;

use super::palette;

/// Draws the checklist.
pub fn show(ui: &mut egui::Ui, report: &Report) {
    ui.heading("Will your users be asked to approve the app again?");
    ui.label(
        RichText::new(
            "Some changes make Teams show every existing user a prompt to approve (consent to) the app again. \
             Each row below is one such change; a row marked \"Yes\" is in this update.",
        )
        .weak(),
    );
    let triggered = report.triggered_rules().count();
    ui.add_space(4.0);
    let summary = if triggered == 0 {
        RichText::new("✔ None of these changes is in this update: existing users get it without a new prompt.")
            .color(palette::pass(ui))
    } else {
        RichText::new(format!(
            "⚠ {triggered} of these changes {} in this update, so existing users will be asked to approve the app again.",
            if triggered == 1 { "is" } else { "are" }
        ))
        .color(palette::warn(ui))
    };
    ui.label(summary.strong());
    for source in [Source::PublishingDocs, Source::AdminDocs] {
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("From {}", source.title())).strong());
            ui.hyperlink_to("Read Microsoft's page ↗", source.url());
        });
        for rule in report.consent.iter().filter(|rule| rule.source == source) {
            let (icon, word, color) = if rule.triggered {
                ("⚠", "Yes", palette::warn(ui))
            } else {
                ("✔", "No", palette::pass(ui))
            };
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(format!("{icon} {word}"))
                        .color(color)
                        .strong(),
                );
                ui.label(RichText::new(rule.title).strong())
                    .on_hover_text(rule.explanation);
            });
            ui.indent(rule.rule, |ui| {
                for line in &rule.evidence {
                    ui.label(format!("• {line}"));
                }
                ui.label(RichText::new(rule.explanation).weak());
            });
        }
    }
}
