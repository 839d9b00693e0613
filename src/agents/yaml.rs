//! OpenAPI documents written in YAML, read into the same JSON values as the JSON
//! ones, with the line and column of any value a finding points at.
//!
//! YAML 1.2's core schema decides what a plain (unquoted) value is: `null`, `~`
//! and nothing are null, `true`/`false` are booleans, numbers are numbers, and
//! everything else, and every quoted or block value, is text. Anchors and aliases
//! are followed (with a bound on the nodes they may copy, so a "billion laughs"
//! file cannot exhaust memory); keys that are not texts are written as text.
//! One rule of `agents.md` §1: an unquoted value written `{{X}}` (which YAML would
//! read as a nested mapping) is the text `{{X}}`.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, Span};
use serde_json::{Map, Number, Value};

use crate::json::{JsonError, Position, escape_pointer_segment};

/// Most values a document may hold, aliases copied out included.
const MAX_NODES: usize = 1_000_000;

/// Reads a YAML document (its first document, when it holds several).
pub fn parse(text: &str) -> Result<Value, JsonError> {
    read(text, None).map(|(value, _)| value)
}

/// Where each of `pointers` is in a YAML `text` (as [`crate::json::locate`] does for
/// JSON); pointers that name nothing are left out.
pub fn locate<'p>(
    text: &str,
    pointers: impl IntoIterator<Item = &'p str>,
) -> HashMap<String, Position> {
    let wanted: std::collections::HashSet<&str> = pointers.into_iter().collect();
    let mut found = HashMap::new();
    let _ = read(
        text,
        Some(&mut |pointer, position| {
            if wanted.contains(pointer) {
                found.entry(pointer.to_string()).or_insert(position);
            }
        }),
    );
    found
}

/// A collection being read.
enum Open {
    /// A mapping, and the key read when its value is awaited.
    Mapping(Map<String, Value>, Option<String>, usize),
    /// A sequence.
    Sequence(Vec<Value>, usize),
}

/// What is told where each value is: its pointer and position.
type Seen<'s> = dyn FnMut(&str, Position) + 's;

/// Reads the first document; `seen`, when given, is told the pointer and position of
/// every value (pointers are only written out for it).
fn read(text: &str, mut seen: Option<&mut Seen<'_>>) -> Result<(Value, usize), JsonError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let prepared = quote_braced_values(text);
    let mut parser = Parser::new_from_str(&prepared);
    let mut stack: Vec<Open> = Vec::new();
    let mut anchors: HashMap<usize, Value> = HashMap::new();
    let mut path: Vec<String> = Vec::new();
    let mut nodes = 0usize;
    let mut root: Option<Value> = None;
    while let Some(next) = parser.next_event() {
        let (event, span) = next.map_err(|error| JsonError {
            line: error.marker().line(),
            column: error.marker().col() + 1,
            message: crate::msg!("input-yaml-invalid", detail = error.info()),
        })?;
        let value = match event {
            Event::StreamEnd | Event::DocumentEnd => break,
            Event::MappingStart(anchor, _) => {
                announce(&stack, &mut path, span, &mut seen);
                stack.push(Open::Mapping(Map::new(), None, anchor));
                continue;
            }
            Event::SequenceStart(anchor, _) => {
                announce(&stack, &mut path, span, &mut seen);
                stack.push(Open::Sequence(Vec::new(), anchor));
                continue;
            }
            Event::MappingEnd | Event::SequenceEnd => {
                let (value, anchor) = match stack.pop() {
                    Some(Open::Mapping(map, _, anchor)) => (Value::Object(map), anchor),
                    Some(Open::Sequence(items, anchor)) => (Value::Array(items), anchor),
                    None => continue,
                };
                if anchor > 0 {
                    anchors.insert(anchor, value.clone());
                }
                path.pop();
                value
            }
            Event::Scalar(text, style, anchor, tag) => {
                let is_key = matches!(stack.last(), Some(Open::Mapping(_, None, _)));
                let plain = style == ScalarStyle::Plain && tag.is_none();
                let value = if is_key {
                    Value::String(text.into_owned())
                } else {
                    announce(&stack, &mut path, span, &mut seen);
                    path.pop();
                    if plain {
                        resolve_plain(&text)
                    } else {
                        Value::String(text.into_owned())
                    }
                };
                if anchor > 0 {
                    anchors.insert(anchor, value.clone());
                }
                value
            }
            Event::Alias(anchor) => {
                let value = anchors.get(&anchor).cloned().unwrap_or(Value::Null);
                nodes = nodes.saturating_add(count_nodes(&value));
                if !matches!(stack.last(), Some(Open::Mapping(_, None, _))) {
                    announce(&stack, &mut path, span, &mut seen);
                    path.pop();
                }
                value
            }
            _ => continue,
        };
        nodes += 1;
        if nodes > MAX_NODES {
            return Err(JsonError {
                line: span.start.line(),
                column: span.start.col() + 1,
                message: crate::msg!("input-yaml-too-many-values"),
            });
        }
        match stack.last_mut() {
            Some(Open::Mapping(_, key @ None, _)) => *key = Some(key_text(value)),
            Some(Open::Mapping(map, key @ Some(_), _)) => {
                if let Some(key) = key.take() {
                    map.insert(key, value);
                }
            }
            Some(Open::Sequence(items, _)) => items.push(value),
            None => {
                root = Some(value);
                break;
            }
        }
    }
    Ok((root.unwrap_or(Value::Null), nodes))
}

