//! The languages the app speaks, and which one it speaks now.
//!
//! Each language is a Fluent catalogue in `assets/i18n/<tag>/teams-update-check.ftl`
//! with the English one's identifiers and arguments (`tests/catalogue.rs` holds them to
//! it), built into the program. `qps-ploc`, Microsoft's pseudo-locale, is English with
//! every letter accented, each message marked at both ends and made longer: it shows at
//! a glance a sentence that bypasses the catalogue, and a layout too tight for German.
//!
//! The language is chosen once at start ([`from_environment`] for the command line,
//! [`from_system`] for the window, or a `--lang` tag through [`find`]) and set with
//! [`set_current`]; every [`Message`](crate::message::Message) is then said in it.
//! Tests say messages in another language on their own thread with [`with_language`].

use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

/// One language of the app.
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    /// The language tag (BCP 47), as given to `--lang`: `de`, `pt-BR`, `zh-TW`.
    pub tag: &'static str,
    /// The language's name in itself, as the language menu lists it: "Deutsch", "日本語".
    pub own_name: &'static str,
    /// Its catalogue's text, or `None` for the pseudo-locale (made from English).
    pub(crate) ftl: Option<&'static str>,
    /// How it writes numbers.
    pub(crate) numbers: Numbers,
    /// True when its letters are Chinese, Japanese or Korean: the window needs a CJK font.
    pub needs_cjk_font: bool,
}

/// How a language writes a number's decimal point and thousands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Numbers {
    /// 1234.5 (English as the app always wrote it; Japanese, Korean and Chinese: 1,234.5
    /// only from 10,000 on).
    Point,
    /// 1234,5 and 12.345 (German, Spanish, Italian, Portuguese, Dutch).
    CommaDotGroups,
    /// 1234,5 and 12 345 with a narrow no-break space (French, Polish, Swedish).
    CommaSpaceGroups,
    /// 1234.5 and 12,345.
    PointCommaGroups,
}

macro_rules! catalogue {
    ($tag:literal) => {
        Some(include_str!(concat!(
            "../assets/i18n/",
            $tag,
            "/teams-update-check.ftl"
        )))
    };
}

/// How many languages [`LANGUAGES`] has.
pub const LANGUAGE_COUNT: usize = 14;

/// Every language of the app: English first, then the translations, the pseudo-locale last.
pub static LANGUAGES: [Language; LANGUAGE_COUNT] = [
    Language {
        tag: "en",
        own_name: "English",
        ftl: catalogue!("en"),
        numbers: Numbers::Point,
        needs_cjk_font: false,
    },
    Language {
        tag: "de",
        own_name: "Deutsch",
        ftl: catalogue!("de"),
        numbers: Numbers::CommaDotGroups,
        needs_cjk_font: false,
    },
    Language {
        tag: "fr",
        own_name: "Français",
        ftl: catalogue!("fr"),
        numbers: Numbers::CommaSpaceGroups,
        needs_cjk_font: false,
    },
    Language {
        tag: "es",
        own_name: "Español",
        ftl: catalogue!("es"),
        numbers: Numbers::CommaDotGroups,
        needs_cjk_font: false,
    },
    Language {
        tag: "it",
        own_name: "Italiano",
        ftl: catalogue!("it"),
        numbers: Numbers::CommaDotGroups,
        needs_cjk_font: false,
    },
    Language {
        tag: "pt-BR",
        own_name: "Português (Brasil)",
        ftl: catalogue!("pt-BR"),
        numbers: Numbers::CommaDotGroups,
        needs_cjk_font: false,
    },
    Language {
        tag: "nl",
        own_name: "Nederlands",
        ftl: catalogue!("nl"),
        numbers: Numbers::CommaDotGroups,
        needs_cjk_font: false,
    },
    Language {
        tag: "pl",
        own_name: "Polski",
        ftl: catalogue!("pl"),
        numbers: Numbers::CommaSpaceGroups,
        needs_cjk_font: false,
    },
    Language {
        tag: "sv",
        own_name: "Svenska",
        ftl: catalogue!("sv"),
        numbers: Numbers::CommaSpaceGroups,
        needs_cjk_font: false,
    },
    Language {
        tag: "ja",
        own_name: "日本語",
        ftl: catalogue!("ja"),
        numbers: Numbers::PointCommaGroups,
        needs_cjk_font: true,
    },
    Language {
        tag: "ko",
        own_name: "한국어",
        ftl: catalogue!("ko"),
        numbers: Numbers::PointCommaGroups,
        needs_cjk_font: true,
    },
    Language {
        tag: "zh-CN",
        own_name: "简体中文",
        ftl: catalogue!("zh-CN"),
        numbers: Numbers::PointCommaGroups,
        needs_cjk_font: true,
    },
    Language {
        tag: "zh-TW",
        own_name: "繁體中文",
        ftl: catalogue!("zh-TW"),
        numbers: Numbers::PointCommaGroups,
        needs_cjk_font: true,
    },
    Language {
        tag: "qps-ploc",
        own_name: "Pseudo (qps-ploc)",
        ftl: None,
        numbers: Numbers::Point,
        needs_cjk_font: false,
    },
];

