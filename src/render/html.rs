//! The presentation as a self-contained, styled HTML page: the app's name and icon, both
//! versions, the date, the verdict in colour, every section, and the download button.
//! No script and no external file, so it can be forwarded as it is.

use crate::msg;
use std::fmt::Write;

use crate::button::{ButtonOptions, button_html};
use crate::escape::escape_html as e;
use crate::plain::{Span, spans};
use crate::presentation::{Group, Item, Presentation, Section, SectionId};

/// What the page shows besides the report.
#[derive(Debug, Clone, Default)]
pub struct HtmlOptions<'a> {
    /// The date the page says it was made on (`2026-12-01`), when given.
    pub date: Option<String>,
    /// The app's color icon (PNG), shown beside its name.
    pub icon_png: Option<&'a [u8]>,
}

const STYLE: &str = "\
:root{color-scheme:light dark;--fix:#c42b1c;--pass:#0f7b0f;--warn:#9d5d00;--info:#5b5fc7;--muted:#616161;--line:#d1d1d1;--tint:rgba(127,127,127,.08)}\
@media (prefers-color-scheme:dark){:root{--fix:#ff99a4;--pass:#54b054;--warn:#fce100;--info:#a5a8f2;--muted:#adadad;--line:#525252}}\
body{font-family:'Segoe UI',system-ui,-apple-system,sans-serif;max-width:58em;margin:2em auto;padding:0 1.2em;line-height:1.45}\
header{display:flex;gap:1em;align-items:center}header img{width:64px;height:64px;border-radius:8px}\
header h1{margin:0;font-size:1.6em}header p{margin:.2em 0;color:var(--muted)}\
.banner{border:2px solid;border-radius:10px;padding:.8em 1.2em;margin:1.2em 0;background:var(--tint)}\
.banner h2{margin:0 0 .3em;font-size:1.5em}.banner p{margin:.2em 0}\
.fix{color:var(--fix)}.pass,.no{color:var(--pass)}.warn,.yes{color:var(--warn)}.info,.skip,.step{color:var(--info)}\
.banner.fix{border-color:var(--fix)}.banner.pass{border-color:var(--pass)}.banner.info{border-color:var(--info)}\
table{border-collapse:collapse;margin:.5em 0}td,th{padding:.25em .9em;text-align:left;border-bottom:1px solid var(--line)}\
h2{margin-top:1.6em;border-bottom:1px solid var(--line);padding-bottom:.2em}\
ul{padding-left:1.2em}li{margin:.35em 0}li.item{list-style:none;margin-left:-1.2em}\
.mark{display:inline-block;min-width:1.3em;font-weight:bold}.title{font-weight:600}\
.sub{color:var(--muted);font-size:.92em;margin:.15em 0 0 1.5em}.sub ul{margin:.2em 0}\
.dev{color:var(--muted);font-size:.8em;margin:.15em 0 0 1.5em}\
details{margin:.4em 0}summary{cursor:pointer;font-weight:600}pre{white-space:pre-wrap;font-size:.85em;background:var(--tint);padding:.6em}\
code{font-size:.92em;background:var(--tint);padding:0 .25em;border-radius:3px}\
.note{border-left:4px solid var(--warn);padding:.4em .8em;background:var(--tint)}\
footer{margin-top:2.5em;color:var(--muted);font-size:.85em}";

