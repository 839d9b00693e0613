//! UI tests for text in any script, the consent checklist's order, the change sentences and
//! the names every control gives a screen reader.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use teams_update_check::Side;
use teams_update_check::lang::{self, Language};
use teams_update_check::msg;

use super::{ClipboardSink, TeamsUpdateCheckApp, fonts};

/// One sample per script the test covers: what the script is, and a name written in it.
const SAMPLES: &[(&str, &str)] = &[
    ("Japanese", "タスク管理"),
    ("Chinese", "任务管理"),
    ("Korean", "작업 관리"),
    ("Thai", "จัดการงาน"),
    ("Arabic", "إدارة المهام"),
    ("Hebrew", "ניהול משימות"),
    ("Hindi", "कार्य प्रबंधन"),
    ("Russian", "Управление задачами"),
    ("Emoji", "📋✅"),
];

/// A clipboard that only remembers, so no display server is needed.
struct NoClipboard;

impl ClipboardSink for NoClipboard {
    fn copy(&mut self, _text: &str) -> Result<(), String> {
        Ok(())
    }
}

/// Says something the test could not check where it is always seen: the test harness
/// captures `println!`/`eprintln!` of passing tests, so this writes to the stream directly.
fn say_loudly(message: &str) {
    let _ = writeln!(std::io::stderr(), "{message}");
}

fn harness(allow_missing_glyphs: bool) -> Harness<'static, TeamsUpdateCheckApp> {
    harness_in(lang::english(), allow_missing_glyphs)
}

/// A window speaking `language` (on this test's thread only).
fn harness_in(
    language: &'static Language,
    allow_missing_glyphs: bool,
) -> Harness<'static, TeamsUpdateCheckApp> {
    lang::pin_this_thread(language);
    let mut builder = Harness::builder().with_size(egui::vec2(1100.0, 3000.0));
    if allow_missing_glyphs {
        builder = builder.allow_missing_glyphs();
    }
    let mut harness = builder.build_eframe(move |cc| {
        TeamsUpdateCheckApp::new(cc, [None, None], Box::new(NoClipboard), Some(language))
    });
    harness.run();
    harness
}

/// Steps the app until files are read and fonts are loaded (bounded), then lets it settle.
fn settle(harness: &mut Harness<'static, TeamsUpdateCheckApp>) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        harness.step();
        if !harness.state().is_busy() {
            break;
        }
        assert!(Instant::now() < deadline, "loading did not finish");
        std::thread::sleep(Duration::from_millis(5));
    }
    harness.run();
}

fn load(harness: &mut Harness<'static, TeamsUpdateCheckApp>, side: Side, path: &Path) {
    harness.state_mut().open_path(side, path.to_path_buf());
    settle(harness);
}

/// The published manifest (Latin names) and the update, whose names, tabs and message
/// extension commands are written in `names`.
fn manifests(names: &[&str]) -> (String, String) {
    let id = "4e5a8c1d-2b7f-4c3e-9a6d-0f1e2d3c4b5a";
    let bot = "9d2c7b4a-1e3f-4a5b-8c6d-7e8f9a0b1c2d";
    let old = serde_json::json!({
        "manifestVersion": "1.17", "version": "1.0.0", "id": id,
        "name": {"short": "Tasks", "full": "Contoso Tasks"},
        "description": {"short": "Tasks", "full": "Contoso Tasks for Teams"},
        "bots": [{"botId": bot, "scopes": ["personal"]}],
    });
    let tabs: Vec<serde_json::Value> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            serde_json::json!({"entityId": format!("tab-{i}"), "name": name,
                "contentUrl": "https://contoso.example/tab", "scopes": ["personal"]})
        })
        .collect();
    let commands: Vec<serde_json::Value> = names
        .iter()
        .enumerate()
        .map(|(i, name)| serde_json::json!({"id": format!("command{i}"), "type": "query", "title": name}))
        .collect();
    let new = serde_json::json!({
        "manifestVersion": "1.17", "version": "1.1.0", "id": id,
        "name": {"short": names.join(" "), "full": names.join(" · ")},
        "description": {"short": "Tasks", "full": "Contoso Tasks for Teams"},
        "bots": [{"botId": bot, "scopes": ["personal"]}],
        "composeExtensions": [{"botId": bot, "commands": commands}],
        "staticTabs": tabs,
    });
    (old.to_string(), new.to_string())
}

