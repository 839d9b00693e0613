//! Making text from a manifest safe to show: in HTML (the download button, the
//! HTML report) and in a terminal (the command line's text output).
//!
//! A manifest is written by anyone; its strings may hold `<script>` or the
//! escape sequences a terminal obeys (colors, moving the cursor, changing the
//! window title). Both are shown as text, never obeyed.

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Makes text safe to print to a terminal: control characters (escape, carriage
/// return, backspace, bell, the C1 controls) and the invisible characters that
/// reorder text (bidirectional overrides) are written as visible escapes such as
/// `\x1B` or `\u{202E}`. Line breaks and tabs are kept.
pub fn escape_control(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    // Runs of printable ASCII, line breaks and tabs are copied whole; only the other
    // characters are looked at one by one.
    while let Some(at) = rest
        .bytes()
        .position(|b| !matches!(b, b' '..=b'~' | b'\n' | b'\t'))
    {
        // `at` is the first byte of a character: every byte before it is ASCII.
        let Some((plain, tail)) = rest.split_at_checked(at) else {
            break;
        };
        out.push_str(plain);
        let mut chars = tail.chars();
        let Some(c) = chars.next() else {
            break;
        };
        if !needs_escape(c) {
            out.push(c);
        } else if u32::from(c) < 0x100 {
            out.push_str(&format!("\\x{:02X}", u32::from(c)));
        } else {
            out.push_str(&format!("\\u{{{:04X}}}", u32::from(c)));
        }
        rest = chars.as_str();
    }
    out.push_str(rest);
    out
}

/// Characters a terminal would obey or that change how the text around them reads.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_special_characters_are_escaped() {
        assert_eq!(
            escape_html("<b>\"Tom & Jerry's\"</b>"),
            "&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;"
        );
    }

    #[test]
    fn terminal_escape_sequences_are_shown_not_obeyed() {
        assert_eq!(
            escape_control("bot\u{1b}[31mred\u{7}\r\u{9b}"),
            "bot\\x1B[31mred\\x07\\x0D\\x9B"
        );
        assert_eq!(escape_control("a\u{202E}b"), "a\\u{202E}b");
        assert_eq!(
            escape_control("line 1\n\tline 2 é ✔"),
            "line 1\n\tline 2 é ✔"
        );
    }

    #[test]
    fn runs_of_plain_text_come_out_as_one_character_at_a_time_would() {
        let one_at_a_time = |text: &str| -> String {
            text.chars()
                .map(|c| match c {
                    '\n' | '\t' => c.to_string(),
                    c if !needs_escape(c) => c.to_string(),
                    c if u32::from(c) < 0x100 => format!("\\x{:02X}", u32::from(c)),
                    c => format!("\\u{{{:04X}}}", u32::from(c)),
                })
                .collect()
        };
        for text in [
            "",
            "plain",
            "\u{1b}",
            "ends with a control\u{7}",
            "\u{9b}starts with C1",
            "タスク\u{202E}管理 ✔ \u{7f}x\u{85}",
            "a\u{1b}\u{1b}b\r\n",
            "é",
        ] {
            assert_eq!(escape_control(text), one_at_a_time(text), "{text:?}");
        }
    }
}
