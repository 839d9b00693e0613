//! `manifest-version` (error)
//!
//! **What it checks:** the manifest format (`manifestVersion`) of the version to
//! submit. At most one finding, the first that applies: it is missing, not a
//! text, or not a format Microsoft published (`1.0` … `1.17`, `1.19` … `1.30`,
//! `devPreview`; there is no 1.18); it is `devPreview`; it is older than 1.10.
//!
//! For the last two it names the format to move to ([`move_to`]): the lowest
//! published format, 1.10 or later, whose bundled schema the manifest matches with
//! `manifestVersion` and `$schema` set to it, and what decides it (the top-level
//! members a later format introduced, "`agentSkills` needs 1.28", and what the
//! format below refuses: a nested member it does not allow, one it requires). When
//! no published format matches, "at least" the lowest whose schema knows every
//! top-level member; when none knows them all, the members no published format has
//! yet. It never suggests a format that cannot hold the manifest. The search runs
//! only when this check fires, and compiles only the trimmed schemas of formats
//! whose top level knows every member of the manifest.
//!
//! **Why:** the store validates a manifest against the schema of its format, so
//! an unknown format cannot be validated at all. Preview formats are for trying
//! features in your own organization, not for the store, and the store requires
//! format 1.10 or later for new submissions and updates.
//!
//! **Example:** a devPreview manifest with `agentConnectors` and `agentSkills` →
//! "Move to manifest format 1.29, … (`agentConnectors` needs 1.27; `agentSkills`
//! needs 1.28; …)".
//!
//! Source: Teams Store validation guidelines; the bundled schemas.

use serde_json::Value;

use super::{Raw, Severity, StoreCheck, Subject, schemas::KNOWN_FORMATS, sources};
use crate::message::Message;
use crate::msg;
use crate::schemas::{SchemaKind, top_level_properties};

/// The check's identifier.
pub const ID: &str = "manifest-version";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-manifest-version-title",
    severity: Severity::Error,
    needs_package: false,
    run: |subject| check(subject).into_iter().collect(),
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// The newest manifest format this program knows (for "move to" advice).
pub const NEWEST_FORMAT: &str = "1.30";

/// At most one finding, at `/manifestVersion`.
fn check(subject: &Subject<'_>) -> Option<Raw> {
    let message = match subject.document.get("manifestVersion") {
        None => msg!("store-manifest-version-missing"),
        Some(Value::String(format)) if !KNOWN_FORMATS.contains(&format.as_str()) => msg!(
            "store-manifest-version-unknown",
            format = super::words::shorten(format, 40),
            newest = NEWEST_FORMAT,
        ),
        Some(Value::String(format)) if format == "devPreview" => msg!(
            "store-manifest-version-preview",
            advice = move_to(subject.document).advice(),
        ),
        Some(Value::String(format)) if minor(format).is_some_and(|minor| minor < 10) => msg!(
            "store-manifest-version-too-old",
            format = format.as_str(),
            advice = move_to(subject.document).advice(),
        ),
        Some(Value::String(_)) => return None,
        Some(other) => msg!(
            "store-manifest-version-not-text",
            value = crate::manifest::describe(other),
        ),
    };
    Some(Raw::new("/manifestVersion", message, sources::STORE))
}

/// The manifest format of `document` when the store refuses it (preview, unknown, or
/// older than 1.10), as the manifest writes it: such a manifest cannot be a package the
/// store holds. `None` for an accepted format, and when `manifestVersion` is not a text.
pub fn refused_format(document: &Value) -> Option<&str> {
    let format = document.get("manifestVersion")?.as_str()?;
    let refused = !KNOWN_FORMATS.contains(&format)
        || format == "devPreview"
        || minor(format).is_some_and(|minor| minor < 10);
    refused.then_some(format)
}

/// The minor number of `1.x` formats.
fn minor(format: &str) -> Option<u32> {
    format.strip_prefix("1.")?.parse().ok()
}

