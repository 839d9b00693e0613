//! The command-line interface: `check` and `button` for scripts and CI pipelines.
//!
//! Exit codes of `check`: 0 ready or nothing to submit, 1 blocked, 2 an input
//! could not be loaded (the message on stderr names the file).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use teams_update_check::button::{
    ButtonOptions, ButtonSize, ButtonStyle, DEFAULT_LABEL, button_html,
};
use teams_update_check::{Input, Side, SideError, Verdict, check, load_files, render};

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
    args_conflicts_with_subcommands = true
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
        /// Text on the button.
        #[arg(long, default_value = DEFAULT_LABEL)]
        label: String,
        /// Look of the button: filled (Teams purple), outline or dark.
        #[arg(long, default_value = "filled")]
        style: ButtonStyle,
        /// Size of the button: small, medium or large.
        #[arg(long, default_value = "medium")]
        size: ButtonSize,
        /// Use this app ID (for example the store ID) instead of the manifest's; must be a GUID.
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
                Format::Text => render::to_text(&report),
                Format::Json => render::to_json(&report),
                Format::Markdown => render::to_markdown(&report),
            };
            println!("{}", output.trim_end());
            match report.verdict {
                Verdict::Ready | Verdict::NothingToSubmit => ExitCode::SUCCESS,
                Verdict::Blocked => ExitCode::from(1),
            }
        }
        Err(error) => {
            print_input_error(&error);
            if format == Format::Json {
                println!("{}", render::error_to_json(&error));
            }
            ExitCode::from(2)
        }
    }
}

fn print_input_error(error: &SideError) {
    eprintln!(
        "error: could not load the {} file: {}",
        error.side.label(),
        error.error
    );
}

fn run_button(
    manifest: &std::path::Path,
    options: ButtonOptions,
    app_id: Option<String>,
) -> ExitCode {
    let app_id = match app_id {
        Some(id) => id,
        None => match Input::from_path(manifest) {
            Ok(input) => input.manifest.id,
            Err(error) => {
                print_input_error(&SideError {
                    side: Side::New,
                    error,
                });
                return ExitCode::from(2);
            }
        },
    };
    match button_html(&app_id, &options) {
        Ok(html) => {
            println!("{html}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err} (Use --app-id to give the ID.)");
            ExitCode::from(2)
        }
    }
}
