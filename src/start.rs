//! Starting the program, shared by the window program and the Windows console program
//! (`src/main.rs`, `src/console.rs`): the command line when given a subcommand, else the window.

use std::process::ExitCode;

use clap::Parser;

#[cfg(feature = "gui")]
use crate::app;
use crate::cli;

/// Runs the command line, or opens the window when no subcommand is given.
pub fn main() -> ExitCode {
    attach_parent_console();
    let args = match cli::Cli::try_parse_from(cli::lang_after_command(std::env::args_os())) {
        Ok(args) => args,
        Err(error) => return cli::usage_error(&error),
    };
    if let Err(code) = cli::choose_language(args.lang.as_deref()) {
        return code;
    }
    match args.command {
        Some(command) => cli::run(command),
        // `--lang` was checked above: the window speaks it instead of its remembered choice.
        None => run_window(
            [args.old, args.new],
            args.lang
                .as_deref()
                .and_then(teams_update_check::lang::find),
        ),
    }
}

/// Without the `gui` feature there is no window: say how to use the command line.
#[cfg(not(feature = "gui"))]
fn run_window(
    _files: [Option<std::path::PathBuf>; 2],
    _language: Option<&'static teams_update_check::lang::Language>,
) -> ExitCode {
    cli::print_stderr(&teams_update_check::msg!("cli-no-window-in-build").text());
    ExitCode::from(cli::EXIT_SYSTEM)
}

/// On Linux and the BSDs the window needs an X11 or Wayland display, named by
/// `DISPLAY` or `WAYLAND_DISPLAY`; with neither set it cannot open.
#[cfg(all(feature = "gui", unix, not(target_os = "macos")))]
fn display_missing() -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|value| !value.is_empty());
    !set("DISPLAY") && !set("WAYLAND_DISPLAY")
}

/// Windows and macOS always have a screen to open a window on (or say why not).
#[cfg(all(feature = "gui", not(all(unix, not(target_os = "macos")))))]
fn display_missing() -> bool {
    false
}

/// Opens the window, optionally with the published and the new file loaded.
#[cfg(feature = "gui")]
fn run_window(
    files: [Option<std::path::PathBuf>; 2],
    language: Option<&'static teams_update_check::lang::Language>,
) -> ExitCode {
    if display_missing() {
        // There is no screen to show the window on.
        cli::print_stderr(&teams_update_check::msg!("cli-no-display").text());
        return ExitCode::from(cli::EXIT_SYSTEM);
    }
    // Before the window exists, so RUST_LOG shows how its start went (a blank window).
    crate::app::dialog_status::install();
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title("Teams Update Check")
            .with_app_id("teams-update-check")
            .with_inner_size([1040.0, 760.0])
            .with_min_inner_size([480.0, 360.0])
            .with_drag_and_drop(true)
            .with_icon(app_icon()),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Teams Update Check",
        options,
        Box::new(move |cc| {
            Ok(Box::new(app::TeamsUpdateCheckApp::new(
                cc,
                files,
                Box::new(app::SystemClipboard::default()),
                language,
            )))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // The library's error names internal source files; it is no help to a publisher,
            // but it is to whoever looks into the failure (`RUST_LOG=error`).
            log::error!("the window could not be opened: {error}");
            cli::print_stderr(&teams_update_check::msg!("cli-window-not-opened").text());
            ExitCode::from(cli::EXIT_SYSTEM)
        }
    }
}

/// The app's own icon for the title bar, task bar and dock: the 256 px PNG that
/// scripts/make-icons.sh makes from assets/icon/icon.svg.
#[cfg(feature = "gui")]
const APP_ICON_PNG: &[u8] = include_bytes!("../assets/icon/256x256.png");

/// [`APP_ICON_PNG`] as the window takes it, decoded with the `png` crate alone (the
/// `image` crate's decoding is not needed to open the window). No icon rather than no
/// window if it could not be decoded (a test decodes it).
#[cfg(feature = "gui")]
fn app_icon() -> eframe::egui::IconData {
    let decode = || -> Option<eframe::egui::IconData> {
        let mut decoder = png::Decoder::new(std::io::Cursor::new(APP_ICON_PNG));
        decoder.set_transformations(
            png::Transformations::normalize_to_color8() | png::Transformations::ALPHA,
        );
        let mut reader = decoder.read_info().ok()?;
        let mut rgba = vec![0; reader.output_buffer_size()?];
        let frame = reader.next_frame(&mut rgba).ok()?;
        if frame.color_type != png::ColorType::Rgba {
            return None;
        }
        rgba.truncate(frame.buffer_size());
        Some(eframe::egui::IconData {
            rgba,
            width: frame.width,
            height: frame.height,
        })
    };
    decode().unwrap_or_default()
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

#[cfg(all(test, feature = "gui"))]
mod tests {
    /// The embedded icon decodes to a 256 px square with opaque drawing in its middle
    /// and transparent corners (the rounded square), so the window shows it as drawn.
    #[test]
    fn app_icon_is_the_256px_drawing() {
        let icon = super::app_icon();
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
        let alpha = |x: usize, y: usize| icon.rgba[(y * 256 + x) * 4 + 3];
        assert_eq!(alpha(128, 128), 255, "the middle is drawn");
        assert_eq!(alpha(0, 0), 0, "the corners are transparent");
    }
}
