//! Manifest places and values in plain words, for messages a publisher
//! understands: `/bots/0/scopes/2` is "Bot 1 › scopes › 3", `/name/short` is
//! "the short name".

/// A JSON pointer in words: list entries are counted from 1 and named by what
/// they are ("Bot 1 › scopes › 3"); the whole file is "the whole file".
pub fn pointer_in_words(pointer: &str) -> String {
    if pointer.is_empty() {
        return "the whole file".to_string();
    }
    let segments: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|segment| segment.replace("~1", "/").replace("~0", "~"))
        .collect();
    let mut words: Vec<String> = Vec::new();
    let mut previous: Option<&str> = None;
    for segment in &segments {
        match (segment.parse::<usize>(), previous) {
            (Ok(index), Some(list)) => {
                let name = entry_name(list);
                let number = index + 1;
                if let Some(last) = words.last_mut().filter(|_| name.is_some()) {
                    *last = format!("{} {number}", name.unwrap_or_default());
                } else {
                    words.push(number.to_string());
                }
            }
            _ => words.push(segment.clone()),
        }
        previous = Some(segment);
    }
    words.join(" › ")
}

/// What one entry of a well-known list is called (the one table: [`crate::fields`]).
fn entry_name(list: &str) -> Option<&'static str> {
    crate::fields::entry_label(list)
}

/// The name a publisher knows a field by ("the short name"), or the pointer in words.
pub fn field_name(pointer: &str) -> String {
    let known = match pointer {
        "" => "the manifest",
        "/id" => "the app ID",
        "/version" => "the version",
        "/manifestVersion" => "the manifest format (manifestVersion)",
        "/$schema" => "the schema link ($schema)",
        "/name/short" | "/name.short" => "the short name",
        "/name/full" | "/name.full" => "the full name",
        "/description/short" | "/description.short" => "the short description",
        "/description/full" | "/description.full" => "the full description",
        "/developer" => "the developer details",
        "/developer/name" => "the developer name",
        "/developer/websiteUrl" => "the developer's website address",
        "/developer/privacyUrl" => "the privacy statement address",
        "/developer/termsOfUseUrl" => "the terms of use address",
        "/developer/mpnId" => "the Partner Network ID",
        "/icons" => "the icons",
        "/icons/color" => "the color icon",
        "/icons/outline" => "the outline icon",
        "/accentColor" => "the accent color",
        "/validDomains" => "the list of valid domains",
        "/webApplicationInfo/id" => "the sign-in app ID (webApplicationInfo.id)",
        "/webApplicationInfo/resource" => "the sign-in resource (webApplicationInfo.resource)",
        "/packageName" => "the package name",
        _ => "",
    };
    if !known.is_empty() {
        return known.to_string();
    }
    let last = pointer.rsplit('/').next().unwrap_or("");
    let parent = pointer.rsplit_once('/').map_or("", |(head, _)| head);
    let leaf = match last {
        "botId" => Some("ID"),
        "entityId" => Some("entity ID"),
        "contentUrl" => Some("content address (contentUrl)"),
        "websiteUrl" => Some("website address (websiteUrl)"),
        "configurationUrl" => Some("configuration address (configurationUrl)"),
        "searchUrl" => Some("search address (searchUrl)"),
        "scopes" => Some("scopes"),
        "name" => Some("name"),
        "title" => Some("title"),
        "description" => Some("description"),
        _ => None,
    };
    match leaf {
        Some(leaf) if !parent.is_empty() => format!("{}'s {leaf}", pointer_in_words(parent)),
        _ => format!("`{}`", pointer_in_words(pointer)),
    }
}

pub use crate::plain::{count, sentence_start, shorten};

