//! Strict JSON reading into the engine's own tree ([`Value`]), and the
//! comparison helpers every rule shares.
//!
//! Manifests are read as strict JSON (no comments, no trailing commas, no
//! `NaN`), after one leading UTF-8 byte-order mark is dropped. Errors carry the
//! line and column so a publisher can find the spot in their editor.

mod locate;

pub use locate::{Position, escape_pointer_segment, locate, spans};
pub use serde_json::{Map, Value};

use crate::ids::is_guid;
use crate::limits::MAX_NESTING;
use crate::message::Message;
use crate::msg;

/// Why a document is not readable JSON, with the position of the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// 1-based line of the problem.
    pub line: usize,
    /// 1-based column (in characters) of the problem.
    pub column: usize,
    /// Plain-language description of what is wrong there.
    pub message: Message,
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let message = msg!(
            "input-json-error-at",
            line = self.line,
            column = self.column,
            problem = self.message.clone()
        );
        f.write_str(&message.text())
    }
}

impl std::error::Error for JsonError {}

/// Parses manifest bytes: drops one UTF-8 BOM, requires UTF-8, strict JSON,
/// and at most [`MAX_NESTING`] levels of nesting. Duplicate keys: the last wins.
pub fn parse_strict(bytes: &[u8]) -> Result<Value, JsonError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let valid = &bytes[..err.valid_up_to()];
            let (line, column) = line_column_of_end(valid);
            return Err(JsonError {
                line,
                column,
                message: msg!("input-json-not-utf8"),
            });
        }
    };
    if let Some(offset) = too_deep_at(text.as_bytes()) {
        let (line, column) = line_column_of_end(&text.as_bytes()[..offset]);
        return Err(JsonError {
            line,
            column,
            message: msg!("input-json-too-deep", levels = MAX_NESTING),
        });
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    // Depth is bounded by `too_deep_at` above, so serde_json's own (lower) limit is not needed.
    deserializer.disable_recursion_limit();
    let value = serde::Deserialize::deserialize(&mut deserializer)
        .and_then(|value: Value| deserializer.end().map(|()| value));
    value.map_err(|err| syntax_error(text, &err))
}

/// Where serde_json stopped, as a byte offset into `text`: its column counts bytes
/// from 1 and names the byte it could not accept; column 0 means the line break
/// that ends the line before.
fn error_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(at, _)| at + 1)
    };
    let offset = if column == 0 {
        line_start.saturating_sub(1)
    } else {
        line_start + column - 1
    };
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Maps serde_json's error to the spot the user must look at and plain words
/// saying what is wrong there. Some mistakes are recognised from the character
/// where reading stopped (a comment, a non-breaking space, curly quotes); a comma
/// missing at the end of a line is reported there, not at the start of the next.
fn syntax_error(text: &str, err: &serde_json::Error) -> JsonError {
    let offset = error_offset(text, err.line(), err.column());
    let rest = text.get(offset..).unwrap_or("");
    let found = rest.chars().next();
    let before = text.get(..offset).unwrap_or("");
    // The last character before the error that is not a space or line break.
    let previous = before.trim_end_matches([' ', '\t', '\r', '\n']);
    let ends_line_before = before
        .get(previous.len()..)
        .is_some_and(|gap| gap.contains('\n'));
    let at = |offset: usize| {
        let (line, column) = line_column_of_end(text.as_bytes().get(..offset).unwrap_or(b""));
        JsonPlace { line, column }
    };
    let (place, message) = match (found, classify(err)) {
        (Some('/'), _) if rest.starts_with("//") || rest.starts_with("/*") => {
            (at(offset), msg!("input-json-comment"))
        }
        (Some('\u{a0}'), _) => (at(offset), msg!("input-json-non-breaking-space")),
        (Some('“' | '”'), _) => (at(offset), msg!("input-json-curly-double-quotes")),
        (Some('‘' | '’'), _) => (at(offset), msg!("input-json-curly-single-quotes")),
        (Some(c), _) if is_invisible(c) => (
            at(offset),
            msg!(
                "input-json-invisible-character",
                code = format!("{:04X}", u32::from(c))
            ),
        ),
        (_, Syntax::MissingComma) if ends_line_before => (
            at(previous.len()),
            msg!("input-json-missing-comma-end-of-line"),
        ),
        (_, Syntax::TrailingComma) if previous.ends_with(',') => (
            at(previous.len().saturating_sub(1)),
            msg!("input-json-last-comma"),
        ),
        // The end of the file, not the last character read.
        (_, kind @ (Syntax::UnclosedString | Syntax::EndsTooEarly)) => {
            (at(text.len()), kind.describe(err))
        }
        (_, kind) => (at(offset), kind.describe(err)),
    };
    JsonError {
        line: place.line,
        column: place.column,
        message,
    }
}

