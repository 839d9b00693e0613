//! The command-line interface: `check`, `fix` and `button` for scripts and CI pipelines.
//!
//! Exit codes: see [`EXIT_CODES`] (shown by `--help` and in the README).
//!
//! Output to a terminal is made safe first: control characters from a manifest
//! (escape sequences hidden in a bot ID) are shown escaped, never obeyed. A
//! reader that stops early (`check … | head -1`) ends the output quietly.

mod pipe;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use teams_update_check::button::{
    ButtonError, ButtonOptions, ButtonSize, ButtonStyle, button_html, default_label, parse_app_id,
};
use teams_update_check::escape::escape_control;
use teams_update_check::lang;
use teams_update_check::msg;
use teams_update_check::{Input, Side, SideError, Verdict, check, fix, load_files, render};

/// Exit code: ready to submit, nothing changed, or the button's HTML was printed.
pub const EXIT_OK: u8 = 0;
/// Exit code of `check`: a check failed, the update is blocked.
pub const EXIT_BLOCKED: u8 = 1;
/// Exit code: a file could not be loaded, or the app ID or label cannot make a button.
pub const EXIT_INPUT: u8 = 2;
/// Exit code: the window could not be opened (no display), or the output could not be written.
pub const EXIT_SYSTEM: u8 = 3;
/// Exit code: the command line itself is wrong (unknown option, missing file, bad value).
/// 64 is the usual code for this (`EX_USAGE` in sysexits.h).
pub const EXIT_USAGE: u8 = 64;

/// The exit codes as `--help` shows them; the README's command-line section says the same.
pub const EXIT_CODES: &str = "Exit codes:
  0   ready to submit or nothing changed (check; fix: the fixed copy); the HTML was printed (button)
  1   blocked: a check failed (check; fix: the fixed copy still has a problem)
  2   a file could not be loaded, or the app ID, label or typed version cannot be used
      (the message names the file, where the problem is and what to do)
  3   the window could not be opened (no display), or the output (or the fixed copy)
      could not be written
  64  the command line is wrong: unknown option, missing file name, bad value";

/// Command-line arguments. With no subcommand the window opens.
#[derive(Debug, Parser)]
#[command(
    name = "teams-update-check",
    version,
    about = "Check a Microsoft Teams app update before you submit it to the store.",
    long_about = "Check a Microsoft Teams app update before you submit it to the store: is it ready, \
                  will existing users be asked to approve the app again, and what changed.\n\n\
                  Run without a command to open the window (optionally with the published and the new \
                  file to load).",
    args_conflicts_with_subcommands = true,
    after_help = EXIT_CODES
)]
pub struct Cli {
    /// What to do; without one, the window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Published manifest.json or app package (.zip) to load into the window.
    pub old: Option<PathBuf>,
    /// New manifest.json or app package (.zip) to load into the window.
    pub new: Option<PathBuf>,
    /// The language of the messages and reports, as a tag: en, de, fr, es, it, pt-BR, nl, pl,
    /// sv, ja, ko, zh-CN, zh-TW or qps-ploc (default: from LC_ALL, LC_MESSAGES or LANG, else
    /// the system's language).
    #[arg(long, global = true, value_name = "TAG")]
    pub lang: Option<String>,
}

/// The command-line subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare the published manifest with the new one and print the report.
    Check {
        /// The manifest.json or app package (.zip) now published in the store.
        old: PathBuf,
        /// The manifest.json or app package (.zip) you want to submit.
        new: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Save a fixed copy of the new version: the safe, mechanical repairs (version number,
    /// schema link, icons, unused files, a package zipped as a folder), then check the copy.
    Fix {
        /// The manifest.json or app package (.zip) now published in the store.
        old: PathBuf,
        /// The manifest.json or app package (.zip) you want to submit; it is not changed.
        new: PathBuf,
        /// Where to save the copy (default: NAME-fixed.zip, or NAME-fixed.json for a bare
        /// manifest, beside the new version). Never one of the two inputs.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// The version to give the copy, instead of the next one above the published version.
        #[arg(long, value_name = "VERSION")]
        new_version: Option<String>,
    },
    /// Print the HTML of a download button for your website.
    Button {
        /// The app's manifest.json or app package (.zip); its app ID is used.
        manifest: PathBuf,
        /// Text on the button (must not be empty; default: "Get it on Microsoft Teams" in the
        /// chosen language).
        #[arg(long)]
        label: Option<String>,
        /// Look of the button: purple (Teams purple), outline or dark, as in the window.
        #[arg(long, default_value = "purple")]
        style: ButtonStyle,
        /// Size of the button: small, medium or large.
        #[arg(long, default_value = "medium")]
        size: ButtonSize,
        /// Use this app ID (for example the store ID) instead of the manifest's: a GUID, also in
        /// braces or as the whole Teams link (https://teams.microsoft.com/l/app/<ID>?…).
        #[arg(long)]
        app_id: Option<String>,
    },
}

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Readable text: verdict first, then what needs attention, then the rest.
    Text,
    /// JSON for scripts (documented in the README).
    Json,
    /// Markdown, for tickets and wikis.
    Markdown,
    /// A styled web page, to save and forward (the window's Export makes the same page).
    Html,
}

