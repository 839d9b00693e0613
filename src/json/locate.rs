//! Where a value is in a JSON text: line and column of the values that JSON
//! pointers (RFC 6901) name, found in one pass over the text.
//!
//! The text must be valid JSON (it already loaded). A key written twice names the
//! last one, as when loading. Only the parts of the document on the way to a
//! wanted pointer are looked into; everything else is skipped.

use std::collections::{HashMap, HashSet};

/// A 1-based line and column (in characters) of a position in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

/// Finds where each of `pointers` is in `text` (after one leading BOM, which
/// editors do not count). Pointers that name nothing are left out of the answer.
pub fn locate<'p>(
    text: &str,
    pointers: impl IntoIterator<Item = &'p str>,
) -> HashMap<String, Position> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    positions(text, offsets(text, pointers))
}

/// The byte range of the value each of `pointers` names in `text` (offsets into
/// `text` itself, a leading BOM included), for editing a value in place.
pub fn spans<'p>(
    text: &str,
    pointers: impl IntoIterator<Item = &'p str>,
) -> HashMap<String, std::ops::Range<usize>> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = text.get(bom..).unwrap_or_default();
    offsets(body, pointers)
        .into_iter()
        .map(|(pointer, start)| {
            let mut scanner = Scanner {
                bytes: body.as_bytes(),
                at: start,
            };
            scanner.skip_value();
            let end = scanner.at.min(body.len());
            (pointer, bom + start..bom + end)
        })
        .collect()
}

/// The byte offset in `text` (no BOM) of the value each wanted pointer names.
fn offsets<'p>(text: &str, pointers: impl IntoIterator<Item = &'p str>) -> Vec<(String, usize)> {
    let wanted: HashSet<&str> = pointers.into_iter().collect();
    let mut on_the_way: HashSet<&str> = HashSet::new();
    for pointer in &wanted {
        let mut end = pointer.len();
        while let Some(slash) = pointer.get(..end).and_then(|head| head.rfind('/')) {
            on_the_way.insert(pointer.get(..slash).unwrap_or(""));
            end = slash;
        }
    }
    let mut found: Vec<(String, usize)> = Vec::new();
    let mut scanner = Scanner {
        bytes: text.as_bytes(),
        at: 0,
    };
    scanner.skip_space();
    let mut path = String::new();
    scanner.value(&mut path, &wanted, &on_the_way, &mut found);
    found
}

/// Turns byte offsets into lines and columns, in one pass over the text.
fn positions(text: &str, mut found: Vec<(String, usize)>) -> HashMap<String, Position> {
    found.sort_by_key(|&(_, offset)| offset);
    let mut answer = HashMap::with_capacity(found.len());
    let (mut line, mut line_start, mut scanned) = (1, 0, 0);
    for (pointer, offset) in found {
        let upto = text.as_bytes().get(scanned..offset).unwrap_or_default();
        for (i, &byte) in upto.iter().enumerate() {
            if byte == b'\n' {
                line += 1;
                line_start = scanned + i + 1;
            }
        }
        scanned = offset.max(scanned);
        let column = text
            .get(line_start..offset)
            .map_or(1, |head| head.chars().count() + 1);
        answer.insert(pointer, Position { line, column });
    }
    answer
}

