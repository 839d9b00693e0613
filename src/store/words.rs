//! Manifest places and values in plain words, for messages a publisher
//! understands. Places come from the one table ([`crate::places`]):
//! `/bots/0/scopes/2` is "Bot 1 › scopes › 3", `/name/short` is "Short name".

pub use crate::address::{host_of, is_own_computer};

use crate::message::Message;

/// A JSON pointer in words (see [`crate::places::in_words`]): list entries are counted
/// from 1 and named by what they are ("Bot 1 › scopes › 3"); the whole file is "the whole
/// file".
pub fn pointer_in_words(pointer: &str) -> String {
    crate::places::in_words_text(pointer)
}

/// A JSON pointer into the file `file` in words: the manifest's by the table's names,
/// another file's by its keys as written (see [`crate::places::in_file_words`]).
pub fn pointer_in_file_words(file: &str, pointer: &str) -> String {
    crate::places::in_file_words_text(file, pointer)
}

/// The place a JSON pointer leads to, as a message to nest in a finding's sentence.
pub fn place(pointer: &str) -> Message {
    crate::places::in_words(pointer)
}

/// The name a publisher knows a field by: the same words as [`pointer_in_words`], so a
/// place reads the same in a finding's sentence, its place and the change list.
pub fn field_name(pointer: &str) -> String {
    pointer_in_words(pointer)
}

/// The name a publisher knows a field by, as a message (see [`field_name`]).
pub fn field_name_message(pointer: &str) -> Message {
    place(pointer)
}

pub use crate::plain::{sentence_start, shorten};

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
pub fn own_computer_advice(host: &str) -> crate::message::Message {
    crate::msg!(
        "store-own-computer-advice",
        host = shorten(host, 60),
        tail = own_computer_tail(),
    )
}

/// [`own_computer_advice`] without the host, for a sentence that already names it.
pub fn own_computer_tail() -> crate::message::Message {
    crate::msg!("store-own-computer-tail")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_are_the_places_words() {
        assert_eq!(pointer_in_words("/bots/0/scopes/2"), "Bot 1 › scopes › 3");
        assert_eq!(field_name("/bots/0/botId"), "Bot 1 › bot ID");
        assert_eq!(
            field_name("/staticTabs/2/contentUrl"),
            "Personal tab 3 › page address"
        );
        assert_eq!(field_name("/foo/bar"), "foo › bar");
        assert_eq!(field_name_message("/id").text(), "App ID");
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