/// Runs a subcommand and returns the process exit code.
pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Check { old, new, format } => run_check(&old, &new, format),
        Command::Fix {
            old,
            new,
            output,
            new_version,
        } => run_fix(&old, &new, output, new_version),
        Command::Button {
            manifest,
            label,
            style,
            size,
            app_id,
        } => {
            let label = label.unwrap_or_else(default_label);
            run_button(&manifest, ButtonOptions { label, style, size }, app_id)
        }
    }
}

fn run_check(old: &std::path::Path, new: &std::path::Path, format: Format) -> ExitCode {
    match load_files(old, new) {
        Ok(inputs) => {
            let report = check(&inputs.0, &inputs.1);
            let output = match format {
                Format::Text => escape_control(&render::to_text(&report)),
                // serde_json already writes control characters as \u escapes.
                Format::Json => render::to_json(&report),
                Format::Markdown => escape_control(&render::to_markdown(&report)),
                Format::Html => escape_control(&render::to_html(&report)),
            };
            let code = match report.verdict {
                Verdict::Ready | Verdict::NothingToSubmit => EXIT_OK,
                Verdict::Blocked => EXIT_BLOCKED,
            };
            let exit = print_stdout(output.trim_end()).unwrap_or(ExitCode::from(code));
            // The process ends now: the system takes its memory back at once, so the two
            // documents and the report are not taken apart piece by piece first (measured:
            // 17% of a check of the largest allowed pair; BENCHMARKS.md's git history).
            std::mem::forget((inputs, report, output));
            exit
        }
        Err(error) => {
            print_input_error(&error);
            // Reports that are saved to a file describe the error too, so
            // `check … --format markdown > report.md` never leaves an empty file.
            let report = match format {
                Format::Text => None,
                Format::Json => Some(render::error_to_json(&error)),
                Format::Markdown => Some(escape_control(&render::error_to_markdown(&error))),
                Format::Html => Some(escape_control(&render::error_to_html(&error))),
            };
            if let Some(failed) = report.and_then(|text| print_stdout(text.trim_end())) {
                return failed;
            }
            ExitCode::from(EXIT_INPUT)
        }
    }
}

