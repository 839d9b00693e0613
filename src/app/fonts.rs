//! The window's fonts: egui's default text fonts plus a 1.7 KB font with the six status
//! symbols the window draws (✔ ⚠ ✖ ℹ ▶ ↗), instead of egui's two whole emoji fonts.
//! How the symbol font was made: `assets/fonts/README.md`.
//!
//! Text in any script: [`cover`] is given the text the window is about to show (when an
//! input or the report changes, never per frame). Characters no loaded font has are looked
//! up among the installed system fonts on a background thread ([`fontdb`] finds them:
//! Yu Gothic or Meiryo, Microsoft YaHei, Malgun Gothic, Segoe UI Emoji on Windows; Hiragino,
//! PingFang, Apple SD Gothic Neo, Apple Color Emoji on macOS; whatever fontconfig knows on
//! Linux, such as Noto Sans CJK). Each font found is memory-mapped, not copied, and added to
//! egui as a fallback of both families. A window that shows only Latin text never scans the
//! system fonts and loads nothing more than the built-in fonts.

use std::collections::{BTreeSet, HashSet};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError};

use eframe::egui::{
    self, FontData, FontDefinitions, FontFamily, FontInsert, FontTweak, InsertFontFamily,
};
use epaint::text::FontPriority;
use skrifa::MetadataProvider as _;
use teams_update_check::lang::Language;

/// The subset of Noto Emoji holding the status symbols.
const STATUS_SYMBOLS: &[u8] = include_bytes!("../../assets/fonts/status-symbols.ttf");
const STATUS_SYMBOLS_NAME: &str = "status-symbols";

/// The fonts bundled for the window's own text in Japanese, Korean and Chinese, used only
/// when no installed font has its characters: subsets of Noto Sans CJK in each language's
/// regional form, made by `scripts/make-cjk-fonts.sh` (`assets/fonts/README.md`).
const BUNDLED_CJK: [(&str, &[u8]); 4] = [
    (
        "ja",
        include_bytes!("../../assets/fonts/noto-sans-cjk-ja.otf"),
    ),
    (
        "ko",
        include_bytes!("../../assets/fonts/noto-sans-cjk-ko.otf"),
    ),
    (
        "zh-CN",
        include_bytes!("../../assets/fonts/noto-sans-cjk-zh-CN.otf"),
    ),
    (
        "zh-TW",
        include_bytes!("../../assets/fonts/noto-sans-cjk-zh-TW.otf"),
    ),
];

/// The bundled font for the characters `wanted` that no installed font has: the one of
/// the window's language, else, for the names of the languages in the language menu
/// ("日本語", "한국어"), the one of the language each names, so every name is drawn in its
/// own regional form. Each returned font draws at least one of them.
fn bundled_fonts_for(language: &Language, wanted: &BTreeSet<char>) -> Vec<(String, Face)> {
    let mut missing = wanted.clone();
    let mut found = Vec::new();
    let named: Vec<&Language> = teams_update_check::lang::LANGUAGES
        .iter()
        .filter(|other| other.own_name.chars().any(|c| missing.contains(&c)))
        .collect();
    for candidate in std::iter::once(language).chain(named) {
        let Some((name, face)) = bundled_font(candidate) else {
            continue;
        };
        let chars: BTreeSet<char> = if std::ptr::eq(candidate, language) {
            missing.clone()
        } else {
            candidate.own_name.chars().collect()
        };
        let drawn: Vec<char> = chars
            .into_iter()
            .filter(|c| missing.contains(c) && face.can_draw(*c))
            .collect();
        if drawn.is_empty() || found.iter().any(|(added, _)| *added == name) {
            continue;
        }
        for c in drawn {
            missing.remove(&c);
        }
        found.push((name, face));
    }
    found
}

/// The font bundled for `language`'s own text, if it needs one (see [`BUNDLED_CJK`]).
fn bundled_font(language: &Language) -> Option<(String, Face)> {
    BUNDLED_CJK
        .iter()
        .find(|(tag, _)| *tag == language.tag)
        .map(|(tag, bytes)| {
            (
                format!("bundled:noto-sans-cjk-{tag}"),
                Face {
                    data: Arc::new(*bytes),
                    index: 0,
                },
            )
        })
}