#[test]
fn names_in_every_script_show_in_the_cards_and_the_change_list() {
    let mut checked = Vec::new();
    for (script, sample) in SAMPLES {
        let lacking = fonts::no_font_has(sample);
        if lacking.is_empty() {
            checked.push(*sample);
        } else {
            say_loudly(&format!(
                "NOT CHECKED: no installed font can draw {script} ({sample}; missing {lacking:?}). \
                 Install the Noto fonts (Debian: fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji) \
                 to check it."
            ));
        }
    }
    assert!(
        checked.contains(&"Управление задачами"),
        "the built-in fonts draw Russian"
    );
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = manifests(&checked);
    std::fs::write(dir.path().join("old.json"), old).unwrap();
    std::fs::write(dir.path().join("new.json"), new).unwrap();

    // Until the fallback fonts are found, text shows as boxes (as in the real window's first
    // frame with a new file); once they are, drawing one more box is a test failure.
    let mut harness = harness(true);
    load(&mut harness, Side::Old, &dir.path().join("old.json"));
    load(&mut harness, Side::New, &dir.path().join("new.json"));
    harness
        .ctx
        .set_missing_glyph_policy(egui::MissingGlyphPolicy::Panic);
    harness.run();

    let added = fonts::added_fonts(&harness.ctx);
    let non_latin = checked.iter().any(|s| !s.starts_with('У'));
    assert!(
        !non_latin || !added.is_empty(),
        "no system font was added for {checked:?}"
    );
    say_loudly(&format!(
        "fonts added for {} scripts: {added:?}",
        checked.len()
    ));
    let font = egui::FontId::proportional(14.0);
    for sample in &checked {
        for c in sample.chars().filter(|c| !c.is_whitespace()) {
            let drawable = harness.ctx.fonts_mut(|fonts| fonts.has_glyph(&font, c));
            assert!(drawable, "{c:?} of {sample} has no glyph in the window");
        }
        // The card shows the short name (all samples), the change list each tab by name
        // and the message extension's commands.
        assert!(
            harness
                .query_all_by_label_contains(&format!("Personal tab \"{sample}\""))
                .count()
                >= 1
        );
        assert!(
            harness.query_all_by_label_contains(sample).count() >= 3,
            "{sample} is not in the card, the tab and the command"
        );
    }
}

#[test]
fn consent_rules_in_the_update_come_first_and_the_others_fold() {
    let mut harness = harness(false);
    harness.get_by_label("Try an example").click();
    harness.run();
    let report = harness.state().report.clone().unwrap();
    let triggered = report.triggered_rules().count();
    assert!(triggered > 0);
    for rule in report.triggered_rules() {
        harness.get_by_label(&rule.title.text());
    }
    assert_eq!(
        harness.query_all_by_label_contains("Why: ").count(),
        triggered,
        "each rule in the update says why, the others do not"
    );
    let fold = teams_update_check::presentation::untriggered_heading(&report);
    assert!(fold.starts_with(&format!("The other {} changes", 13 - triggered)));
    assert!(
        harness
            .query_by_label("✔ No: A bot was added or removed")
            .is_none(),
        "the rules not in the update start folded"
    );
    // The fold and the rule list come after the rules in the update.
    let fired = harness
        .get_by_label(&report.triggered_rules().next().unwrap().title.text())
        .rect();
    let fold_rect = harness.get_by_label(&fold).rect();
    assert!(fired.top() < fold_rect.top());
    harness.get_by_label(&fold).click();
    harness.run();
    let explanation = teams_update_check::rules::RULES[0].explanation().text();
    harness.get_by_label(&format!("Why: {explanation}"));
}