fn run_fix(
    old: &std::path::Path,
    new: &std::path::Path,
    output: Option<PathBuf>,
    new_version: Option<String>,
) -> ExitCode {
    let published = match Input::from_path(old) {
        Ok(input) => input,
        Err(error) => {
            print_input_error(&SideError {
                side: Side::Old,
                error,
            });
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let new_bytes = match read_new(new) {
        Ok(bytes) => bytes,
        Err(error) => {
            print_input_error(&SideError {
                side: Side::New,
                error,
            });
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let name = new.file_name().map_or_else(
        || new.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let options = fix::FixOptions {
        version: new_version,
    };
    let copy = match fix::fix(&published, &name, &new_bytes, &options) {
        Ok(copy) => copy,
        Err(fix::FixError::Input(error)) => {
            print_input_error(&SideError {
                side: Side::New,
                error,
            });
            return ExitCode::from(EXIT_INPUT);
        }
        Err(error) => {
            print_stderr(&msg!("cli-error", error = error.to_string()).text());
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let path = output.unwrap_or_else(|| fix::default_output(new, copy.is_package));
    let mut lines = Vec::new();
    if copy.applied.is_empty() {
        lines.push(msg!("cli-nothing-fixed").text());
    } else {
        if let Err(err) = fix::write_copy(&path, &copy.bytes, &[old, new]) {
            print_stderr(
                &msg!(
                    "cli-copy-not-saved",
                    path = path.display().to_string(),
                    error = err.to_string()
                )
                .text(),
            );
            return ExitCode::from(EXIT_SYSTEM);
        }
        lines.push(msg!("cli-copy-saved", path = path.display().to_string()).text());
        lines.push(msg!("cli-fixed-heading", count = copy.applied.len()).text());
        for step in &copy.applied {
            let step = msg!(
                "cli-fixed-step",
                what = step.what.clone(),
                before = step.before.clone(),
                after = step.after.clone()
            );
            lines.push(format!("  - {step}"));
        }
    }
    if !copy.not_fixed.is_empty() {
        lines.push(msg!("cli-not-fixed-heading", count = copy.not_fixed.len()).text());
        for item in &copy.not_fixed {
            // The check's title, as the reports name it; its identifier is for scripts (JSON).
            let title = teams_update_check::store::check_title(&item.check)
                .map(|title| title.text())
                .or_else(|| {
                    teams_update_check::checks::CheckId::from_id(&item.check)
                        .map(|c| c.title().text())
                })
                .unwrap_or_else(|| msg!("cli-problem").text());
            let problem = msg!(
                "cli-not-fixed-item",
                title = title,
                message = teams_update_check::plain::without_backticks(&item.message)
            );
            lines.push(format!("  - {problem}"));
            let who = msg!("cli-who-can-fix", who = item.who.to_string());
            lines.push(format!("    {who}"));
        }
    }
    let checked = match Input::from_bytes(&name, &copy.bytes) {
        Ok(input) => check(&published, &input),
        Err(error) => {
            print_input_error(&SideError {
                side: Side::New,
                error,
            });
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let which = if copy.applied.is_empty() {
        "new"
    } else {
        "fixed"
    };
    lines.push(
        msg!(
            "cli-fix-result",
            which = which,
            headline = teams_update_check::presentation::verdict_headline(&checked)
        )
        .text(),
    );
    let code = match checked.verdict {
        Verdict::Ready | Verdict::NothingToSubmit => EXIT_OK,
        Verdict::Blocked => EXIT_BLOCKED,
    };
    print_stdout(&escape_control(&lines.join("\n"))).unwrap_or(ExitCode::from(code))
}

/// The new version's bytes, with the same checks and limits as loading it.
fn read_new(path: &std::path::Path) -> Result<Vec<u8>, teams_update_check::InputError> {
    // Loading first gives every message of `check` (not found, a folder, too large…);
    // a package zipped as a folder does not load but can still be fixed.
    if let Err(error) = Input::from_path(path)
        && error.kind != teams_update_check::InputErrorKind::BadPackage
    {
        return Err(error);
    }
    std::fs::read(path).map_err(|err| {
        teams_update_check::InputError::unreadable(&path.display().to_string(), &err)
    })
}

/// Prints a line to stdout. A reader that stopped reading (`check … | head -1`)
/// is not an error: the output just ends there, as with other command-line tools.
/// Any other failure to write (a full disk) is reported, and its exit code returned.
fn print_stdout(text: &str) -> Option<ExitCode> {
    let mut out = std::io::stdout().lock();
    let written = out
        .write_all(text.as_bytes())
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    match written {
        Ok(()) => None,
        Err(err) if pipe::reader_went_away(&err) => None,
        Err(err) => {
            print_stderr(&msg!("cli-output-not-written", error = err.to_string()).text());
            Some(ExitCode::from(EXIT_SYSTEM))
        }
    }
}

/// Prints a line to stderr, made safe for a terminal; a closed stderr is ignored.
pub fn print_stderr(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{}", escape_control(text));
}

/// Reports a command line clap could not read (or prints the help or version it
/// asked for) and returns the exit code: [`EXIT_USAGE`] for a mistake, 0 for help.
pub fn usage_error(error: &clap::Error) -> ExitCode {
    // A closed pipe (`--help | head -3`) is not worth a message.
    let _ = error.print();
    if error.use_stderr() {
        ExitCode::from(EXIT_USAGE)
    } else {
        ExitCode::SUCCESS
    }
}

/// The command line with a `--lang` written before the subcommand moved after it
/// (`--lang de check a b` as `check --lang de a b`): the window's optional file arguments
/// make clap refuse any option of the program itself beside a subcommand, and `--lang`
/// is the one option every subcommand has.
pub fn lang_after_command(
    args: impl IntoIterator<Item = std::ffi::OsString>,
) -> Vec<std::ffi::OsString> {
    let args: Vec<std::ffi::OsString> = args.into_iter().collect();
    let is_command = |arg: &std::ffi::OsString| {
        arg.to_str()
            .is_some_and(|arg| ["check", "fix", "button", "help"].contains(&arg))
    };
    let Some(command) = args.iter().skip(1).position(is_command).map(|at| at + 1) else {
        return args;
    };
    let (before, after) = args.split_at(command);
    let (mut kept, mut moved) = (Vec::new(), Vec::new());
    let mut rest = before.iter();
    kept.extend(rest.next().cloned());
    while let Some(arg) = rest.next() {
        if arg == "--lang" && rest.len() > 0 {
            moved.push(arg.clone());
            moved.extend(rest.next().cloned());
        } else if arg.to_str().is_some_and(|arg| arg.starts_with("--lang=")) {
            moved.push(arg.clone());
        } else {
            kept.push(arg.clone());
        }
    }
    let mut after = after.iter().cloned();
    kept.extend(after.next());
    kept.extend(moved);
    kept.extend(after);
    kept
}

/// Chooses the language of every message from now on: `--lang` when given, else the
/// environment's ([`lang::from_environment`]). An unknown tag is a usage error: the
/// message lists the tags there are, and the exit code is [`EXIT_USAGE`].
pub fn choose_language(tag: Option<&str>) -> Result<(), ExitCode> {
    let Some(tag) = tag else {
        lang::set_current(lang::from_environment());
        return Ok(());
    };
    match lang::find(tag) {
        Some(language) => {
            lang::set_current(language);
            Ok(())
        }
        None => {
            lang::set_current(lang::from_environment());
            let tags: Vec<&str> = lang::LANGUAGES
                .iter()
                .map(|language| language.tag)
                .collect();
            print_stderr(&msg!("cli-unknown-language", tag = tag, tags = tags.join(", ")).text());
            Err(ExitCode::from(EXIT_USAGE))
        }
    }
}

fn print_input_error(error: &SideError) {
    print_stderr(
        &msg!(
            "cli-could-not-load-side",
            side = error.side.label(),
            error = error.error.message()
        )
        .text(),
    );
}

fn run_button(
    manifest: &std::path::Path,
    options: ButtonOptions,
    app_id: Option<String>,
) -> ExitCode {
    // The manifest is read even with --app-id: a file that does not load is a mistake to report.
    let input = match Input::from_path(manifest) {
        Ok(input) => input,
        Err(error) => {
            print_stderr(
                &msg!(
                    "cli-could-not-load",
                    file = given_name(manifest, &error.file_name),
                    error = error_after_name(&error)
                )
                .text(),
            );
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let app_id = match app_id {
        Some(pasted) => match parse_app_id(&pasted) {
            Ok(id) => id,
            Err(err) => {
                print_stderr(&msg!("cli-app-id-error", error = err.message()).text());
                return ExitCode::from(EXIT_INPUT);
            }
        },
        None => input.manifest.id,
    };
    match button_html(&app_id, &options) {
        Ok(html) => print_stdout(&html).unwrap_or(ExitCode::from(EXIT_OK)),
        Err(err @ ButtonError::NotAnAppId(_)) => {
            print_stderr(
                &msg!(
                    "cli-app-id-in-file",
                    path = manifest.display().to_string(),
                    error = err.message()
                )
                .text(),
            );
            ExitCode::from(EXIT_INPUT)
        }
        Err(err @ ButtonError::EmptyLabel) => {
            print_stderr(&msg!("cli-label-error", error = err.message()).text());
            ExitCode::from(EXIT_INPUT)
        }
    }
}

/// The file as the user typed it; for an entry of a package, the package as typed
/// and the entry (`build/app.zip › manifest.json`).
fn given_name(path: &std::path::Path, file_name: &str) -> String {
    let base = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    match file_name.strip_prefix(base.as_str()) {
        Some(rest) if !base.is_empty() => format!("{}{rest}", path.display()),
        _ => path.display().to_string(),
    }
}

/// An input error's message after the file name: where, what, and what to do.
fn error_after_name(
    error: &teams_update_check::InputError,
) -> teams_update_check::message::Message {
    match error.place() {
        Some(place) => msg!(
            "cli-input-error-at",
            place = place,
            problem = *error.problem.clone(),
            fix = *error.fix.clone()
        ),
        None => msg!(
            "cli-input-error",
            problem = *error.problem.clone(),
            fix = *error.fix.clone()
        ),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lang_before_the_command_moves_after_it() {
        let moved = |line: &str| -> String {
            super::lang_after_command(line.split(' ').map(std::ffi::OsString::from))
                .iter()
                .map(|arg| arg.to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(moved("t --lang de check a b"), "t check --lang de a b");
        assert_eq!(moved("t --lang=ja fix a b"), "t fix --lang=ja a b");
        assert_eq!(moved("t check a b --lang de"), "t check a b --lang de");
        assert_eq!(
            moved("t --lang de a.json b.json"),
            "t --lang de a.json b.json"
        );
        assert_eq!(moved("t --lang check a b"), "t --lang check a b");
    }
}