/// English, the language of the code and of the JSON report's keys and identifiers.
pub fn english() -> &'static Language {
    &LANGUAGES[0]
}

impl Language {
    /// The language's place in [`LANGUAGES`].
    pub fn index(&'static self) -> usize {
        LANGUAGES
            .iter()
            .position(|language| std::ptr::eq(language, self))
            .unwrap_or(0)
    }

    /// The text of its catalogue (English's for the pseudo-locale): every character the
    /// window's own text can use in this language, for the font lookup.
    pub fn catalogue_source(&self) -> &'static str {
        self.ftl.or(english().ftl).unwrap_or_default()
    }

    /// True for `qps-ploc`, the pseudo-locale.
    pub fn is_pseudo(&self) -> bool {
        self.ftl.is_none()
    }
}

/// The language a tag names: `de`, `DE`, `pt-BR`, `pt_br`, `zh-Hant`, `ja-JP`; `None`
/// when the app does not speak it. A tag with a region the app has no catalogue for
/// (`de-AT`, `es-MX`, `en-GB`) gets the language's catalogue; Portuguese is Brazilian
/// Portuguese; Chinese is Traditional for Taiwan, Hong Kong and Macao and for
/// `zh-Hant`, Simplified otherwise.
pub fn find(tag: &str) -> Option<&'static Language> {
    let tag = tag.trim();
    let lower = tag.to_ascii_lowercase().replace('_', "-");
    if let Some(exact) = LANGUAGES
        .iter()
        .find(|language| language.tag.eq_ignore_ascii_case(&lower))
    {
        return Some(exact);
    }
    let mut parts = lower.split('-');
    let language = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    let tag = match language {
        "zh" => {
            let traditional = rest
                .iter()
                .any(|part| matches!(*part, "hant" | "tw" | "hk" | "mo"));
            if traditional { "zh-TW" } else { "zh-CN" }
        }
        "pt" => "pt-BR",
        "qps" if rest.first() == Some(&"ploc") => "qps-ploc",
        other => other,
    };
    LANGUAGES.iter().find(|language| language.tag == tag)
}

/// The language a POSIX locale names (`de_DE.UTF-8`, `pt_BR`, `zh_TW.Big5`, `sr@latin`),
/// or a BCP 47 tag; `None` for `C`, `POSIX` and languages the app does not speak.
pub fn from_locale(locale: &str) -> Option<&'static Language> {
    let name = locale.split(['.', '@']).next().unwrap_or_default().trim();
    if name.is_empty() || name.eq_ignore_ascii_case("C") || name.eq_ignore_ascii_case("POSIX") {
        return None;
    }
    find(name)
}

/// The command line's language, as command-line tools choose it: the first of the
/// variables `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty decides (a
/// language the app does not speak, or `C`, gives English); when none is set (as on
/// Windows), the system's language; English when that is not one of the app's.
pub fn from_environment() -> &'static Language {
    from_variables(|name| std::env::var(name).ok()).unwrap_or_else(from_system)
}

/// [`from_environment`] with the variables read by `read`: `None` when none is set.
pub fn from_variables(read: impl Fn(&str) -> Option<String>) -> Option<&'static Language> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| read(name))
        .find(|value| !value.trim().is_empty())
        .map(|value| from_locale(&value).unwrap_or_else(english))
}

/// The system's language (Windows' and macOS's display language, the desktop's locale
/// on Linux), or English when the app does not speak it. Read once per run: the window's
/// menu names it every frame.
pub fn from_system() -> &'static Language {
    static SYSTEM: OnceLock<usize> = OnceLock::new();
    let index = *SYSTEM.get_or_init(|| {
        sys_locale::get_locales()
            .find_map(|locale| from_locale(&locale))
            .unwrap_or_else(english)
            .index()
    });
    LANGUAGES.get(index).unwrap_or_else(english)
}

