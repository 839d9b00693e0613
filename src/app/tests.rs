//! UI tests: the real app in egui_kittest, found and clicked through its accessibility tree.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use teams_update_check::Side;
use teams_update_check::lang;

use super::{CardState, ClipboardSink, TeamsUpdateCheckApp};

/// Remembers what was copied, so tests need no display server.
#[derive(Clone, Default)]
struct MemoryClipboard(Rc<RefCell<Vec<String>>>);

impl ClipboardSink for MemoryClipboard {
    fn copy(&mut self, text: &str) -> Result<(), String> {
        self.0.borrow_mut().push(text.to_string());
        Ok(())
    }
}

/// A clipboard that is never available.
struct BrokenClipboard;

impl ClipboardSink for BrokenClipboard {
    fn copy(&mut self, _text: &str) -> Result<(), String> {
        Err("no clipboard on this system".into())
    }
}

#[derive(Debug)]
struct TestDroppedFile(PathBuf);

impl egui::DroppedFile for TestDroppedFile {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples")
        .join(name)
}

fn harness_with(clipboard: Box<dyn ClipboardSink>) -> Harness<'static, TeamsUpdateCheckApp> {
    // This test's window speaks English whatever the other tests' windows speak.
    lang::pin_this_thread(lang::english());
    let mut clipboard = Some(clipboard);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1100.0, 3000.0))
        .build_eframe(move |cc| {
            let clipboard = clipboard
                .take()
                .unwrap_or_else(|| Box::new(MemoryClipboard::default()));
            TeamsUpdateCheckApp::new(cc, [None, None], clipboard, Some(lang::english()))
        });
    harness.run();
    harness
}

fn harness() -> (Harness<'static, TeamsUpdateCheckApp>, MemoryClipboard) {
    let clipboard = MemoryClipboard::default();
    (harness_with(Box::new(clipboard.clone())), clipboard)
}

/// Steps the app until background loading is done (bounded), then lets it settle.
fn settle(harness: &mut Harness<'static, TeamsUpdateCheckApp>) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        while harness.state().is_busy() {
            assert!(Instant::now() < deadline, "loading did not finish");
            std::thread::sleep(Duration::from_millis(5));
            harness.step();
        }
        // A file watch event may start new work meanwhile (a spinner keeps repainting).
        if harness.try_run().is_ok() && !harness.state().is_busy() {
            break;
        }
        assert!(Instant::now() < deadline, "the window did not settle");
    }
}

fn load(harness: &mut Harness<'static, TeamsUpdateCheckApp>, side: Side, path: &Path) {
    harness.state_mut().open_path(side, path.to_path_buf());
    settle(harness);
}

/// Copies the example pair into a new folder (`old.json`, `new.json`) and loads it.
fn example_pair_loaded_from_a_folder(
    harness: &mut Harness<'static, TeamsUpdateCheckApp>,
) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.json");
    let new = dir.path().join("new.json");
    std::fs::copy(example("contoso-tasks-published.json"), &old).unwrap();
    std::fs::copy(example("contoso-tasks-new.json"), &new).unwrap();
    load(harness, Side::Old, &old);
    load(harness, Side::New, &new);
    (dir, old, new)
}

/// The report is worked out by a worker, not on the UI thread: right after both
/// inputs are in, there is no report yet and the app is busy; then it arrives.
#[test]
fn the_report_is_worked_out_off_the_ui_thread() {
    let (mut harness, _) = harness();
    harness.state_mut().load_example();
    assert!(harness.state().report.is_none());
    assert!(harness.state().checking && harness.state().is_busy());
    settle(&mut harness);
    assert!(harness.state().report.is_some() && !harness.state().is_busy());
    harness.get_by_label_contains("Ready to submit");
}

#[test]
fn empty_window_explains_and_example_shows_every_part() {
    let (mut harness, _) = harness();
    harness.get_by_label("How to use");
    harness.get_by_label("Try an example").click();
    harness.run();
    harness.get_by_label_contains("Ready to submit");
    harness.get_by_label("⚠  Existing users will be asked to approve the app again.");
    harness.get_by_label("A personal tab was added");
    harness.get_by_label("• The personal tab \"Reports\" was added");
    harness.get_by_label("What changed (6)");
    harness.get_by_label("Download button for your website");
    assert!(harness.query_by_label("How to use").is_none());
}