/// A 1-based line and column.
struct JsonPlace {
    line: usize,
    column: usize,
}

/// Characters that look like nothing or like a space but are not JSON white space.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
        || (c.is_whitespace() && !c.is_ascii())
}

/// The kinds of syntax error serde_json reports (its message, without the position).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Syntax {
    TrailingComma,
    KeyNotString,
    ExpectedValue,
    UnclosedString,
    EndsTooEarly,
    MissingComma,
    MissingColon,
    TrailingCharacters,
    ControlCharacter,
    InvalidEscape,
    BadHexEscape,
    UnknownWord,
    InvalidNumber,
    Other,
}

fn classify(err: &serde_json::Error) -> Syntax {
    let raw = err.to_string();
    match raw.split(" at line ").next().unwrap_or(&raw) {
        "trailing comma" => Syntax::TrailingComma,
        "key must be a string" => Syntax::KeyNotString,
        "expected value" => Syntax::ExpectedValue,
        "EOF while parsing a string" => Syntax::UnclosedString,
        "EOF while parsing an object"
        | "EOF while parsing a list"
        | "EOF while parsing a value" => Syntax::EndsTooEarly,
        "expected `,` or `}`" | "expected `,` or `]`" => Syntax::MissingComma,
        "expected `:`" => Syntax::MissingColon,
        "trailing characters" => Syntax::TrailingCharacters,
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            Syntax::ControlCharacter
        }
        "invalid escape" => Syntax::InvalidEscape,
        "unexpected end of hex escape" | "lone leading surrogate in hex escape" => {
            Syntax::BadHexEscape
        }
        "expected ident" => Syntax::UnknownWord,
        "invalid number" => Syntax::InvalidNumber,
        _ => Syntax::Other,
    }
}

impl Syntax {
    /// Plain words for the error at the spot serde_json named.
    fn describe(self, err: &serde_json::Error) -> Message {
        match self {
            Syntax::TrailingComma => msg!("input-json-trailing-comma"),
            Syntax::KeyNotString => msg!("input-json-key-not-string"),
            Syntax::ExpectedValue => msg!("input-json-expected-value"),
            Syntax::UnclosedString => msg!("input-json-unclosed-string"),
            Syntax::EndsTooEarly => msg!("input-json-ends-too-early"),
            Syntax::MissingComma => msg!("input-json-missing-comma"),
            Syntax::MissingColon => msg!("input-json-missing-colon"),
            Syntax::TrailingCharacters => msg!("input-json-trailing-characters"),
            Syntax::ControlCharacter => msg!("input-json-control-character"),
            Syntax::InvalidEscape => msg!("input-json-invalid-escape"),
            Syntax::BadHexEscape => msg!("input-json-bad-hex-escape"),
            Syntax::UnknownWord => msg!("input-json-unknown-word"),
            Syntax::InvalidNumber => msg!("input-json-invalid-number"),
            Syntax::Other => {
                let raw = err.to_string();
                msg!(
                    "input-json-other",
                    detail = raw.split(" at line ").next().unwrap_or(&raw)
                )
            }
        }
    }
}

