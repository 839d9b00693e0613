//! Teams Update Check: the window, or the command line when given a subcommand.
//!
//! On Windows this is the window program (`teams-update-check.exe`): it opens no console,
//! so double-clicking it shows only the window. The command line for consoles and scripts
//! is `src/console.rs`, shipped beside it as `teams-update-check.com`.
#![cfg_attr(windows, windows_subsystem = "windows")]

#[cfg(feature = "gui")]
mod app;
mod cli;
mod start;

fn main() -> std::process::ExitCode {
    start::main()
}
