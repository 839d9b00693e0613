//! The notice shown when text from the user's files holds characters no installed font can
//! draw (they show as empty boxes): which script, and that installing a font for it fixes
//! the display while the check itself is unaffected. Said once: one line for all such
//! characters, until the user hides it (a script not named yet brings it back).

use std::collections::BTreeSet;

use eframe::egui;
use teams_update_check::message::Message;
use teams_update_check::msg;

use super::{fonts, palette};

/// Unicode blocks and the script they hold (the message naming it as a publisher would).
/// Han characters are named by [`han_as`]; characters in no listed block are "other
/// characters" ([`OTHER`]).
const SCRIPTS: &[(char, char, &str)] = &[
    ('\u{0370}', '\u{03FF}', "app-script-greek"),
    ('\u{0400}', '\u{052F}', "app-script-cyrillic"),
    ('\u{0530}', '\u{058F}', "app-script-armenian"),
    ('\u{0590}', '\u{05FF}', "app-script-hebrew"),
    ('\u{0600}', '\u{06FF}', "app-script-arabic"),
    ('\u{0750}', '\u{077F}', "app-script-arabic"),
    ('\u{08A0}', '\u{08FF}', "app-script-arabic"),
    ('\u{0900}', '\u{097F}', "app-script-devanagari"),
    ('\u{0980}', '\u{09FF}', "app-script-bengali"),
    ('\u{0A00}', '\u{0A7F}', "app-script-gurmukhi"),
    ('\u{0A80}', '\u{0AFF}', "app-script-gujarati"),
    ('\u{0B00}', '\u{0B7F}', "app-script-odia"),
    ('\u{0B80}', '\u{0BFF}', "app-script-tamil"),
    ('\u{0C00}', '\u{0C7F}', "app-script-telugu"),
    ('\u{0C80}', '\u{0CFF}', "app-script-kannada"),
    ('\u{0D00}', '\u{0D7F}', "app-script-malayalam"),
    ('\u{0D80}', '\u{0DFF}', "app-script-sinhala"),
    ('\u{0E00}', '\u{0E7F}', "app-script-thai"),
    ('\u{0E80}', '\u{0EFF}', "app-script-lao"),
    ('\u{0F00}', '\u{0FFF}', "app-script-tibetan"),
    ('\u{1000}', '\u{109F}', "app-script-burmese"),
    ('\u{10A0}', '\u{10FF}', "app-script-georgian"),
    ('\u{1100}', '\u{11FF}', "app-script-korean"),
    ('\u{1200}', '\u{139F}', "app-script-ethiopic"),
    ('\u{1780}', '\u{17FF}', "app-script-khmer"),
    ('\u{2600}', '\u{27BF}', "app-script-emoji"),
    ('\u{3040}', '\u{30FF}', "app-script-japanese"),
    ('\u{3130}', '\u{318F}', "app-script-korean"),
    ('\u{31F0}', '\u{31FF}', "app-script-japanese"),
    ('\u{A960}', '\u{A97F}', "app-script-korean"),
    ('\u{AC00}', '\u{D7FF}', "app-script-korean"),
    ('\u{FB1D}', '\u{FB4F}', "app-script-hebrew"),
    ('\u{FB50}', '\u{FDFF}', "app-script-arabic"),
    ('\u{FE70}', '\u{FEFF}', "app-script-arabic"),
    ('\u{FF66}', '\u{FF9F}', "app-script-japanese"),
    ('\u{1F000}', '\u{1FAFF}', "app-script-emoji"),
];

/// The message for characters in no listed block.
const OTHER: &str = "app-script-other";

/// Han characters (used to write Chinese, and in Japanese and Korean).
const HAN: &[(char, char)] = &[
    ('\u{2E80}', '\u{2FDF}'),
    ('\u{3400}', '\u{4DBF}'),
    ('\u{4E00}', '\u{9FFF}'),
    ('\u{F900}', '\u{FAFF}'),
    ('\u{20000}', '\u{3FFFF}'),
];

/// Characters that draw nothing by themselves (joiners, direction marks, variation
/// selectors): a font without them is no loss, so they are never named.
const INVISIBLE: &[(char, char)] = &[
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{206F}'),
    ('\u{FE00}', '\u{FE0F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{E0000}', '\u{E01EF}'),
];

/// True when `c` is in one of `ranges` (first and last character, both included).
fn within(c: char, ranges: &[(char, char)]) -> bool {
    ranges
        .iter()
        .any(|&(first, last)| (first..=last).contains(&c))
}

/// True for a Han character.
fn is_han(c: char) -> bool {
    within(c, HAN)
}

/// The message naming the script `c` belongs to, Han aside.
fn script_of(c: char) -> &'static str {
    SCRIPTS
        .iter()
        .find(|(first, last, _)| (*first..=*last).contains(&c))
        .map_or(OTHER, |(_, _, name)| name)
}

/// What Han characters are called among `others`: Japanese beside kana, Korean beside
/// Hangul, Chinese otherwise.
fn han_as(others: &BTreeSet<&'static str>) -> &'static str {
    if others.contains("app-script-japanese") {
        "app-script-japanese"
    } else if others.contains("app-script-korean") {
        "app-script-korean"
    } else {
        "app-script-chinese"
    }
}

/// The scripts of `chars` (their messages' identifiers), each once, in the order of
/// their names ("other characters" last).
pub fn scripts(chars: &BTreeSet<char>) -> Vec<&'static str> {
    let chars: Vec<char> = chars
        .iter()
        .copied()
        .filter(|&c| !within(c, INVISIBLE) && !c.is_whitespace())
        .collect();
    let mut names: BTreeSet<&'static str> = chars
        .iter()
        .filter(|&&c| !is_han(c))
        .map(|&c| script_of(c))
        .collect();
    if chars.iter().any(|&c| is_han(c)) {
        names.insert(han_as(&names));
    }
    let other = names.remove(OTHER);
    let mut names: Vec<&'static str> = names.into_iter().collect();
    names.sort_by_cached_key(|id| Message::new(id).text());
    if other {
        names.push(OTHER);
    }
    names
}

