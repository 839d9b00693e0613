//! The consent rules: which changes make Teams ask every existing user to approve the app
//! again (rules 1–11), and which make the admin who deployed the app's Office add-in
//! approve it again (rules 12–13). Each outcome says who is asked ([`Who`]).
//!
//! Each rule lives in its own module, documenting what it checks, why, and an
//! example, next to its code and tests. All rules are always reported, in the
//! order of [`RULES`]: a publisher sees what was checked, not only what fired.

mod addin_events_changed;
mod addin_office_apps_changed;
mod bot_added_or_removed;
mod bot_calling_or_video_changed;
mod bot_id_changed;
mod bot_notification_only_changed;
mod bot_pairing;
mod bot_supports_files_changed;
mod channel_tab_added;
mod connector_added;
mod message_extension_added_or_removed;
mod personal_tab_added;
mod rsc_permissions_changed;
mod web_application_info_changed;

pub use bot_pairing::BotPairing;

use crate::manifest::Manifest;
use crate::message::Message;
use crate::msg;

/// Which Microsoft document a rule comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Source {
    /// Microsoft's guide to updating a published Teams app.
    #[serde(rename = "publishing-docs")]
    PublishingDocs,
    /// Microsoft's Teams admin documentation on app permissions and consent.
    #[serde(rename = "admin-docs")]
    AdminDocs,
    /// Microsoft's guide to maintaining an Office add-in (changes that need the admin's consent).
    #[serde(rename = "office-addin-docs")]
    OfficeAddinDocs,
}

impl Source {
    /// The stable identifier used in reports (`publishing-docs`, `admin-docs`).
    pub fn id(self) -> &'static str {
        match self {
            Source::PublishingDocs => "publishing-docs",
            Source::AdminDocs => "admin-docs",
            Source::OfficeAddinDocs => "office-addin-docs",
        }
    }

    /// The document's name as a person would say it.
    pub fn title(self) -> Message {
        match self {
            Source::PublishingDocs => msg!("rule-source-publishing-docs"),
            Source::AdminDocs => msg!("rule-source-admin-docs"),
            Source::OfficeAddinDocs => msg!("rule-source-office-addin-docs"),
        }
    }

    /// Where to read the document.
    pub fn url(self) -> &'static str {
        match self {
            Source::PublishingDocs => {
                "https://learn.microsoft.com/en-us/microsoftteams/platform/concepts/deploy-and-publish/appsource/post-publish/overview"
            }
            Source::AdminDocs => "https://learn.microsoft.com/en-us/microsoftteams/app-permissions",
            Source::OfficeAddinDocs => {
                "https://learn.microsoft.com/office/dev/add-ins/publish/maintain-breaking-changes"
            }
        }
    }
}

/// Who is asked to approve the app again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Who {
    /// Every existing user of the app (rules 1–11).
    Users,
    /// The admin who deployed the app's Office add-in to the organization (rules 12–13, and
    /// rule 11 when the new version has an add-in).
    Admin,
}

impl Who {
    /// The identifier used in JSON (`users`, `admin`).
    pub fn id(self) -> &'static str {
        match self {
            Who::Users => "users",
            Who::Admin => "admin",
        }
    }
}

/// Who a rule asks, as its source says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asks {
    /// Every existing user.
    Users,
    /// The admin who deployed the add-in.
    Admin,
    /// Every existing user, and the admin too when the new version has an Office add-in
    /// (rule 11: the add-in guide's first item, "changes to requested permissions").
    UsersAndAddinAdmin,
}

/// Both manifests plus what is worked out once for several rules.
pub struct Comparison<'a> {
    /// The published manifest.
    pub old: &'a Manifest,
    /// The manifest to submit.
    pub new: &'a Manifest,
    /// How the bots of the two manifests correspond.
    pub bots: BotPairing,
}

impl<'a> Comparison<'a> {
    /// Prepares the comparison of two manifests.
    pub fn new(old: &'a Manifest, new: &'a Manifest) -> Self {
        Comparison {
            old,
            new,
            bots: BotPairing::new(&old.bots, &new.bots),
        }
    }
}

