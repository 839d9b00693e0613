//! Runs the real `teams-update-check` binary: exit codes, output formats, packages, button.

// Test helpers outside #[test] functions may unwrap too: a failure is a failing test.
#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const ID: &str = "4e5a8c1d-2b7f-4c3e-9a6d-0f1e2d3c4b5a";

/// The program as a test runs it: in English whatever this machine's locale (the tests of
/// `--lang` and `LANG` set theirs).
fn bin() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_teams-update-check"));
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    command
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("binary runs")
}

fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// A manifest the store accepts (format 1.17), with `extra` fields added at the end.
fn manifest(version: &str, extra: &str) -> String {
    format!(
        r##"{{"$schema": "https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json",
  "manifestVersion": "1.17", "id": "{ID}", "version": "{version}",
  "developer": {{"name": "Contoso", "websiteUrl": "https://www.contoso.com",
    "privacyUrl": "https://www.contoso.com/privacy", "termsOfUseUrl": "https://www.contoso.com/terms"}},
  "name": {{"short": "Contoso Tasks", "full": "Contoso Tasks for everyone"}},
  "description": {{"short": "Track tasks", "full": "Plan, assign and follow up on work with your colleagues."}},
  "icons": {{"color": "color.png", "outline": "outline.png"}}, "accentColor": "#4F6BED"{extra}}}"##
    )
}

/// A PNG of `size` × `size` pixels, all of colour `rgba`.
fn png(size: u32, rgba: [u8; 4]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, size, size);
        encoder.set_color(png::ColorType::Rgba);
        // Stored, not compressed: icons of different colours have the same size.
        encoder.set_compression(png::Compression::NoCompression);
        let mut writer = encoder.write_header().unwrap();
        let data: Vec<u8> = (0..size * size).flat_map(|_| rgba).collect();
        writer.write_image_data(&data).unwrap();
    }
    out
}

/// An app package with a 192 × 192 color icon of colour `shade` and a white outline icon.
fn package(manifest: &str, shade: u8) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    writer.start_file("manifest.json", options).unwrap();
    writer.write_all(manifest.as_bytes()).unwrap();
    writer.start_file("color.png", options).unwrap();
    writer.write_all(&png(192, [shade, 80, 160, 255])).unwrap();
    writer.start_file("outline.png", options).unwrap();
    writer.write_all(&png(32, [255, 255, 255, 255])).unwrap();
    writer.finish().unwrap().into_inner()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

