//! What to do after the verdict: who can fix each problem, the next steps in Partner
//! Center, a draft of the certification notes, a release note for users and admins when
//! they will be asked to approve the app again, and the list of problems to hand to a
//! developer. Pure functions of the [`Report`]; every output shows them through the
//! [`crate::presentation`].
//!
//! Nothing here goes beyond Microsoft's pages that each statement links to: the
//! post-publishing guide (update from the app's tile, keep the app ID, every update is
//! reviewed) and the Teams admin documentation (permissions and consent in the Teams
//! admin center).

use crate::changes::Area;
use crate::checks::{CheckId, CheckOutcome};
use crate::message::Message;
use crate::msg;
use crate::plain::without_backticks;
use crate::report::{Report, Verdict};
use crate::rules::Source;
use crate::store::{Finding, Severity};

pub use crate::checks::{FixBy, Fixer};

/// Where a report is read, which decides how a way of fixing a problem is named: each
/// output names only what works there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Medium {
    /// The window: its "Save a fixed copy…" and "Copy for my developer" buttons.
    Window,
    /// The command line's text report in a terminal: the `fix` command.
    Terminal,
    /// A report forwarded to someone (Markdown, the web page, the list for a
    /// developer): no button and no command of this app.
    Document,
}

impl Fixer {
    /// Who fixes it, in the window's words: "You can fix this here: Save a fixed copy …".
    pub fn text(&self) -> String {
        self.text_in(Medium::Window)
    }

    /// Who fixes it, in words that work in `medium`: the window's button, the `fix`
    /// command in a terminal, Developer Portal (or the developer) in a forwarded report.
    pub fn text_in(&self, medium: Medium) -> String {
        self.message_in(medium).text()
    }

    /// [`Fixer::text_in`] as a message.
    pub fn message_in(&self, medium: Medium) -> crate::message::Message {
        use crate::msg;
        match (self.by, self.place, medium) {
            (FixBy::App, Some(place), Medium::Window) => {
                msg!(
                    "guide-fixer-app-window-portal",
                    place = crate::message::Message::new(place)
                )
            }
            (FixBy::App, None, Medium::Window) => msg!("guide-fixer-app-window"),
            (FixBy::App, Some(place), Medium::Terminal) => {
                msg!(
                    "guide-fixer-app-terminal-portal",
                    place = crate::message::Message::new(place)
                )
            }
            (FixBy::App, None, Medium::Terminal) => msg!("guide-fixer-app-terminal"),
            (FixBy::App, Some(place), Medium::Document)
            | (FixBy::DeveloperPortal, Some(place), _) => {
                msg!(
                    "guide-fixer-portal-place",
                    place = crate::message::Message::new(place)
                )
            }
            (FixBy::DeveloperPortal, None, _) => msg!("guide-fixer-portal"),
            (FixBy::App, None, Medium::Document) | (FixBy::Developer, _, _) => {
                msg!("guide-fixer-developer")
            }
        }
    }
}

/// Who fixes a failed check, as the check declares: a version this app can repair in its
/// fixed copy (also a field of Developer Portal); a changed app ID needs the package
/// rebuilt with the published ID. `None` unless the check failed.
pub fn fixer_of_check(check: &CheckOutcome) -> Option<Fixer> {
    check.fixer()
}

/// Who fixes a store finding, as its check's registry entry declares: what the fixed
/// copy repairs (schema links, icons, unused files) this app; names, descriptions,
/// developer links, the version, icons and tab names are fields of Developer Portal;
/// everything else (schema, domains, web addresses of the app, placeholders, package
/// files, translations, agent files) needs a developer.
pub fn fixer_of_finding(finding: &Finding) -> Fixer {
    finding.fixer()
}

pub use crate::store::same_finding;

/// What a finding already in the published version adds to its message.
pub fn already_published() -> Message {
    msg!("guide-already-published")
}

/// One step of what to do next, with the page it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The step in one or two plain sentences.
    pub message: Message,
    /// Microsoft's page that says so, when there is one.
    pub source: Option<Source>,
}

