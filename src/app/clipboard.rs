//! The clipboard seam: the window copies through [`ClipboardSink`], so tests
//! can use an in-memory clipboard and need no display server.

/// Somewhere copied text goes.
pub trait ClipboardSink {
    /// Puts text on the clipboard, or says why it could not.
    fn copy(&mut self, text: &str) -> Result<(), String>;
}

/// The system clipboard through arboard.
///
/// One `arboard::Clipboard` is kept for the whole run: on X11 this process
/// serves the copied data, and a dropped clipboard would lose it at once.
#[derive(Default)]
pub struct SystemClipboard {
    inner: Option<arboard::Clipboard>,
}

impl ClipboardSink for SystemClipboard {
    fn copy(&mut self, text: &str) -> Result<(), String> {
        if self.inner.is_none() {
            self.inner = Some(arboard::Clipboard::new().map_err(|err| err.to_string())?);
        }
        match &mut self.inner {
            Some(clipboard) => clipboard
                .set_text(text.to_string())
                .map_err(|err| err.to_string()),
            None => Err(teams_update_check::msg!("app-no-clipboard").text()),
        }
    }
}