/// A consent rule: its identity, its plain-language texts and its check.
pub struct Rule {
    /// Stable identifier, such as `bot-added-or-removed`.
    pub id: &'static str,
    /// The document the rule comes from.
    pub source: Source,
    /// Who is asked to approve the app again when the rule is triggered.
    pub asks: Asks,
    /// The catalogue identifier of the short title for a non-technical publisher
    /// (`rule-…-title`); see [`Rule::title`].
    pub title_id: &'static str,
    /// The catalogue identifier of the one sentence on what this means and why users are
    /// asked again (`rule-…-explanation`); see [`Rule::explanation`].
    pub explanation_id: &'static str,
    /// Returns one line of evidence per offending element; empty when not triggered.
    pub check: fn(&Comparison<'_>) -> Vec<Evidence>,
}

impl Rule {
    /// The rule's short title.
    pub fn title(&self) -> Message {
        Message::new(self.title_id)
    }

    /// The rule's explanation: what this means and why users are asked again.
    pub fn explanation(&self) -> Message {
        Message::new(self.explanation_id)
    }
}

/// Every consent rule, in reporting order.
pub const RULES: [&Rule; 13] = [
    &bot_added_or_removed::RULE,
    &bot_id_changed::RULE,
    &bot_notification_only_changed::RULE,
    &bot_supports_files_changed::RULE,
    &message_extension_added_or_removed::RULE,
    &connector_added::RULE,
    &personal_tab_added::RULE,
    &channel_tab_added::RULE,
    &web_application_info_changed::RULE,
    &bot_calling_or_video_changed::RULE,
    &rsc_permissions_changed::RULE,
    &addin_office_apps_changed::RULE,
    &addin_events_changed::RULE,
];

/// One element that triggers a rule, said twice: in plain words for the publisher, and
/// with the manifest's field names and IDs for a developer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// Plain words, with names rather than IDs: `The personal tab "Reports" was added`.
    pub text: Message,
    /// For a developer: fields and IDs, names between backticks:
    /// "Personal tab `reports` was added".
    pub developer: Message,
}

impl Evidence {
    /// Evidence from its plain message and its developer message.
    pub fn new(text: Message, developer: Message) -> Self {
        Evidence { text, developer }
    }
}

/// The result of one rule for one pair of manifests. In JSON, `evidence` lists the plain
/// texts and `evidence_details` the developer texts, in the same order;
/// `evidence_messages` and `evidence_details_messages` give each one's `message_id` and
/// `args`, and `title_message_id` and `explanation_message_id` the other two texts' ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleOutcome {
    /// The rule's identifier.
    pub rule: &'static str,
    /// The document the rule comes from.
    pub source: Source,
    /// Who is asked when the rule is triggered, users before the admin: `[Users]`,
    /// `[Users, Admin]` or `[Admin]`.
    pub who: Vec<Who>,
    /// The rule's title.
    pub title: Message,
    /// True when this change will make users approve the app again.
    pub triggered: bool,
    /// What exactly changed, one entry per element; empty when not triggered.
    pub evidence: Vec<Evidence>,
    /// One plain sentence on what this means.
    pub explanation: Message,
}

impl serde::Serialize for RuleOutcome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        /// A message's `message_id` and `args`, for the lists of evidence.
        fn id_and_args(message: &Message) -> serde_json::Value {
            serde_json::json!({"message_id": message.id, "args": message.args_json()})
        }
        let mut out = serializer.serialize_struct("RuleOutcome", 12)?;
        out.serialize_field("rule", self.rule)?;
        out.serialize_field("source", &self.source)?;
        out.serialize_field("who", &self.who)?;
        out.serialize_field("title", &self.title.text())?;
        out.serialize_field("title_message_id", self.title.id)?;
        out.serialize_field("triggered", &self.triggered)?;
        let texts: Vec<String> = self.evidence.iter().map(|e| e.text.text()).collect();
        out.serialize_field("evidence", &texts)?;
        let ids: Vec<serde_json::Value> =
            self.evidence.iter().map(|e| id_and_args(&e.text)).collect();
        out.serialize_field("evidence_messages", &ids)?;
        let details: Vec<String> = self.evidence.iter().map(|e| e.developer.text()).collect();
        out.serialize_field("evidence_details", &details)?;
        let ids: Vec<serde_json::Value> = self
            .evidence
            .iter()
            .map(|e| id_and_args(&e.developer))
            .collect();
        out.serialize_field("evidence_details_messages", &ids)?;
        out.serialize_field("explanation", &self.explanation.text())?;
        out.serialize_field("explanation_message_id", self.explanation.id)?;
        out.end()
    }
}

