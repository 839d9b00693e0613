//! The "download from Teams" button for a publisher's website.
//!
//! Microsoft's publishing guide suggests a button on the product site that
//! links to `https://teams.microsoft.com/l/app/<appId>`. The HTML is one
//! self-contained `<a>` element with inline styles only: no script, no
//! external stylesheet, font or image, and no Microsoft logo or badge art.

use crate::escape::escape_html;
use crate::json::is_guid;

/// The label used when the publisher does not write one.
pub const DEFAULT_LABEL: &str = "Get it for Microsoft Teams";

/// The link to an app's page in the Teams store, or `None` unless the ID is a GUID.
pub fn download_url(app_id: &str) -> Option<String> {
    is_guid(app_id).then(|| format!("https://teams.microsoft.com/l/app/{app_id}"))
}

/// The look of the button.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ButtonStyle {
    /// White text on Teams purple.
    #[default]
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

    /// The name used on the command line (`filled`, `outline`, `dark`).
    pub fn id(self) -> &'static str {
        match self {
            ButtonStyle::Filled => "filled",
            ButtonStyle::Outline => "outline",
            ButtonStyle::Dark => "dark",
        }
    }

    /// Name shown in the window.
    pub fn title(self) -> &'static str {
        match self {
            ButtonStyle::Filled => "Purple",
            ButtonStyle::Outline => "Outline",
            ButtonStyle::Dark => "Dark",
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
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ButtonStyle::ALL
            .into_iter()
            .find(|style| style.id() == s)
            .ok_or_else(|| format!("unknown style \"{s}\"; choose filled, outline or dark"))
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
    pub fn title(self) -> &'static str {
        match self {
            ButtonSize::Small => "Small",
            ButtonSize::Medium => "Medium",
            ButtonSize::Large => "Large",
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
            .ok_or_else(|| format!("unknown size \"{s}\"; choose small, medium or large"))
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
    /// The text the button shows: the label without surrounding spaces, or the default when blank.
    pub fn shown_label(&self) -> &str {
        match self.label.trim() {
            "" => DEFAULT_LABEL,
            label => label,
        }
    }
}

impl Default for ButtonOptions {
    fn default() -> Self {
        ButtonOptions {
            label: DEFAULT_LABEL.to_string(),
            style: ButtonStyle::default(),
            size: ButtonSize::default(),
        }
    }
}

/// Why no button can be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ButtonError {
    /// The app ID is not a GUID (perhaps a `${{TEAMS_APP_ID}}` placeholder).
    #[error(
        "\"{0}\" is not an app ID: an app ID looks like 0b5c3d6e-1234-4abc-9def-00112233aabb. \
         Use the ID from the Teams Developer Portal or Partner Center (the store ID)."
    )]
    NotAnAppId(String),
}

/// Builds the button's HTML for an app ID (the manifest's `id` or the store ID).
pub fn button_html(app_id: &str, options: &ButtonOptions) -> Result<String, ButtonError> {
    let url = download_url(app_id).ok_or_else(|| ButtonError::NotAnAppId(app_id.to_string()))?;
    let (background, text, border) = options.style.colors();
    let (font, pad_y, pad_x, radius) = options.size.metrics();
    let label = options.shown_label();
    Ok(format!(
        "<a href=\"{url}\" target=\"_blank\" rel=\"noopener noreferrer\" \
         style=\"display:inline-block;padding:{pad_y}px {pad_x}px;background:{background};color:{text};\
         border:2px solid {border};border-radius:{radius}px;font-family:'Segoe UI',system-ui,-apple-system,\
         sans-serif;font-size:{font}px;font-weight:600;line-height:1.2;text-decoration:none;\">{}</a>",
        escape_html(label)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn blank_label_falls_back_and_bad_id_is_refused() {
        let html = button_html(
            ID,
            &ButtonOptions {
                label: "  ".into(),
                ..Default::default()
            },
        )
        .unwrap();
        assert!(html.contains(DEFAULT_LABEL));
        assert!(matches!(
            button_html("nope", &ButtonOptions::default()),
            Err(ButtonError::NotAnAppId(_))
        ));
    }
}