/// Families preferred when several installed fonts have the characters, best first: the
/// fonts each system uses for its own interface in that script. Any other installed font
/// that has the characters is used when none of these does.
const PREFERRED_FAMILIES: &[&str] = &[
    // Windows
    "Segoe UI",
    "Yu Gothic UI",
    "Yu Gothic",
    "Meiryo UI",
    "Meiryo",
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "Microsoft JhengHei UI",
    "Microsoft JhengHei",
    "Malgun Gothic",
    "Leelawadee UI",
    "Nirmala UI",
    "Segoe UI Emoji",
    "Segoe UI Symbol",
    // macOS
    "Hiragino Sans",
    "Hiragino Kaku Gothic ProN",
    "PingFang SC",
    "PingFang TC",
    "Apple SD Gothic Neo",
    "Thonburi",
    "Kohinoor Devanagari",
    "Geeza Pro",
    "Arial Hebrew",
    "Apple Color Emoji",
    // Linux
    "Noto Sans",
    "Noto Sans CJK JP",
    "Noto Sans CJK SC",
    "Noto Sans CJK TC",
    "Noto Sans CJK KR",
    "Noto Sans Thai",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Devanagari",
    "Noto Color Emoji",
    "DejaVu Sans",
];

/// egui's default fonts with the status symbols as the last fallback of every family.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        STATUS_SYMBOLS_NAME.to_owned(),
        Arc::new(FontData::from_static(STATUS_SYMBOLS).tweak(FontTweak {
            // The size egui gives Noto Emoji, so the symbols sit in the text as before.
            scale: 0.81,
            ..Default::default()
        })),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push(STATUS_SYMBOLS_NAME.to_owned());
    }
    fonts
}

/// Installs [`definitions`] in the window's context.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}

/// A font's bytes (static or memory-mapped) and the face index inside them.
#[derive(Clone)]
struct Face {
    data: epaint::text::Blob,
    index: u32,
}

impl Face {
    /// True when egui can draw `c` with this face.
    fn can_draw(&self, c: char) -> bool {
        can_draw((*self.data).as_ref(), self.index, c)
    }
}

/// True when egui can draw `c` with face `index` of the font file `data`: the face maps it
/// to a glyph with an outline, a colour layer or a bitmap.
fn can_draw(data: &[u8], index: u32, c: char) -> bool {
    let Ok(font) = skrifa::FontRef::from_index(data, index) else {
        return false;
    };
    let Some(glyph) = font.charmap().map(c) else {
        return false;
    };
    if glyph == skrifa::GlyphId::NOTDEF {
        return false;
    }
    font.outline_glyphs().get(glyph).is_some()
        || font.color_glyphs().get(glyph).is_some()
        || font
            .bitmap_strikes()
            .glyph_for_size(skrifa::instance::Size::unscaled(), glyph)
            .is_some()
}

/// What one window's context knows about its fonts.
#[derive(Default)]
struct Coverage {
    /// The fonts loaded in the context: the built-in ones, then those added from the system.
    faces: Vec<Face>,
    /// Characters already dealt with: drawable, or already looked for among the system fonts.
    known: HashSet<char>,
    /// Characters waiting for the background lookup.
    queue: BTreeSet<char>,
    /// Names of the system fonts added to the context.
    added: Vec<String>,
    /// Characters no installed font has (they show as boxes).
    not_found: BTreeSet<char>,
    /// A background lookup is running.
    busy: bool,
}

type Shared = Arc<Mutex<Coverage>>;

fn lock(shared: &Shared) -> MutexGuard<'_, Coverage> {
    shared.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The coverage record of a context, created with the built-in fonts on first use.
fn coverage(ctx: &egui::Context) -> Shared {
    let id = egui::Id::unique("teams-update-check-font-coverage");
    ctx.data_mut(|data| {
        data.get_temp_mut_or_insert_with(id, || {
            // The proportional family's fonts only: the window's text is drawn with it, and
            // a character only the monospace font has (Hack has arrows such as →) would
            // still show as a box there.
            let definitions = definitions();
            let faces = definitions
                .families
                .get(&FontFamily::Proportional)
                .into_iter()
                .flatten()
                .filter_map(|name| definitions.font_data.get(name))
                .map(|font| Face {
                    data: font.font.clone(),
                    index: font.index,
                })
                .collect();
            Arc::new(Mutex::new(Coverage {
                faces,
                ..Coverage::default()
            }))
        })
        .clone()
    })
}