/// Runs every rule on two manifests, in [`RULES`] order.
pub fn evaluate(old: &Manifest, new: &Manifest) -> Vec<RuleOutcome> {
    let comparison = Comparison::new(old, new);
    let new_has_addin = crate::addin::has_addin(&new.document);
    RULES
        .iter()
        .map(|rule| {
            let evidence = (rule.check)(&comparison);
            let who = match rule.asks {
                Asks::Users => vec![Who::Users],
                Asks::Admin => vec![Who::Admin],
                Asks::UsersAndAddinAdmin if new_has_addin => vec![Who::Users, Who::Admin],
                Asks::UsersAndAddinAdmin => vec![Who::Users],
            };
            RuleOutcome {
                rule: rule.id,
                source: rule.source,
                who,
                title: rule.title(),
                triggered: !evidence.is_empty(),
                evidence,
                explanation: rule.explanation(),
            }
        })
        .collect()
}

/// Who approves an update (`consent_by`): `users` when any triggered rule asks every user,
/// then `admin` when any asks the admin; empty when no rule is triggered.
pub fn consent_by(outcomes: &[RuleOutcome]) -> Vec<Who> {
    let asked: std::collections::BTreeSet<Who> = outcomes
        .iter()
        .filter(|outcome| outcome.triggered)
        .flat_map(|outcome| outcome.who.iter().copied())
        .collect();
    asked.into_iter().collect()
}

/// "on" or "off", for flags in evidence lines (the messages choose their words by it).
fn on_off(flag: bool) -> &'static str {
    if flag { "on" } else { "off" }
}

/// Evidence for corresponding bots whose `flag` differs: "The bot's file sharing was
/// turned on (it was off)", for a developer "Bot `x`: file sharing (supportsFiles) turned
/// on (was off)". `label` is the setting in words, `field` its manifest name.
pub(crate) fn bot_flag_changes(
    c: &Comparison<'_>,
    label: Message,
    field: &str,
    flag: fn(&crate::manifest::Bot) -> bool,
) -> Vec<Evidence> {
    c.bots
        .corresponding()
        .filter_map(|(i, j)| Some((c.old.bots.get(i)?, c.new.bots.get(j)?)))
        .filter(|(old, new)| flag(old) != flag(new))
        .map(|(old, new)| {
            let (now, was) = (on_off(flag(new)), on_off(flag(old)));
            Evidence::new(
                msg!(
                    "rule-bot-setting-turned",
                    setting = label.clone(),
                    now = now,
                    was = was
                ),
                msg!(
                    "rule-bot-setting-turned-developer",
                    bot = new.bot_id.as_str(),
                    setting = label.clone(),
                    field = field,
                    now = now,
                    was = was
                ),
            )
        })
        .collect()
}