#[test]
fn malformed_file_shows_its_error_and_the_other_card_stays() {
    let (mut harness, _) = harness();
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("manifest.json");
    std::fs::write(&bad, "{\n  \"id\": \"x\",\n}").unwrap();
    load(&mut harness, Side::New, &example("contoso-tasks-new.json"));
    load(&mut harness, Side::Old, &bad);
    harness.get_by_label_contains("Could not load manifest.json");
    harness.get_by_label("Where: line 2, column 12");
    harness.get_by_label_contains("What to do: Open the file in a text editor");
    harness.get_by_label("File: contoso-tasks-new.json");
    assert!(harness.query_by_label_contains("Ready to submit").is_none());
}

#[test]
fn dropped_files_fill_the_empty_cards() {
    let (mut harness, _) = harness();
    for name in ["contoso-tasks-published.json", "contoso-tasks-new.json"] {
        let file: egui::DroppedFileHandle = Arc::new(TestDroppedFile(example(name)));
        harness.input_mut().dropped_files.push(file);
        harness.step();
        settle(&mut harness);
    }
    harness.get_by_label("File: contoso-tasks-published.json");
    harness.get_by_label("File: contoso-tasks-new.json");
    harness.get_by_label_contains("Ready to submit");
}

#[test]
fn button_label_updates_preview_and_copied_html() {
    let (mut harness, clipboard) = harness();
    harness.state_mut().load_example();
    settle(&mut harness);
    harness.state_mut().settings.button.label = "Get <Tasks> & more".into();
    harness.run();
    harness.get_by_label("Get <Tasks> & more");
    harness.get_by_label("Copy HTML").click();
    harness.run();
    let copied = clipboard
        .0
        .borrow()
        .last()
        .cloned()
        .expect("something was copied");
    assert!(
        copied.contains(">Get &lt;Tasks&gt; &amp; more</a>"),
        "{copied}"
    );
    assert!(
        copied.contains("https://teams.microsoft.com/l/app/4e5a8c1d-2b7f-4c3e-9a6d-0f1e2d3c4b5a")
    );
    harness.get_by_label_contains("Button HTML copied to the clipboard");

    clipboard.0.borrow_mut().clear();
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::C,
    );
    harness.run();
    assert!(
        clipboard
            .0
            .borrow()
            .last()
            .is_some_and(|html| html.contains("&lt;Tasks&gt;")),
        "shortcut copies"
    );

    harness.get_by_label("Copy link").click();
    harness.run();
    assert_eq!(
        clipboard.0.borrow().last().map(String::as_str),
        Some("https://teams.microsoft.com/l/app/4e5a8c1d-2b7f-4c3e-9a6d-0f1e2d3c4b5a")
    );
}

#[test]
fn typing_the_label_in_the_text_field_reaches_the_html() {
    let (mut harness, clipboard) = harness();
    harness.state_mut().load_example();
    settle(&mut harness);
    harness.state_mut().settings.button.label.clear();
    harness.run();
    harness.get_by_label("Button text").focus();
    harness.run();
    harness.get_by_label("Button text").type_text("Install now");
    harness.run();
    assert_eq!(harness.state().settings.button.label, "Install now");
    harness.get_by_label("Copy HTML").click();
    harness.run();
    assert!(
        clipboard
            .0
            .borrow()
            .last()
            .is_some_and(|html| html.contains(">Install now</a>"))
    );
}

#[test]
fn bad_app_id_override_is_explained() {
    let (mut harness, _) = harness();
    harness.state_mut().load_example();
    harness.state_mut().app_id_override = "not-an-id".into();
    settle(&mut harness);
    harness.get_by_label_contains("is not an app ID");
    assert!(harness.query_by_label("Copy HTML").is_none());
}

#[test]
fn clipboard_failure_is_reported_and_the_app_keeps_working() {
    let mut harness = harness_with(Box::new(BrokenClipboard));
    harness.state_mut().load_example();
    settle(&mut harness);
    harness.get_by_label("Copy HTML").click();
    harness.run();
    harness.get_by_label_contains("Could not use the clipboard");
    harness.get_by_label_contains("Ready to submit");
}

#[test]
fn export_writes_markdown_and_html_but_never_over_an_input() {
    let (mut harness, _) = harness();
    let (dir, _old, new) = example_pair_loaded_from_a_folder(&mut harness);

    let markdown = dir.path().join("report.md");
    harness.state_mut().export_to(&markdown, false);
    settle(&mut harness);
    let text = std::fs::read_to_string(&markdown).unwrap();
    assert!(text.starts_with("# Teams update check: Ready to submit"));
    let html = dir.path().join("report.html");
    harness.state_mut().export_to(&html, false);
    settle(&mut harness);
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );

    let before = std::fs::read(&new).unwrap();
    harness.state_mut().export_to(&new, false);
    settle(&mut harness);
    assert_eq!(
        std::fs::read(&new).unwrap(),
        before,
        "an input file must never be overwritten"
    );
    harness.run();
    harness.get_by_label_contains("is one of the files you are checking");

    let unwritable = dir.path().join("no-such-folder").join("report.md");
    harness.state_mut().export_to(&unwritable, false);
    settle(&mut harness);
    harness.get_by_label_contains("Could not save the report");
}