/// Makes sure every character of `text` can be drawn: characters no loaded font has are
/// looked up among the system fonts on a background thread, and the fonts found are added
/// to the window (it repaints when they are). Cheap for text already seen; plain ASCII costs
/// nothing. Call it when the text to show changes, not every frame.
pub fn cover(ctx: &egui::Context, text: &str) {
    let mut chars: BTreeSet<char> = text
        .chars()
        .filter(|c| !c.is_ascii() && !c.is_whitespace() && !c.is_control())
        .collect();
    if chars.is_empty() {
        return;
    }
    let shared = coverage(ctx);
    let mut state = lock(&shared);
    chars.retain(|c| !state.known.contains(c));
    for c in chars {
        state.known.insert(c);
        if !state.faces.iter().any(|face| face.can_draw(c)) {
            state.queue.insert(c);
        }
    }
    if state.queue.is_empty() || state.busy {
        return;
    }
    state.busy = true;
    drop(state);
    let ctx = ctx.clone();
    let worker = Arc::clone(&shared);
    let language = teams_update_check::lang::current();
    let spawned = std::thread::Builder::new()
        .name("system-fonts".into())
        .spawn(move || look_up_queued(&ctx, &worker, language));
    if spawned.is_err() {
        // No thread, no lookup: the characters show as boxes, as before.
        lock(&shared).busy = false;
    }
}

/// Makes sure the window's own text in `language` can be drawn: for Japanese, Korean and
/// Chinese, the characters of its catalogue are looked up like the report's (a system font
/// such as Yu Gothic, PingFang or Noto Sans CJK), and the font bundled for the language is
/// used only when no installed font has them.
pub fn cover_language(ctx: &egui::Context, language: &'static Language) {
    if language.needs_cjk_font {
        cover(ctx, language.catalogue_source());
    }
}

/// Makes sure the language menu can draw every language's name in its own script (when
/// the menu opens: a window that never opens it looks up no font for them).
pub fn cover_language_names(ctx: &egui::Context) {
    let names: String = teams_update_check::lang::LANGUAGES
        .iter()
        .map(|language| language.own_name)
        .collect();
    cover(ctx, &names);
}

/// Every text the window shows that comes from the user's files or typing: file names, the
/// cards' contents, the report (names, changes, evidence) and the button's label, for [`cover`].
pub fn shown_text(app: &super::TeamsUpdateCheckApp) -> String {
    let mut text = String::new();
    for card in &app.cards {
        text.extend(card.file_name.as_deref());
        if let Some(path) = &card.path {
            text.push_str(&path.to_string_lossy());
        }
        match &card.state {
            super::CardState::Loaded(input) => {
                text.extend([input.file_name.as_str(), input.manifest.version.as_str()]);
                text.extend(input.manifest.app_name());
            }
            super::CardState::Failed(error) => {
                text.extend([
                    error.file_name.as_str(),
                    error.problem.text().as_str(),
                    error.fix.text().as_str(),
                ]);
            }
            super::CardState::Empty | super::CardState::Loading => {}
        }
    }
    if let Some(view) = &app.presentation {
        text.push_str(&teams_update_check::render::text_of(view));
    }
    text.push_str(&app.settings.button.label);
    text.push_str(&app.app_id_override);
    text
}

/// The characters shown in this window so far that no installed font can draw (they show as
/// empty boxes; `font_notice` says so).
pub fn undrawable(ctx: &egui::Context) -> BTreeSet<char> {
    lock(&coverage(ctx)).not_found.clone()
}

/// Records `chars` as drawn by no installed font, as the background lookup does.
#[cfg(test)]
pub fn mark_undrawable(ctx: &egui::Context, chars: &BTreeSet<char>) {
    lock(&coverage(ctx)).not_found.extend(chars);
}

/// True while system fonts are being looked for or loaded.
pub fn is_loading(ctx: &egui::Context) -> bool {
    lock(&coverage(ctx)).busy
}

/// The system fonts added to this window so far (their names as egui knows them).
#[cfg(test)]
pub fn added_fonts(ctx: &egui::Context) -> Vec<String> {
    lock(&coverage(ctx)).added.clone()
}

/// The characters of `text` that neither the built-in fonts nor any installed system font
/// can draw (for tests that can only check scripts a font is installed for).
#[cfg(test)]
pub fn no_font_has(text: &str) -> BTreeSet<char> {
    let faces = lock(&coverage(&egui::Context::default())).faces.clone();
    let wanted: BTreeSet<char> = text
        .chars()
        .filter(|&c| !c.is_whitespace() && !faces.iter().any(|face| face.can_draw(c)))
        .collect();
    if wanted.is_empty() {
        return wanted;
    }
    system_fonts_for(&wanted).1
}

