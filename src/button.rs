//! The "download from Teams" button for a publisher's website.
//!
//! Microsoft's publishing guide suggests a button on the product site that
//! links to `https://teams.microsoft.com/l/app/<appId>`. The HTML is one
//! self-contained `<a>` element with inline styles only: no script, no
//! external stylesheet, font or image, and no Microsoft logo or badge art.

use crate::escape::escape_html;
use crate::ids::is_guid;
use crate::message::Message;
use crate::msg;

/// The label used when the publisher does not write one, in the language the app
/// speaks now ("Get it on Microsoft Teams" in English).
pub fn default_label() -> String {
    msg!("button-default-label").text()
}

/// True when `label` is the default label of one of the app's languages (or the English
/// one of earlier versions, "Get it for Microsoft Teams"): a label the publisher did not
/// write, which follows the language when it changes. Only the current language's
/// catalogue is used; the others' labels are read from their text, not indexed.
pub fn is_a_default_label(label: &str) -> bool {
    let label = label.trim();
    label == "Get it for Microsoft Teams"
        || label == default_label()
        || crate::lang::LANGUAGES.iter().any(|language| {
            if language.is_pseudo() {
                label.starts_with(crate::pseudo::START)
                    && crate::lang::with_language(language, default_label) == label
            } else {
                default_label_in(language.catalogue_source()) == Some(label)
            }
        })
}

/// The default label as a catalogue's text writes it (one line of plain text).
fn default_label_in(ftl: &str) -> Option<&str> {
    ftl.lines()
        .find_map(|line| line.strip_prefix("button-default-label = "))
        .map(str::trim)
}

/// The link to an app's page in the Teams store, or `None` unless the ID is a GUID.
pub fn download_url(app_id: &str) -> Option<String> {
    is_guid(app_id).then(|| format!("https://teams.microsoft.com/l/app/{app_id}"))
}

/// The look of the button.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ButtonStyle {
    /// White text on Teams purple: "purple" (the window's "Purple"); `filled`, its
    /// earlier name, is still understood.
    #[default]
    #[serde(rename = "purple", alias = "filled")]
    Filled,
    /// Purple text and border on a transparent background.
    Outline,
    /// White text on near-black, for light and busy pages.
    Dark,
}

impl ButtonStyle {
    /// Every style, in the order a picker shows them.
    pub const ALL: [ButtonStyle; 3] =
        [ButtonStyle::Filled, ButtonStyle::Outline, ButtonStyle::Dark];

    /// The name used on the command line (`purple`, `outline`, `dark`): the window's
    /// name in lowercase.
    pub fn id(self) -> &'static str {
        match self {
            ButtonStyle::Filled => "purple",
            ButtonStyle::Outline => "outline",
            ButtonStyle::Dark => "dark",
        }
    }

    /// Name shown in the window.
    pub fn title(self) -> Message {
        match self {
            ButtonStyle::Filled => msg!("button-style-purple"),
            ButtonStyle::Outline => msg!("button-style-outline"),
            ButtonStyle::Dark => msg!("button-style-dark"),
        }
    }

    /// Colors as (background, text, border), each `#rrggbb` or `transparent`.
    pub fn colors(self) -> (&'static str, &'static str, &'static str) {
        match self {
            ButtonStyle::Filled => ("#5b5fc7", "#ffffff", "#5b5fc7"),
            ButtonStyle::Outline => ("transparent", "#5b5fc7", "#5b5fc7"),
            ButtonStyle::Dark => ("#1f1f1f", "#ffffff", "#1f1f1f"),
        }
    }
}

impl std::str::FromStr for ButtonStyle {
    type Err = String;
    /// A style's name in any letter case (`purple`, `Purple`); `filled`, the earlier
    /// name of `purple`, is still understood.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let name = s.trim();
        if name.eq_ignore_ascii_case("filled") {
            return Ok(ButtonStyle::Filled);
        }
        ButtonStyle::ALL
            .into_iter()
            .find(|style| style.id().eq_ignore_ascii_case(name))
            .ok_or_else(|| msg!("button-unknown-style", style = s).text())
    }
}

/// The size of the button.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ButtonSize {
    /// 13 px text.
    Small,
    /// 15 px text.
    #[default]
    Medium,
    /// 18 px text.
    Large,
}

impl ButtonSize {
    /// Every size, smallest first.
    pub const ALL: [ButtonSize; 3] = [ButtonSize::Small, ButtonSize::Medium, ButtonSize::Large];

    /// The name used on the command line (`small`, `medium`, `large`).
    pub fn id(self) -> &'static str {
        match self {
            ButtonSize::Small => "small",
            ButtonSize::Medium => "medium",
            ButtonSize::Large => "large",
        }
    }

    /// Name shown in the window.
    pub fn title(self) -> Message {
        match self {
            ButtonSize::Small => msg!("button-size-small"),
            ButtonSize::Medium => msg!("button-size-medium"),
            ButtonSize::Large => msg!("button-size-large"),
        }
    }

    /// (font size, vertical padding, horizontal padding, corner radius) in CSS pixels.
    pub fn metrics(self) -> (u32, u32, u32, u32) {
        match self {
            ButtonSize::Small => (13, 6, 14, 4),
            ButtonSize::Medium => (15, 10, 20, 6),
            ButtonSize::Large => (18, 14, 28, 8),
        }
    }
}