#[test]
fn reversed_versions_offer_a_swap() {
    let (mut harness, _) = harness();
    load(&mut harness, Side::Old, &example("contoso-tasks-new.json"));
    load(
        &mut harness,
        Side::New,
        &example("contoso-tasks-published.json"),
    );
    harness.get_by_label_contains("Fix 1 problem before submitting");
    harness.get_by_label("Swap the two").click();
    settle(&mut harness);
    harness.get_by_label_contains("Ready to submit");
    assert!(harness.query_by_label("Swap the two").is_none());
}

#[test]
fn same_file_twice_is_nothing_to_submit_with_a_hint() {
    let (mut harness, _) = harness();
    load(&mut harness, Side::Old, &example("contoso-tasks-new.json"));
    load(&mut harness, Side::New, &example("contoso-tasks-new.json"));
    harness.get_by_label_contains("Nothing changed: there is no update to submit");
    harness.get_by_label_contains("Both cards show the same file");
}

#[test]
fn clear_empties_a_card_and_the_report_goes() {
    let (mut harness, _) = harness();
    harness.state_mut().load_example();
    settle(&mut harness);
    harness.get_by_label("Clear the published version").click();
    harness.run();
    assert!(matches!(harness.state().cards[0].state, CardState::Empty));
    assert!(harness.query_by_label_contains("Ready to submit").is_none());
    harness.get_by_label("How to use");
}

#[test]
fn a_file_edited_elsewhere_reloads_by_itself() {
    let (mut harness, _) = harness();
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("manifest.json");
    std::fs::copy(example("contoso-tasks-new.json"), &new).unwrap();
    load(
        &mut harness,
        Side::Old,
        &example("contoso-tasks-published.json"),
    );
    load(&mut harness, Side::New, &new);
    harness.get_by_label_contains("Ready to submit");

    let text = std::fs::read_to_string(&new)
        .unwrap()
        .replace("\"1.3.0\"", "\"1.1.0\"");
    std::fs::write(&new, text).unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        harness.step();
        settle(&mut harness);
        if harness.query_by_label("Version 1.1.0").is_some() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the edited file was not reloaded"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    harness.get_by_label_contains("Fix 1 problem before submitting");

    std::fs::remove_file(&new).unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while harness.query_by_label_contains("Could not load").is_none() {
        assert!(
            Instant::now() < deadline,
            "the deleted file was not noticed"
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
        settle(&mut harness);
    }
    harness.get_by_label_contains("the file does not exist");
}

#[test]
fn store_section_shows_each_finding_with_where_it_is_and_counts_in_the_banner() {
    let (mut harness, _) = harness();
    harness.get_by_label("Try an example").click();
    harness.run();
    harness.get_by_label("Will the store accept it?");
    harness.get_by_label_contains("No store problems found (checked against the official format");
    harness.get_by_label_contains("Icons and other package files were not checked");

    let folder = tempfile::tempdir().unwrap();
    let published = std::fs::read_to_string(example("contoso-tasks-published.json")).unwrap();
    let mut new: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(example("contoso-tasks-new.json")).unwrap())
            .unwrap();
    new["validDomains"] = serde_json::json!(["www.contoso.example", "abc.ngrok.io"]);
    new["name"]["short"] = serde_json::json!("Contoso Tasks for Everyone Everywhere");
    let old_path = folder.path().join("published.json");
    let new_path = folder.path().join("new.json");
    std::fs::write(&old_path, published).unwrap();
    std::fs::write(&new_path, serde_json::to_string_pretty(&new).unwrap()).unwrap();
    load(&mut harness, Side::Old, &old_path);
    load(&mut harness, Side::New, &new_path);
    harness.run();
    harness.get_by_label_contains("Fix 2 problems before submitting");
    harness.get_by_label_contains("The store would refuse this manifest: 2 problems.");
    // Each problem is listed under the banner and said again in the store section.
    for message in [
        "Short name can be at most 30 characters; yours has 37.",
        "is a tunnel for testing",
    ] {
        assert_eq!(harness.query_all_by_label_contains(message).count(), 2);
    }
    // Where each one is, in words; the line and column are under "Details for developers".
    assert_eq!(
        harness
            .query_all_by_label_contains(", in manifest.json")
            .count(),
        4
    );
    assert_eq!(
        harness
            .query_all_by_label("Where: Valid domain 2, in manifest.json")
            .count(),
        2
    );
    assert!(harness.query_by_label_contains("line ").is_none());
    harness
        .query_all_by_label("Details for developers")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label_contains("manifest.json, line ");
}

