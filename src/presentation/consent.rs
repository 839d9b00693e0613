//! "Will users or the admin be asked to approve the app again?": the consent rules.

use super::{
    Bullet, Developer, Group, Item, Line, Mark, Section, SectionId, source_link, who_is_asked,
};
use crate::report::Report;
use crate::rules::{RuleOutcome, Source};

fn bullets(rule: &RuleOutcome) -> Vec<Bullet> {
    rule.evidence
        .iter()
        .map(|evidence| Bullet {
            text: evidence.text.clone(),
            developer: Some(evidence.developer.clone()),
        })
        .collect()
}

/// The consent summary: how many of the rules are in this update, and who is asked.
pub fn consent_summary(report: &Report) -> String {
    let triggered = report.triggered_rules().count();
    let total = report.consent.len();
    let count = match triggered {
        0 => {
            return format!(
                "None of the {total} changes that need approval is in this update: existing users get it without a new prompt."
            );
        }
        1 => format!("1 of the {total} changes that need approval is in this update."),
        n => format!("{n} of the {total} changes that need approval are in this update."),
    };
    let mut sentences = vec![count];
    sentences.extend(who_is_asked(report).into_iter().map(str::to_string));
    sentences.join(" ")
}

/// The heading the rules not in this update fold under: "The other 12 changes that need
/// approval are not in this update" (or "None of the 13 …" when no rule is).
pub fn untriggered_heading(report: &Report) -> String {
    let triggered = report.triggered_rules().count();
    let others = report.consent.len().saturating_sub(triggered);
    match (triggered, others) {
        (0, n) => format!("None of the {n} changes that need approval is in this update"),
        (_, 1) => "The other change that needs approval is not in this update".to_string(),
        (_, n) => format!("The other {n} changes that need approval are not in this update"),
    }
}

/// Who a rule asks, in words: "Who is asked: every existing user".
fn who_words(rule: &RuleOutcome) -> String {
    use crate::rules::Who;
    let users = rule.who.contains(&Who::Users);
    let admin = rule.who.contains(&Who::Admin);
    match (users, admin) {
        (true, true) => "Who is asked: every existing user, and the admin who deployed the Office add-in".to_string(),
        (false, true) => "Who is asked: the admin who deployed the Office add-in to the organization, not each user".to_string(),
        _ => "Who is asked: every existing user".to_string(),
    }
}

pub(super) fn consent(report: &Report) -> Section {
    let mut section = Section::new(
        SectionId::Consent,
        "Will users or the admin be asked to approve the app again?",
    );
    section.intro = Some(
        "Some changes make Teams show every existing user a prompt to approve (consent to) the app again. Changes to an Office add-in make the admin who deployed it approve it again instead."
            .to_string(),
    );
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
            item.remark = Some(who_words(rule));
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
        hint: Some("None of these is in this update. Open one to read what it means.".to_string()),
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
