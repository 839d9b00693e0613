//! The verdict and the consent answer, each in one or two sentences.

use crate::report::{Report, Verdict};

/// The verdict as one plain sentence.
pub fn verdict_headline(report: &Report) -> String {
    match report.verdict {
        Verdict::Ready => "Ready to submit".to_string(),
        Verdict::NothingToSubmit => "Nothing changed: there is no update to submit".to_string(),
        Verdict::Blocked => {
            let n = report.problem_count();
            if n == 1 {
                "Fix 1 problem before submitting".to_string()
            } else {
                format!("Fix {n} problems before submitting")
            }
        }
    }
}

/// Who is asked, for rules 1–11: existing users approve the app again.
pub const USERS_ASKED: &str = "Existing users will be asked to approve the app again.";

/// Who is asked, for rules 12–13 (and 11 with an add-in): the admin who deployed the add-in.
pub const ADMIN_ASKED: &str = "Organizations whose admin deployed the add-in: the admin has to approve this update again before people there can use the updated add-in.";

/// A Copilot agent's update, where an organization deploys the app through its admin
/// center: an admin approves each update first (the agent note `agent-admin-approval`).
pub const AGENT_ADMIN_APPROVES: &str = "Where an organization deploys your app through its admin center, an admin approves each update of the Copilot agent before users get it.";

/// True when the report carries the agent note that an admin approves each agent update.
pub fn agent_admin_approves(report: &Report) -> bool {
    report
        .agent_notes
        .iter()
        .any(|note| note.id == "agent-admin-approval")
}

/// Who is asked to approve the update, in whole sentences: every existing user (rules
/// 1–11), the admin who deployed the add-in (rules 12–13), or both; empty when no one is.
pub fn who_is_asked(report: &Report) -> Vec<&'static str> {
    let mut sentences = Vec::new();
    if report.users_asked() {
        sentences.push(USERS_ASKED);
    }
    if report.admin_asked() {
        sentences.push(ADMIN_ASKED);
    }
    sentences
}

/// The consent impact in one or two plain sentences: who is asked to approve the update
/// (users, the admin, both), and for a Copilot agent that an admin approves each update
/// where an organization deploys the app through its admin center.
pub fn consent_headline(report: &Report) -> String {
    if report.verdict == Verdict::NothingToSubmit {
        return "Nothing changed, so there is nothing for existing users to approve.".to_string();
    }
    let agent = agent_admin_approves(report);
    let mut sentences = who_is_asked(report);
    if sentences.is_empty() {
        sentences.push(if agent {
            "Existing users are not asked to approve the app again."
        } else {
            "Existing users get this update automatically (no new approval needed)."
        });
    }
    if agent {
        sentences.push(AGENT_ADMIN_APPROVES);
    }
    sentences.join(" ")
}