#[test]
fn example_pair_is_ready_and_needs_consent() {
    let out = run(&[
        "check",
        &example("contoso-tasks-published.json"),
        &example("contoso-tasks-new.json"),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.starts_with("READY TO SUBMIT\nExisting users will be asked to approve the app again."),
        "{text}"
    );
    assert!(text.contains("[YES] A personal tab was added"), "{text}");
    assert!(
        text.contains("- The personal tab \"Reports\" was added"),
        "{text}"
    );
    assert!(!text.contains('`'), "no literal backticks: {text}");
}

#[test]
fn json_output_shape() {
    let out = run(&[
        "check",
        &example("contoso-tasks-published.json"),
        &example("contoso-tasks-new.json"),
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    assert_eq!(v["verdict"], "ready");
    assert_eq!(v["consent_required"], true);
    assert_eq!(v["consent"].as_array().unwrap().len(), 13);
    let fired: Vec<&str> = v["consent"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["triggered"] == true)
        .map(|r| r["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        fired,
        [
            "bot-supports-files-changed",
            "message-extension-added-or-removed",
            "personal-tab-added"
        ]
    );
    assert_eq!(v["checks"][0]["check"], "app-id-unchanged");
    assert_eq!(v["checks"][2]["status"], "pass");
    assert_eq!(
        v["download_url"],
        format!("https://teams.microsoft.com/l/app/{ID}")
    );
    assert_eq!(v["old"]["version"], "1.2.0");
    assert_eq!(v["new"]["app_name"], "Contoso Tasks");
    assert_eq!(v["new"]["manifest_version"], "1.17");
    assert!(
        v["changes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["path"] == "/staticTabs/reports" && c["kind"] == "added")
    );
}

#[test]
fn blocked_exits_1_and_markdown_works() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "old.json", manifest("1.0.0", "").as_bytes());
    let new = write(
        dir.path(),
        "new.json",
        manifest("1.0.0", r##", "accentColor": "#FFFFFF""##).as_bytes(),
    );
    let out = run(&[
        "check",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "--format",
        "markdown",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).starts_with("# Teams update check: Fix 1 problem before submitting"));
}

#[test]
fn same_file_is_nothing_to_submit() {
    let path = example("contoso-tasks-new.json");
    let out = run(&["check", &path, &path, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json(&out)["verdict"], "nothing-to-submit");
    assert_eq!(json(&out)["checks"][2]["status"], "skip");
}

#[test]
fn input_errors_exit_2_and_name_the_old_file_first() {
    let dir = tempfile::tempdir().unwrap();
    let bad_old = write(dir.path(), "published.json", b"{\n  \"id\": \"x\",\n}");
    let bad_new = write(dir.path(), "next.json", b"[]");
    let out = run(&[
        "check",
        bad_old.to_str().unwrap(),
        bad_new.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    assert_eq!(v["error"]["file"], "old");
    let message = v["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("published.json, line 2, column 12"),
        "{message}"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("published.json") && stderr.contains("line 2"),
        "{stderr}"
    );

    let good = example("contoso-tasks-new.json");
    let out = run(&[
        "check",
        &good,
        bad_new.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(json(&out)["error"]["file"], "new");
    // Text format: message on stderr only.
    let out = run(&["check", &good, bad_new.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn missing_file_exits_2() {
    let out = run(&[
        "check",
        "/no/such/old.json",
        &example("contoso-tasks-new.json"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("does not exist")
    );
}

#[test]
fn icon_only_change_in_packages() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "old.zip", &package(&manifest("1.0.0", ""), 1));
    let same_version = write(dir.path(), "same.zip", &package(&manifest("1.0.0", ""), 2));
    let bumped = write(
        dir.path(),
        "bumped.zip",
        &package(&manifest("1.0.1", ""), 2),
    );
    let identical = write(
        dir.path(),
        "identical.zip",
        &package(&manifest("1.0.0", ""), 1),
    );

    let out = run(&[
        "check",
        old.to_str().unwrap(),
        same_version.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "an icon change needs a new version"
    );
    let v = json(&out);
    assert_eq!(v["changes"][0]["path"], "color.png");
    assert_eq!(v["changes"][0]["area"], "package-file");
    // Sizes are numbers; two stored icons of another colour are a change at the same size.
    let size = v["changes"][0]["old"].as_u64().unwrap();
    assert_eq!(v["changes"][0]["new"], size);
    assert_eq!(v["consent_required"], false);
    let text = stdout(&run(&[
        "check",
        old.to_str().unwrap(),
        same_version.to_str().unwrap(),
    ]));
    assert!(
        text.contains(&format!(
            "Changed file color.png: new content, still {size} bytes"
        )),
        "{text}"
    );
    assert!(
        !text.contains(&format!("\"{size} bytes\" → \"{size} bytes\"")),
        "{text}"
    );

    let out = run(&[
        "check",
        old.to_str().unwrap(),
        bumped.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json(&out)["verdict"], "ready");

    let out = run(&[
        "check",
        old.to_str().unwrap(),
        identical.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(json(&out)["verdict"], "nothing-to-submit");
}

#[test]
fn package_detected_by_content_and_manifest_vs_package() {
    let dir = tempfile::tempdir().unwrap();
    let named_json = write(
        dir.path(),
        "manifest.json",
        &package(&manifest("1.0.1", ""), 1),
    );
    let plain = write(dir.path(), "plain.json", manifest("1.0.0", "").as_bytes());
    let out = run(&[
        "check",
        plain.to_str().unwrap(),
        named_json.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let v = json(&out);
    // A bare manifest has no package files: they are not compared, nor listed as added.
    assert_eq!(v["files_compared"], false);
    assert_eq!(v["changes"].as_array().map(Vec::len), Some(1), "{v}");
    assert_eq!(v["changes"][0]["path"], "/version");
    // The package was recognised by its content (and its store checks looked at its files).
    assert_eq!(v["store_scope"]["package"], true);
}

#[test]
fn button_prints_escaped_html() {
    let out = run(&[
        "button",
        &example("contoso-tasks-new.json"),
        "--label",
        "<Get & \"go\">",
        "--style",
        "dark",
        "--size",
        "large",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let html = stdout(&out);
    assert!(
        html.starts_with(&format!(
            "<a href=\"https://teams.microsoft.com/l/app/{ID}\""
        )),
        "{html}"
    );
    assert!(html.contains(">&lt;Get &amp; &quot;go&quot;&gt;</a>"));
    assert!(html.contains("background:#1f1f1f") && html.contains("font-size:18px"));
}

#[test]
fn button_with_override_and_bad_ids() {
    let other = "11111111-2222-3333-4444-555555555555";
    let out = run(&[
        "button",
        &example("contoso-tasks-new.json"),
        "--app-id",
        other,
    ]);
    assert!(stdout(&out).contains(other));
    let out = run(&[
        "button",
        &example("contoso-tasks-new.json"),
        "--app-id",
        "not-a-guid",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("not an app ID")
    );
    let out = run(&[
        "button",
        &example("contoso-tasks-new.json"),
        "--style",
        "neon",
    ]);
    // A mistake on the command line is a usage error (64), not an input error (2).
    assert_eq!(out.status.code(), Some(64));
}

#[test]
fn version_and_help() {
    let out = run(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with("teams-update-check "));
    let out = run(&["check", "--help"]);
    assert!(stdout(&out).contains("--format"));
}

#[test]
fn usage_errors_have_their_own_exit_code_and_help_lists_the_codes() {
    for args in [
        &["check", &example("contoso-tasks-new.json")][..],
        &["check", "a.json", "b.json", "--format", "yaml"],
        &["--no-such-option"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(64), "{args:?}");
        assert!(!out.stderr.is_empty());
    }
    let out = run(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = stdout(&out);
    for code in ["0 ", "1 ", "2 ", "3 ", "64 "] {
        assert!(help.contains(&format!("\n  {code}")), "{code} in {help}");
    }
    // An input error stays 2.
    let out = run(&["check", "/no/such/old.json", "/no/such/new.json"]);
    assert_eq!(out.status.code(), Some(2));
}

/// `check … | head -1`: the reader goes away before the report is written.
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    for format in ["text", "json", "markdown"] {
        let mut child = bin()
            .args([
                "check",
                &example("contoso-tasks-published.json"),
                &example("contoso-tasks-new.json"),
                "--format",
                format,
            ])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("binary runs");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("binary ends");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{format}: {stderr}");
        assert!(stderr.is_empty(), "{format}: {stderr}");
    }
    // The same for the help and the button.
    for args in [
        &["--help"][..],
        &["button", &example("contoso-tasks-new.json")],
    ] {
        let mut child = bin()
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("binary runs");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("binary ends");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn control_characters_from_a_manifest_are_escaped_in_text_output() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "old.json", manifest("1.0.0", "").as_bytes());
    let evil = manifest(
        "1.0.1",
        r#", "name": {"short": "Evil\u001b]0;pwned\u0007\u001b[2J"}, "bots": [{"botId": "b\u001b[31mred\r"}]"#,
    );
    let new = write(dir.path(), "new\u{1b}[1m.json", evil.as_bytes());
    for format in ["text", "markdown"] {
        let out = run(&[
            "check",
            old.to_str().unwrap(),
            new.to_str().unwrap(),
            "--format",
            format,
        ]);
        let text = stdout(&out);
        assert!(!text.contains('\u{1b}') && !text.contains('\r') && !text.contains('\u{7}'));
        // The bot ID, shown with its escapes visible (Markdown also escapes the bracket).
        assert!(
            text.contains("b\\x1B[31mred\\x0D") || text.contains("b\\x1B\\[31mred\\x0D"),
            "{format}: {text}"
        );
    }
    let out = run(&["check", old.to_str().unwrap(), "/no/such/\u{1b}[2J.json"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        !stderr.contains('\u{1b}') && stderr.contains("\\x1B[2J"),
        "{stderr}"
    );
}

#[test]
fn button_refuses_a_missing_manifest_even_with_an_app_id() {
    let out = run(&["button", "/no/such/dir/manifest.json", "--app-id", ID]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    // The message names the file as the user gave it, not "the new version".
    assert!(
        stderr.contains("could not load /no/such/dir/manifest.json: the file does not exist"),
        "{stderr}"
    );
    assert!(!stderr.contains("new version"), "{stderr}");
}

#[test]
fn button_accepts_ids_pasted_with_spaces_braces_or_as_a_teams_link() {
    let other = "11111111-2222-3333-4444-555555555555";
    for pasted in [
        format!("  {other} "),
        format!("{{{other}}}"),
        format!("https://teams.microsoft.com/l/app/{other}?source=app-details-dialog"),
    ] {
        let out = run(&[
            "button",
            &example("contoso-tasks-new.json"),
            "--app-id",
            &pasted,
        ]);
        assert_eq!(out.status.code(), Some(0), "{pasted}");
        assert!(
            stdout(&out).starts_with(&format!(
                "<a href=\"https://teams.microsoft.com/l/app/{other}\""
            )),
            "{pasted}"
        );
    }
}

#[test]
fn button_empty_label_is_an_error_and_rtl_label_gets_dir_auto() {
    let out = run(&["button", &example("contoso-tasks-new.json"), "--label", " "]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8(out.stderr).unwrap().contains("empty"));

    let out = run(&[
        "button",
        &example("contoso-tasks-new.json"),
        "--label",
        "احصل على التطبيق",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains(" dir=\"auto\" "));
}

#[test]
fn button_placeholder_id_message_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "manifest.json",
        br#"{"id": "${{TEAMS_APP_ID}}", "version": "1.0.0"}"#,
    );
    let out = run(&["button", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(&format!("the app ID in {}", path.display()))
            && stderr.contains("--app-id"),
        "{stderr}"
    );
}

/// Without DISPLAY and WAYLAND_DISPLAY the window cannot open: say so plainly and
/// point to the command line, without the window library's internal details.
#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn no_display_says_so_and_points_to_check() {
    for args in [
        &[][..],
        &[
            &example("contoso-tasks-published.json")[..],
            &example("contoso-tasks-new.json")[..],
        ],
    ] {
        let out = bin()
            .args(args)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .expect("binary runs");
        assert_eq!(out.status.code(), Some(3));
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.starts_with("error: no display found"), "{stderr}");
        assert!(stderr.contains("teams-update-check check"), "{stderr}");
        assert!(
            !stderr.contains(".rs") && !stderr.contains("cargo"),
            "{stderr}"
        );
    }
}

/// A 32 × 32 outline icon: transparent above, `#FEFEFE` at 20% opacity below.
fn grey_outline() -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, 32, 32);
        encoder.set_color(png::ColorType::Rgba);
        let mut writer = encoder.write_header().unwrap();
        let data: Vec<u8> = (0..32 * 32)
            .flat_map(|i| {
                if i < 16 * 32 {
                    [0, 0, 0, 0]
                } else {
                    [0xFE, 0xFE, 0xFE, 51]
                }
            })
            .collect();
        writer.write_image_data(&data).unwrap();
    }
    out
}

#[test]
fn fix_saves_a_copy_beside_the_new_version_and_checks_it() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(
        dir.path(),
        "published.zip",
        &package(&manifest("1.0.2", ""), 10),
    );
    // The same version, and a grey outline icon with a transparent background.
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, bytes) in [
        ("manifest.json", manifest("1.0.2", "").into_bytes()),
        ("color.png", png(192, [20, 80, 160, 255])),
        ("outline.png", grey_outline()),
        ("notes.txt", b"left over".to_vec()),
    ] {
        writer.start_file(name, options).unwrap();
        writer.write_all(&bytes).unwrap();
    }
    let new_bytes = writer.finish().unwrap().into_inner();
    let new = write(dir.path(), "app.zip", &new_bytes);
    let modified = std::fs::metadata(&new).unwrap().modified().unwrap();

    let output = run(&["fix", old.to_str().unwrap(), new.to_str().unwrap()]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(text.contains("The version: was 1.0.2, now 1.0.3"), "{text}");
    assert!(text.contains("512 pixels made white"), "{text}");
    assert!(text.contains("\"notes.txt\", now left out"), "{text}");
    assert!(
        text.trim_end().ends_with("The fixed copy: Ready to submit"),
        "{text}"
    );
    // The input is untouched; the copy sits beside it.
    assert_eq!(std::fs::read(&new).unwrap(), new_bytes);
    assert_eq!(
        std::fs::metadata(&new).unwrap().modified().unwrap(),
        modified
    );
    let copy = dir.path().join("app-fixed.zip");
    assert!(copy.is_file());
    let checked = run(&["check", old.to_str().unwrap(), copy.to_str().unwrap()]);
    assert_eq!(checked.status.code(), Some(0), "{}", stdout(&checked));

    // Fixing the copy finds nothing more to do and saves nothing.
    let again = run(&["fix", old.to_str().unwrap(), copy.to_str().unwrap()]);
    assert!(
        stdout(&again).contains("Nothing could be fixed"),
        "{}",
        stdout(&again)
    );
    assert!(!dir.path().join("app-fixed-fixed.zip").exists());

    // A second fix of the input gets a numbered name; an input is never the output.
    let numbered = run(&["fix", old.to_str().unwrap(), new.to_str().unwrap()]);
    assert_eq!(numbered.status.code(), Some(0));
    assert!(dir.path().join("app-fixed-2.zip").is_file());
    let refused = run(&[
        "fix",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "--output",
        new.to_str().unwrap(),
    ]);
    assert_eq!(refused.status.code(), Some(3));
    assert_eq!(std::fs::read(&new).unwrap(), new_bytes);
    let typed = run(&[
        "fix",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "-o",
        dir.path().join("typed.zip").to_str().unwrap(),
        "--new-version",
        "1.0.1",
    ]);
    assert_eq!(typed.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&typed.stderr).contains("not higher"));
}

/// The text report the library says in `tag` for the example pair, as `check` prints it.
fn library_report(tag: &str) -> String {
    use teams_update_check::lang;
    let language = lang::find(tag).unwrap();
    let (old, new) = teams_update_check::load_files(
        Path::new(&example("contoso-tasks-published.json")),
        Path::new(&example("contoso-tasks-new.json")),
    )
    .unwrap();
    lang::with_language(language, || {
        teams_update_check::render::to_text(&teams_update_check::check(&old, &new))
    })
    .trim_end()
    .to_string()
}

fn check_example(command: &mut Command, extra: &[&str]) -> (String, Option<i32>) {
    let output = command
        .arg("check")
        .arg(example("contoso-tasks-published.json"))
        .arg(example("contoso-tasks-new.json"))
        .args(extra)
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&output.stdout)
            .trim_end()
            .to_string(),
        output.status.code(),
    )
}

/// `--lang` chooses the language of the report; `LANG`, `LC_MESSAGES` and `LC_ALL` do
/// when it is not given, in the order other command-line tools read them; `--lang en`
/// and `LANG=C` give the English report, the exit code is the same in every language.
#[test]
fn the_report_speaks_the_language_of_lang_or_of_the_environment() {
    let english = library_report("en");
    let german = library_report("de");
    let japanese = library_report("ja");
    assert_ne!(english, german);
    assert_ne!(english, japanese);
    let (text, code) = check_example(&mut bin(), &["--lang", "de"]);
    assert_eq!(text, german);
    assert_eq!(code, Some(0));
    let (text, _) = check_example(bin().env("LANG", "de_DE.UTF-8"), &[]);
    assert_eq!(text, german, "LANG=de_DE.UTF-8");
    let (text, _) = check_example(
        bin()
            .env("LANG", "de_DE.UTF-8")
            .env("LC_ALL", "ja_JP.UTF-8"),
        &[],
    );
    assert_eq!(text, japanese, "LC_ALL comes before LANG");
    let (text, _) = check_example(
        bin().env("LANG", "de_DE.UTF-8").env("LC_MESSAGES", "ja_JP"),
        &[],
    );
    assert_eq!(text, japanese, "LC_MESSAGES comes before LANG");
    let (text, _) = check_example(bin().env("LANG", "de_DE.UTF-8"), &["--lang", "en"]);
    assert_eq!(text, english, "--lang en comes before LANG");
    let (text, _) = check_example(bin().env("LANG", "C"), &[]);
    assert_eq!(text, english, "LANG=C");
    let (text, _) = check_example(bin().env("LANG", "sr_RS.UTF-8"), &[]);
    assert_eq!(text, english, "a language the app does not speak");
    let (text, _) = check_example(&mut bin(), &["--lang", "pt_br"]);
    assert_eq!(text, library_report("pt-BR"), "a tag written as a locale");
}

/// The JSON report keeps its keys and identifiers in English, says its messages in the
/// chosen language and names it in `lang`.
#[test]
fn the_json_report_names_its_language_and_keeps_english_keys() {
    let (english, _) = check_example(&mut bin(), &["--format", "json"]);
    let (german, _) = check_example(&mut bin(), &["--format", "json", "--lang", "de"]);
    let english: serde_json::Value = serde_json::from_str(&english).unwrap();
    let german: serde_json::Value = serde_json::from_str(&german).unwrap();
    assert_eq!(english["lang"], "en");
    assert_eq!(german["lang"], "de");
    assert_eq!(english["headline_id"], german["headline_id"]);
    assert_ne!(english["headline"], german["headline"]);
    fn shape(value: &serde_json::Value) -> serde_json::Value {
        match value {
            serde_json::Value::Object(map) => map
                .iter()
                .map(|(key, inner)| {
                    let kept = key.ends_with("_id") || key == "id" || key == "kind";
                    (key.clone(), if kept { inner.clone() } else { shape(inner) })
                })
                .collect::<serde_json::Map<_, _>>()
                .into(),
            serde_json::Value::Array(items) => items.iter().map(shape).collect(),
            _ => serde_json::Value::Null,
        }
    }
    let mut english_shape = shape(&english);
    let mut german_shape = shape(&german);
    english_shape["lang"] = serde_json::Value::Null;
    german_shape["lang"] = serde_json::Value::Null;
    assert_eq!(english_shape, german_shape, "the same keys and identifiers");
}

/// `--lang` with a language the app does not speak is a usage error that lists the ones
/// it does; the option works on every subcommand.
#[test]
fn an_unknown_language_is_a_usage_error_on_every_subcommand() {
    for args in [
        vec!["check", "a.json", "b.json", "--lang", "xx"],
        vec!["--lang", "xx", "fix", "a.json", "b.json"],
        vec!["button", "a.json", "--lang", "xx"],
    ] {
        let output = run(&args);
        assert_eq!(output.status.code(), Some(64), "{args:?}");
        let error = String::from_utf8_lossy(&output.stderr);
        assert!(error.contains("\"xx\""), "{error}");
        assert!(
            error.contains("pt-BR") && error.contains("zh-TW"),
            "{error}"
        );
    }
}

/// The button's default label is said in the chosen language; a label given is kept.
#[test]
fn the_buttons_default_label_follows_the_language() {
    use teams_update_check::lang;
    let temp = tempfile::tempdir().unwrap();
    let path = write(
        temp.path(),
        "manifest.json",
        manifest("1.0.0", "").as_bytes(),
    );
    let path = path.to_string_lossy().into_owned();
    let japanese = lang::with_language(
        lang::find("ja").unwrap(),
        teams_update_check::button::default_label,
    );
    let output = run(&["button", &path, "--lang", "ja"]);
    assert_eq!(output.status.code(), Some(0));
    let html = String::from_utf8_lossy(&output.stdout);
    assert!(html.contains(&japanese), "{html}");
    let output = run(&["button", &path, "--lang", "ja", "--label", "Get Contoso"]);
    assert!(String::from_utf8_lossy(&output.stdout).contains("Get Contoso"));
}