/// The background lookup: finds fonts for the queued characters until the queue is empty.
/// What no installed font has is taken from the font bundled for `language`, if it has one.
fn look_up_queued(ctx: &egui::Context, shared: &Shared, language: &'static Language) {
    loop {
        let wanted = {
            let mut state = lock(shared);
            let wanted = std::mem::take(&mut state.queue);
            // Characters a font added meanwhile already covers need no lookup.
            let wanted: BTreeSet<char> = wanted
                .into_iter()
                .filter(|&c| !state.faces.iter().any(|face| face.can_draw(c)))
                .collect();
            if wanted.is_empty() {
                state.busy = false;
                return;
            }
            wanted
        };
        let (mut found, mut missing) = system_fonts_for(&wanted);
        for (name, face) in bundled_fonts_for(language, &missing) {
            missing.retain(|&c| !face.can_draw(c));
            found.push((name, face));
        }
        let mut state = lock(shared);
        for (name, face) in found {
            if state.added.contains(&name) {
                continue;
            }
            ctx.add_font(FontInsert {
                name: name.clone(),
                data: FontData::from_blob(face.data.clone(), face.index),
                families: [FontFamily::Proportional, FontFamily::Monospace]
                    .into_iter()
                    .map(|family| InsertFontFamily {
                        family,
                        priority: FontPriority::Lowest,
                    })
                    .collect(),
            });
            state.added.push(name);
            state.faces.push(face);
        }
        state.not_found.extend(missing);
        drop(state);
        ctx.request_repaint();
    }
}

/// The installed system fonts, scanned once per process on first need.
fn system_database() -> &'static Mutex<fontdb::Database> {
    static DATABASE: OnceLock<Mutex<fontdb::Database>> = OnceLock::new();
    DATABASE.get_or_init(|| {
        let mut database = fontdb::Database::new();
        database.load_system_fonts();
        Mutex::new(database)
    })
}

/// How well a face suits body text: upright, regular weight, normal width first.
fn plainness(face: &fontdb::FaceInfo) -> u32 {
    let style = match face.style {
        fontdb::Style::Normal => 0,
        _ => 1000,
    };
    let stretch = match face.stretch {
        fontdb::Stretch::Normal => 0,
        _ => 500,
    };
    style + stretch + u32::from(face.weight.0.abs_diff(400))
}

/// The rank of a face's family in [`PREFERRED_FAMILIES`] (others after every preferred one).
fn preference(face: &fontdb::FaceInfo) -> usize {
    face.families
        .iter()
        .filter_map(|(family, _)| PREFERRED_FAMILIES.iter().position(|p| p == family))
        .min()
        .unwrap_or(PREFERRED_FAMILIES.len())
}