#[test]
fn an_added_message_extension_reads_as_a_sentence_with_its_full_value_one_click_away() {
    let mut harness = harness(false);
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = manifests(&["Search tasks"]);
    std::fs::write(dir.path().join("old.json"), old).unwrap();
    std::fs::write(dir.path().join("new.json"), new).unwrap();
    load(&mut harness, Side::Old, &dir.path().join("old.json"));
    load(&mut harness, Side::New, &dir.path().join("new.json"));
    harness.get_by_label("Added Message extension with 1 command: Search tasks");
    harness.get_by_label("Added Personal tab \"Search tasks\"");
    assert!(
        harness.query_by_label_contains("{\"botId\"").is_none(),
        "no raw JSON in the change list"
    );
    let full = "Full value of Message extension";
    harness.get_by_label_contains(full).click();
    harness.run();
    harness.get_by_label("Copy full value").click();
    let mut copied = false;
    for _ in 0..4 {
        harness.step();
        copied |= harness.output().platform_output.commands.iter().any(|command| {
            matches!(command, egui::OutputCommand::CopyText(text) if text.contains("\"command0\""))
        });
    }
    assert!(copied, "the full value was not copied");
}

#[test]
fn every_control_has_a_name_for_screen_readers() {
    use egui::accesskit::Role;
    let mut harness = harness(false);
    harness.get_by_label("Try an example").click();
    harness.run();
    // Open every fold so the controls inside are in the tree too.
    for label in [
        "changes that need approval are not in this update",
        "Full value of Personal tab \"Reports\"",
    ] {
        harness.get_by_label_contains(label).click();
        harness.run();
    }
    let interactive = [
        Role::Button,
        Role::CheckBox,
        Role::Link,
        Role::TextInput,
        Role::MultilineTextInput,
        Role::ComboBox,
        Role::RadioButton,
        Role::Slider,
    ];
    let mut unnamed = BTreeSet::new();
    let mut count = 0;
    for node in harness.root().children_recursive() {
        let node = node.accesskit_node();
        if !interactive.contains(&node.role()) {
            continue;
        }
        count += 1;
        if node.label().is_none_or(|label| label.trim().is_empty()) {
            unnamed.insert(format!("{:?} {:?}", node.role(), node.value()));
        }
    }
    assert!(count > 10, "only {count} controls found");
    assert!(unnamed.is_empty(), "controls without a name: {unnamed:?}");
}

/// The window in German and in Japanese: every label of the welcome page and the report of
/// the example is said in the language, each glyph of it drawn (Japanese with a system font
/// or the bundled one), and the language menu, which names each language in itself, brings
/// English back and remembers the choice.
#[test]
fn the_window_speaks_german_and_japanese_and_its_menu_changes_language() {
    for tag in ["de", "ja"] {
        let language = lang::find(tag).unwrap();
        let mut harness = harness_in(language, true);
        settle(&mut harness);
        // The welcome page in the language, before any file.
        harness.get_by_label(&msg!("app-try-example").text());
        assert!(
            harness.query_by_label("Try an example").is_none(),
            "{tag}: no English label left"
        );
        harness
            .get_by_label(&msg!("app-try-example").text())
            .click();
        settle(&mut harness);
        // Every glyph found (a system CJK font, or the bundled subset): drawing a box fails.
        harness
            .ctx
            .set_missing_glyph_policy(egui::MissingGlyphPolicy::Panic);
        harness.run();
        let report = harness.state().report.clone().unwrap();
        let headline = teams_update_check::presentation::present(&report)
            .headline
            .text;
        assert!(
            harness.query_all_by_label_contains(&headline).count() >= 1,
            "{tag}: the verdict {headline:?} is shown"
        );
        for rule in report.triggered_rules() {
            harness.get_by_label(&rule.title.text());
        }
        // The language menu, which shows the language by its own name: English.
        let menu = harness.get_by_role(egui::accesskit::Role::ComboBox);
        assert_eq!(menu.value().as_deref(), Some(language.own_name));
        // Opening it looks up fonts for every language's name: until they are found they
        // may show as boxes, then each is drawn (a box is a failure from here on).
        harness
            .ctx
            .set_missing_glyph_policy(egui::MissingGlyphPolicy::Tofu);
        menu.click();
        settle(&mut harness);
        harness
            .ctx
            .set_missing_glyph_policy(egui::MissingGlyphPolicy::Panic);
        harness.run();
        for other in lang::LANGUAGES.iter().filter(|other| !other.is_pseudo()) {
            harness.get_by_label(other.own_name);
        }
        harness.get_by_label("English").click();
        settle(&mut harness);
        assert_eq!(harness.state().settings.language.as_deref(), Some("en"));
        assert_eq!(lang::current().tag, "en");
        harness.get_by_label("Try an example");
        harness.get_by_label(&report.triggered_rules().next().unwrap().title.english());
    }
}