impl Step {
    fn new(message: Message, source: Option<Source>) -> Self {
        Step { message, source }
    }
}

/// True when the update changes what the app can do (Microsoft tests those again), not
/// only its listing (name, descriptions, icons) and version.
pub fn changes_capabilities(report: &Report) -> bool {
    report
        .changes
        .iter()
        .any(|change| matches!(change.area, Area::Capability | Area::Agent | Area::Other))
}

/// What to do next, in the window's words: never empty.
pub fn next_steps(report: &Report) -> Vec<Step> {
    next_steps_in(report, Medium::Window)
}

/// What to do next, naming what works in `medium`: never empty.
pub fn next_steps_in(report: &Report, medium: Medium) -> Vec<Step> {
    let guide = Some(Source::PublishingDocs);
    match report.verdict {
        Verdict::NothingToSubmit => vec![Step::new(msg!("guide-step-nothing-to-submit"), None)],
        Verdict::Blocked => {
            let count = report.problem_count();
            vec![
                Step::new(
                    match medium {
                        Medium::Window => msg!("guide-step-fix-window", count = count),
                        Medium::Terminal | Medium::Document => {
                            msg!("guide-step-fix-document", count = count)
                        }
                    },
                    None,
                ),
                Step::new(
                    match medium {
                        Medium::Window => msg!("guide-step-check-again-window"),
                        Medium::Terminal | Medium::Document => {
                            msg!("guide-step-check-again-document")
                        }
                    },
                    None,
                ),
            ]
        }
        Verdict::Ready => {
            let mut steps = vec![
                Step::new(msg!("guide-step-open-offer"), guide),
                Step::new(msg!("guide-step-upload"), guide),
            ];
            if changes_capabilities(report) {
                steps.push(Step::new(msg!("guide-step-tested-again"), guide));
            } else {
                steps.push(Step::new(msg!("guide-step-listing-only"), guide));
            }
            if report.users_asked() {
                steps.push(Step::new(msg!("guide-step-users-approve"), guide));
            }
            if report.admin_asked() {
                steps.push(Step::new(
                    msg!("guide-step-admin-approves"),
                    Some(Source::OfficeAddinDocs),
                ));
            }
            let agent = agent_admin_approves(report);
            if !report.consent_required {
                steps.push(Step::new(
                    if agent {
                        msg!("guide-step-users-not-asked")
                    } else {
                        msg!("guide-step-users-automatic")
                    },
                    guide,
                ));
            }
            if agent {
                steps.push(Step::new(agent_admin_approval(), None));
            }
            steps.push(Step::new(
                msg!("guide-step-organization-only"),
                Some(Source::AdminDocs),
            ));
            steps
        }
    }
}

/// True when the report carries the agent note that an admin approves each agent update.
pub fn agent_admin_approves(report: &Report) -> bool {
    report
        .agent_notes
        .iter()
        .any(|note| note.id == "agent-admin-approval")
}

/// A Copilot agent's update, where an organization deploys the app through its admin
/// center: an admin approves each update first (the agent note `agent-admin-approval`).
pub fn agent_admin_approval() -> Message {
    msg!("guide-agent-admin-approves")
}

