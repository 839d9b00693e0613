//! Edits of a JSON text that keep everything else byte for byte: replaced values and a
//! `$schema` link inserted first.

use super::*;
use crate::msg;

/// The `$schema` link of `file` (the manifest or a localization file): a text naming
/// another format is replaced by the official link of the manifest's format, and a
/// missing one is inserted as the file's first member ([`insert_first_member`]). Nothing
/// is repaired when the format is not a published one (unknown: there is no official
/// link; `devPreview`: the store refuses the format itself, and pointing the link at it
/// moves the package away from what the store accepts) or the link is not a text.
pub(super) fn plan_schema(
    document: &Value,
    file: &str,
    schema_file: &str,
    input: &Input,
    plan: &mut Plan,
) {
    let format = input
        .manifest
        .document
        .get("manifestVersion")
        .and_then(Value::as_str);
    let link = document.get("$schema");
    let folder = format
        .filter(|_| crate::store::schema_link_repairable(link, format))
        .and_then(crate::store::schemas::folder_of);
    let Some(folder) = folder else {
        let reason = if format == Some("devPreview") {
            msg!("fix-schema-preview")
        } else if format.and_then(crate::store::schemas::folder_of).is_none() {
            msg!("fix-schema-unknown-format")
        } else {
            msg!("fix-schema-not-text")
        };
        plan.refused.push(NotFixed {
            check: "schema-url".to_string(),
            message: msg!("fix-schema-not-fixed", file = file, reason = reason).text(),
            who: msg!("fix-who-developer").text(),
        });
        return;
    };
    let official =
        format!("https://developer.microsoft.com/json-schemas/teams/{folder}/{schema_file}");
    let before = match link {
        Some(Value::String(link)) if *link == official => return,
        Some(Value::String(link)) => {
            let change = ("/$schema".to_string(), json_text(&official));
            if file == MANIFEST {
                plan.manifest.push(change);
            } else {
                plan.texts.entry(file.to_string()).or_default().push(change);
            }
            crate::store::words::shorten(link, 100)
        }
        _ => {
            plan.inserted.insert(
                file.to_string(),
                format!("\"$schema\": {}", json_text(&official)),
            );
            msg!("fix-schema-missing").text()
        }
    };
    plan.applied.push(Applied {
        kind: FixKind::SchemaLink,
        file: file.to_string(),
        what: msg!("fix-what-schema-link", field = "$schema", file = file).text(),
        before,
        after: official,
    });
}

/// Inserts `member` (`"name": value`) as the first member of the root object of a JSON
/// text, every other byte kept: on a line of its own, indented exactly as the object's
/// first member (spaces or tabs) and followed by a comma and the file's line end, when
/// that member starts a line; right after the `{` followed by `, ` when it does not (a
/// root object written on one line); alone between the braces of an empty object. `None`
/// when the text does not start with an object (after a byte-order mark and white space).
pub fn insert_first_member(text: &[u8], member: &str) -> Option<Vec<u8>> {
    let is_space = |byte: &u8| matches!(byte, b' ' | b'\t' | b'\r' | b'\n');
    let bom = if text.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let open = bom + text.get(bom..)?.iter().take_while(|b| is_space(b)).count();
    if text.get(open) != Some(&b'{') {
        return None;
    }
    let gap = text
        .get(open + 1..)?
        .iter()
        .take_while(|b| is_space(b))
        .count();
    let first = open + 1 + gap;
    let mut out = Vec::with_capacity(text.len() + member.len() + 8);
    match text.get(first) {
        None => return None,
        Some(b'}') => {
            out.extend_from_slice(text.get(..=open)?);
            out.extend_from_slice(member.as_bytes());
            out.extend_from_slice(text.get(open + 1..)?);
        }
        Some(_) => {
            let between = text.get(open + 1..first)?;
            match between.iter().rposition(|byte| *byte == b'\n') {
                Some(newline) => {
                    let indent = between.get(newline + 1..)?;
                    let crlf = newline > 0 && between.get(newline - 1) == Some(&b'\r');
                    let line_end: &[u8] = if crlf { b"\r\n" } else { b"\n" };
                    out.extend_from_slice(text.get(..first)?);
                    out.extend_from_slice(member.as_bytes());
                    out.push(b',');
                    out.extend_from_slice(line_end);
                    out.extend_from_slice(indent);
                    out.extend_from_slice(text.get(first..)?);
                }
                None => {
                    out.extend_from_slice(text.get(..=open)?);
                    out.extend_from_slice(member.as_bytes());
                    out.extend_from_slice(b", ");
                    out.extend_from_slice(text.get(open + 1..)?);
                }
            }
        }
    }
    Some(out)
}

/// A file's text with this round's replaced values and, when planned, its inserted first member.
pub(super) fn edit_text(
    text: &[u8],
    changes: &[(String, String)],
    inserted: Option<&String>,
) -> Vec<u8> {
    let replaced = replace_values(text, changes);
    match inserted {
        Some(member) => insert_first_member(&replaced, member).unwrap_or(replaced),
        None => replaced,
    }
}

/// A text as JSON (quoted and escaped).
pub(super) fn json_text(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| format!("\"{text}\""))
}

/// Replaces the values at the given pointers in a JSON text, leaving every other
/// byte as it was. Values that are not found are left alone.
pub fn replace_values(text: &[u8], changes: &[(String, String)]) -> Vec<u8> {
    let Ok(as_text) = std::str::from_utf8(text) else {
        return text.to_vec();
    };
    let spans = crate::json::spans(as_text, changes.iter().map(|(pointer, _)| pointer.as_str()));
    let mut edits: Vec<(std::ops::Range<usize>, &str)> = changes
        .iter()
        .filter_map(|(pointer, value)| Some((spans.get(pointer)?.clone(), value.as_str())))
        .collect();
    edits.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
    let mut out = text.to_vec();
    for (range, value) in edits {
        if range.end <= out.len() && range.start <= range.end {
            out.splice(range, value.bytes());
        }
    }
    out
}