/// Finds the byte offset where nesting first exceeds [`MAX_NESTING`], if it does.
///
/// Strings are skipped so brackets inside text do not count. For a document
/// that is valid up to some point this agrees with the parser up to there.
fn too_deep_at(bytes: &[u8]) -> Option<usize> {
    let mut depth = 0usize;
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'"' => {
                // Jump over the text to its closing quote (texts are most of a manifest).
                at += 1;
                loop {
                    // An unfinished text: not too deep; the parser reports it.
                    let found = memchr::memchr2(b'"', b'\\', bytes.get(at..)?)?;
                    at += found;
                    if bytes.get(at) == Some(&b'"') {
                        break;
                    }
                    at += 2; // a backslash and the character it escapes
                }
            }
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(at);
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        at += 1;
    }
    None
}

/// 1-based line and column of the position just after `prefix`.
fn line_column_of_end(prefix: &[u8]) -> (usize, usize) {
    let line = prefix.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = prefix
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |pos| pos + 1);
    let column = String::from_utf8_lossy(&prefix[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// Semantic equality: objects as unordered maps, arrays in order, numbers by value.
pub fn semantic_eq(a: &Value, b: &Value) -> bool {
    values_eq(a, b, false)
}

/// Like [`semantic_eq`], but two GUID-shaped strings compare case-insensitively.
pub fn semantic_eq_guid_insensitive(a: &Value, b: &Value) -> bool {
    values_eq(a, b, true)
}

fn values_eq(a: &Value, b: &Value, guid_insensitive: bool) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Number(x), Value::Number(y)) => numbers_eq(x, y),
        (Value::String(x), Value::String(y)) => {
            x == y || (guid_insensitive && is_guid(x) && is_guid(y) && x.eq_ignore_ascii_case(y))
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y.iter())
                    .all(|(p, q)| values_eq(p, q, guid_insensitive))
        }
        (Value::Object(x), Value::Object(y)) => {
            if x.len() != y.len() {
                return false;
            }
            // The usual case, the same keys in the same order: compare in step, no lookups.
            if x.keys().zip(y.keys()).all(|(a, b)| a == b) {
                return x
                    .values()
                    .zip(y.values())
                    .all(|(p, q)| values_eq(p, q, guid_insensitive));
            }
            x.iter().all(|(key, p)| {
                y.get(key)
                    .is_some_and(|q| values_eq(p, q, guid_insensitive))
            })
        }
        _ => false,
    }
}

/// Numbers compare by exact value: `1`, `1.0`, `10e-1` and `1e0` are the same
/// number, and numbers beyond the range of a 64-bit float (`1e400`) compare exactly too.
fn numbers_eq(x: &serde_json::Number, y: &serde_json::Number) -> bool {
    // Numbers are kept as written (`arbitrary_precision`), so this reads no copy.
    let (x, y) = (x.as_str(), y.as_str());
    x == y || Decimal::parse(x).is_some_and(|a| Decimal::parse(y) == Some(a))
}

/// A number in lowest terms: `digits` × 10^`power`, with no leading or trailing zero
/// digits (zero is no digits, power 0 and not negative).
#[derive(Debug, PartialEq, Eq)]
struct Decimal {
    negative: bool,
    digits: String,
    power: i128,
}