/// Escapes a key for use in a JSON pointer (`~` → `~0`, `/` → `~1`).
pub fn escape_pointer_segment(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

struct Scanner<'t> {
    bytes: &'t [u8],
    at: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Reads the value at the current position; records it when its pointer is
    /// wanted, and looks inside only when a wanted pointer lies below it.
    fn value(
        &mut self,
        path: &mut String,
        wanted: &HashSet<&str>,
        on_the_way: &HashSet<&str>,
        found: &mut Vec<(String, usize)>,
    ) {
        if wanted.contains(path.as_str()) {
            found.push((path.clone(), self.at));
        }
        if !on_the_way.contains(path.as_str()) {
            self.skip_value();
            return;
        }
        match self.peek() {
            Some(b'{') => {
                self.at += 1;
                // A key written twice names its last value: record only the last one.
                let mut members: Vec<(String, usize)> = Vec::new();
                loop {
                    self.skip_space();
                    if self.peek() != Some(b'"') {
                        self.at += 1; // `}` (or the end of a broken text)
                        break;
                    }
                    let key = self.string();
                    self.skip_space();
                    self.at += 1; // `:`
                    self.skip_space();
                    members.retain(|(name, _)| *name != key);
                    members.push((key, self.at));
                    self.skip_value();
                    self.skip_space();
                    if self.peek() == Some(b',') {
                        self.at += 1;
                    }
                }
                let end = self.at;
                for (key, start) in members {
                    let length = path.len();
                    path.push('/');
                    path.push_str(&escape_pointer_segment(&key));
                    self.at = start;
                    self.value(path, wanted, on_the_way, found);
                    path.truncate(length);
                }
                self.at = end;
            }
            Some(b'[') => {
                self.at += 1;
                let mut index = 0usize;
                loop {
                    self.skip_space();
                    if matches!(self.peek(), Some(b']') | None) {
                        self.at += 1;
                        break;
                    }
                    let length = path.len();
                    path.push('/');
                    path.push_str(&index.to_string());
                    self.value(path, wanted, on_the_way, found);
                    path.truncate(length);
                    index += 1;
                    self.skip_space();
                    if self.peek() == Some(b',') {
                        self.at += 1;
                    }
                }
            }
            _ => self.skip_value(),
        }
    }

    /// Reads a string token and returns its decoded text.
    fn string(&mut self) -> String {
        let start = self.at;
        self.skip_string();
        let token = self.bytes.get(start..self.at).unwrap_or_default();
        serde_json::from_slice(token).unwrap_or_default()
    }

    fn skip_string(&mut self) {
        self.at += 1; // opening quote
        while let Some(byte) = self.peek() {
            self.at += 1;
            match byte {
                b'\\' => self.at += 1,
                b'"' => return,
                _ => {}
            }
        }
    }

    /// Skips one value of any kind (nested ones included).
    fn skip_value(&mut self) {
        match self.peek() {
            Some(b'"') => self.skip_string(),
            Some(b'{' | b'[') => {
                let mut depth = 0usize;
                while let Some(byte) = self.peek() {
                    match byte {
                        b'"' => {
                            self.skip_string();
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                self.at += 1;
                                return;
                            }
                        }
                        _ => {}
                    }
                    self.at += 1;
                }
            }
            _ => {
                while let Some(byte) = self.peek() {
                    if matches!(byte, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
                        return;
                    }
                    self.at += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, pointer: &str) -> Option<(usize, usize)> {
        locate(text, [pointer])
            .get(pointer)
            .map(|p| (p.line, p.column))
    }

    #[test]
    fn finds_values_by_pointer() {
        let text = "{\n  \"a\": 1,\n  \"b\": {\"c\": [10, {\"d\": \"x\"}]},\n  \"e/f\": true\n}";
        assert_eq!(at(text, ""), Some((1, 1)));
        assert_eq!(at(text, "/a"), Some((2, 8)));
        assert_eq!(at(text, "/b"), Some((3, 8)));
        assert_eq!(at(text, "/b/c/0"), Some((3, 15)));
        assert_eq!(at(text, "/b/c/1/d"), Some((3, 25)));
        assert_eq!(at(text, "/e~1f"), Some((4, 10)));
        assert_eq!(at(text, "/b/c/2"), None);
        assert_eq!(at(text, "/zzz"), None);
    }

    #[test]
    fn repeated_key_names_the_last_and_bom_is_not_counted() {
        let text = "\u{feff}{\"a\": 1, \"a\": [true]}";
        assert_eq!(at(text, "/a"), Some((1, 15)));
        assert_eq!(at(text, "/a/0"), Some((1, 16)));
    }

    #[test]
    fn columns_count_characters_and_strings_hide_brackets() {
        let text = "{\"é\": \"}]{[\", \"n\": \"日本\", \"m\": -1.5e3, \"o\": 2}";
        assert_eq!(at(text, "/n"), Some((1, 20)));
        assert_eq!(at(text, "/m"), Some((1, 31)));
        assert_eq!(at(text, "/o"), Some((1, 44)));
        let many = locate(text, ["/é", "/n", "/o"]);
        assert_eq!(many.len(), 3);
    }
}