/// The `name` of the entry of the list `list` whose `key` is `id`, in a manifest document.
pub(crate) fn entry_name<'d>(
    document: &'d serde_json::Value,
    list: &str,
    key: &str,
    id: &str,
) -> Option<&'d str> {
    document
        .get(list)?
        .as_array()?
        .iter()
        .find(|entry| entry.get(key).and_then(serde_json::Value::as_str) == Some(id))?
        .get("name")?
        .as_str()
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;
    use serde_json::Value;

    /// Builds a manifest from JSON, filling in `id` and `version` when absent.
    pub fn manifest(mut value: Value) -> Manifest {
        if let Some(map) = value.as_object_mut() {
            map.entry("id")
                .or_insert_with(|| "0b5c3d6e-1234-4abc-9def-00112233aabb".into());
            map.entry("version").or_insert_with(|| "1.0.0".into());
        }
        Manifest::from_value(value).expect("test manifest is valid")
    }

    /// The evidence one rule gives for two manifests, as the developer texts.
    pub fn evidence(rule: &Rule, old: Value, new: Value) -> Vec<String> {
        evidence_both(rule, old, new)
            .into_iter()
            .map(|e| e.developer.text())
            .collect()
    }

    /// The evidence one rule gives for two manifests, as the plain texts.
    pub fn plain_evidence(rule: &Rule, old: Value, new: Value) -> Vec<String> {
        evidence_both(rule, old, new)
            .into_iter()
            .map(|e| e.text.text())
            .collect()
    }

    fn evidence_both(rule: &Rule, old: Value, new: Value) -> Vec<Evidence> {
        let (old, new) = (manifest(old), manifest(new));
        (rule.check)(&Comparison::new(&old, &new))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn all_rules_reported_in_order_with_unique_ids() {
        let m = test_support::manifest(json!({}));
        let outcomes = evaluate(&m, &m);
        let ids: Vec<_> = outcomes.iter().map(|o| o.rule).collect();
        assert_eq!(
            ids,
            [
                "bot-added-or-removed",
                "bot-id-changed",
                "bot-notification-only-changed",
                "bot-supports-files-changed",
                "message-extension-added-or-removed",
                "connector-added",
                "personal-tab-added",
                "channel-tab-added",
                "web-application-info-changed",
                "bot-calling-or-video-changed",
                "rsc-permissions-changed",
                "addin-office-apps-changed",
                "addin-events-changed",
            ]
        );
        assert!(
            outcomes
                .iter()
                .all(|o| !o.triggered && o.evidence.is_empty())
        );
        let admin: Vec<_> = outcomes
            .iter()
            .filter(|o| o.source == Source::AdminDocs)
            .map(|o| o.rule)
            .collect();
        assert_eq!(
            admin,
            ["bot-calling-or-video-changed", "rsc-permissions-changed"]
        );
        let who: Vec<&[Who]> = outcomes.iter().map(|o| o.who.as_slice()).collect();
        assert!(who[..11].iter().all(|w| *w == [Who::Users]));
        assert!(who[11..].iter().all(|w| *w == [Who::Admin]));
        assert!(consent_by(&outcomes).is_empty());
    }

    #[test]
    fn who_is_asked() {
        let rsc = json!({"authorization": {"permissions": {"resourceSpecific": [
            {"name": "MailboxItem.Read.User", "type": "Delegated"}]}}});
        let mut with_addin = rsc.clone();
        with_addin["extensions"] = json!([{"requirements": {"scopes": ["mail"]}}]);
        let old = test_support::manifest(json!({}));
        let by = |new: serde_json::Value| {
            let outcomes = evaluate(&old, &test_support::manifest(new));
            let rsc = outcomes
                .iter()
                .find(|o| o.rule == "rsc-permissions-changed")
                .map(|o| o.who.clone());
            (consent_by(&outcomes), rsc)
        };
        assert_eq!(by(rsc), (vec![Who::Users], Some(vec![Who::Users])));
        // The add-in is new too (rule 12): users for the permissions, the admin for both.
        assert_eq!(
            by(with_addin),
            (
                vec![Who::Users, Who::Admin],
                Some(vec![Who::Users, Who::Admin])
            )
        );
        assert_eq!(
            by(json!({"extensions": [{"requirements": {"scopes": ["mail"]}}]})),
            (vec![Who::Admin], Some(vec![Who::Users, Who::Admin]))
        );
        let json = serde_json::to_value(evaluate(&old, &old)).unwrap_or_default();
        assert_eq!(json[11]["who"], json!(["admin"]));
        assert_eq!(json[11]["source"], json!("office-addin-docs"));
        assert_eq!(json[0]["who"], json!(["users"]));
    }

    #[test]
    fn json_entries_carry_message_ids_beside_their_texts() {
        let old = test_support::manifest(json!({}));
        let new = test_support::manifest(json!({"staticTabs": [
            {"entityId": "reports", "name": "Reports", "scopes": ["personal"]}]}));
        let json = serde_json::to_value(evaluate(&old, &new)).unwrap_or_default();
        let tab = &json[6];
        assert_eq!(tab["rule"], "personal-tab-added");
        assert_eq!(tab["title"], "A personal tab was added");
        assert_eq!(tab["title_message_id"], "rule-personal-tab-added-title");
        assert_eq!(
            tab["explanation_message_id"],
            "rule-personal-tab-added-explanation"
        );
        assert_eq!(
            tab["evidence"],
            json!(["The personal tab \"Reports\" was added"])
        );
        assert_eq!(
            tab["evidence_messages"],
            json!([{"message_id": "rule-personal-tab-added-named", "args": {"name": "\"Reports\""}}])
        );
        assert_eq!(
            tab["evidence_details_messages"][0]["args"],
            json!({"tab": "reports"})
        );
    }
}