impl Decimal {
    /// Reads a JSON number as written (`-12.50e+3`); `None` when it is not one.
    fn parse(text: &str) -> Option<Decimal> {
        let (negative, rest) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (mantissa, exponent) = match rest.find(['e', 'E']) {
            Some(at) => (rest.get(..at)?, rest.get(at + 1..)?),
            None => (rest, "0"),
        };
        let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let (exponent_negative, exponent_digits) = match exponent.as_bytes().first() {
            Some(b'-') => (true, exponent.get(1..)?),
            Some(b'+') => (false, exponent.get(1..)?),
            _ => (false, exponent),
        };
        let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty()
            || exponent_digits.is_empty()
            || !all_digits(whole)
            || !all_digits(fraction)
            || !all_digits(exponent_digits)
        {
            return None;
        }
        // An exponent too long for i128 saturates: such numbers are far beyond any real use.
        let exponent = exponent_digits.bytes().fold(0i128, |acc, digit| {
            acc.saturating_mul(10)
                .saturating_add(i128::from(digit - b'0'))
        });
        let exponent = if exponent_negative {
            -exponent
        } else {
            exponent
        };
        let fraction_len = i128::try_from(fraction.len()).ok()?;
        let all = format!("{whole}{fraction}");
        let significant = all.trim_start_matches('0');
        let trimmed = significant.trim_end_matches('0');
        if trimmed.is_empty() {
            return Some(Decimal {
                negative: false,
                digits: String::new(),
                power: 0,
            });
        }
        let dropped = i128::try_from(significant.len() - trimmed.len()).ok()?;
        Some(Decimal {
            negative,
            digits: trimmed.to_string(),
            power: exponent
                .saturating_sub(fraction_len)
                .saturating_add(dropped),
        })
    }
}

