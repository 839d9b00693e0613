//! "Will the store accept it?": the store checks on the new version, each
//! finding with where it is, a template said once, warnings apart.

use eframe::egui::{self, RichText};
use teams_update_check::Report;
use teams_update_check::store::{Finding, Severity, summarize, where_text};

use super::palette;

/// Draws the section.
pub fn show(ui: &mut egui::Ui, report: &Report) {
    let summary = summarize(&report.store, &report.store_scope);
    ui.heading("Will the store accept it?");
    let (icon, color) = if report.store_errors().next().is_some() {
        ("✖", palette::fail(ui))
    } else {
        ("✔", palette::pass(ui))
    };
    ui.label(
        RichText::new(format!("{icon} {}", summary.lead))
            .color(color)
            .strong(),
    );
    if let Some(note) = &summary.not_checked {
        ui.label(RichText::new(format!("ℹ {note}")).color(palette::neutral(ui)));
    }
    ui.add_space(4.0);

    if let Some(template) = &summary.template {
        egui::Frame::new()
            .fill(palette::tint(ui, palette::warn(ui)))
            .stroke(egui::Stroke::new(1.0, palette::warn(ui)))
            .corner_radius(6.0)
            .inner_margin(egui::Margin::same(10))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(format!("⚠ {}", template.note))
                        .color(palette::warn(ui))
                        .strong(),
                );
                let count = template.placeholders.len() + template.caused.len();
                egui::CollapsingHeader::new(format!("Show the {count} findings it causes"))
                    .id_salt("store-template")
                    .show(ui, |ui| {
                        for finding in template.placeholders.iter().chain(&template.caused) {
                            finding_row(ui, finding);
                        }
                    });
            });
        ui.add_space(6.0);
    }

    for finding in &summary.errors {
        finding_row(ui, finding);
    }

    if !summary.warnings.is_empty() {
        let title = format!(
            "{} worth checking (they do not block the update)",
            if summary.warnings.len() == 1 {
                "1 thing".to_string()
            } else {
                format!("{} things", summary.warnings.len())
            }
        );
        egui::CollapsingHeader::new(RichText::new(title).color(palette::warn(ui)))
            .id_salt("store-warnings")
            .default_open(summary.warnings.len() <= 3)
            .show(ui, |ui| {
                for finding in &summary.warnings {
                    finding_row(ui, finding);
                }
            });
    }
}

/// One finding: what is wrong, then where, with Microsoft's page.
fn finding_row(ui: &mut egui::Ui, finding: &Finding) {
    let (icon, word, color) = match finding.severity {
        Severity::Error => ("✖", "Fix this", palette::fail(ui)),
        Severity::Warning => ("⚠", "Check this", palette::warn(ui)),
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!("{icon} {word}"))
                .color(color)
                .strong(),
        );
        ui.label(&finding.message);
    });
    ui.indent(
        (
            "store-finding",
            &finding.check,
            &finding.file,
            &finding.pointer,
        ),
        |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(format!("Where: {}", where_text(finding))).weak());
                ui.hyperlink_to("Microsoft's rule", finding.source)
                    .on_hover_text(finding.source);
            });
        },
    );
    ui.add_space(2.0);
}
