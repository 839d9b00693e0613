//! The report as text for a terminal, as JSON for scripts, and as Markdown or HTML for
//! saving and sharing. Text, Markdown and HTML are thin emitters over one
//! [`Presentation`](crate::presentation::Presentation), so every format shows the same
//! sections, items and words; JSON keeps its stable shape and carries the same titles and
//! messages.

mod html;
mod json;
mod markdown;
mod text;

pub use html::{HtmlOptions, today};
pub use json::{error_to_json, to_json};

use crate::input::SideError;
use crate::presentation::{Medium, present_error, present_in};
use crate::report::Report;

/// The report for a person reading a terminal.
pub fn to_text(report: &Report) -> String {
    text::emit(&present_in(report, Medium::Terminal))
}

/// A presentation as the text report (the window uses it to find the scripts a report needs).
pub fn text_of(view: &crate::presentation::Presentation) -> String {
    text::emit(view)
}

/// The report as Markdown, for pasting into a ticket or a wiki.
pub fn to_markdown(report: &Report) -> String {
    markdown::emit(&present_in(report, Medium::Document))
}

/// The report as a self-contained, styled HTML page dated today, with the new
/// version's icon, for saving and forwarding.
pub fn to_html(report: &Report) -> String {
    html::emit(
        &present_in(report, Medium::Document),
        &HtmlOptions {
            date: Some(today()),
            icon_png: report.new.color_icon.as_deref(),
        },
    )
}

/// [`to_html`] with the date and icon given, so a page can be made the same twice.
pub fn to_html_with(report: &Report, options: &HtmlOptions<'_>) -> String {
    html::emit(&present_in(report, Medium::Document), options)
}

/// A file that could not be loaded, as a text report.
pub fn error_to_text(error: &SideError) -> String {
    text::emit(&present_error(error))
}

/// A file that could not be loaded, as a Markdown report.
pub fn error_to_markdown(error: &SideError) -> String {
    markdown::emit(&present_error(error))
}

/// A file that could not be loaded, as an HTML page dated today.
pub fn error_to_html(error: &SideError) -> String {
    error_to_html_with(
        error,
        &HtmlOptions {
            date: Some(today()),
            icon_png: None,
        },
    )
}

/// [`error_to_html`] with the date given.
pub fn error_to_html_with(error: &SideError, options: &HtmlOptions<'_>) -> String {
    html::emit(&present_error(error), options)
}