/// Tells `seen` where the value starting at `span` is, and steps the path into it.
fn announce(stack: &[Open], path: &mut Vec<String>, span: Span, seen: &mut Option<&mut Seen<'_>>) {
    let Some(seen) = seen else {
        path.push(String::new()); // kept in step with the pops; nothing is written out
        return;
    };
    let step = match stack.last() {
        Some(Open::Mapping(_, Some(key), _)) => Some(escape_pointer_segment(key)),
        Some(Open::Sequence(items, _)) => Some(items.len().to_string()),
        _ => None,
    };
    if let Some(step) = step {
        path.push(step);
    } else if !stack.is_empty() {
        // A mapping used as a key: its insides have no pointer of their own.
        path.push("~key".to_string());
    } else {
        path.push(String::new());
    }
    let pointer: String = path
        .iter()
        .skip(1)
        .flat_map(|step| ["/", step.as_str()])
        .collect();
    seen(
        &pointer,
        Position {
            line: span.start.line(),
            column: span.start.col() + 1,
        },
    );
}

/// A key that is not a text, written as text (`1` → `"1"`; a mapping as its JSON).
fn key_text(value: Value) -> String {
    match value {
        Value::String(text) => text,
        other => other.to_string(),
    }
}

/// How many values a value holds, itself included.
fn count_nodes(value: &Value) -> usize {
    match value {
        Value::Array(items) => 1 + items.iter().map(count_nodes).sum::<usize>(),
        Value::Object(map) => 1 + map.values().map(count_nodes).sum::<usize>(),
        _ => 1,
    }
}

/// A plain value under YAML 1.2's core schema.
fn resolve_plain(text: &str) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    let digits =
        |body: &str, radix: u32| !body.is_empty() && body.chars().all(|c| c.is_digit(radix));
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    if digits(unsigned, 10)
        && let Ok(number) = text.trim_start_matches('+').parse::<Number>()
    {
        return Value::Number(number);
    }
    for (prefix, radix) in [("0x", 16), ("0o", 8)] {
        if let Some(body) = text.strip_prefix(prefix)
            && digits(body, radix)
            && let Ok(number) = u64::from_str_radix(body, radix)
        {
            return Value::from(number);
        }
    }
    let is_float = unsigned.chars().any(|c| c.is_ascii_digit())
        && unsigned
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))
        && unsigned.chars().filter(|c| *c == '.').count() <= 1;
    if is_float && let Ok(number) = text.parse::<f64>() {
        return serde_json::Number::from_f64(number).map_or(Value::Null, Value::Number);
    }
    Value::String(text.to_string())
}

