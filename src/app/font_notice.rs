//! The notice shown when text from the user's files holds characters no installed font can
//! draw (they show as empty boxes): which script, and that installing a font for it fixes
//! the display while the check itself is unaffected. Said once: one line for all such
//! characters, until the user hides it (a script not named yet brings it back).

use std::collections::BTreeSet;

use eframe::egui;

use super::{fonts, palette};

/// Unicode blocks and the script they hold, as a publisher would name it. Han characters
/// are named by [`han_as`]; characters in no listed block are "other characters".
const SCRIPTS: &[(char, char, &str)] = &[
    ('\u{0370}', '\u{03FF}', "Greek"),
    ('\u{0400}', '\u{052F}', "Cyrillic"),
    ('\u{0530}', '\u{058F}', "Armenian"),
    ('\u{0590}', '\u{05FF}', "Hebrew"),
    ('\u{0600}', '\u{06FF}', "Arabic"),
    ('\u{0750}', '\u{077F}', "Arabic"),
    ('\u{08A0}', '\u{08FF}', "Arabic"),
    ('\u{0900}', '\u{097F}', "Hindi (Devanagari)"),
    ('\u{0980}', '\u{09FF}', "Bengali"),
    ('\u{0A00}', '\u{0A7F}', "Punjabi (Gurmukhi)"),
    ('\u{0A80}', '\u{0AFF}', "Gujarati"),
    ('\u{0B00}', '\u{0B7F}', "Odia"),
    ('\u{0B80}', '\u{0BFF}', "Tamil"),
    ('\u{0C00}', '\u{0C7F}', "Telugu"),
    ('\u{0C80}', '\u{0CFF}', "Kannada"),
    ('\u{0D00}', '\u{0D7F}', "Malayalam"),
    ('\u{0D80}', '\u{0DFF}', "Sinhala"),
    ('\u{0E00}', '\u{0E7F}', "Thai"),
    ('\u{0E80}', '\u{0EFF}', "Lao"),
    ('\u{0F00}', '\u{0FFF}', "Tibetan"),
    ('\u{1000}', '\u{109F}', "Burmese"),
    ('\u{10A0}', '\u{10FF}', "Georgian"),
    ('\u{1100}', '\u{11FF}', "Korean"),
    ('\u{1200}', '\u{139F}', "Amharic (Ethiopic)"),
    ('\u{1780}', '\u{17FF}', "Khmer"),
    ('\u{2600}', '\u{27BF}', "emoji"),
    ('\u{3040}', '\u{30FF}', "Japanese"),
    ('\u{3130}', '\u{318F}', "Korean"),
    ('\u{31F0}', '\u{31FF}', "Japanese"),
    ('\u{A960}', '\u{A97F}', "Korean"),
    ('\u{AC00}', '\u{D7FF}', "Korean"),
    ('\u{FB1D}', '\u{FB4F}', "Hebrew"),
    ('\u{FB50}', '\u{FDFF}', "Arabic"),
    ('\u{FE70}', '\u{FEFF}', "Arabic"),
    ('\u{FF66}', '\u{FF9F}', "Japanese"),
    ('\u{1F000}', '\u{1FAFF}', "emoji"),
];

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

/// The name of the script `c` belongs to, Han aside.
fn script_of(c: char) -> &'static str {
    SCRIPTS
        .iter()
        .find(|(first, last, _)| (*first..=*last).contains(&c))
        .map_or("other characters", |(_, _, name)| name)
}

/// What Han characters are called among `others`: Japanese beside kana, Korean beside
/// Hangul, Chinese otherwise.
fn han_as(others: &BTreeSet<&'static str>) -> &'static str {
    if others.contains("Japanese") {
        "Japanese"
    } else if others.contains("Korean") {
        "Korean"
    } else {
        "Chinese"
    }
}

/// The scripts of `chars`, each once, in name order ("other characters" last).
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
    let other = names.remove("other characters");
    let mut names: Vec<&'static str> = names.into_iter().collect();
    if other {
        names.push("other characters");
    }
    names
}

/// "A", "A and B", "A, B and C".
fn list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The notice for characters no installed font can draw, or `None` when there are none.
pub fn message(chars: &BTreeSet<char>) -> Option<String> {
    let names = scripts(chars);
    if names.is_empty() {
        return None;
    }
    let named = list(&names);
    let fix = match names.as_slice() {
        ["other characters"] => "a font that has them".to_owned(),
        ["emoji"] => "an emoji font (for example Noto Color Emoji)".to_owned(),
        _ => format!("a font for {named} (for example from the free Noto family)"),
    };
    Some(format!(
        "Some text in your files is in {named}, which no font on this computer can draw, so it \
         shows as empty boxes. Install {fix} and open Teams Update Check again to see it. The \
         check itself is not affected: its results are complete."
    ))
}

/// Shows the notice while text in the window has characters no font draws, until hidden.
pub fn show(ui: &mut egui::Ui) {
    let Some(text) = message(&fonts::undrawable(ui.ctx())) else {
        return;
    };
    let hidden_id = egui::Id::unique("teams-update-check-font-notice-hidden");
    let hidden = ui.ctx().data(|data| data.get_temp::<String>(hidden_id));
    if hidden.as_deref() == Some(text.as_str()) {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(format!("⚠ {text}")).color(palette::warn(ui)));
        if ui.button("Hide").clicked() {
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

    #[test]
    fn a_japanese_name_names_japanese_and_says_what_to_do() {
        let text = message(&chars("タスク管理")).unwrap_or_default();
        assert!(text.contains("is in Japanese,"), "{text}");
        assert!(text.contains("Install a font for Japanese"), "{text}");
        assert!(text.contains("open Teams Update Check again"), "{text}");
        assert!(text.contains("check itself is not affected"), "{text}");
    }

    #[test]
    fn han_is_named_by_the_script_beside_it() {
        assert_eq!(scripts(&chars("任务")), ["Chinese"]);
        assert_eq!(scripts(&chars("会議")), ["Chinese"]);
        assert_eq!(scripts(&chars("会議の")), ["Japanese"]);
        assert_eq!(scripts(&chars("韓國어")), ["Korean"]);
    }

    #[test]
    fn several_scripts_are_listed_once_each() {
        let found = scripts(&chars("สวัสดี مرحبا שלום ไทย 😀\u{E000}"));
        assert_eq!(
            found,
            ["Arabic", "Hebrew", "Thai", "emoji", "other characters"]
        );
        let text = message(&chars("สวัสดี مرحبا")).unwrap_or_default();
        assert!(text.contains("is in Arabic and Thai,"), "{text}");
        assert_eq!(list(&["A", "B", "C"]), "A, B and C");
    }

    #[test]
    fn nothing_to_say_when_every_character_is_drawn() {
        assert_eq!(message(&BTreeSet::new()), None);
        // Joiners and variation selectors (of an emoji a font does draw) draw nothing.
        assert_eq!(message(&chars("\u{200D}\u{FE0F}")), None);
        assert_eq!(scripts(&chars("👍\u{FE0F}")), ["emoji"]);
    }

    #[test]
    fn emoji_and_unknown_characters_get_their_own_advice() {
        let emoji = message(&chars("🚀")).unwrap_or_default();
        assert!(emoji.contains("Install an emoji font"), "{emoji}");
        let other = message(&chars("\u{E000}")).unwrap_or_default();
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
