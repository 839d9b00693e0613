//! `https-urls` (error)
//!
//! **What it checks:** the web addresses of the developer (website, privacy
//! statement, terms of use) and of each tab (`contentUrl`, `websiteUrl`,
//! `searchUrl`, `configurationUrl`) start with `https://` (any letter case).
//! Addresses that still hold a template placeholder are left to the
//! `placeholders` check.
//!
//! **Why:** Teams loads these pages inside the app and the store refuses links
//! that are not secure (`http://`) or not web addresses at all.
//!
//! **Example:** `"privacyUrl": "http://contoso.com/privacy"` → use `https://contoso.com/privacy`.
//!
//! Source: Teams Store validation guidelines; app manifest reference.

use serde_json::Value;

use super::{Raw, Severity, StoreCheck, Subject, has_placeholder, list, sources, words};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "https-urls";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-https-urls-title",
    severity: Severity::Error,
    needs_package: false,
    run: check,
    fixed_by: super::WhoFixes::ByPlace,
    repairs: super::Repair::Never,
};

/// One finding per address that does not start with `https://`.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let document = subject.document;
    let mut pointers: Vec<String> = [
        "/developer/websiteUrl",
        "/developer/privacyUrl",
        "/developer/termsOfUseUrl",
    ]
    .iter()
    .map(|p| p.to_string())
    .collect();
    for (index, _) in list(document, "staticTabs") {
        for field in ["contentUrl", "websiteUrl", "searchUrl"] {
            pointers.push(format!("/staticTabs/{index}/{field}"));
        }
    }
    for (index, _) in list(document, "configurableTabs") {
        pointers.push(format!("/configurableTabs/{index}/configurationUrl"));
    }
    pointers
        .into_iter()
        .filter_map(|pointer| {
            let text = document.pointer(&pointer).and_then(Value::as_str)?;
            let secure = text
                .get(..8)
                .is_some_and(|head| head.eq_ignore_ascii_case("https://"));
            (!secure && !has_placeholder(text)).then(|| {
                let field = words::sentence_start(&words::field_name(&pointer));
                // An address on the developer's own computer is said as such: making it
                // https would not help, so no https example is offered for it.
                if let Some(host) = words::host_of(text).filter(|h| words::is_own_computer(h)) {
                    let message = msg!(
                        "store-https-urls-own-computer",
                        field = field,
                        advice = words::own_computer_advice(&host),
                    );
                    return Raw::new(pointer, message, sources::STORE);
                }
                let example = match text.get(..7) {
                    Some(head) if head.eq_ignore_ascii_case("http://") => {
                        format!(
                            "https://{}",
                            words::shorten(text.get(7..).unwrap_or_default(), 60)
                        )
                    }
                    _ => words::example_address(&pointer).to_string(),
                };
                let message = msg!(
                    "store-https-urls-not-secure",
                    field = field,
                    example = example,
                    value = words::shorten(text, 80),
                );
                Raw::new(pointer, message, sources::STORE)
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use serde_json::json;

    #[test]
    fn only_https_is_accepted_and_placeholders_are_left_alone() {
        let report = run(&valid_manifest(json!({
            "developer": {"name": "C", "websiteUrl": "HTTPS://www.contoso.com", "privacyUrl": "http://contoso.com/p", "termsOfUseUrl": "${{TERMS_URL}}"},
            "staticTabs": [
                {"entityId": "a", "name": "A", "scopes": ["personal"], "contentUrl": "https://tasks.contoso.com/a", "websiteUrl": "ftp://x", "searchUrl": "/relative"},
                {"entityId": "conversations", "scopes": ["personal"]}
            ],
            "configurableTabs": [{"configurationUrl": "http://tasks.contoso.com/config", "scopes": ["team"]}]
        })));
        assert_eq!(
            pointers(&report, ID),
            [
                "/developer/privacyUrl",
                "/staticTabs/0/websiteUrl",
                "/staticTabs/0/searchUrl",
                "/configurableTabs/0/configurationUrl"
            ]
        );
    }
}