/// Quotes every unquoted value written `{{X}}` (after `key:` or `- `), so YAML reads
/// the text rather than a nested mapping. The line count is kept.
fn quote_braced_values(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("{{") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let ending = line.get(body.len()..).unwrap_or_default();
        let value_at = value_start(body);
        match value_at.and_then(|at| Some((at, body.get(at..)?))) {
            Some((at, value))
                if value.starts_with("{{")
                    && value.trim_end().ends_with("}}")
                    && !value.contains('\'') =>
            {
                out.push_str(body.get(..at).unwrap_or_default());
                out.push('\'');
                out.push_str(value.trim_end());
                out.push('\'');
            }
            _ => out.push_str(body),
        }
        out.push_str(ending);
    }
    std::borrow::Cow::Owned(out)
}

/// Where the value of a `key: value` or `- value` line starts, if the line has one.
fn value_start(line: &str) -> Option<usize> {
    let indent = line.len() - line.trim_start().len();
    let rest = line.get(indent..)?;
    if let Some(after) = rest.strip_prefix("- ") {
        let skipped = after.len() - after.trim_start().len();
        let start = indent + 2 + skipped;
        // `- key: {{X}}`: the value after the key.
        return value_start(line.get(start..)?)
            .map(|inner| start + inner)
            .or(Some(start));
    }
    let colon = rest.find(": ")?;
    if rest.starts_with(['"', '\'', '{', '[', '#']) {
        return None;
    }
    let after = rest.get(colon + 2..)?;
    Some(indent + colon + 2 + (after.len() - after.trim_start().len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_follow_the_core_schema() {
        let text = "openapi: 3.0.1\nversion: 3.0\ncount: 12\nhex: 0x1F\nok: true\nnone: ~\n\
                    quoted: '12'\nlist:\n  - a\n  - \"b\"\nblock: |\n  line one\n  line two\n";
        let value = parse(text).unwrap_or_default();
        assert_eq!(
            value,
            json!({"openapi": "3.0.1", "version": 3.0, "count": 12, "hex": 31, "ok": true,
                   "none": null, "quoted": "12", "list": ["a", "b"],
                   "block": "line one\nline two\n"})
        );
    }

    #[test]
    fn braced_placeholders_are_texts() {
        let text = "servers:\n  - url: {{ENDPOINT_URL}}\nname: {{NAME}}\nlist:\n  - {{ITEM}}\n";
        let value = parse(text).unwrap_or_default();
        assert_eq!(
            value,
            json!({"servers": [{"url": "{{ENDPOINT_URL}}"}], "name": "{{NAME}}", "list": ["{{ITEM}}"]})
        );
    }

    #[test]
    fn anchors_and_aliases_are_followed() {
        let text = "a: &x\n  b: 1\nc: *x\n";
        assert_eq!(
            parse(text).unwrap_or_default(),
            json!({"a": {"b": 1}, "c": {"b": 1}})
        );
    }

    #[test]
    fn a_billion_laughs_is_refused() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for level in 1..9 {
            let previous = format!("*a{}", level - 1);
            let items = [previous.as_str(); 10].join(", ");
            text.push_str(&format!("a{level}: &a{level} [{items}]\n"));
        }
        let error = parse(&text)
            .err()
            .map(|e| e.message.text())
            .unwrap_or_default();
        assert!(error.contains("too many values"), "{error}");
    }

    #[test]
    fn broken_yaml_says_where() {
        let error = parse("a: [1, 2\nb: c\n").err();
        assert!(error.is_some_and(|e| e.line >= 1 && e.message.text().contains("not valid YAML")));
    }

    #[test]
    fn pointers_are_located() {
        let text = "openapi: 3.0.0\nservers:\n  - url: http://localhost:3000\npaths:\n  /items/{id}:\n    get:\n      operationId: getItem\n";
        let found = locate(
            text,
            [
                "/servers/0/url",
                "/paths/~1items~1{id}/get/operationId",
                "/nothing",
            ],
        );
        assert_eq!(
            found.get("/servers/0/url"),
            Some(&Position {
                line: 3,
                column: 10
            })
        );
        assert_eq!(
            found.get("/paths/~1items~1{id}/get/operationId"),
            Some(&Position {
                line: 7,
                column: 20
            })
        );
        assert_eq!(found.len(), 2);
    }
}