/// The texts of a document that `wanted` accepts, with their pointers, in document
/// order (object keys are not texts). Pointers are only written out for the texts
/// kept, so a walk over a large document allocates almost nothing.
pub(crate) fn texts_where(document: &Value, wanted: impl Fn(&str) -> bool) -> Vec<(String, &str)> {
    /// Where the walk is: the keys and indexes from the root.
    enum Step<'v> {
        Key(&'v str),
        Index(usize),
    }
    fn pointer(path: &[Step<'_>]) -> String {
        let mut out = String::new();
        for step in path {
            out.push('/');
            match step {
                Step::Key(key) => out.push_str(&escape_pointer_segment(key)),
                Step::Index(index) => out.push_str(&index.to_string()),
            }
        }
        out
    }
    fn walk<'v>(
        value: &'v Value,
        path: &mut Vec<Step<'v>>,
        wanted: &dyn Fn(&str) -> bool,
        out: &mut Vec<(String, &'v str)>,
    ) {
        match value {
            Value::String(text) if wanted(text) => out.push((pointer(path), text)),
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    path.push(Step::Index(index));
                    walk(item, path, wanted, out);
                    path.pop();
                }
            }
            Value::Object(map) => {
                for (key, item) in map {
                    path.push(Step::Key(key));
                    walk(item, path, wanted, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(document, &mut Vec::new(), &wanted, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use serde_json::json;

    #[test]
    fn bom_is_stripped_once() {
        let value = parse_strict(b"\xEF\xBB\xBF{\"a\":1}").unwrap();
        assert_eq!(value, json!({"a": 1}));
        assert!(parse_strict(b"\xEF\xBB\xBF\xEF\xBB\xBF{}").is_err());
    }

    /// The line, column and message for a text that does not parse.
    fn error(text: &str) -> (usize, usize, String) {
        let err = parse_strict(text.as_bytes()).unwrap_err();
        (err.line, err.column, err.message.text())
    }

    #[track_caller]
    fn assert_error(text: &str, line: usize, column: usize, message_start: &str) {
        let (l, c, message) = error(text);
        assert!(message.starts_with(message_start), "{text:?}: {message}");
        assert_eq!((l, c), (line, column), "{text:?}: {message}");
    }

    #[test]
    fn a_missing_comma_is_reported_at_the_end_of_its_line() {
        let mut lines: Vec<String> = (1..=38).map(|i| format!("  \"k{i}\": {i},")).collect();
        lines.insert(0, "{".into());
        lines.push("  \"k39\": \"x\"".into()); // line 40 of the file… the comma is missing here
        lines.push("  \"k40\": 40".into());
        lines.push("}".into());
        let text = lines.join("\n");
        // Line 40 is `  "k39": "x"` (11 characters + 2 spaces): the comma belongs after it.
        assert_error(
            &text,
            40,
            13,
            "a comma `,` is missing at the end of this line",
        );
        // In a list too, and with Windows line ends.
        assert_error(
            "{\r\n  \"a\": [1\r\n    2]\r\n}",
            2,
            10,
            "a comma `,` is missing at the end of this line",
        );
        // On the same line the spot is where the next value starts.
        assert_error(
            "{\"a\": 1 \"b\": 2}",
            1,
            9,
            "a comma is missing before this",
        );
        assert_error("[1 2]", 1, 4, "a comma is missing before this");
    }

    #[test]
    fn comments_are_named() {
        for text in [
            "{\n  \"a\": 1, // note\n  \"b\": 2\n}",
            "{\n  // note\n  \"a\": 1\n}",
            "{\n  \"a\": 1,\n  /* x */ \"b\": 2\n}",
        ] {
            let (_, _, message) = error(text);
            assert!(
                message.starts_with("comments are not allowed in manifest.json"),
                "{text:?}: {message}"
            );
        }
        assert_error(
            "{\n  \"a\": 1 // note\n}",
            2,
            10,
            "comments are not allowed",
        );
        assert_error("{\n /* x */\n\"a\": 1}", 2, 2, "comments are not allowed");
    }

    #[test]
    fn invisible_characters_are_named_at_their_spot() {
        assert_error(
            "{\n  \"a\":\u{a0}1\n}",
            2,
            7,
            "an invisible non-breaking space (U+00A0)",
        );
        assert_error(
            "{\n\u{a0} \"a\": 1\n}",
            2,
            1,
            "an invisible non-breaking space (U+00A0)",
        );
        // Column in characters, not bytes: "é" is one column.
        assert_error(
            "{\"é\": 1,\u{a0}\"b\": 2}",
            1,
            9,
            "an invisible non-breaking space (U+00A0)",
        );
        assert_error(
            "{\"a\": 1,\u{200b}\"b\": 2}",
            1,
            9,
            "an invisible character (U+200B)",
        );
        // Inside a text value a non-breaking space is fine.
        assert!(parse_strict("{\"a\": \"x\u{a0}y\"}".as_bytes()).is_ok());
    }

    #[test]
    fn curly_quotes_are_named() {
        assert_error(
            "{\n  “a”: 1\n}",
            2,
            3,
            "curly quotes “ ” must be straight quotes",
        );
        assert_error(
            "{\"a\": ”x”}",
            1,
            7,
            "curly quotes “ ” must be straight quotes",
        );
        assert_error(
            "{\"a\": ‘x’}",
            1,
            7,
            "curly quotes ‘ ’ must be straight double quotes",
        );
    }

    #[test]
    fn every_other_syntax_message() {
        // A trailing comma is pointed at, not the bracket after it.
        assert_error(
            "{\n  \"a\": 1,\n}",
            2,
            9,
            "this comma is the last one before a closing bracket",
        );
        assert_error("[1,]", 1, 3, "this comma is the last one");
        assert_error("{\"a\": 1, 2}", 1, 10, "a name is not in double quotes");
        assert_error("{\"a\": 'x'}", 1, 7, "a value was expected here");
        assert_error(
            "{\"a\": \"x",
            1,
            9,
            "a text value is missing its closing double quote",
        );
        assert_error("{\"a\": [1", 1, 9, "the file ends too early");
        assert_error("{\"a\":", 1, 6, "the file ends too early");
        assert_error("{\"a\" 1}", 1, 6, "a colon `:` is missing after a name");
        assert_error("{} x", 1, 4, "there is extra text after the end");
        assert_error(
            "{\"a\": \"x\ty\"}",
            1,
            9,
            "a text value contains a raw line break or tab",
        );
        assert_error(
            "{\"a\": \"\\q\"}",
            1,
            9,
            "a backslash in a text value starts an escape",
        );
        assert_error(
            "{\"a\": \"\\ud800\"}",
            1,
            14,
            "a \\u escape in a text value is incomplete",
        );
        assert_error(
            "{\"a\": \"\\ud800\\u0041\"}",
            1,
            19,
            "a \\u escape in a text value is incomplete",
        );
        assert_error(
            "{\"a\": \"\\udc00\"}",
            1,
            13,
            "a \\u escape in a text value is incomplete",
        );
        assert_error("{\"a\": tru}", 1, 10, "a word is not understood here");
        assert_error(
            "{\"a\": 01}",
            1,
            8,
            "a number is written in a way JSON does not accept",
        );
        assert_error("{\"a\": NaN}", 1, 7, "a value was expected here");
    }

    #[test]
    fn json_error_is_an_error_that_says_where() {
        let err: Box<dyn std::error::Error> = Box::new(parse_strict(b"{\"a\" 1}").unwrap_err());
        assert_eq!(
            err.to_string(),
            "line 1, column 6: a colon `:` is missing after a name"
        );
    }

    #[test]
    fn raw_line_break_in_string_points_at_its_line() {
        let err = parse_strict(b"{\n\"a\": \"ab\ncd\"}").unwrap_err();
        assert_eq!((err.line, err.column), (2, 9));
    }

    #[test]
    fn rejects_nan_and_trailing_text() {
        assert!(parse_strict(b"{\"a\": NaN}").is_err());
        assert!(parse_strict(b"{\"a\": Infinity}").is_err());
        assert!(parse_strict(b"{} x").is_err());
    }

    #[test]
    fn invalid_utf8_reports_position() {
        let err = parse_strict(b"{\n\"a\": \"\xFF\"}").unwrap_err();
        assert_eq!((err.line, err.column), (2, 7));
        assert!(err.message.text().contains("UTF-8"));
    }

    #[test]
    fn duplicate_keys_last_wins() {
        assert_eq!(parse_strict(b"{\"a\":1,\"a\":2}").unwrap(), json!({"a": 2}));
    }

    fn nested(levels: usize) -> String {
        let mut s = String::new();
        for _ in 0..levels - 1 {
            s.push_str("{\"a\":");
        }
        s.push_str("{}");
        for _ in 0..levels - 1 {
            s.push('}');
        }
        s
    }

    #[test]
    fn nesting_limit_is_128_levels() {
        assert!(parse_strict(nested(128).as_bytes()).is_ok());
        let err = parse_strict(nested(129).as_bytes()).unwrap_err();
        assert!(err.message.text().contains("128"));
        // Brackets inside strings do not count.
        let text = format!("{{\"a\": \"{}\"}}", "[".repeat(500));
        assert!(parse_strict(text.as_bytes()).is_ok());
        // Nor after an escaped quote; a text ending in an escaped backslash ends there.
        let text = format!("{{\"a\": \"\\\"{}\"}}", "[".repeat(500));
        assert!(parse_strict(text.as_bytes()).is_ok());
        let text = format!("{{\"a\": \"x\\\\\", \"b\": {}}}", nested(128));
        let err = parse_strict(text.as_bytes()).unwrap_err();
        assert!(err.message.text().contains("128"), "{}", err.message);
        assert!(too_deep_at(b"{\"unfinished [[[").is_none());
    }

    #[test]
    fn semantic_equality() {
        assert!(semantic_eq(
            &json!({"a": 1, "b": [1, 2]}),
            &json!({"b": [1, 2.0], "a": 1.0})
        ));
        assert!(!semantic_eq(&json!([1, 2]), &json!([2, 1])));
        assert!(!semantic_eq(&json!({"a": null}), &json!({})));
        assert!(!semantic_eq(&json!("ABC"), &json!("abc")));
        let upper = json!({"id": "0B5C3D6E-1234-4ABC-9DEF-00112233AABB"});
        let lower = json!({"id": "0b5c3d6e-1234-4abc-9def-00112233aabb"});
        assert!(!semantic_eq(&upper, &lower));
        assert!(semantic_eq_guid_insensitive(&upper, &lower));
        assert!(!semantic_eq_guid_insensitive(&json!("Abc"), &json!("abc")));
    }
}