/// Writes the whole page.
pub fn emit(view: &Presentation, options: &HtmlOptions<'_>) -> String {
    let mut body = String::new();
    header(&mut body, view, options);
    let _ = write!(
        body,
        "<section class=\"banner {0}\" aria-label=\"{3}\"><h2 class=\"{0}\">{1} {2}</h2>",
        view.headline.mark.id(),
        view.headline.mark.symbol(),
        e(&view.headline.text),
        e(&msg!("render-verdict").text())
    );
    if let Some(consent) = &view.consent {
        let _ = write!(
            body,
            "<p class=\"{}\"><strong>{} {}</strong></p>",
            consent.mark.id(),
            consent.mark.symbol(),
            e(&consent.text)
        );
    }
    if let Some(note) = &view.note {
        let _ = write!(body, "<p>{}</p>", words(note));
    }
    body.push_str("</section>\n");
    if !view.versions.is_empty() {
        let _ = write!(
            body,
            "<table><tr><th></th><th>{}</th><th>{}</th></tr>",
            e(&msg!("render-column-published").text()),
            e(&msg!("render-column-new").text())
        );
        for row in &view.versions {
            let _ = write!(
                body,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                row.label,
                e(&row.published),
                e(&row.new)
            );
        }
        body.push_str("</table>\n");
    }
    for section in &view.sections {
        write_section(&mut body, section, view);
    }
    let _ = writeln!(
        body,
        "<footer>{}</footer>",
        e(&msg!("render-footer").text())
    );
    let title = match &view.app_name {
        Some(name) => msg!(
            "render-title-app",
            app = name.as_str(),
            headline = view.headline.text.as_str()
        )
        .text(),
        None => msg!("render-title", headline = view.headline.text.as_str()).text(),
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>{STYLE}</style></head>\n<body>\n{body}</body></html>\n",
        e(&title)
    )
}

fn header(body: &mut String, view: &Presentation, options: &HtmlOptions<'_>) {
    body.push_str("<header>");
    if let Some(icon) = options
        .icon_png
        .filter(|bytes| bytes.starts_with(b"\x89PNG"))
    {
        let _ = write!(
            body,
            "<img alt=\"\" src=\"data:image/png;base64,{}\">",
            base64(icon)
        );
    }
    body.push_str("<div>");
    match &view.app_name {
        Some(name) => {
            let _ = write!(
                body,
                "<h1 dir=\"auto\">{}</h1><p>{}",
                e(name),
                e(&msg!("render-teams-update-check").text())
            );
        }
        None => {
            let _ = write!(
                body,
                "<h1>{}</h1><p>{}",
                e(&msg!("render-teams-update-check").text()),
                e(&msg!("render-report").text())
            );
        }
    }
    if let Some(date) = &options.date {
        let _ = write!(body, " · {}", e(date));
    }
    body.push_str("</p></div></header>\n");
}

fn write_section(body: &mut String, section: &Section, view: &Presentation) {
    let _ = writeln!(
        body,
        "<section id=\"{}\"><h2>{}</h2>",
        section.id.anchor(),
        e(&section.title)
    );
    if let Some(intro) = &section.intro {
        let _ = writeln!(body, "<p class=\"sub\">{}</p>", e(intro));
    }
    if let Some(lead) = &section.lead {
        let _ = writeln!(
            body,
            "<p class=\"{}\"><strong>{} {}</strong></p>",
            lead.mark.id(),
            lead.mark.symbol(),
            words(&lead.text)
        );
    }
    for group in &section.groups {
        write_group(body, group);
    }
    for note in &section.notes {
        let _ = writeln!(
            body,
            "<p><em>{} {}</em></p>",
            e(&msg!("render-label-note").text()),
            words(note)
        );
    }
    if !section.sources.is_empty() {
        let links: Vec<String> = section
            .sources
            .iter()
            .map(|link| format!("<a href=\"{}\">{}</a>", e(&link.url), e(&link.title)))
            .collect();
        let _ = writeln!(
            body,
            "<p class=\"sub\">{} {}</p>",
            e(&msg!("render-label-sources").text()),
            links.join(", ")
        );
    }
    if section.id == SectionId::Download
        && let Some(app_id) = &view.app_id
        && section.lead.is_none()
        && let Ok(button) = button_html(app_id, &ButtonOptions::default())
    {
        let _ = writeln!(
            body,
            "<p>{}</p><p>{button}</p>",
            e(&msg!("render-button-preview").text())
        );
    }
    body.push_str("</section>\n");
}