/// A draft of the notes for Microsoft's reviewers: the versions, what changed (what the
/// app can do first) and why users will be asked to approve it again.
pub fn certification_notes(report: &Report) -> String {
    let app = report
        .new
        .app_name
        .clone()
        .unwrap_or_else(|| msg!("guide-notes-the-app").text());
    let mut notes = msg!(
        "guide-notes-versions",
        app = app,
        old = report.old.version.as_str(),
        new = report.new.version.as_str()
    )
    .text();
    notes.push('\n');
    // Pasted into Partner Center for Microsoft's reviewers: whole values, never cut.
    let sentence = |change| crate::describe::whole_sentence(change, &report.entry_names);
    let capabilities: Vec<String> = report
        .changes
        .iter()
        .filter(|c| matches!(c.area, Area::Capability | Area::Other))
        .map(sentence)
        .collect();
    let agent: Vec<String> = report
        .changes
        .iter()
        .filter(|c| c.area == Area::Agent)
        .map(sentence)
        .collect();
    let listing: Vec<String> = report
        .changes
        .iter()
        .filter(|c| matches!(c.area, Area::Listing | Area::PackageFile))
        .map(sentence)
        .collect();
    for (title, lines) in [
        (msg!("guide-notes-capabilities"), capabilities),
        (msg!("guide-notes-agent"), agent),
        (msg!("guide-notes-listing"), listing),
    ] {
        if lines.is_empty() {
            continue;
        }
        notes.push_str(&format!(
            "\n{}\n",
            msg!("guide-notes-heading", title = title).text()
        ));
        for line in lines {
            notes.push_str(&format!("- {line}\n"));
        }
    }
    // `to_string` whether a rule's title is a text or a message.
    let asking = |who: crate::rules::Who| -> Vec<String> {
        report
            .triggered_rules()
            .filter(|rule| rule.who.contains(&who))
            .map(|rule| rule.title.to_string())
            .collect()
    };
    let users = asking(crate::rules::Who::Users);
    if !users.is_empty() {
        let line = msg!("guide-notes-users-asked", rules = users.join("; "));
        notes.push_str(&format!("\n{}\n", line.text()));
    }
    let admin = asking(crate::rules::Who::Admin);
    if !admin.is_empty() {
        let line = msg!("guide-notes-admin-asked", rules = admin.join("; "));
        notes.push_str(&format!("\n{}\n", line.text()));
    }
    notes
}

/// A note for the app's users and their IT admins, when the update makes Teams ask them to
/// approve the app again, with the sources of what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleaseNote {
    /// The note, ready to paste into an email or a release page.
    pub text: String,
    /// The pages its statements come from.
    pub sources: Vec<Source>,
}

/// The release note, or `None` when no consent rule fires (users need not be told anything).
/// It says who is asked: every user (rules 1–11), the admin who deployed the Office add-in
/// (rules 12–13, and 11 with an add-in), or both, never "everyone" for the add-in's rules.
pub fn release_note(report: &Report) -> Option<ReleaseNote> {
    if !report.consent_required {
        return None;
    }
    let app = report
        .new
        .app_name
        .clone()
        .unwrap_or_else(|| msg!("guide-release-our-app").text());
    let version = report.new.version.as_str();
    let (users, admin) = (report.users_asked(), report.admin_asked());
    let (opening, heading) = if users {
        (
            msg!(
                "guide-release-users-opening",
                app = app.as_str(),
                version = version
            ),
            msg!("guide-release-users-heading"),
        )
    } else {
        (
            msg!(
                "guide-release-admin-opening",
                app = app.as_str(),
                version = version
            ),
            msg!("guide-release-admin-heading"),
        )
    };
    let mut text = format!("{}\n\n{}\n", opening.text(), heading.text());
    let mut admins = false;
    let mut owners = false;
    for rule in report.triggered_rules() {
        for evidence in &rule.evidence {
            // `to_string` whether the evidence is a text or a message.
            text.push_str(&format!(
                "- {}\n",
                without_backticks(&evidence.text.to_string())
            ));
        }
        match rule.rule {
            "channel-tab-added" => owners = true,
            "web-application-info-changed" | "rsc-permissions-changed" => admins = true,
            _ => {}
        }
    }
    let mut sources = Vec::new();
    if users {
        text.push('\n');
        text.push_str(&msg!("guide-release-users-asked").text());
        if owners {
            text.push(' ');
            text.push_str(&msg!("guide-release-team-owner").text());
        }
        sources.push(Source::PublishingDocs);
        if admins {
            text.push_str("\n\n");
            text.push_str(&msg!("guide-release-for-admins", app = app.as_str()).text());
            sources.push(Source::AdminDocs);
        }
    }
    if admin {
        if users {
            text.push_str("\n\n");
            text.push_str(&msg!("guide-release-addin-admins").text());
        } else {
            text.push('\n');
            text.push_str(&msg!("guide-release-admin-asked").text());
        }
        sources.push(Source::OfficeAddinDocs);
    }
    text.push('\n');
    Some(ReleaseNote { text, sources })
}