/// The two cards' buttons look alike on screen ("Open…"); a screen reader hears
/// which card each is for. The icon has a text alternative, and the button
/// panel's toggles name the setting they belong to.
#[test]
fn accessibility_names_tell_the_cards_apart() {
    let (mut harness, _) = harness();
    harness.get_by_label("Open the published version…");
    harness.get_by_label("Open the new version…");
    assert!(harness.query_by_label("Open…").is_none());

    // A package whose color icon is a real PNG.
    let dir = tempfile::tempdir().unwrap();
    let mut png = Vec::new();
    image::RgbaImage::from_pixel(8, 8, image::Rgba([91, 95, 199, 255]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let manifest = std::fs::read(example("contoso-tasks-new.json")).unwrap();
    let package = dir.path().join("app.zip");
    write_zip(&package, &[("manifest.json", manifest), ("color.png", png)]);
    load(&mut harness, Side::New, &package);
    load(
        &mut harness,
        Side::Old,
        &example("contoso-tasks-published.json"),
    );
    harness.get_by_label("Contoso Tasks's color icon");
    harness.get_by_label("Reload the new version");
    harness.get_by_label("Clear the published version");

    // The button panel's toggles say what they set.
    harness.get_by_label("Look: Outline");
    harness.get_by_label("Size: Large");
}

/// When no file dialog can be shown, the window says so and offers a path field
/// that opens the file (quotes from Windows' "Copy as path" taken off).
#[test]
fn no_file_dialog_offers_a_path_field_that_opens_the_file() {
    let (mut harness, _) = harness();
    assert!(
        harness
            .query_by_label("Path of the published version file")
            .is_none()
    );
    harness
        .state_mut()
        .handle_event(super::background::AppEvent::Picked {
            side: Side::Old,
            outcome: super::DialogOutcome::Unavailable,
        });
    harness.run();
    // The message at the bottom, and the field's explanation in each card.
    harness.get_by_label_contains("paste its full path in the card");
    assert_eq!(
        harness
            .get_all_by_label_contains("paste its full path here")
            .count(),
        2
    );
    let path = example("contoso-tasks-published.json");
    harness
        .get_by_label("Path of the published version file")
        .focus();
    harness.run();
    harness
        .get_by_label("Path of the published version file")
        .type_text(&format!("\"{}\"", path.display()));
    harness.run();
    harness.get_all_by_label("Open").next().unwrap().click();
    settle(&mut harness);
    assert!(matches!(
        harness.state().card(Side::Old).state,
        CardState::Loaded(_)
    ));
    assert_eq!(
        harness.state().card(Side::Old).path.as_deref(),
        Some(path.as_path())
    );
    // The loaded card's field is gone; "Open…" on it again, still without a dialog,
    // shows the field right away (not only after Clear).
    assert!(
        harness
            .query_by_label("Path of the published version file")
            .is_none()
    );
    harness
        .state_mut()
        .handle_event(super::background::AppEvent::Picked {
            side: Side::Old,
            outcome: super::DialogOutcome::Unavailable,
        });
    harness.run();
    harness.get_by_label("Path of the published version file");
    assert!(matches!(
        harness.state().card(Side::Old).state,
        CardState::Loaded(_)
    ));
    // A cancelled dialog is not an unavailable one: nothing is said.
    let (mut quiet, _) = self::harness();
    quiet
        .state_mut()
        .handle_event(super::background::AppEvent::Picked {
            side: Side::New,
            outcome: super::DialogOutcome::Cancelled,
        });
    quiet.run();
    assert!(quiet.query_by_label_contains("No file dialog").is_none());
}

/// Without a save dialog, "Export report" still saves: in the new version's folder,
/// named after the app and its new version, never over an existing report, and the
/// message says where.
#[test]
fn no_save_dialog_saves_the_report_beside_the_new_version() {
    let (mut harness, _) = harness();
    let (dir, _old, _new) = example_pair_loaded_from_a_folder(&mut harness);
    std::fs::write(
        dir.path().join("Contoso-Tasks-1.3.0-update-report.html"),
        "an older report",
    )
    .unwrap();
    harness
        .state_mut()
        .handle_event(super::background::AppEvent::ExportTo {
            outcome: super::DialogOutcome::Unavailable,
        });
    settle(&mut harness);
    let saved = dir.path().join("Contoso-Tasks-1.3.0-update-report-2.html");
    let text = std::fs::read_to_string(&saved).unwrap();
    assert!(text.starts_with("<!DOCTYPE html>"), "{text}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("Contoso-Tasks-1.3.0-update-report.html")).unwrap(),
        "an older report"
    );
    harness.get_by_label_contains(
        "No save dialog could be opened on this computer, so the report was saved to",
    );
}

/// "Save a fixed copy…" shows beside a verdict it can help, with a field for another
/// version; without a save dialog a field offers the place beside the new version. The
/// copy opens as the new version and its repairs are listed; the input is not changed.
#[test]
fn a_fixed_copy_is_saved_and_opened_as_the_new_version() {
    let (mut harness, _) = harness();
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.json");
    let new = dir.path().join("new.json");
    std::fs::copy(example("contoso-tasks-published.json"), &old).unwrap();
    // The new version forgot to raise the version number.
    let text = std::fs::read_to_string(example("contoso-tasks-new.json"))
        .unwrap()
        .replace("\"version\": \"1.3.0\"", "\"version\": \"1.2.0\"");
    std::fs::write(&new, &text).unwrap();
    load(&mut harness, Side::Old, &old);
    load(&mut harness, Side::New, &new);
    harness.get_by_label("Save a fixed copy…");
    harness.get_by_label_contains("Leave it empty to use 1.2.1 (the published version is 1.2.0).");
    // A version the copy cannot use is said beside the field as it is typed.
    harness.state_mut().fix_state.version = "1.3".to_string();
    harness.run();
    harness.get_by_label_contains("The version \"1.3\" is not three whole numbers");
    harness.state_mut().fix_state.version = "1.1.0".to_string();
    harness.run();
    harness.get_by_label_contains("The version 1.1.0 is not higher than the published 1.2.0");
    harness.state_mut().fix_state.version.clear();
    harness.run();
    assert!(harness.query_by_label_contains("is not higher").is_none());
    harness.get_by_label("Version for the fixed copy").focus();
    harness.run();
    harness
        .get_by_label("Version for the fixed copy")
        .type_text("1.4.0");
    harness.run();
    harness
        .state_mut()
        .handle_event(super::background::AppEvent::FixTo {
            outcome: super::DialogOutcome::Unavailable,
        });
    harness.run();
    harness.get_by_label_contains("No save dialog could be opened on this computer");
    harness.get_by_label("Save the copy").click();
    settle(&mut harness);
    let copy = dir.path().join("new-fixed.json");
    let fixed = std::fs::read_to_string(&copy).unwrap();
    assert_eq!(
        fixed,
        text.replace("\"version\": \"1.2.0\"", "\"version\": \"1.4.0\"")
    );
    assert_eq!(std::fs::read_to_string(&new).unwrap(), text);
    assert_eq!(
        harness.state().card(Side::New).path.as_deref(),
        Some(copy.as_path())
    );
    harness.get_by_label_contains("The version: was 1.2.0, now 1.4.0");
    assert!(harness.query_by_label("Save a fixed copy…").is_none());
}

/// A package zipped as a folder does not load, but a fixed copy moves its files to the
/// root, and the copy then loads as the new version.
#[test]
fn a_package_zipped_as_a_folder_can_be_saved_with_its_files_at_the_root() {
    let (mut harness, _) = harness();
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.json");
    std::fs::copy(example("contoso-tasks-published.json"), &old).unwrap();
    let manifest = std::fs::read(example("contoso-tasks-new.json")).unwrap();
    let new = dir.path().join("app.zip");
    write_zip(&new, &[("Contoso/manifest.json", manifest)]);
    load(&mut harness, Side::Old, &old);
    load(&mut harness, Side::New, &new);
    harness.get_by_label_contains("The new version's files sit in a folder");
    harness
        .state_mut()
        .handle_event(super::background::AppEvent::FixTo {
            outcome: super::DialogOutcome::Unavailable,
        });
    harness.run();
    harness.get_by_label("Save the copy").click();
    settle(&mut harness);
    let copy = dir.path().join("app-fixed.zip");
    assert_eq!(
        harness.state().card(Side::New).path.as_deref(),
        Some(copy.as_path())
    );
    assert!(harness.state().input(Side::New).is_some());
    harness.get_by_label_contains("The package's files: was in the folder \"Contoso\"");
}

#[test]
fn the_welcome_screen_says_where_to_get_the_published_version() {
    let (mut harness, _) = harness();
    assert!(
        harness
            .query_by_label_contains("Download app package")
            .is_none()
    );
    harness
        .get_by_label("Where do I get the published version?")
        .click();
    harness.run();
    harness.get_by_label_contains("Developer Portal (dev.teams.microsoft.com): open Apps, select your app and choose Download app package");
    harness.get_by_label_contains("Partner Center");
    harness.get_by_label_contains("Teams admin center");
    // The same three places as the user guide.
    let guide =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/guide.md"))
            .unwrap();
    for place in [
        "Developer Portal",
        "Partner Center",
        "Teams admin center",
        "Download app package",
    ] {
        assert!(guide.contains(place), "{place}");
    }
}

/// Every shortcut the window shows is egui's writing of its one definition in
/// `shortcuts`: "Ctrl+O" on Linux and Windows, the Command key on a Mac (never "Ctrl").
#[test]
fn shortcuts_are_shown_the_way_egui_writes_them_on_each_system() {
    use super::shortcuts::{COPY_HTML, EXPORT, OPEN_NEW, OPEN_OLD, RELOAD};
    use egui::os::OperatingSystem;
    for os in [
        OperatingSystem::Nix,
        OperatingSystem::Windows,
        OperatingSystem::Mac,
    ] {
        let (mut harness, _) = harness();
        harness.ctx.set_os(os);
        harness.run();
        let key = |shortcut| harness.ctx.format_shortcut(shortcut);
        let open_old = key(&OPEN_OLD);
        let sentence = format!(
            "Shortcuts: {open_old} opens the published version, {} the new one, {} exports the \
             report, {} copies the button HTML, {} reloads.",
            key(&OPEN_NEW),
            key(&EXPORT),
            key(&COPY_HTML),
            key(&RELOAD),
        );
        eprintln!("{os:?}: {sentence}");
        harness.get_by_label_contains(&sentence);
        if os == OperatingSystem::Mac {
            // "⌘O" when the window's fonts have the symbols, else egui's "Cmd+O".
            assert!(open_old == "⌘O" || open_old == "Cmd+O", "{open_old}");
            assert!(!sentence.contains("Ctrl"), "{sentence}");
        } else {
            assert_eq!(open_old, "Ctrl+O");
            assert_eq!(key(&OPEN_NEW), "Ctrl+Shift+O");
        }
    }
}

/// No label or tooltip writes a shortcut by hand: the window's sources name no
/// modifier key in their texts (only `shortcuts.rs` defines them, as key codes).
#[test]
fn no_shortcut_is_written_by_hand() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name == "tests.rs" || !name.ends_with(".rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        for (number, line) in source.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            for written in ["Ctrl+", "Cmd+", "⌘", "(F5)", "F5 reloads"] {
                assert!(
                    !code.contains(written),
                    "{name}:{}: {written} written by hand: {code}",
                    number + 1
                );
            }
        }
    }
}

