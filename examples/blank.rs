//! An empty eframe window with the same renderer and options as the app: the floor
//! that `scripts/measure.sh` compares the app's start-up time and memory against.
//!
//! With `TEAMS_UPDATE_CHECK_EXIT_AFTER_FRAMES=N` it prints `first-frame-painted`
//! once its first frame is on screen and closes after N frames, like the app; with
//! `TEAMS_UPDATE_CHECK_LOG_FRAMES` set it prints `frame` on every frame.
//!
//! With `TEAMS_UPDATE_CHECK_BLANK_LABEL` set it draws one line of text: the cost of
//! drawing anything at all (under a software renderer, compiling its first shader),
//! which `scripts/measure.sh` reports beside the floor to show where the app's margin goes.

use eframe::egui;

struct Blank {
    exit_after_frames: Option<u64>,
    log_frames: bool,
    label: bool,
    frames: u64,
}

impl eframe::App for Blank {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frames += 1;
        if self.label {
            ui.label("Teams Update Check");
        }
        if self.log_frames {
            println!("frame");
        }
        if let Some(limit) = self.exit_after_frames {
            if self.frames == 2 {
                println!("first-frame-painted");
            }
            if self.frames >= limit {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ui.ctx().request_repaint();
            }
        }
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_title("Blank")
            .with_inner_size([1040.0, 760.0])
            .with_min_inner_size([480.0, 360.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    let exit_after_frames = std::env::var("TEAMS_UPDATE_CHECK_EXIT_AFTER_FRAMES")
        .ok()
        .and_then(|v| v.parse().ok());
    eframe::run_native(
        "Blank",
        options,
        Box::new(move |_cc| {
            Ok(Box::new(Blank {
                exit_after_frames,
                log_frames: std::env::var_os("TEAMS_UPDATE_CHECK_LOG_FRAMES").is_some(),
                label: std::env::var_os("TEAMS_UPDATE_CHECK_BLANK_LABEL").is_some(),
                frames: 0,
            }))
        }),
    )
}