/// The problems to hand to a developer: each with where it is (file, line, column, place),
/// who can fix it and Microsoft's rule. `None` when there is no problem.
pub fn developer_handoff(report: &Report) -> Option<String> {
    if report.problem_count() == 0 {
        return None;
    }
    let app = report
        .new
        .app_name
        .clone()
        .unwrap_or_else(|| msg!("guide-handoff-the-app").text());
    let mut text = msg!(
        "guide-handoff-intro",
        count = report.problem_count(),
        file = report.new.file_name.as_str(),
        app = app,
        version = report.new.version.as_str()
    )
    .text();
    text.push('\n');
    // One problem: its number, what is wrong, then where, who and the rule, indented.
    let item = |number: usize, what: String, place: String, who: String, rule: String| {
        format!(
            "\n{number}. {what}\n   {}\n   {}\n   {}\n",
            msg!("guide-handoff-where", place = place).text(),
            msg!("guide-handoff-who", who = who).text(),
            msg!("guide-handoff-rule", rule = rule).text()
        )
    };
    let mut number = 0;
    for check in report.failed_checks() {
        number += 1;
        let field = if check.check == CheckId::AppIdUnchanged {
            "id"
        } else {
            "version"
        };
        text.push_str(&item(
            number,
            msg!(
                "guide-handoff-check",
                title = check.check.title(),
                message = check.message.clone()
            )
            .text(),
            msg!("guide-handoff-manifest-field", field = field).text(),
            fixer_of_check(check).map_or_else(String::new, |f| f.text_in(Medium::Document)),
            Source::PublishingDocs.url().to_string(),
        ));
    }
    for (index, finding) in report.store.iter().enumerate() {
        if finding.severity != Severity::Error {
            continue;
        }
        number += 1;
        let mut place = match (finding.line, finding.column) {
            (Some(line), Some(column)) => msg!(
                "guide-handoff-file-line",
                file = finding.file.as_str(),
                line = line,
                column = column
            )
            .text(),
            _ => finding.file.clone(),
        };
        if !finding.pointer.is_empty() {
            place.push_str(&format!(" ({})", finding.pointer));
        }
        text.push_str(&item(
            number,
            // `to_string` whether the finding says a text or a message.
            without_backticks(&finding.message.to_string()),
            place,
            fixer_of_finding(finding).text_in(Medium::Document),
            finding.source.to_string(),
        ));
        if report
            .already_published
            .get(index)
            .copied()
            .unwrap_or(false)
        {
            let note = msg!("guide-handoff-note", note = already_published());
            text.push_str(&format!("   {}\n", note.text()));
        }
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    use crate::store::test_support::valid_input as input;

    #[test]
    fn who_fixes_the_store_rules_of_2026() {
        let old = input("old.json", json!({}));
        let new = input(
            "new.json",
            json!({"name": {"short": "Help Desk", "full": "Contoso help desk"},
                   "bots": [{"botId": "0b5c3d6e-1234-4abc-9def-00112233aabb", "scopes": ["personal"],
                             "commandLists": [{"scopes": ["personal"], "commands": [
                                 {"title": "/help", "description": "Help"}]}]}]}),
        );
        let report = crate::check(&old, &new);
        let fixers: Vec<(&str, Fixer)> = report
            .store_errors()
            .map(|f| (f.check.id(), fixer_of_finding(f)))
            .collect();
        assert!(
            fixers.contains(&(
                "app-name-core-feature",
                Fixer::portal("portal-basic-app-names")
            )),
            "{fixers:?}"
        );
        assert!(
            fixers.contains(&("bot-command-slash", Fixer::portal("portal-features-bot"))),
            "{fixers:?}"
        );
    }

    #[test]
    fn who_fixes_what() {
        let old = input("old.json", json!({}));
        let new = input(
            "new.json",
            json!({"validDomains": ["tasks.contoso.com", "*.sharepoint.com"],
                   "name": {"short": "", "full": "Contoso Tasks for groups"}}),
        );
        let report = crate::check(&old, &new);
        let fixers: Vec<(&str, FixBy)> = report
            .store_errors()
            .map(|f| (f.check.id(), fixer_of_finding(f).by))
            .collect();
        assert!(
            fixers.contains(&("valid-domains", FixBy::Developer)),
            "{fixers:?}"
        );
        assert!(
            fixers.contains(&("required-texts", FixBy::DeveloperPortal)),
            "{fixers:?}"
        );
        let version = report.failed_checks().next().unwrap();
        assert_eq!(
            fixer_of_check(version).map(|f| f.text()).as_deref(),
            Some(
                "You can fix this here: Save a fixed copy (or in Developer Portal: open your app, then Basic information › Version)"
            )
        );
        // One piece of advice, true for an app whose pages are not on SharePoint.
        let sharepoint = report
            .store_errors()
            .find(|f| f.check == "valid-domains")
            .unwrap();
        assert!(
            sharepoint
                .message
                .text()
                .contains("\"contoso.sharepoint.com\"")
        );
        assert!(!sharepoint.message.text().contains("SharePoint Framework"));
        // Not in the published version: nothing was accepted before.
        assert!(report.already_published.iter().all(|already| !already));
        let handoff = developer_handoff(&report).unwrap();
        assert!(
            handoff.contains("Who: Your developer") && handoff.contains("line "),
            "{handoff}"
        );
    }

    #[test]
    fn a_problem_the_store_accepted_before_says_so() {
        let both =
            json!({"version": "1.0.0", "validDomains": ["tasks.contoso.com", "abc.ngrok.io"]});
        let old = input("old.json", both.clone());
        let mut changed = both;
        changed["version"] = json!("1.0.1");
        let report = crate::check(&old, &input("new.json", changed));
        assert_eq!(report.already_published, [true]);
        let moved =
            json!({"version": "1.0.1", "validDomains": ["abc.ngrok.io", "tasks.contoso.com"]});
        let report = crate::check(&old, &input("new.json", moved));
        assert_eq!(
            report.already_published,
            [false],
            "another place is another finding"
        );
    }

    #[test]
    fn next_steps_follow_the_verdict_and_notes_say_what_changed() {
        let old = input("old.json", json!({}));
        let listing = crate::check(
            &old,
            &input(
                "new.json",
                json!({"version": "1.0.1", "accentColor": "#112233"}),
            ),
        );
        let steps: Vec<String> = next_steps(&listing)
            .into_iter()
            .map(|s| s.message.text())
            .collect();
        assert!(steps[0].contains("from the app's tile on the Overview tab"));
        assert!(
            steps
                .iter()
                .any(|s| s.contains("changes only the app's listing"))
        );
        assert!(
            steps
                .iter()
                .any(|s| s.contains("get the update automatically"))
        );
        assert_eq!(release_note(&listing), None);
        let tab = json!({"version": "1.1.0", "configurableTabs": [{"configurationUrl": "https://tasks.contoso.com/config", "scopes": ["team"]}],
                         "webApplicationInfo": {"id": "1a2b3c4d-0000-4000-8000-000000000001", "resource": "api://tasks.contoso.com/x"}});
        let consent = crate::check(&old, &input("new.json", tab));
        let note = release_note(&consent).unwrap();
        assert!(
            note.text
                .contains("Teams will ask you to approve Contoso Tasks again")
        );
        assert!(note.text.contains("team owner"), "{}", note.text);
        assert!(
            note.text
                .contains("Manage apps › Contoso Tasks › Permissions")
        );
        assert_eq!(note.sources, [Source::PublishingDocs, Source::AdminDocs]);
        assert!(certification_notes(&consent).contains("What the app can do:"));
        let same = crate::check(&old, &old);
        assert_eq!(next_steps(&same).len(), 1);
    }
}
