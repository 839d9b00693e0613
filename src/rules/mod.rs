//! The consent rules: which changes make Teams ask every existing user to approve the app again.
//!
//! Each rule lives in its own module, documenting what it checks, why, and an
//! example, next to its code and tests. All rules are always reported, in the
//! order of [`RULES`]: a publisher sees what was checked, not only what fired.

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

/// Which Microsoft document a rule comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Source {
    /// Microsoft's guide to updating a published Teams app.
    #[serde(rename = "publishing-docs")]
    PublishingDocs,
    /// Microsoft's Teams admin documentation on app permissions and consent.
    #[serde(rename = "admin-docs")]
    AdminDocs,
}

impl Source {
    /// The stable identifier used in reports (`publishing-docs`, `admin-docs`).
    pub fn id(self) -> &'static str {
        match self {
            Source::PublishingDocs => "publishing-docs",
            Source::AdminDocs => "admin-docs",
        }
    }

    /// The document's name as a person would say it.
    pub fn title(self) -> &'static str {
        match self {
            Source::PublishingDocs => "Microsoft's guide to updating a published app",
            Source::AdminDocs => "Microsoft's Teams admin documentation",
        }
    }

    /// Where to read the document.
    pub fn url(self) -> &'static str {
        match self {
            Source::PublishingDocs => {
                "https://learn.microsoft.com/en-us/microsoftteams/platform/concepts/deploy-and-publish/appsource/post-publish/overview"
            }
            Source::AdminDocs => "https://learn.microsoft.com/en-us/microsoftteams/app-permissions",
        }
    }
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
    /// Short title for a non-technical publisher.
    pub title: &'static str,
    /// One sentence on what this means and why users are asked again.
    pub explanation: &'static str,
    /// Returns one line of evidence per offending element; empty when not triggered.
    pub check: fn(&Comparison<'_>) -> Vec<String>,
}

/// Every consent rule, in reporting order.
pub const RULES: [&Rule; 11] = [
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
];

/// The result of one rule for one pair of manifests.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RuleOutcome {
    /// The rule's identifier.
    pub rule: &'static str,
    /// The document the rule comes from.
    pub source: Source,
    /// The rule's title.
    pub title: &'static str,
    /// True when this change will make users approve the app again.
    pub triggered: bool,
    /// What exactly changed, one line per element; empty when not triggered.
    pub evidence: Vec<String>,
    /// One plain sentence on what this means.
    pub explanation: &'static str,
}

/// Runs every rule on two manifests, in [`RULES`] order.
pub fn evaluate(old: &Manifest, new: &Manifest) -> Vec<RuleOutcome> {
    let comparison = Comparison::new(old, new);
    RULES
        .iter()
        .map(|rule| {
            let evidence = (rule.check)(&comparison);
            RuleOutcome {
                rule: rule.id,
                source: rule.source,
                title: rule.title,
                triggered: !evidence.is_empty(),
                evidence,
                explanation: rule.explanation,
            }
        })
        .collect()
}

/// "on" or "off", for flags in evidence lines.
fn on_off(flag: bool) -> &'static str {
    if flag { "on" } else { "off" }
}

/// Evidence lines for corresponding bots whose `flag` differs, such as
/// "Bot `x`: file sharing (supportsFiles) turned on (was off)".
pub(crate) fn bot_flag_changes(
    c: &Comparison<'_>,
    label: &str,
    flag: fn(&crate::manifest::Bot) -> bool,
) -> Vec<String> {
    c.bots
        .corresponding()
        .filter_map(|(i, j)| Some((c.old.bots.get(i)?, c.new.bots.get(j)?)))
        .filter(|(old, new)| flag(old) != flag(new))
        .map(|(old, new)| {
            format!(
                "Bot `{}`: {label} turned {} (was {})",
                new.bot_id,
                on_off(flag(new)),
                on_off(flag(old))
            )
        })
        .collect()
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

    /// The evidence one rule gives for two manifests.
    pub fn evidence(rule: &Rule, old: Value, new: Value) -> Vec<String> {
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
    }
}
