//! The verdict and the consent answer, each in one or two sentences.

use crate::message::Message;
use crate::msg;
use crate::report::{Report, Verdict};

pub use crate::guidance::{agent_admin_approval, agent_admin_approves};

/// The verdict as one plain sentence.
pub fn verdict_message(report: &Report) -> Message {
    match report.verdict {
        Verdict::Ready => msg!("report-verdict-ready"),
        Verdict::NothingToSubmit => msg!("report-verdict-nothing-to-submit"),
        Verdict::Blocked => msg!("report-verdict-blocked", count = report.problem_count()),
    }
}

/// The verdict as one plain sentence, in English.
pub fn verdict_headline(report: &Report) -> String {
    verdict_message(report).text()
}

/// Who is asked, for rules 1–11: existing users approve the app again.
pub fn users_asked() -> Message {
    msg!("report-users-asked")
}

/// Who is asked, for rules 12–13 (and 11 with an add-in): the admin who deployed the add-in.
pub fn admin_asked() -> Message {
    msg!("report-admin-asked")
}

/// [`admin_asked`] in English.
pub const ADMIN_ASKED: &str = "Organizations whose admin deployed the add-in: the admin has to approve this update again before people there can use the updated add-in.";

/// Who is asked to approve the update, in whole sentences: every existing user (rules
/// 1–11), the admin who deployed the add-in (rules 12–13), or both; empty when no one is.
pub fn who_is_asked(report: &Report) -> Vec<Message> {
    let mut sentences = Vec::new();
    if report.users_asked() {
        sentences.push(users_asked());
    }
    if report.admin_asked() {
        sentences.push(admin_asked());
    }
    sentences
}

/// Sentences said one after the other, as one message.
pub(super) fn sentences(first: Message, rest: Vec<Message>) -> Message {
    rest.into_iter().fold(first, |said, next| {
        msg!("report-two-sentences", first = said, second = next)
    })
}

/// The consent impact in one or two plain sentences: who is asked to approve the update
/// (users, the admin, both), and for a Copilot agent that an admin approves each update
/// where an organization deploys the app through its admin center.
pub fn consent_message(report: &Report) -> Message {
    if report.verdict == Verdict::NothingToSubmit {
        return msg!("report-consent-nothing-changed");
    }
    let agent = agent_admin_approves(report);
    let mut parts = who_is_asked(report);
    if parts.is_empty() {
        parts.push(if agent {
            msg!("report-consent-users-not-asked")
        } else {
            msg!("report-consent-users-automatic")
        });
    }
    if agent {
        parts.push(agent_admin_approval());
    }
    let first = parts.remove(0);
    sentences(first, parts)
}

/// The consent impact in English (see [`consent_message`]).
pub fn consent_headline(report: &Report) -> String {
    consent_message(report).text()
}