/// The official link of a manifest format's schema.
pub fn official_link(format: &str) -> Option<String> {
    crate::schemas::folder_of(format).map(|folder| {
        format!(
            "https://developer.microsoft.com/json-schemas/teams/{folder}/MicrosoftTeams.schema.json"
        )
    })
}

/// The published formats a manifest can move to: 1.10 and later, oldest first.
fn published_targets() -> impl Iterator<Item = &'static str> {
    KNOWN_FORMATS
        .iter()
        .copied()
        .filter(|format| minor(format).is_some_and(|minor| minor >= 10))
}

/// "`what` needs `format`": why a manifest needs a format.
fn needs(what: impl Into<crate::message::Arg>, format: &str) -> Message {
    msg!("store-manifest-version-needs", what = what, format = format)
}

/// Which published format a manifest can move to ([`move_to`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoveTo {
    /// The lowest published format (1.10 or later) whose schema the manifest matches with
    /// `manifestVersion` and `$schema` set to it, with what decides it, in words: the
    /// top-level members a format after 1.10 introduced ("`agentSkills` needs 1.28"), and
    /// what the format below it refuses (a member it does not allow, one it requires).
    Format(&'static str, Vec<Message>),
    /// No published format matches it; the lowest whose schema knows every top-level
    /// member, with the top-level members the format below it lacks.
    AtLeast(&'static str, Vec<String>),
    /// Top-level members no published format has.
    Unpublished(Vec<String>),
}

impl MoveTo {
    /// The advice in words.
    pub fn advice(&self) -> Message {
        // Up to four reasons, in parentheses after a space; nothing without one.
        let reasons = |reasons: Vec<Message>| {
            let mut listed = reasons.into_iter().take(4);
            match listed.next() {
                None => msg!("store-manifest-version-no-reasons"),
                Some(first) => {
                    let list = listed.fold(first, |list, next| {
                        msg!(
                            "store-manifest-version-reason-list",
                            list = list,
                            next = next
                        )
                    });
                    msg!("store-manifest-version-reasons", list = list)
                }
            }
        };
        match self {
            MoveTo::Format(format, members) => msg!(
                "store-manifest-version-move-to",
                format = *format,
                reasons = reasons(members.clone()),
                schema_field = "$schema",
                link = official_link(format).unwrap_or_default(),
            ),
            MoveTo::AtLeast(format, members) => msg!(
                "store-manifest-version-move-at-least",
                format = *format,
                reasons = reasons(
                    members
                        .iter()
                        .map(|member| needs(member.as_str(), format))
                        .collect()
                ),
            ),
            MoveTo::Unpublished(members) => msg!(
                "store-manifest-version-unpublished",
                count = members.len(),
                fields = members
                    .iter()
                    .map(|member| format!("`{member}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        }
    }
}

/// The format `document` can move to (rule 1 of store-checks.md): the lowest published
/// format, 1.10 or later, whose bundled schema the document matches with its
/// `manifestVersion` and `$schema` set to that format; else the lowest whose schema's
/// top level knows every top-level member; else the members no published format has.
/// Formats whose top level lacks a member of the document are not compiled (every
/// schema's root refuses unknown members).
pub fn move_to(document: &Value) -> MoveTo {
    let members: Vec<&str> = document
        .as_object()
        .map(|fields| {
            fields
                .keys()
                .map(String::as_str)
                .filter(|name| *name != "$schema")
                .collect()
        })
        .unwrap_or_default();
    let lacking = |format: &str| -> Vec<String> {
        let known = top_level_properties(format, SchemaKind::Manifest).unwrap_or_default();
        members
            .iter()
            .filter(|member| !known.contains(member))
            .map(|member| format!("`{member}`"))
            .collect()
    };
    let holding: Vec<&'static str> = published_targets()
        .filter(|format| lacking(format).is_empty())
        .collect();
    let previous = |format: &str| -> Option<&'static str> {
        let at = KNOWN_FORMATS.iter().position(|known| *known == format)?;
        KNOWN_FORMATS
            .get(at.checked_sub(1)?)
            .copied()
            .filter(|below| minor(below).is_some())
    };
    // The lowest published format whose top level holds a member, when above 1.10.
    let first_holding = |member: &str| {
        published_targets().find(|format| {
            top_level_properties(format, SchemaKind::Manifest)
                .is_some_and(|known| known.contains(&member))
        })
    };
    if let Some(format) = holding.iter().find(|format| matches(document, format)) {
        let mut needing: Vec<(&str, String)> = members
            .iter()
            .filter_map(|member| Some((first_holding(member)?, format!("`{member}`"))))
            .filter(|(first, _)| *first != "1.10")
            .collect();
        needing.sort_by_key(|(first, _)| KNOWN_FORMATS.iter().position(|known| known == first));
        let mut named: Vec<Message> = needing
            .into_iter()
            .map(|(first, member)| needs(member, first))
            .collect();
        if let Some(below) = previous(format).filter(|_| *format != "1.10") {
            named.extend(
                below_reasons(document, below)
                    .into_iter()
                    .map(|reason| needs(reason, format)),
            );
            if named.is_empty() {
                named.push(msg!("store-manifest-version-not-below", format = below));
            }
        }
        return MoveTo::Format(format, named);
    }
    match holding.first() {
        Some(format) => MoveTo::AtLeast(
            format,
            previous(format)
                .filter(|_| *format != "1.10")
                .map(lacking)
                .unwrap_or_default(),
        ),
        None => {
            let unheld = members
                .iter()
                .filter(|member| {
                    !published_targets().any(|format| {
                        top_level_properties(format, SchemaKind::Manifest)
                            .is_some_and(|known| known.contains(member))
                    })
                })
                .map(|member| (*member).to_string())
                .collect();
            MoveTo::Unpublished(unheld)
        }
    }
}

/// The document as a manifest of `format`: `manifestVersion` and `$schema` set to it.
fn as_format(document: &Value, format: &str) -> Value {
    let mut copy = document.clone();
    if let Some(fields) = copy.as_object_mut() {
        fields.insert("manifestVersion".into(), Value::from(format));
        if let Some(link) = official_link(format) {
            fields.insert("$schema".into(), Value::from(link));
        }
    }
    copy
}

/// True when the document matches `format`'s schema as a manifest of that format.
fn matches(document: &Value, format: &str) -> bool {
    let copy = as_format(document, format);
    crate::schemas::validator_for(format, SchemaKind::Manifest, &copy)
        .is_some_and(|validator| validator.is_valid(&copy))
}

/// What the schema of `format` (the format below the one advised) refuses in the document
/// as a manifest of that format, in words: the members it does not allow, below the top
/// level ("`composeExtensionType` (Message extension 1)"), and those it requires that the
/// document lacks ("`mcpToolDescription` missing in Agent connector 1 › …"). Other errors
/// are not named.
fn below_reasons(document: &Value, format: &str) -> Vec<Message> {
    use jsonschema::error::ValidationErrorKind;
    let copy = as_format(document, format);
    let Some(validator) = crate::schemas::validator_for(format, SchemaKind::Manifest, &copy) else {
        return Vec::new();
    };
    let mut named: Vec<Message> = Vec::new();
    for error in validator.iter_errors(&copy) {
        let pointer = error.instance_path().to_string();
        let reason = match error.kind() {
            ValidationErrorKind::AdditionalProperties { unexpected } if !pointer.is_empty() => {
                unexpected
                    .iter()
                    .map(|member| {
                        msg!(
                            "store-manifest-version-member-at",
                            member = member.as_str(),
                            place = super::words::pointer_in_words(&pointer),
                        )
                    })
                    .collect::<Vec<_>>()
            }
            ValidationErrorKind::Required { property } => vec![msg!(
                "store-manifest-version-lacking",
                property = property.as_str().unwrap_or_default(),
                place = super::words::pointer_in_words(&pointer),
            )],
            _ => Vec::new(),
        };
        for reason in reason {
            if !named.contains(&reason) {
                named.push(reason);
            }
        }
    }
    named
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use serde_json::json;

    fn found(format: Value) -> Vec<String> {
        let schema = match format.as_str() {
            Some(f) => format!("https://developer.microsoft.com/json-schemas/teams/v{f}/MicrosoftTeams.schema.json"),
            None => "https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json".into(),
        };
        pointers(
            &run(&valid_manifest(
                json!({"manifestVersion": format, "$schema": schema}),
            )),
            ID,
        )
    }

    #[test]
    fn known_recent_formats_pass() {
        for format in ["1.10", "1.17", "1.19", "1.30"] {
            assert!(found(json!(format)).is_empty(), "{format}");
        }
    }

    fn message(changes: Value) -> String {
        run(&valid_manifest(changes))
            .findings
            .into_iter()
            .find(|finding| finding.check == ID)
            .map(|finding| finding.message.text())
            .unwrap_or_default()
    }

    const PREVIEW: &str =
        "https://developer.microsoft.com/json-schemas/teams/vDevPreview/MicrosoftTeams.schema.json";

    #[test]
    fn a_preview_manifest_is_advised_the_lowest_format_it_matches() {
        // Nothing after 1.10: 1.10.
        let plain = message(json!({"manifestVersion": "devPreview", "$schema": PREVIEW}));
        assert!(plain.contains("Move to manifest format 1.10,"), "{plain}");
        assert!(
            plain.contains("teams/v1.10/MicrosoftTeams.schema.json"),
            "{plain}"
        );
        // A nested member of 1.17: named with where it is.
        let nested = message(json!({"manifestVersion": "devPreview", "$schema": PREVIEW,
            "composeExtensions": [{"composeExtensionType": "botBased",
                "botId": "0b5c3d6e-1234-4abc-9def-00112233aabb", "commands": []}]}));
        assert!(nested.contains("Move to manifest format 1.17,"), "{nested}");
        assert!(
            nested.contains("`composeExtensionType` (Message extension 1) needs 1.17"),
            "{nested}"
        );
        // A top-level member of 1.19.
        let agents = message(json!({"manifestVersion": "devPreview", "$schema": PREVIEW,
            "copilotAgents": {"declarativeAgents": [{"id": "a", "file": "a.json"}]}}));
        assert!(agents.contains("Move to manifest format 1.19,"), "{agents}");
        assert!(agents.contains("`copilotAgents` needs 1.19"), "{agents}");
    }

    #[test]
    fn fallbacks_at_least_and_unpublished() {
        // Matches no format (a short name too long for all), but 1.19 knows every field.
        let at_least = message(json!({"manifestVersion": "1.5", "$schema": PREVIEW,
            "name": {"short": "Contoso Tasks for Everyone Everywhere", "full": "x"},
            "copilotAgents": {"declarativeAgents": [{"id": "a", "file": "a.json"}]}}));
        assert!(at_least.contains("1.10 or later"), "{at_least}");
        assert!(at_least.contains("at least 1.19"), "{at_least}");
        assert!(
            at_least.contains("`copilotAgents` needs 1.19"),
            "{at_least}"
        );
        assert!(!at_least.contains("such as"), "{at_least}");
        // A member of no published format.
        let preview_only = message(json!({"manifestVersion": "devPreview", "$schema": PREVIEW,
            "notAFieldAnywhere": true}));
        assert!(
            preview_only.contains("no published format has yet (`notAFieldAnywhere`)"),
            "{preview_only}"
        );
        assert_eq!(
            move_to(&json!({"x": 1, "name": {}})),
            MoveTo::Unpublished(vec!["x".to_string()])
        );
    }

    #[test]
    fn unknown_old_preview_and_missing_formats_fail_once() {
        for format in [
            json!("1.18"),
            json!("1.31"),
            json!("m365DevPreview"),
            json!("devPreview"),
            json!("1.2"),
            json!("1.9"),
            json!(1.17),
        ] {
            assert_eq!(found(format.clone()), ["/manifestVersion"], "{format}");
        }
        let report = run(&valid_manifest(json!({"manifestVersion": null})));
        assert_eq!(pointers(&report, ID), ["/manifestVersion"]);
        // An unknown format is not validated against any schema.
        assert!(pointers(&report, "schema").is_empty());
        assert_eq!(report.scope.schema, None);
    }
}