/// System fonts that together have as many of `wanted` as possible, each with a unique
/// name, and the characters none of them has.
fn system_fonts_for(wanted: &BTreeSet<char>) -> (Vec<(String, Face)>, BTreeSet<char>) {
    let mut database = system_database()
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    let mut candidates: Vec<(usize, u32, String, fontdb::ID)> = database
        .faces()
        .map(|face| {
            let family = face
                .families
                .first()
                .map_or_else(|| face.post_script_name.clone(), |(name, _)| name.clone());
            (preference(face), plainness(face), family, face.id)
        })
        .collect();
    candidates.sort();
    let mut missing = wanted.clone();
    let mut found = Vec::new();
    for (_, _, family, id) in candidates {
        if missing.is_empty() {
            break;
        }
        let has: Vec<char> = database
            .with_face_data(id, |data, index| {
                missing
                    .iter()
                    .copied()
                    .filter(|&c| can_draw(data, index, c))
                    .collect()
            })
            .unwrap_or_default();
        if has.is_empty() {
            continue;
        }
        // SAFETY: the font file is memory-mapped rather than copied. Another program could
        // change the file while it is mapped; installed system fonts are not changed in place
        // (egui's own system font provider maps them the same way).
        let Some((data, index)) = (unsafe { database.make_shared_face_data(id) }) else {
            continue;
        };
        for c in has {
            missing.remove(&c);
        }
        found.push((format!("system:{family}:{index}"), Face { data, index }));
    }
    (found, missing)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// On a computer with no CJK font: the window's Japanese text takes the Japanese
    /// font bundled with the app; a German window's language menu takes, for "日本語" and
    /// "한국어", the fonts bundled for those languages, each name in its own form.
    #[test]
    fn without_a_system_font_the_bundled_ones_are_used() {
        use teams_update_check::lang::find;
        let (Some(ja), Some(de)) = (find("ja"), find("de")) else {
            panic!("languages");
        };
        let names = |found: Vec<(String, Face)>| -> Vec<String> {
            found.into_iter().map(|(name, _)| name).collect()
        };
        let wanted: BTreeSet<char> = "提出できます".chars().collect();
        assert_eq!(
            names(bundled_fonts_for(ja, &wanted)),
            ["bundled:noto-sans-cjk-ja"]
        );
        let wanted: BTreeSet<char> = "日本語한국어".chars().collect();
        assert_eq!(
            names(bundled_fonts_for(de, &wanted)),
            ["bundled:noto-sans-cjk-ja", "bundled:noto-sans-cjk-ko"]
        );
        let wanted: BTreeSet<char> = "Ж".chars().collect();
        assert!(bundled_fonts_for(de, &wanted).is_empty());
    }

    /// Each font bundled for Japanese, Korean and Chinese draws every character of its
    /// language's catalogue: when a catalogue changes, `scripts/make-cjk-fonts.sh` must make
    /// its font again, or this fails naming the characters.
    #[test]
    fn each_bundled_cjk_font_draws_its_whole_catalogue() {
        let mut cjk = 0;
        for language in teams_update_check::lang::LANGUAGES.iter() {
            let bundled = bundled_font(language);
            assert_eq!(
                bundled.is_some(),
                language.needs_cjk_font,
                "{}",
                language.tag
            );
            let Some((_, face)) = bundled else { continue };
            cjk += 1;
            let missing: BTreeSet<char> = language
                .catalogue_source()
                .chars()
                .chain(language.own_name.chars())
                .filter(|c| !c.is_whitespace() && !c.is_control() && !face.can_draw(*c))
                .collect();
            assert!(
                missing.is_empty(),
                "{}: the bundled font lacks {missing:?}; run scripts/make-cjk-fonts.sh",
                language.tag
            );
        }
        assert_eq!(cjk, 4, "ja, ko, zh-CN and zh-TW");
    }

    #[test]
    fn the_symbol_font_is_a_fallback_of_both_families() {
        let fonts = definitions();
        assert!(fonts.font_data.contains_key(STATUS_SYMBOLS_NAME));
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            assert_eq!(
                fonts.families[&family].last().map(String::as_str),
                Some(STATUS_SYMBOLS_NAME)
            );
        }
    }

    #[test]
    fn a_character_only_the_monospace_font_has_is_looked_up() {
        // Hack (monospace) has the arrow; the proportional fonts, which draw the window's
        // text, do not: it must be looked up among the system fonts, not taken as drawable.
        let faces = lock(&coverage(&egui::Context::default())).faces.clone();
        assert!(!faces.is_empty());
        assert!(!faces.iter().any(|face| face.can_draw('→')));
        assert!(faces.iter().any(|face| face.can_draw('é')));
    }

    #[test]
    fn latin_text_needs_no_system_font() {
        let ctx = egui::Context::default();
        cover(
            &ctx,
            "Contoso Tâches — Größe, Ærø, naïve café: ✔ ⚠ ✖ ℹ ▶ ↗ “quotes” Привет",
        );
        let shared = coverage(&ctx);
        let state = lock(&shared);
        assert!(
            !state.busy,
            "a lookup started for text the built-in fonts have"
        );
        assert!(state.queue.is_empty() && state.added.is_empty());
        assert!(state.known.contains(&'â'));
    }

    #[test]
    fn built_in_fonts_lack_japanese_so_it_is_queued_once() {
        let state = Coverage {
            faces: coverage(&egui::Context::default())
                .lock()
                .map(|s| s.faces.clone())
                .unwrap_or_default(),
            ..Coverage::default()
        };
        assert!(!state.faces.is_empty());
        assert!(state.faces.iter().any(|f| f.can_draw('é')));
        assert!(!state.faces.iter().any(|f| f.can_draw('管')));
    }

    #[test]
    fn plain_upright_regular_faces_come_first() {
        let face = |style, weight| fontdb::FaceInfo {
            id: fontdb::ID::dummy(),
            source: fontdb::Source::Binary(Arc::new(Vec::<u8>::new())),
            index: 0,
            families: vec![(
                "Noto Sans CJK JP".into(),
                fontdb::Language::English_UnitedStates,
            )],
            post_script_name: String::new(),
            style,
            weight: fontdb::Weight(weight),
            stretch: fontdb::Stretch::Normal,
            monospaced: false,
        };
        let regular = face(fontdb::Style::Normal, 400);
        let bold = face(fontdb::Style::Normal, 700);
        let italic = face(fontdb::Style::Italic, 400);
        assert!(plainness(&regular) < plainness(&bold));
        assert!(plainness(&bold) < plainness(&italic));
        assert!(preference(&regular) < PREFERRED_FAMILIES.len());
    }
}
