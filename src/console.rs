//! Teams Update Check for consoles and scripts on Windows: the same program as
//! `src/main.rs`, built as a console program.
//!
//! A window program (`teams-update-check.exe`) cannot be waited for by cmd.exe or
//! PowerShell: the prompt comes back before its report is printed, and `%ERRORLEVEL%` /
//! `$LASTEXITCODE` is not its exit code. This console program is shipped beside it as
//! `teams-update-check.com`. Both shells try `.com` before `.exe` when a command is typed
//! without its extension (the PATHEXT list), so `teams-update-check check OLD NEW` runs this
//! one, waits for it and gets its exit code, while double-clicking the `.exe` (or the Start
//! menu entry) opens the window with no console. Built only with the `console` feature.

#[cfg(feature = "gui")]
mod app;
mod cli;
mod start;

fn main() -> std::process::ExitCode {
    start::main()
}