fn write_group(body: &mut String, group: &Group) {
    if let Some(note) = &group.note {
        let _ = writeln!(
            body,
            "<p class=\"note\"><strong class=\"{}\">{}</strong> {}</p>",
            note.mark.id(),
            note.mark.symbol(),
            words(&note.text)
        );
    }
    let folded = group.title.is_some() && group.folded;
    match (&group.title, folded) {
        (Some(title), true) => {
            let _ = write!(body, "<details><summary>{}</summary>", e(title));
        }
        (Some(title), false) => {
            let _ = write!(body, "<h3>{}</h3>", e(title));
        }
        (None, _) => {}
    }
    if let (Some(hint), true) = (&group.hint, group.title.is_some()) {
        let _ = write!(body, "<p class=\"sub\">{}</p>", e(hint));
    }
    body.push_str("<ul>");
    for item in &group.items {
        write_item(body, item);
    }
    body.push_str("</ul>");
    if folded {
        body.push_str("</details>");
    }
    body.push('\n');
}

fn write_item(body: &mut String, item: &Item) {
    let _ = write!(
        body,
        "<li class=\"item\"><span class=\"mark {}\" title=\"{}\">{}</span> ",
        item.mark.id(),
        item.mark.word(),
        item.mark.symbol()
    );
    if let Some(title) = &item.title {
        let _ = write!(body, "<span class=\"title\">{}</span>", e(title));
        if !item.text.is_empty() {
            body.push_str(": ");
        }
    }
    match &item.link {
        Some(link) if link.url == item.text => {
            let _ = write!(body, "<a href=\"{0}\">{0}</a>", e(&link.url));
        }
        _ => body.push_str(&words(&item.text)),
    }
    let mut sub = String::new();
    if !item.bullets.is_empty() {
        sub.push_str("<ul>");
        for bullet in &item.bullets {
            let _ = write!(sub, "<li>{}</li>", words(&bullet.text));
        }
        sub.push_str("</ul>");
    }
    if let Some(place) = &item.place {
        let _ = write!(
            sub,
            "{} {}. ",
            e(&msg!("render-label-where").text()),
            words(place)
        );
    }
    if let Some(who) = &item.who {
        let _ = write!(
            sub,
            "<strong>{}</strong> {}. ",
            e(&msg!("render-label-who").text()),
            e(who)
        );
    }
    if let Some(remark) = &item.remark {
        let _ = write!(sub, "<em>{}</em> ", e(remark));
    }
    if let Some(why) = &item.why {
        let _ = write!(sub, "{} ", e(why));
    }
    if let Some(link) = item.link.as_ref().filter(|link| link.url != item.text) {
        let _ = write!(sub, "<a href=\"{}\">{}</a>", e(&link.url), e(&link.title));
    }
    if !sub.is_empty() {
        let _ = write!(body, "<div class=\"sub\">{sub}</div>");
    }
    let developer = item.developer_lines();
    if !developer.is_empty() {
        let _ = write!(
            body,
            "<div class=\"dev\">{} {}</div>",
            e(&msg!("render-label-developers").text()),
            words(&developer.join("; "))
        );
    }
    if let Some(copy) = &item.copy {
        let _ = write!(
            body,
            "<pre class=\"copy\" aria-label=\"{}\">{}</pre>",
            e(&copy.label),
            e(&copy.text)
        );
    }
    if let Some(full) = &item.full_value {
        let _ = write!(
            body,
            "<details class=\"sub\"><summary>{}</summary><pre>{}</pre></details>",
            words(&full.title),
            e(&full.text)
        );
    }
    body.push_str("</li>\n");
}

/// A message as HTML: names between backticks in `<code>`, everything escaped.
fn words(text: &str) -> String {
    spans(text)
        .into_iter()
        .map(|span| match span {
            Span::Name(name) => format!("<code>{}</code>", e(name)),
            Span::Prose(prose) => e(prose),
        })
        .collect()
}