impl std::str::FromStr for ButtonSize {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ButtonSize::ALL
            .into_iter()
            .find(|size| size.id() == s)
            .ok_or_else(|| msg!("button-unknown-size", size = s).text())
    }
}

/// What the publisher chose for their button.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ButtonOptions {
    /// The text on the button (plain text; it is escaped).
    pub label: String,
    /// The look.
    pub style: ButtonStyle,
    /// The size.
    pub size: ButtonSize,
}

impl ButtonOptions {
    /// The text the button shows: the label without surrounding spaces (empty when blank,
    /// which [`button_html`] refuses).
    pub fn shown_label(&self) -> &str {
        self.label.trim()
    }

    /// True when the label is written in a right-to-left script (Arabic, Hebrew…):
    /// the button then gets `dir="auto"` so the browser lays it out that way.
    pub fn is_right_to_left(&self) -> bool {
        self.label.chars().any(is_right_to_left_char)
    }
}

/// Letters of the right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and
/// the rest up to U+08FF, and their presentation forms.
fn is_right_to_left_char(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        || matches!(c, '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
}

/// Reads an app ID the way people paste it: with spaces around it, in braces
/// (`{0b5c…}`), or as a whole Teams link (`https://teams.microsoft.com/l/app/<id>?…`).
/// Returns the GUID in it, or [`ButtonError::NotAnAppId`].
pub fn parse_app_id(text: &str) -> Result<String, ButtonError> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let unbraced = compact
        .strip_prefix('{')
        .and_then(|rest| rest.strip_suffix('}'))
        .unwrap_or(&compact);
    if is_guid(unbraced) {
        return Ok(unbraced.to_string());
    }
    // A Teams link: the ID is the path segment after /l/app/.
    let lower = compact.to_ascii_lowercase();
    let from_link = lower
        .find("teams.microsoft.com/l/app/")
        .and_then(|at| compact.get(at + "teams.microsoft.com/l/app/".len()..))
        .and_then(|rest| rest.split(['?', '/', '#', '&']).next())
        .map(|segment| {
            // Braces, also as %7B and %7D, around the ID.
            let mut id = segment.to_string();
            for brace in ["%7B", "%7b", "%7D", "%7d", "{", "}"] {
                id = id.replace(brace, "");
            }
            id
        })
        .filter(|id| is_guid(id));
    from_link.ok_or_else(|| ButtonError::NotAnAppId(text.trim().to_string()))
}

impl Default for ButtonOptions {
    fn default() -> Self {
        ButtonOptions {
            label: default_label(),
            style: ButtonStyle::default(),
            size: ButtonSize::default(),
        }
    }
}

/// Why no button can be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ButtonError {
    /// The app ID is not a GUID (perhaps a `${{TEAMS_APP_ID}}` placeholder).
    NotAnAppId(String),
    /// The label is empty or only spaces: a button needs text.
    EmptyLabel,
}

impl ButtonError {
    /// What is wrong and what to do, as a message.
    pub fn message(&self) -> Message {
        match self {
            ButtonError::NotAnAppId(text) => msg!("button-not-an-app-id", text = text.as_str()),
            ButtonError::EmptyLabel => msg!("button-empty-label", example = default_label()),
        }
    }
}

impl std::fmt::Display for ButtonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().text())
    }
}

impl std::error::Error for ButtonError {}

