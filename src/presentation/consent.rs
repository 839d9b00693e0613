//! "Will users or the admin be asked to approve the app again?": the consent rules.

use super::headlines::sentences;
use super::{
    Bullet, Developer, Group, Item, Line, Mark, Section, SectionId, source_link, who_is_asked,
};
use crate::message::Message;
use crate::msg;
use crate::report::Report;
use crate::rules::{RuleOutcome, Source};

fn bullets(rule: &RuleOutcome) -> Vec<Bullet> {
    rule.evidence
        .iter()
        .map(|evidence| Bullet {
            // `to_string` whether the evidence is a text or a message.
            text: evidence.text.text(),
            developer: Some(evidence.developer.text()),
        })
        .collect()
}

/// The consent summary: how many of the rules are in this update, and who is asked.
pub fn consent_summary_message(report: &Report) -> Message {
    let triggered = report.triggered_rules().count();
    let total = report.consent.len();
    if triggered == 0 {
        return msg!("report-consent-summary-none", total = total);
    }
    sentences(
        msg!("report-consent-summary", count = triggered, total = total),
        who_is_asked(report),
    )
}

/// The consent summary in English (see [`consent_summary_message`]).
pub fn consent_summary(report: &Report) -> String {
    consent_summary_message(report).text()
}

/// The heading the rules not in this update fold under: "The other 12 changes that need
/// approval are not in this update" (or "None of the 13 …" when no rule is).
pub fn untriggered_message(report: &Report) -> Message {
    let triggered = report.triggered_rules().count();
    let others = report.consent.len().saturating_sub(triggered);
    if triggered == 0 {
        msg!("report-consent-others-none", count = others)
    } else {
        msg!("report-consent-others", count = others)
    }
}

/// [`untriggered_message`] in English.
pub fn untriggered_heading(report: &Report) -> String {
    untriggered_message(report).text()
}

/// Who a rule asks, in words: "Who is asked: every existing user".
fn who_words(rule: &RuleOutcome) -> Message {
    use crate::rules::Who;
    let users = rule.who.contains(&Who::Users);
    let admin = rule.who.contains(&Who::Admin);
    match (users, admin) {
        (true, true) => msg!("report-who-users-and-admin"),
        (false, true) => msg!("report-who-admin"),
        _ => msg!("report-who-users"),
    }
}

pub(super) fn consent(report: &Report) -> Section {
    let mut section = Section::new(SectionId::Consent, msg!("report-consent-title").text());
    section.intro = Some(msg!("report-consent-intro").text());
    section.lead = Some(Line {
        mark: if report.consent_required {
            Mark::Yes
        } else {
            Mark::Pass
        },
        text: consent_summary(report),
    });
    let rule_item = |rule: &RuleOutcome, mark: Mark| {
        let mut item = Item::new(mark, "", format!("consent-{}", rule.rule));
        item.title = Some(rule.title.to_string());
        item.bullets = bullets(rule);
        item.why = Some(rule.explanation.to_string());
        if mark == Mark::Yes {
            item.remark = Some(who_words(rule).text());
        }
        item.link = Some(source_link(rule.source));
        item.developer = Some(Developer {
            id: Some(rule.rule.to_string()),
            ..Developer::default()
        });
        item
    };
    let triggered: Vec<Item> = report
        .triggered_rules()
        .map(|rule| rule_item(rule, Mark::Yes))
        .collect();
    if !triggered.is_empty() {
        section
            .groups
            .push(Group::plain(triggered, "consent-triggered"));
    }
    section.groups.push(Group {
        title: Some(untriggered_heading(report)),
        hint: Some(msg!("report-consent-others-hint").text()),
        note: None,
        folded: true,
        brief: true,
        items: report
            .consent
            .iter()
            .filter(|rule| !rule.triggered)
            .map(|rule| rule_item(rule, Mark::No))
            .collect(),
        key: "consent-not-in-update".to_string(),
    });
    section.sources = [
        Source::PublishingDocs,
        Source::AdminDocs,
        Source::OfficeAddinDocs,
    ]
    .into_iter()
    .map(source_link)
    .collect();
    section
}