/// Standard Base64 (RFC 4648) with padding, for the icon embedded in the page.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let symbol = |index: u32| char::from(ALPHABET[(index & 63) as usize]);
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let n = (b(0) << 16) | (b(1) << 8) | b(2);
        out.push(symbol(n >> 18));
        out.push(symbol(n >> 12));
        out.push(if chunk.len() > 1 { symbol(n >> 6) } else { '=' });
        out.push(if chunk.len() > 2 { symbol(n) } else { '=' });
    }
    out
}

/// Today's date where the user is (the computer's own time zone), `2026-12-01`: the
/// page says when it was made, and an evening in California is not tomorrow yet.
pub fn today() -> String {
    date_of(&jiff::Zoned::now())
}

/// The calendar date of a moment in its own time zone, written the way the language
/// the app speaks writes dates (`2026-12-01` in English, `01.12.2026` in German).
fn date_of(moment: &jiff::Zoned) -> String {
    let date = moment.date();
    msg!(
        "render-date",
        year = format!("{:04}", date.year()),
        month = format!("{:02}", date.month()),
        day = format!("{:02}", date.day())
    )
    .text()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64(&[0xff, 0xfe]), "//4=");
    }

    /// One moment, 2026-12-01 at 23:30 UTC, is still December 1 in the UTC calendar, December 1 at
    /// 15:30 in Los Angeles, and already December 2 at 08:30 in Tokyo; and 07:30 UTC on December 2
    /// is still December 1 (23:30) in Los Angeles. POSIX rules, so no time zone database is needed.
    #[test]
    fn the_date_is_the_one_in_the_users_time_zone() {
        use jiff::tz::TimeZone;
        let los_angeles = TimeZone::posix("PST8PDT,M3.2.0,M11.1.0").unwrap();
        let tokyo = TimeZone::posix("JST-9").unwrap();
        let date = |moment: &str, zone: &TimeZone| {
            let instant: jiff::Timestamp = moment.parse().unwrap();
            date_of(&instant.to_zoned(zone.clone()))
        };
        assert_eq!(date("2026-12-01T23:30:00Z", &TimeZone::UTC), "2026-12-01");
        assert_eq!(date("2026-12-01T23:30:00Z", &los_angeles), "2026-12-01");
        assert_eq!(date("2026-12-01T23:30:00Z", &tokyo), "2026-12-02");
        assert_eq!(date("2026-12-02T07:30:00Z", &TimeZone::UTC), "2026-12-02");
        assert_eq!(date("2026-12-02T07:30:00Z", &los_angeles), "2026-12-01");
        assert_eq!(date("2026-12-02T07:30:00Z", &tokyo), "2026-12-02");
        // A leap day, written with zeros like any other date.
        assert_eq!(date("2024-02-29T12:00:00Z", &TimeZone::UTC), "2024-02-29");
        assert_eq!(date("0999-01-05T12:00:00Z", &TimeZone::UTC), "0999-01-05");
        // In the order and with the separators of the report's language.
        let in_language = |tag: &str| {
            crate::lang::with_language(crate::lang::find(tag).unwrap(), || {
                date("2026-12-01T12:00:00Z", &TimeZone::UTC)
            })
        };
        assert_eq!(in_language("de"), "01.12.2026");
        assert_eq!(in_language("ja"), "2026/12/01");
        assert_eq!(in_language("fr"), "01/12/2026");
    }

    /// `today()` reads the computer's clock and zone: it is one of the dates around now.
    #[test]
    fn today_is_a_date_near_now() {
        let now = jiff::Timestamp::now();
        let around = [-14, 0, 14].map(|hours| {
            date_of(
                &(now + jiff::SignedDuration::from_hours(hours)).to_zoned(jiff::tz::TimeZone::UTC),
            )
        });
        let today = today();
        assert!(around.contains(&today), "{today} is not one of {around:?}");
        assert_eq!(today.len(), 10);
    }

    #[test]
    fn names_become_code_and_nothing_is_left_unescaped() {
        assert_eq!(
            words("Tab `<x>` & more"),
            "Tab <code>&lt;x&gt;</code> &amp; more"
        );
    }
}
