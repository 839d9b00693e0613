//! Small words of the agent's change lines: numbers, quoted texts, lists, capability
//! and sign-in names, setting keys.

use serde_json::Value;

use crate::plain::shorten;

use super::{SIDE_LENGTH, text};

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
pub(super) fn quoted(text: &str) -> String {
    format!("\"{}\"", shorten(text, SIDE_LENGTH))
}

/// A list of names in words: "a, b and c".
pub(super) fn and_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => format!("{} and {last}", head.join(", ")),
    }
}

/// A DA capability named as a person would.
pub fn capability_name(name: &str) -> String {
    match name {
        "WebSearch" => "web search",
        "GraphicArt" => "image generation",
        "CodeInterpreter" => "code interpreter",
        "OneDriveAndSharePoint" => "SharePoint and OneDrive files",
        "GraphConnectors" => "Copilot connectors",
        "TeamsMessages" => "Teams messages",
        "Email" => "email",
        "EmailActions" => "email actions",
        "People" => "people",
        "Meetings" => "meetings",
        "MeetingActions" => "meeting actions",
        "EmbeddedKnowledge" => "files in the package",
        "Dataverse" => "Dataverse",
        "ScenarioModels" => "scenario models",
        other if other.starts_with("Fabric") => "Fabric",
        other => other,
    }
    .to_string()
}

/// A sign-in type in words, with its reference id: "none", "OAuth (reference id abc…)".
pub(super) fn sign_in(auth: Option<&Value>) -> String {
    let kind = auth
        .and_then(|auth| text(auth, "/type").or_else(|| text(auth, "/Type")))
        .unwrap_or("None");
    let words = match kind {
        "None" => return "none".to_string(),
        "OAuthPluginVault" => "OAuth",
        "ApiKeyPluginVault" => "API key",
        "DynamicClientRegistration" => "OAuth with dynamic client registration",
        "AzureKeyVault" => "a key in Azure Key Vault",
        other => other,
    };
    let reference =
        auth.and_then(|auth| text(auth, "/reference_id").or_else(|| text(auth, "/referenceId")));
    match reference {
        // Whole: two reference ids often differ only after their first characters.
        Some(id) => format!("{words} (reference id {id})"),
        None => words.to_string(),
    }
}

/// A setting's key in words: `description_for_model` → "description for model".
pub(super) fn key_words(key: &str) -> String {
    match key {
        "$schema" => "schema link".to_string(),
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
            out
        }
    }
}