/// "A", "A and B", "A, B and C" (the names said in the catalogue's words).
fn list(names: &[&'static str]) -> String {
    match names {
        [] => String::new(),
        [one] => Message::new(one).text(),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(|id| Message::new(id).text()).collect();
            msg!(
                "app-list-and",
                first = rest.join(", "),
                last = Message::new(last)
            )
            .text()
        }
    }
}

/// The notice for characters no installed font can draw, or `None` when there are none.
pub fn message(chars: &BTreeSet<char>) -> Option<Message> {
    let names = scripts(chars);
    if names.is_empty() {
        return None;
    }
    let named = list(&names);
    let fix = match names.as_slice() {
        [OTHER] => msg!("app-font-fix-other"),
        ["app-script-emoji"] => msg!("app-font-fix-emoji"),
        _ => msg!("app-font-fix-script", scripts = named.as_str()),
    };
    Some(msg!("app-font-notice", scripts = named, fix = fix))
}

/// Shows the notice while text in the window has characters no font draws, until hidden.
pub fn show(ui: &mut egui::Ui) {
    let Some(text) = message(&fonts::undrawable(ui.ctx())).map(|message| message.text()) else {
        return;
    };
    let hidden_id = egui::Id::unique("teams-update-check-font-notice-hidden");
    let hidden = ui.ctx().data(|data| data.get_temp::<String>(hidden_id));
    if hidden.as_deref() == Some(text.as_str()) {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(format!("⚠ {text}")).color(palette::warn(ui)));
        if ui.button(msg!("app-hide").text()).clicked() {
            ui.ctx()
                .data_mut(|data| data.insert_temp(hidden_id, text.clone()));
        }
    });
    ui.add_space(8.0);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The characters of `text`, as the font lookup collects them (no spaces).
    fn chars(text: &str) -> BTreeSet<char> {
        text.chars().filter(|c| !c.is_whitespace()).collect()
    }

    /// The names of the scripts of `text`, in English.
    fn script_names(text: &str) -> Vec<String> {
        scripts(&chars(text))
            .into_iter()
            .map(|id| Message::new(id).text())
            .collect()
    }

    /// The notice for `text`'s characters, in English (empty when there is none).
    fn notice(text: &str) -> String {
        message(&chars(text)).map(|m| m.text()).unwrap_or_default()
    }

    #[test]
    fn a_japanese_name_names_japanese_and_says_what_to_do() {
        let text = notice("タスク管理");
        assert!(text.contains("is in Japanese,"), "{text}");
        assert!(text.contains("Install a font for Japanese"), "{text}");
        assert!(text.contains("open Teams Update Check again"), "{text}");
        assert!(text.contains("check itself is not affected"), "{text}");
    }

    #[test]
    fn han_is_named_by_the_script_beside_it() {
        assert_eq!(script_names("任务"), ["Chinese"]);
        assert_eq!(script_names("会議"), ["Chinese"]);
        assert_eq!(script_names("会議の"), ["Japanese"]);
        assert_eq!(script_names("韓國어"), ["Korean"]);
    }

    #[test]
    fn several_scripts_are_listed_once_each() {
        let found = script_names("สวัสดี مرحبا שלום ไทย 😀\u{E000}");
        assert_eq!(
            found,
            ["Arabic", "Hebrew", "Thai", "emoji", "other characters"]
        );
        let text = notice("สวัสดี مرحبا");
        assert!(text.contains("is in Arabic and Thai,"), "{text}");
        assert_eq!(
            list(&["app-script-greek", "app-script-lao", "app-script-thai"]),
            "Greek, Lao and Thai"
        );
    }

    #[test]
    fn nothing_to_say_when_every_character_is_drawn() {
        assert_eq!(message(&BTreeSet::new()), None);
        // Joiners and variation selectors (of an emoji a font does draw) draw nothing.
        assert_eq!(message(&chars("\u{200D}\u{FE0F}")), None);
        assert_eq!(script_names("👍\u{FE0F}"), ["emoji"]);
    }

    #[test]
    fn emoji_and_unknown_characters_get_their_own_advice() {
        let emoji = notice("🚀");
        assert!(emoji.contains("Install an emoji font"), "{emoji}");
        let other = notice("\u{E000}");
        assert!(other.contains("Install a font that has them"), "{other}");
    }

    /// The notice appears in the window for undrawable characters, and Hide hides it.
    #[test]
    fn the_window_shows_the_notice_until_hidden() {
        use egui_kittest::kittest::Queryable;
        let mut harness = egui_kittest::Harness::new_ui(show);
        fonts::install(&harness.ctx);
        fonts::mark_undrawable(&harness.ctx, &chars("タスク"));
        harness.run();
        assert!(
            harness
                .query_by_label_contains("is in Japanese, which no font")
                .is_some()
        );
        harness.get_by_label("Hide").click();
        harness.run();
        assert!(harness.query_by_label_contains("is in Japanese").is_none());
    }
}