/// Builds the button's HTML for an app ID (the manifest's `id` or the store ID).
pub fn button_html(app_id: &str, options: &ButtonOptions) -> Result<String, ButtonError> {
    let url = download_url(app_id).ok_or_else(|| ButtonError::NotAnAppId(app_id.to_string()))?;
    let label = options.shown_label();
    if label.is_empty() {
        return Err(ButtonError::EmptyLabel);
    }
    let (background, text, border) = options.style.colors();
    let (font, pad_y, pad_x, radius) = options.size.metrics();
    let dir = if options.is_right_to_left() {
        " dir=\"auto\""
    } else {
        ""
    };
    Ok(format!(
        "<a href=\"{url}\" target=\"_blank\" rel=\"noopener noreferrer\"{dir} \
         style=\"display:inline-block;padding:{pad_y}px {pad_x}px;background:{background};color:{text};\
         border:2px solid {border};border-radius:{radius}px;font-family:'Segoe UI',system-ui,-apple-system,\
         sans-serif;font-size:{font}px;font-weight:600;line-height:1.2;text-decoration:none;\">{}</a>",
        escape_html(label)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A label the publisher did not write follows the language: the default of any
    /// language (or the English one of earlier versions) is recognised, their own is not.
    #[test]
    fn default_labels_of_every_language_are_recognised() {
        assert!(is_a_default_label("Get it on Microsoft Teams"));
        assert!(is_a_default_label("Get it for Microsoft Teams"));
        assert!(is_a_default_label(" In Microsoft Teams herunterladen "));
        assert!(is_a_default_label("Microsoft Teams で入手"));
        let pseudo = crate::lang::find("qps-ploc").unwrap();
        assert!(is_a_default_label(&crate::lang::with_language(
            pseudo,
            default_label
        )));
        assert!(!is_a_default_label("Get Contoso for Teams"));
        assert!(!is_a_default_label(""));
    }

    const ID: &str = "0b5c3d6e-1234-4abc-9def-00112233aabb";

    #[test]
    fn url_needs_a_guid_and_keeps_it_as_written() {
        assert_eq!(
            download_url("0B5C3D6E-1234-4ABC-9DEF-00112233AABB").as_deref(),
            Some("https://teams.microsoft.com/l/app/0B5C3D6E-1234-4ABC-9DEF-00112233AABB")
        );
        assert_eq!(download_url("${{TEAMS_APP_ID}}"), None);
    }

    #[test]
    fn html_is_one_safe_link() {
        let options = ButtonOptions {
            label: "<b>\"Tom & Jerry's\"</b>".into(),
            ..Default::default()
        };
        let html = button_html(ID, &options).unwrap();
        assert!(html.starts_with(&format!(
            "<a href=\"https://teams.microsoft.com/l/app/{ID}\""
        )));
        assert!(html.contains("target=\"_blank\" rel=\"noopener noreferrer\""));
        assert!(html.contains(">&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;</a>"));
        assert!(!html.contains("<b>") && !html.contains("<script") && !html.contains("url("));
        assert_eq!(html.matches('<').count(), 2);
    }

    #[test]
    fn styles_and_sizes_differ() {
        let html = |style, size| {
            button_html(
                ID,
                &ButtonOptions {
                    style,
                    size,
                    ..Default::default()
                },
            )
            .unwrap()
        };
        assert!(html(ButtonStyle::Filled, ButtonSize::Medium).contains("background:#5b5fc7"));
        assert!(html(ButtonStyle::Outline, ButtonSize::Medium).contains("background:transparent"));
        assert!(html(ButtonStyle::Dark, ButtonSize::Large).contains("font-size:18px"));
        assert_eq!("dark".parse::<ButtonStyle>(), Ok(ButtonStyle::Dark));
        assert!("neon".parse::<ButtonStyle>().is_err());
        assert_eq!("small".parse::<ButtonSize>(), Ok(ButtonSize::Small));
    }

    #[test]
    fn blank_label_is_an_error_and_bad_id_is_refused() {
        for label in ["", "  \t"] {
            let options = ButtonOptions {
                label: label.into(),
                ..Default::default()
            };
            assert_eq!(button_html(ID, &options), Err(ButtonError::EmptyLabel));
        }
        assert!(ButtonError::EmptyLabel.to_string().contains("empty"));
        assert!(matches!(
            button_html("nope", &ButtonOptions::default()),
            Err(ButtonError::NotAnAppId(_))
        ));
    }

    #[test]
    fn right_to_left_labels_get_dir_auto() {
        for label in ["احصل عليه لـ Teams", "קבל את זה ב-Teams"] {
            let options = ButtonOptions {
                label: label.into(),
                ..Default::default()
            };
            let html = button_html(ID, &options).unwrap();
            assert!(html.contains(" dir=\"auto\" "), "{html}");
        }
        let html = button_html(ID, &ButtonOptions::default()).unwrap();
        assert!(!html.contains("dir="), "{html}");
    }

    #[test]
    fn app_ids_are_read_the_way_people_paste_them() {
        for pasted in [
            ID,
            "  0b5c3d6e-1234-4abc-9def-00112233aabb \n",
            "{0b5c3d6e-1234-4abc-9def-00112233aabb}",
            " { 0b5c3d6e-1234-4abc-9def-00112233aabb } ",
            "https://teams.microsoft.com/l/app/0b5c3d6e-1234-4abc-9def-00112233aabb?source=app-details-dialog",
            "https://teams.microsoft.com/l/app/0b5c3d6e-1234-4abc-9def-00112233aabb",
            "https://teams.microsoft.com/l/app/%7B0b5c3d6e-1234-4abc-9def-00112233aabb%7D?x=1",
            "HTTPS://TEAMS.MICROSOFT.COM/l/app/0b5c3d6e-1234-4abc-9def-00112233aabb/",
        ] {
            assert_eq!(parse_app_id(pasted).as_deref(), Ok(ID), "{pasted:?}");
        }
        for bad in [
            "",
            "${{TEAMS_APP_ID}}",
            "https://teams.microsoft.com/l/app/not-a-guid",
            "https://example.com/0b5c3d6e",
        ] {
            assert!(
                matches!(parse_app_id(bad), Err(ButtonError::NotAnAppId(_))),
                "{bad:?}"
            );
        }
    }
}
