//! "Will your users be asked to approve the app again?": the rules this update triggers
//! first, each with its evidence and a one-line reason; the others fold into one line that
//! expands to the full list. Explanations of those show on demand, one rule at a time.

use eframe::egui::{self, RichText};
use teams_update_check::Report;
use teams_update_check::render::{consent_summary, untriggered_heading};
use teams_update_check::rules::{RuleOutcome, Source};

use super::palette;

/// Draws the checklist.
pub fn show(ui: &mut egui::Ui, report: &Report) {
    ui.heading("Will your users be asked to approve the app again?");
    let summary = if report.consent_required {
        RichText::new(format!("⚠ {}", consent_summary(report))).color(palette::warn(ui))
    } else {
        RichText::new(
            "✔ None of these changes is in this update: existing users get it without a new prompt.",
        )
        .color(palette::pass(ui))
    };
    ui.label(summary.strong()).on_hover_text(
        "Some changes make Teams show every existing user a prompt to approve (consent to) the app again.",
    );
    for rule in report.triggered_rules() {
        ui.add_space(6.0);
        triggered_rule(ui, rule);
    }
    ui.add_space(6.0);
    egui::CollapsingHeader::new(untriggered_heading(report))
        .id_salt("consent-not-in-update")
        .default_open(false)
        .show(ui, |ui| {
            ui.label(
                RichText::new("None of these is in this update. Open one to read what it means.")
                    .weak(),
            );
            for rule in report.consent.iter().filter(|rule| !rule.triggered) {
                egui::CollapsingHeader::new(RichText::new(format!("✔ No: {}", rule.title)))
                    .id_salt(("consent-rule", rule.rule))
                    .default_open(false)
                    .show(ui, |ui| {
                        ui.label(rule.explanation);
                        source_link(ui, rule.source);
                    });
            }
        });
}

/// A rule this update triggers: its title, the evidence, why it matters and its source.
fn triggered_rule(ui: &mut egui::Ui, rule: &RuleOutcome) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("⚠ Yes").color(palette::warn(ui)).strong());
        ui.label(RichText::new(rule.title).strong());
    });
    ui.indent(rule.rule, |ui| {
        for line in &rule.evidence {
            ui.label(format!("• {line}"));
        }
        ui.label(format!("Why: {}", rule.explanation));
        source_link(ui, rule.source);
    });
}

/// "Source: Microsoft's guide to updating a published app ↗".
fn source_link(ui: &mut egui::Ui, source: Source) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Source:").weak());
        ui.hyperlink_to(format!("{} ↗", source.title()), source.url());
    });
}