#[test]
fn about_shows_version_licence_and_privacy_and_closes() {
    let (mut harness, _) = harness();
    harness.get_by_label("About").click();
    harness.run();
    harness.get_by_label(&format!("Version {}", env!("CARGO_PKG_VERSION")));
    harness.get_by_label_contains("nothing is sent anywhere");
    harness.get_by_label_contains("MIT license");
    harness.get_by_label("Show the license").click();
    harness.run();
    harness.get_by_label_contains("Permission is hereby granted");
    // Built from source in a test: no notice beside the test program.
    harness.get_by_label_contains("THIRD-PARTY-LICENSES.html");
    harness.get_by_label("Close").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("nothing is sent anywhere")
            .is_none()
    );
}

/// Clicks a copy button and returns what reached the clipboard (stepping until it does,
/// so a busy machine's slower frames cannot lose the click).
fn click_and_read_copy(
    harness: &mut Harness<'static, TeamsUpdateCheckApp>,
    clipboard: &MemoryClipboard,
    label: &str,
) -> String {
    let before = clipboard.0.borrow().len();
    for _ in 0..5 {
        harness.get_by_label(label).click();
        for _ in 0..6 {
            harness.step();
            if clipboard.0.borrow().len() > before {
                settle(harness);
                return clipboard.0.borrow().last().cloned().unwrap_or_default();
            }
        }
    }
    panic!("{label} copied nothing");
}

