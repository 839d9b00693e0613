//! Small words of the agent's change lines: numbers, quoted texts, lists, capability
//! and sign-in names, setting keys.

use serde_json::Value;

use crate::message::Message;
use crate::msg;
use crate::plain::shorten;

use super::lookup::{SIDE_LENGTH, text};

/// "1,204".
pub(super) fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A text in quotes, shortened for an "old → new" line.
pub(super) fn quoted(text: &str) -> Message {
    msg!("agent-quoted", text = shorten(text, SIDE_LENGTH))
}

/// A name in quotes, shortened the way names are ("Contoso Tasks").
pub(super) fn quoted_name(text: &str) -> Message {
    msg!(
        "agent-quoted",
        text = shorten(text, crate::plain::SHORT_LENGTH)
    )
}

/// A value told as it is: a name, a host, a file name.
pub(super) fn value(text: impl Into<String>) -> Message {
    msg!("agent-value", value = text.into())
}

/// A list in words: "a, b and c" (the parts are names and values, or words of their own).
pub(super) fn and_list(names: &[Message]) -> Message {
    match names {
        [] => value(""),
        [one] => one.clone(),
        [head @ .., last] => msg!(
            "agent-and",
            head = crate::message::join(head, ", "),
            last = last.clone()
        ),
    }
}

/// A list of names and values in words: "a, b and c".
pub(super) fn and_values(names: &[String]) -> Message {
    let names: Vec<Message> = names.iter().map(value).collect();
    and_list(&names)
}

/// A DA capability named as a person would.
pub fn capability_name(name: &str) -> Message {
    match name {
        "WebSearch" => msg!("agent-capability-web-search"),
        "GraphicArt" => msg!("agent-capability-graphic-art"),
        "CodeInterpreter" => msg!("agent-capability-code-interpreter"),
        "OneDriveAndSharePoint" => msg!("agent-capability-onedrive-sharepoint"),
        "GraphConnectors" => msg!("agent-capability-graph-connectors"),
        "TeamsMessages" => msg!("agent-capability-teams-messages"),
        "Email" => msg!("agent-capability-email"),
        "EmailActions" => msg!("agent-capability-email-actions"),
        "People" => msg!("agent-capability-people"),
        "Meetings" => msg!("agent-capability-meetings"),
        "MeetingActions" => msg!("agent-capability-meeting-actions"),
        "EmbeddedKnowledge" => msg!("agent-capability-embedded-knowledge"),
        "Dataverse" => msg!("agent-capability-dataverse"),
        "ScenarioModels" => msg!("agent-capability-scenario-models"),
        other if other.starts_with("Fabric") => msg!("agent-capability-fabric"),
        other => value(other),
    }
}

/// A sign-in type in words, with its reference id: "none", "OAuth (reference id abc…)".
pub(super) fn sign_in(auth: Option<&Value>) -> Message {
    let kind = auth
        .and_then(|auth| text(auth, "/type").or_else(|| text(auth, "/Type")))
        .unwrap_or("None");
    let words = match kind {
        "None" => return msg!("agent-none"),
        "OAuthPluginVault" => msg!("agent-sign-in-oauth"),
        "ApiKeyPluginVault" => msg!("agent-sign-in-api-key"),
        "DynamicClientRegistration" => msg!("agent-sign-in-dynamic-registration"),
        "AzureKeyVault" => msg!("agent-sign-in-key-vault"),
        other => value(other),
    };
    let reference =
        auth.and_then(|auth| text(auth, "/reference_id").or_else(|| text(auth, "/referenceId")));
    match reference {
        // Whole: two reference ids often differ only after their first characters.
        Some(id) => msg!("agent-sign-in-reference", kind = words, id = id),
        None => words,
    }
}

/// A setting's key in words: `description_for_model` → "description for model".
pub(super) fn key_words(key: &str) -> Message {
    match key {
        "$schema" => msg!("agent-key-schema"),
        other => {
            let mut out = String::new();
            for c in other.chars() {
                if c == '_' || c == '-' {
                    out.push(' ');
                } else if c.is_uppercase() && !out.is_empty() {
                    out.push(' ');
                    out.extend(c.to_lowercase());
                } else {
                    out.push(c);
                }
            }
            value(out)
        }
    }
}
