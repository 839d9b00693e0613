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

/// The subset of Noto Emoji holding the status symbols.
const STATUS_SYMBOLS: &[u8] = include_bytes!("../../assets/fonts/status-symbols.ttf");
const STATUS_SYMBOLS_NAME: &str = "status-symbols";

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
    let spawned = std::thread::Builder::new()
        .name("system-fonts".into())
        .spawn(move || look_up_queued(&ctx, &worker));
    if spawned.is_err() {
        // No thread, no lookup: the characters show as boxes, as before.
        lock(&shared).busy = false;
    }
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
fn look_up_queued(ctx: &egui::Context, shared: &Shared) {
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
        let (found, missing) = system_fonts_for(&wanted);
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