/// Issue 19: under the banner, the problems with who fixes each, a link to each one's
/// details and "Copy for my developer"; after "Ready to submit", the next steps, the
/// certification notes and the release note. All reachable by keyboard and named for
/// screen readers.
#[test]
fn problems_next_steps_and_release_note_are_reachable_and_named() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::NodeT as _;
    let (mut harness, clipboard) = harness();
    let dir = tempfile::tempdir().unwrap();
    let old: serde_json::Value = serde_json::from_str(include_str!(
        "../../assets/examples/contoso-tasks-published.json"
    ))
    .unwrap();
    let mut new = old.clone();
    new["validDomains"] = serde_json::json!(["www.contoso.example", "abc.ngrok.io"]);
    std::fs::write(dir.path().join("old.json"), old.to_string()).unwrap();
    std::fs::write(dir.path().join("new.json"), new.to_string()).unwrap();
    load(&mut harness, Side::Old, &dir.path().join("old.json"));
    load(&mut harness, Side::New, &dir.path().join("new.json"));
    settle(&mut harness);
    harness.get_by_label_contains("Fix 2 problems before submitting");
    harness.get_by_label("Fix these before submitting");
    assert_eq!(harness.query_all_by_label("Who can fix it:").count(), 4);
    assert_eq!(harness.query_all_by_label("Your developer").count(), 2);
    let links: Vec<_> = harness.query_all_by_label("Show details").collect();
    assert_eq!(links.len(), 2, "one per problem");
    assert!(
        links
            .iter()
            .all(|link| link.accesskit_node().role() == Role::Link)
    );
    let copied = click_and_read_copy(&mut harness, &clipboard, "Copy for my developer");
    assert!(
        copied.contains("abc.ngrok.io") && copied.contains("line "),
        "{copied}"
    );
    assert!(
        copied.contains("Rule: https://learn.microsoft.com/"),
        "{copied}"
    );

    // Keyboard: Tab reaches the copy button (the first focusable controls are the cards').
    let mut reached = false;
    for _ in 0..60 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        if harness
            .query_by_label("Copy for my developer")
            .is_some_and(|node| node.accesskit_node().is_focused())
        {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab never reached Copy for my developer");

    // Ready: the next steps, the certification notes and the release note.
    new["validDomains"] = serde_json::json!(["www.contoso.example"]);
    new["version"] = serde_json::json!("1.3.0");
    if let Some(tabs) = new["staticTabs"].as_array_mut() {
        tabs.push(serde_json::json!({"entityId": "reports", "name": "Reports",
            "contentUrl": "https://www.contoso.example/tasks/teams/reports", "scopes": ["personal"]}));
    }
    // Another file, so the watch on the first one cannot reload it meanwhile.
    std::fs::write(dir.path().join("ready.json"), new.to_string()).unwrap();
    load(&mut harness, Side::New, &dir.path().join("ready.json"));
    settle(&mut harness);
    harness.get_by_label_contains("Ready to submit");
    harness.get_by_label("What to do next");
    harness.get_by_label_contains("update it from the app's tile on the Overview tab");
    let notes = click_and_read_copy(&mut harness, &clipboard, "Copy certification notes");
    assert!(
        notes.contains("update from version 1.2.0 to 1.3.0"),
        "{notes}"
    );
    assert!(notes.contains("Added Personal tab \"Reports\""), "{notes}");
    let note = click_and_read_copy(&mut harness, &clipboard, "Copy release note");
    assert!(
        note.contains("Teams will ask you to approve Contoso Tasks again"),
        "{note}"
    );
    assert!(
        note.contains("The personal tab \"Reports\" was added"),
        "{note}"
    );
}