/// The lower-case host of an absolute address (`https://Tasks.Contoso.com:8443/x` →
/// `tasks.contoso.com`), or of a bare domain with a port (`localhost:3000` → `localhost`).
pub fn host_of(address: &str) -> Option<String> {
    let rest = address.split_once("://").map_or(address, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = if host.starts_with('[') {
        host.split(']').next().map(|h| h.trim_start_matches('['))?
    } else {
        host.split(':').next()?
    };
    (!host.is_empty()).then(|| host.to_lowercase())
}

/// True when a host is the developer's own computer or private network: `localhost`
/// (and its subdomains), a loopback, private, link-local or unspecified IP address.
/// Such an address works only on the machine or network it was built on.
pub fn is_own_computer(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_lowercase();
    if host == "localhost" || host.ends_with(".localhost") {
        return true;
    }
    match host.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(ip)) => {
            ip.is_loopback() || ip.is_private() || ip.is_link_local() || ip.is_unspecified()
        }
        Ok(std::net::IpAddr::V6(ip)) => {
            ip.is_loopback() || ip.is_unspecified() || (ip.segments()[0] & 0xfe00) == 0xfc00
        }
        Err(_) => false,
    }
}

/// An example address that fits the field: the website, the privacy statement, the terms
/// of use or a tab page.
pub fn example_address(pointer: &str) -> &'static str {
    match pointer.rsplit('/').next().unwrap_or_default() {
        "websiteUrl" if pointer.starts_with("/developer") => "https://www.contoso.com",
        "privacyUrl" => "https://www.contoso.com/privacy",
        "termsOfUseUrl" => "https://www.contoso.com/terms",
        "configurationUrl" => "https://tasks.contoso.com/config",
        _ => "https://tasks.contoso.com/tab",
    }
}

/// What an address on the developer's own computer is, in words, with what to do.
pub fn own_computer_advice(host: &str) -> String {
    format!(
        "\"{}\", your developer's own computer (or private network), which nobody else can reach: replace it with the address where the app is hosted",
        shorten(host, 60)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_in_words() {
        assert_eq!(pointer_in_words("/bots/0/scopes/2"), "Bot 1 › scopes › 3");
        assert_eq!(pointer_in_words("/staticTabs/1"), "Personal tab 2");
        assert_eq!(
            pointer_in_words("/composeExtensions/0/commands/1/title"),
            "Message extension 1 › Command 2 › title"
        );
        assert_eq!(pointer_in_words("/a~1b/x"), "a/b › x");
        assert_eq!(pointer_in_words("/list/4"), "list › 5");
        assert_eq!(pointer_in_words(""), "the whole file");
    }

    #[test]
    fn field_names() {
        assert_eq!(field_name("/name/short"), "the short name");
        assert_eq!(field_name("/bots/0/botId"), "Bot 1's ID");
        assert_eq!(
            field_name("/staticTabs/2/contentUrl"),
            "Personal tab 3's content address (contentUrl)"
        );
        assert_eq!(field_name("/foo/bar"), "`foo › bar`");
        assert_eq!(sentence_start("the short name"), "The short name");
    }

    #[test]
    fn own_computers_are_told_apart() {
        for host in [
            "localhost",
            "app.localhost",
            "127.0.0.1",
            "10.1.2.3",
            "192.168.1.20",
            "172.16.0.4",
            "::1",
            "0.0.0.0",
        ] {
            assert!(is_own_computer(host), "{host}");
        }
        for host in [
            "contoso.com",
            "172.32.0.1",
            "8.8.8.8",
            "localhost.contoso.com",
        ] {
            assert!(!is_own_computer(host), "{host}");
        }
        assert_eq!(
            host_of("http://localhost:3000/tab").as_deref(),
            Some("localhost")
        );
        assert_eq!(host_of("localhost:3000").as_deref(), Some("localhost"));
        assert_eq!(host_of("https://[::1]:8080/").as_deref(), Some("::1"));
        assert_eq!(
            host_of("https://u@Tasks.Contoso.com/x").as_deref(),
            Some("tasks.contoso.com")
        );
    }
}