/// The language every message is said in, unless this thread says otherwise.
static CURRENT: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// This thread's language, while [`with_language`] runs.
    static THIS_THREAD: Cell<Option<usize>> = const { Cell::new(None) };
}

/// The language messages are said in now.
pub fn current() -> &'static Language {
    let index = THIS_THREAD
        .with(Cell::get)
        .unwrap_or_else(|| CURRENT.load(Ordering::Relaxed));
    LANGUAGES.get(index).unwrap_or_else(english)
}

/// Says every message in `language` from now on (the command line at start, the
/// window when the language menu changes). On a thread with a language of its own
/// ([`with_language`], [`pin_this_thread`]) only that thread's language changes.
pub fn set_current(language: &'static Language) {
    let index = language.index();
    let own = THIS_THREAD.with(|cell| {
        let own = cell.get().is_some();
        if own {
            cell.set(Some(index));
        }
        own
    });
    if !own {
        CURRENT.store(index, Ordering::Relaxed);
    }
}

/// Gives this thread a language of its own, which [`set_current`] then changes for this
/// thread alone: window tests in German and Japanese run beside English ones this way,
/// and a worker thread keeps the language of the window that started it.
pub fn pin_this_thread(language: &'static Language) {
    THIS_THREAD.with(|cell| cell.set(Some(language.index())));
}

/// Runs `work` with this thread's messages said in `language` (other threads keep
/// theirs): for tests that compare languages side by side.
pub fn with_language<T>(language: &'static Language, work: impl FnOnce() -> T) -> T {
    struct Restore(Option<usize>);
    impl Drop for Restore {
        fn drop(&mut self) {
            THIS_THREAD.with(|cell| cell.set(self.0));
        }
    }
    let _restore = Restore(THIS_THREAD.with(|cell| cell.replace(Some(language.index()))));
    work()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(found: Option<&'static Language>) -> &'static str {
        found.map(|language| language.tag).unwrap_or("none")
    }

    #[test]
    fn tags_and_locales_find_their_language() {
        assert_eq!(tag(find("de")), "de");
        assert_eq!(tag(find("DE-at")), "de");
        assert_eq!(tag(find("pt_BR")), "pt-BR");
        assert_eq!(tag(find("pt-PT")), "pt-BR");
        assert_eq!(tag(find("zh-Hant-HK")), "zh-TW");
        assert_eq!(tag(find("zh-Hans")), "zh-CN");
        assert_eq!(tag(find("zh")), "zh-CN");
        assert_eq!(tag(find("ja-JP")), "ja");
        assert_eq!(tag(find("qps-ploc")), "qps-ploc");
        assert_eq!(tag(find("qps")), "none");
        assert_eq!(tag(find("ar")), "none");
        assert_eq!(tag(find("")), "none");
        assert_eq!(tag(from_locale("de_DE.UTF-8")), "de");
        assert_eq!(tag(from_locale("zh_TW.Big5")), "zh-TW");
        assert_eq!(tag(from_locale("sv_SE@euro")), "sv");
        assert_eq!(tag(from_locale("C.UTF-8")), "none");
        assert_eq!(tag(from_locale("POSIX")), "none");
    }

    #[test]
    fn the_first_variable_set_decides() {
        let vars = |all: &'static str, messages: &'static str, lang: &'static str| {
            move |name: &str| {
                let value = match name {
                    "LC_ALL" => all,
                    "LC_MESSAGES" => messages,
                    _ => lang,
                };
                (!value.is_empty()).then(|| value.to_string())
            }
        };
        assert_eq!(tag(from_variables(vars("", "", "de_DE.UTF-8"))), "de");
        assert_eq!(tag(from_variables(vars("", "fr_FR", "de_DE"))), "fr");
        assert_eq!(tag(from_variables(vars("ja_JP", "fr_FR", "de_DE"))), "ja");
        // C, or a language the app does not speak, is English, not the next variable.
        assert_eq!(tag(from_variables(vars("C", "", "de_DE"))), "en");
        assert_eq!(tag(from_variables(vars("", "", "ar_EG.UTF-8"))), "en");
        assert_eq!(tag(from_variables(vars("", "", ""))), "none");
    }

    #[test]
    fn a_thread_may_speak_its_own_language() {
        let german = find("de").unwrap_or_else(english);
        let seen = with_language(german, || current().tag);
        assert_eq!(seen, "de");
        assert_eq!(current().tag, "en");
    }
}
