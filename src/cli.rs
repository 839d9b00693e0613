//! The command-line interface: `check` and `button` for scripts and CI pipelines.
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
    ButtonError, ButtonOptions, ButtonSize, ButtonStyle, DEFAULT_LABEL, button_html, parse_app_id,
};
use teams_update_check::escape::escape_control;
use teams_update_check::{Input, SideError, Verdict, check, load_files, render};

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
  0   ready to submit or nothing changed (check); the HTML was printed (button)
  1   blocked: a check failed (check)
  2   a file could not be loaded, or the app ID or label cannot make a button
      (the message names the file, where the problem is and what to do)
  3   the window could not be opened (no display), or the output could not be written
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
    /// Print the HTML of a download button for your website.
    Button {
        /// The app's manifest.json or app package (.zip); its app ID is used.
        manifest: PathBuf,
        /// Text on the button (must not be empty).
        #[arg(long, default_value = DEFAULT_LABEL)]
        label: String,
        /// Look of the button: filled (Teams purple), outline or dark.
        #[arg(long, default_value = "filled")]
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
}

/// Runs a subcommand and returns the process exit code.
pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Check { old, new, format } => run_check(&old, &new, format),
        Command::Button {
            manifest,
            label,
            style,
            size,
            app_id,
        } => run_button(&manifest, ButtonOptions { label, style, size }, app_id),
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
            };
            let code = match report.verdict {
                Verdict::Ready | Verdict::NothingToSubmit => EXIT_OK,
                Verdict::Blocked => EXIT_BLOCKED,
            };
            let exit = print_stdout(output.trim_end()).unwrap_or(ExitCode::from(code));
            // The process ends now: the system takes its memory back at once, so the two
            // documents and the report are not taken apart piece by piece first (measured:
            // 17% of a check of the largest allowed pair; BENCHMARKS.md).
            std::mem::forget((inputs, report, output));
            exit
        }
        Err(error) => {
            print_input_error(&error);
            if format == Format::Json
                && let Some(failed) = print_stdout(&render::error_to_json(&error))
            {
                return failed;
            }
            ExitCode::from(EXIT_INPUT)
        }
    }
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
            print_stderr(&format!(
                "error: the output could not be written ({err}). \
                 Check that there is room on the disk and that the file can be written."
            ));
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

fn print_input_error(error: &SideError) {
    print_stderr(&format!(
        "error: could not load the {} file: {}",
        error.side.label(),
        error.error
    ));
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
            print_stderr(&format!(
                "error: could not load {}: {}",
                given_name(manifest, &error.file_name),
                error_after_name(&error)
            ));
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let app_id = match app_id {
        Some(pasted) => match parse_app_id(&pasted) {
            Ok(id) => id,
            Err(err) => {
                print_stderr(&format!("error: --app-id: {err}"));
                return ExitCode::from(EXIT_INPUT);
            }
        },
        None => input.manifest.id,
    };
    match button_html(&app_id, &options) {
        Ok(html) => print_stdout(&html).unwrap_or(ExitCode::from(EXIT_OK)),
        Err(err @ ButtonError::NotAnAppId(_)) => {
            print_stderr(&format!(
                "error: the app ID in {}: {err} (Or give the ID with --app-id.)",
                manifest.display()
            ));
            ExitCode::from(EXIT_INPUT)
        }
        Err(err @ ButtonError::EmptyLabel) => {
            print_stderr(&format!("error: --label: {err}"));
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
fn error_after_name(error: &teams_update_check::InputError) -> String {
    let place = error
        .where_text()
        .map(|place| format!("{place}: "))
        .unwrap_or_default();
    format!("{place}{}. {}", error.problem, error.fix)
}