/// The first Tab reaches the first card, not the top bar's "About".
#[test]
fn tab_starts_at_the_first_card() {
    use egui_kittest::kittest::NodeT as _;
    let (mut harness, _) = harness();
    harness.key_press(egui::Key::Tab);
    harness.run();
    let focused: Vec<String> = harness
        .root()
        .children_recursive()
        .filter(|node| node.accesskit_node().is_focused())
        .filter_map(|node| node.accesskit_node().label())
        .collect();
    assert_eq!(focused, ["Open the published version…"]);
}

/// A package of `entries` (name, bytes) written to `target`.
fn write_zip<N: AsRef<str>>(target: &Path, entries: &[(N, Vec<u8>)]) {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        writer
            .start_file(name.as_ref(), zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut writer, bytes).unwrap();
    }
    std::fs::write(target, writer.finish().unwrap().into_inner()).unwrap();
}

/// A package folder of `tests/fixtures` zipped into `target` (files at the root).
fn zip_fixture(folder: &Path, target: &Path) {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    let entries: Vec<(String, Vec<u8>)> = paths
        .iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(path).unwrap())
        })
        .collect();
    write_zip(target, &entries);
}

/// An agent update shows what users will notice after the consent section, and the agent's
/// changes in words under "Copilot agent", never as byte counts.
#[test]
fn an_agent_update_shows_its_notes_and_its_changes_in_words() {
    let (mut harness, _) = harness();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/agent-update");
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("old.zip"), dir.path().join("new.zip"));
    zip_fixture(&fixture.join("old"), &old);
    zip_fixture(&fixture.join("new"), &new);
    load(&mut harness, Side::Old, &old);
    load(&mut harness, Side::New, &new);
    settle(&mut harness);
    harness.get_by_label_contains("Ready to submit");
    harness.get_by_label("What your users will notice");
    harness.get_by_label_contains("Users will be asked to sign in to tasks-api.contoso.example");
    harness.get_by_label_contains("Copilot agent (");
    harness.get_by_label_contains("Changed the instructions of agent \"Contoso Tasks\"");
    harness.get_by_label_contains("Added an action to agent \"Contoso Tasks\"");
    assert!(harness.query_by_label_contains(" bytes").is_none());
}

