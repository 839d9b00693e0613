//! Small helpers for plain-language text, used by every output: one way to shorten a
//! text, quote a name, and tell names apart from prose.

/// How many characters of a value are shown before it is shortened with "…".
pub const SHORT_LENGTH: usize = 80;

/// A text cut to at most `most` characters plus "…" when it was longer. The cut is made
/// between words ("with reminders and…", never "with reminders and du…") when a space
/// falls in the last third of what is kept; a long unbroken text (an address, an ID) is
/// cut where it reaches `most`.
pub fn shorten(text: &str, most: usize) -> String {
    match text.char_indices().nth(most) {
        None => text.to_string(),
        Some((end, next)) => {
            let head = text.get(..end).unwrap_or(text);
            // Cut at a word: the text ends a word where the kept part ends, or at the last
            // space of the kept part when that is not too far back.
            let at_word_end = next.is_whitespace();
            let cut = if at_word_end {
                head
            } else {
                match head.rfind(char::is_whitespace) {
                    Some(space)
                        if head
                            .get(..space)
                            .is_some_and(|kept| kept.chars().count() * 3 >= most * 2) =>
                    {
                        head.get(..space).unwrap_or(head)
                    }
                    _ => head,
                }
            };
            format!("{}…", cut.trim_end())
        }
    }
}

/// A GUID (such as a bot's ID) cut to its first characters, `9d2c…`; other texts unchanged.
pub fn shorten_id(id: &str) -> String {
    let guid = id.len() >= 32 && id.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    if guid { shorten(id, 4) } else { id.to_string() }
}

/// Capitalises the first letter, for a phrase that starts a sentence.
pub fn sentence_start(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A name as it stands in a sentence, in the quotation marks of the report's language:
/// `"Reports"`, `„Reports“`, `「Reports」` (shortened when long).
pub fn quote(text: &str) -> String {
    crate::msg!("change-quoted", text = shorten(text, SHORT_LENGTH)).text()
}

/// What stands between a label and what it labels, in the report's language: ": " in
/// English, " : " in French, "：" in Chinese and Japanese. Said once per language and
/// kept: the reports put it after every titled line.
pub fn colon() -> &'static str {
    static SAID: [std::sync::OnceLock<String>; crate::lang::LANGUAGE_COUNT] =
        [const { std::sync::OnceLock::new() }; crate::lang::LANGUAGE_COUNT];
    let language = crate::lang::current();
    if language.is_pseudo() {
        // Punctuation, not a sentence: no marks around it.
        return ": ";
    }
    match SAID.get(language.index()) {
        Some(said) => said.get_or_init(|| crate::msg!("punctuation-colon").text()),
        None => ": ",
    }
}

/// `title` followed by [`colon`] without its trailing space: a heading its lines follow.
pub fn heading(title: &str) -> String {
    format!("{title}{}", colon().trim_end())
}

/// A piece of a message: prose, or a name or value the message quotes (written between
/// backticks in the library's messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span<'a> {
    /// Ordinary words.
    Prose(&'a str),
    /// A name or value from the manifest, shown as such (code in HTML and Markdown,
    /// quotes in plain text, never a literal backtick).
    Name(&'a str),
}

/// Splits a message into prose and the names between its backticks. A message with an
/// unpaired backtick is all prose.
pub fn spans(text: &str) -> Vec<Span<'_>> {
    if !text.matches('`').count().is_multiple_of(2) {
        return vec![Span::Prose(text)];
    }
    text.split('`')
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(i, part)| {
            if i % 2 == 1 {
                Span::Name(part)
            } else {
                Span::Prose(part)
            }
        })
        .collect()
}

/// A message as plain text: names between backticks are put in quotes instead.
pub fn without_backticks(text: &str) -> String {
    if !text.contains('`') {
        return text.to_string();
    }
    spans(text)
        .into_iter()
        .map(|span| match span {
            Span::Prose(words) => words.to_string(),
            Span::Name(name) => format!("“{name}”"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortening_counts_characters_not_bytes() {
        assert_eq!(shorten("Contoso", 7), "Contoso");
        assert_eq!(shorten("Contoso", 3), "Con…");
        assert_eq!(shorten("日本語のアプリ", 3), "日本語…");
    }

    #[test]
    fn shortening_cuts_between_words() {
        let text = "Plan your week with reminders and due dates for every task";
        assert_eq!(shorten(text, 36), "Plan your week with reminders and…");
        assert_eq!(shorten(text, 33), "Plan your week with reminders and…");
        // A long unbroken text is cut where it reaches the limit.
        assert_eq!(
            shorten("https://tasks.contoso.com/very/long/path", 20),
            "https://tasks.contos…"
        );
        assert_eq!(shorten_id("9d2c7b4a-1e3f-4a5b-8c6d-7e8f9a0b1c2d"), "9d2c…");
        assert_eq!(shorten_id("my-bot"), "my-bot");
    }

    #[test]
    fn sentences_and_quotes() {
        assert_eq!(sentence_start("éclair"), "Éclair");
        assert_eq!(quote("Reports"), "\"Reports\"");
    }

    #[test]
    fn names_between_backticks_become_quotes_and_odd_ones_stay() {
        assert_eq!(
            spans("Tab `a` added"),
            [Span::Prose("Tab "), Span::Name("a"), Span::Prose(" added")]
        );
        assert_eq!(spans("odd ` tick"), [Span::Prose("odd ` tick")]);
        assert_eq!(without_backticks("Tab `a` added"), "Tab “a” added");
        assert_eq!(without_backticks("plain"), "plain");
    }
}
