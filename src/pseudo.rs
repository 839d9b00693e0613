//! The pseudo-locale `qps-ploc`: English made to look foreign, so a sentence that
//! bypasses the catalogue stands out, and a layout too tight for longer languages shows.
//!
//! Every letter of the catalogue's own text is accented ([`accent`], given to Fluent as
//! its transform: arguments, which are the publisher's text and code names, stay as they
//! are), and each message is marked at both ends and made about 35 % longer ([`mark`]):
//! `«Ŧĥé véŕšîöñ ĝöéš ûþ·····»`. Code in backticks and web addresses keep their letters,
//! so they still work. Where the window's font has no accented form of a letter (m, v,
//! x), a look-alike from another alphabet stands in.

use std::borrow::Cow;

/// The mark before each message.
pub const START: char = '«';
/// The mark after each message.
pub const END: char = '»';
/// The character that makes a message longer.
pub const PADDING: char = '·';

/// The letter's pseudo form.
fn accented(c: char) -> char {
    match c {
        'a' => 'á',
        'b' => 'ƀ',
        'c' => 'ç',
        'd' => 'ð',
        'e' => 'é',
        'f' => 'ƒ',
        'g' => 'ĝ',
        'h' => 'ĥ',
        'i' => 'î',
        'j' => 'ĵ',
        'k' => 'ķ',
        'l' => 'ļ',
        'm' => 'м',
        'n' => 'ñ',
        'o' => 'ö',
        'p' => 'þ',
        'q' => 'ǫ',
        'r' => 'ŕ',
        's' => 'š',
        't' => 'ŧ',
        'u' => 'û',
        'v' => 'ѵ',
        'w' => 'ŵ',
        'x' => 'χ',
        'y' => 'ý',
        'z' => 'ž',
        'A' => 'Å',
        'B' => 'Ɓ',
        'C' => 'Ç',
        'D' => 'Ð',
        'E' => 'É',
        'F' => 'Ƒ',
        'G' => 'Ĝ',
        'H' => 'Ĥ',
        'I' => 'Î',
        'J' => 'Ĵ',
        'K' => 'Ķ',
        'L' => 'Ļ',
        'M' => 'М',
        'N' => 'Ñ',
        'O' => 'Ö',
        'P' => 'Þ',
        'Q' => 'Ǫ',
        'R' => 'Ŕ',
        'S' => 'Š',
        'T' => 'Ŧ',
        'U' => 'Û',
        'V' => 'Ѵ',
        'W' => 'Ŵ',
        'X' => 'Χ',
        'Y' => 'Ý',
        'Z' => 'Ž',
        other => other,
    }
}

/// A catalogue text with every letter accented, except in code (`` `…` ``, a backtick
/// closed later in the same text) and in web addresses (a word holding `://`).
pub fn accent(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        // Code in backticks stays as it is.
        if c == '`'
            && let Some(after) = rest.get(1..)
            && after.starts_with(|next: char| !next.is_whitespace())
            && let Some(close) = after.find('`')
        {
            let end = 1 + close + 1;
            out.push_str(rest.get(..end).unwrap_or(rest));
            rest = rest.get(end..).unwrap_or_default();
            continue;
        }
        // So does a web address, up to the next space.
        if c.is_ascii_alphabetic() {
            let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let word = rest.get(..word_end).unwrap_or(rest);
            if word.contains("://") {
                out.push_str(word);
                rest = rest.get(word_end..).unwrap_or_default();
                continue;
            }
        }
        out.push(accented(c));
        rest = rest.get(c.len_utf8()..).unwrap_or_default();
    }
    Cow::Owned(out)
}

/// A said message marked at both ends and made about 35 % longer than its own text
/// (messages nested in it are already marked and longer, and are not counted again).
pub fn mark(text: &str) -> String {
    let mut depth = 0usize;
    let mut own = 0usize;
    for c in text.chars() {
        match c {
            START => depth += 1,
            END => depth = depth.saturating_sub(1),
            _ if depth == 0 => own += 1,
            _ => {}
        }
    }
    let padding = (own * 35).div_ceil(100);
    let mut out = String::with_capacity(text.len() + padding * 2 + 4);
    out.push(START);
    out.push_str(text);
    out.extend(std::iter::repeat_n(PADDING, padding));
    out.push(END);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_accented_code_and_addresses_are_not() {
        assert_eq!(accent("Open the file"), "Öþéñ ŧĥé ƒîļé");
        assert_eq!(
            accent("the `extensions` part, see https://aka.ms/x now"),
            "ŧĥé `extensions` þáŕŧ, šéé https://aka.ms/x ñöŵ"
        );
        // A lone backtick (its code continues in an argument) is text.
        assert_eq!(accent("under `"), "ûñðéŕ `");
        assert_eq!(accent("` in the"), "` îñ ŧĥé");
        assert!(
            accent("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
                .chars()
                .all(|c| !c.is_ascii())
        );
    }

    #[test]
    fn a_message_is_marked_and_longer() {
        assert_eq!(mark("abcdefghij"), "«abcdefghij····»");
        // A nested message is not counted twice.
        assert_eq!(mark("ab «cd·»"), "«ab «cd·»··»");
    }
}
