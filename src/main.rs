//! Teams Update Check: the window, or the command line when given a subcommand.
// The window must not open a console on Windows; the CLI attaches to the parent's.
#![cfg_attr(windows, windows_subsystem = "windows")]

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    attach_parent_console();
    let args = cli::Cli::parse();
    match args.command {
        Some(command) => cli::run(command),
        None => {
            let _ = (args.old, args.new);
            let _ = <cli::Cli as clap::CommandFactory>::command().print_help();
            ExitCode::SUCCESS
        }
    }
}

/// On Windows a GUI-subsystem program has no console: attach to the one it was
/// started from (if any) so CLI output and `--help` reach the terminal.
#[cfg(windows)]
fn attach_parent_console() {
    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn AttachConsole(process_id: u32) -> i32;
    }
    const ATTACH_PARENT_PROCESS: u32 = u32::MAX;
    // SAFETY: AttachConsole has no preconditions; failure (no parent console) is harmless.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

#[cfg(not(windows))]
fn attach_parent_console() {}