/// An Office add-in that starts running in Excel and on a new event: the banner says the
/// admin approves again (not every user), and the change is told in words.
#[test]
fn an_addin_update_says_the_admin_approves_again() {
    let (mut harness, _) = harness();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/addin-update");
    load(&mut harness, Side::Old, &fixture.join("old.json"));
    load(&mut harness, Side::New, &fixture.join("new.json"));
    settle(&mut harness);
    harness.get_by_label_contains("Ready to submit");
    // The banner says who approves.
    harness.get_by_label(&format!(
        "⚠  {}",
        teams_update_check::presentation::ADMIN_ASKED
    ));
    assert!(
        harness
            .query_by_label_contains("Existing users will be asked")
            .is_none()
    );
    for line in [
        "The add-in now also runs in Excel",
        "The add-in now starts by itself when a new message is created",
    ] {
        assert!(
            harness.query_all_by_label_contains(line).count() >= 2,
            "{line}: in the consent section and under What changed"
        );
    }
    assert!(harness.query_by_label_contains("Extension ›").is_none());
}

/// Keyboard only, in a window shorter than the report: PageDown, End, Home, PageUp and
/// the arrow keys scroll it, and each control Tab gives the focus to is brought into
/// view, below the fold too.
#[test]
fn the_keyboard_scrolls_the_report_and_tab_brings_the_focus_into_view() {
    let height = 500.0;
    lang::pin_this_thread(lang::english());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1000.0, height))
        .build_eframe(|cc| {
            TeamsUpdateCheckApp::new(
                cc,
                [None, None],
                Box::new(MemoryClipboard::default()),
                Some(lang::english()),
            )
        });
    harness.run();
    load(
        &mut harness,
        Side::Old,
        &example("contoso-tasks-published.json"),
    );
    load(&mut harness, Side::New, &example("contoso-tasks-new.json"));
    let top = |harness: &Harness<'static, TeamsUpdateCheckApp>| {
        harness
            .get_by_label("Open the published version…")
            .rect()
            .top()
    };
    let start = top(&harness);
    harness.key_press(egui::Key::PageDown);
    harness.run();
    let paged = top(&harness);
    assert!(paged < start - height / 2.0, "PageDown: {start} → {paged}");
    harness.key_press(egui::Key::End);
    harness.run();
    let end = top(&harness);
    assert!(end < paged, "End: {paged} → {end}");
    harness.key_press(egui::Key::PageUp);
    harness.run();
    assert!(top(&harness) > end, "PageUp");
    harness.key_press(egui::Key::Home);
    harness.run();
    assert_eq!(top(&harness), start, "Home");
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert!(top(&harness) < start, "ArrowDown");
    harness.key_press(egui::Key::ArrowUp);
    harness.run();
    assert_eq!(top(&harness), start, "ArrowUp");

    // Tab through the controls: each one focused is on the screen.
    let mut below_the_fold = 0;
    for _ in 0..80 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        // One more frame, so the rectangles read are those drawn after any scroll.
        harness.step();
        let Some(id) = harness.ctx.memory(|memory| memory.focused()) else {
            continue;
        };
        let rect = harness.ctx.read_response(id).unwrap().rect;
        assert!(
            rect.top() >= -1.0 && rect.bottom() <= height + 1.0,
            "the focused control at {rect:?} is off the screen"
        );
        if top(&harness) < start {
            below_the_fold += 1;
        }
    }
    assert!(
        below_the_fold > 0,
        "Tab never reached a control below the fold"
    );
}
