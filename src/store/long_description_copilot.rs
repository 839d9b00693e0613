//! `long-description-copilot` (error or warning, for apps with a Copilot agent)
//!
//! **What it checks:** when the app has a Copilot agent (a declarative agent, a custom
//! engine agent, or message extension commands with sample prompts), its long
//! description (`description.full`) says it works in Microsoft 365 Copilot. No
//! "Copilot" at all (any letter case) is an error; "Copilot" without "Microsoft 365
//! Copilot" is a warning: other wordings ("Copilot for Microsoft 365") may pass review.
//!
//! **Why:** the Agent Store's rules ask the long description to say that the app
//! works in Microsoft 365 Copilot; the guideline's example is "Contoso in Microsoft
//! 365 Copilot" (*Must fix*).
//!
//! **Example:** `"full": "Full description for datodo"` in an app with an agent → an
//! error at `/description/full`.
//!
//! Source: Microsoft's validation guidelines for agents.

use super::agent_store::{SOURCE, has_agent, skipped_in_manifest, text_at};
use super::{Raw, Severity, StoreCheck, Subject};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "long-description-copilot";

/// The pointer of the long description.
const POINTER: &str = "/description/full";

/// The registry entry for the errors ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-long-description-copilot-title",
    severity: Severity::Error,
    needs_package: false,
    run: |subject| check(subject, Severity::Error),
    fixed_by: super::WhoFixes::ByPlace,
    repairs: super::Repair::Never,
};

/// The registry entry for the warnings.
pub const WORDING: StoreCheck = CHECK.warnings(|subject| check(subject, Severity::Warning));

/// The finding of one severity, if any.
fn check(subject: &Subject<'_>, severity: Severity) -> Vec<Raw> {
    if !has_agent(subject.document) {
        return Vec::new();
    }
    let Some(text) = text_at(subject.document, POINTER) else {
        return Vec::new();
    };
    if skipped_in_manifest(text) {
        return Vec::new();
    }
    let lower = text
        .to_ascii_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let found = if !lower.contains("copilot") {
        (
            Severity::Error,
            msg!("store-long-description-copilot-missing"),
        )
    } else if !lower.contains("microsoft 365 copilot") {
        (
            Severity::Warning,
            msg!("store-long-description-copilot-wording"),
        )
    } else {
        return Vec::new();
    };
    if found.0 != severity {
        return Vec::new();
    }
    vec![Raw::new(POINTER, found.1, SOURCE)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{run, valid_manifest};
    use serde_json::json;

    fn found(full: &str, agent: bool) -> Vec<(String, Severity)> {
        let mut changes = json!({"description": {"short": "Tasks", "full": full}});
        if agent {
            changes["manifestVersion"] = json!("1.22");
            changes["copilotAgents"] = json!({"customEngineAgents": [{"id": "b", "type": "bot"}]});
        }
        run(&valid_manifest(changes))
            .findings
            .into_iter()
            .filter(|f| f.check == ID)
            .map(|f| (f.pointer, f.severity))
            .collect()
    }

    #[test]
    fn the_long_description_names_microsoft_365_copilot() {
        let at = |severity| vec![(POINTER.to_string(), severity)];
        assert_eq!(found("Tasks for your team.", true), at(Severity::Error));
        assert_eq!(found("Tasks in COPILOT.", true), at(Severity::Warning));
        assert_eq!(
            found("Copilot for Microsoft 365 tasks.", true),
            at(Severity::Warning)
        );
        assert_eq!(found("Tasks in Microsoft  365\nCopilot.", true), []);
        assert_eq!(found("Tasks for your team.", false), []);
        assert_eq!(found("Tasks in {{APP_PLACE}}.", true), []);
    }
}
