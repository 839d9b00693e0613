//! `valid-domains-coverage` (warning)
//!
//! **What it checks:** the host of each tab address (`contentUrl`, `websiteUrl`
//! of personal tabs, `configurationUrl` of channel tabs) is matched by an entry
//! of `validDomains` (a `*` matches one label). A host made of Teams context tokens
//! (`https://{teamSiteDomain}{teamSitePath}/…`, an app whose pages live on each
//! customer's SharePoint) is not judged: Teams fills it in, and no entry can name it.
//!
//! **Why:** Teams only loads tab pages from the app's valid domains; a tab whose
//! host is not listed shows an error instead of your page, which store review
//! catches.
//!
//! **Example:** `"contentUrl": "https://app.contoso.com/tab"` with
//! `"validDomains": ["www.contoso.com"]`.
//!
//! Source: app manifest reference.

use serde_json::Value;

use super::{Raw, Severity, StoreCheck, Subject, has_placeholder, list, sources};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "valid-domains-coverage";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-valid-domains-coverage-title",
    severity: Severity::Warning,
    needs_package: false,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// One warning per tab address whose host no valid domain covers.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let document = subject.document;
    let domains = super::valid_domains::entries(document);
    let mut addresses = Vec::new();
    for (index, _) in list(document, "staticTabs") {
        for field in ["contentUrl", "websiteUrl"] {
            addresses.push(format!("/staticTabs/{index}/{field}"));
        }
    }
    for (index, _) in list(document, "configurableTabs") {
        addresses.push(format!("/configurableTabs/{index}/configurationUrl"));
    }
    addresses
        .into_iter()
        .filter_map(|pointer| {
            let url = document.pointer(&pointer).and_then(Value::as_str)?;
            if has_placeholder(url) {
                return None;
            }
            let host = host_of(url)?;
            // A host made of Teams context tokens (`{teamSiteDomain}`) is each customer's
            // own site, filled in by Teams: no entry of the list can name it.
            if host.contains('{') {
                return None;
            }
            if domains.iter().any(|domain| matches(domain, &host)) {
                return None;
            }
            let field = super::words::sentence_start(&super::words::field_name(&pointer));
            let message = if super::words::is_own_computer(&host) {
                // Said once and right: the address must move, not the list grow.
                msg!(
                    "store-valid-domains-coverage-own-computer",
                    field = field,
                    advice = super::words::own_computer_advice(&host),
                )
            } else {
                msg!(
                    "store-valid-domains-coverage-not-listed",
                    field = field,
                    host = host.as_str(),
                )
            };
            Some(Raw::new(pointer.clone(), message, sources::MANIFEST))
        })
        .collect()
}

/// The lower-case host of an absolute `http(s)://` address.
fn host_of(url: &str) -> Option<String> {
    url.contains("://")
        .then(|| super::words::host_of(url))
        .flatten()
}

/// True when `domain` (with `*` labels) matches `host`.
fn matches(domain: &str, host: &str) -> bool {
    let (pattern, labels): (Vec<&str>, Vec<&str>) =
        (domain.split('.').collect(), host.split('.').collect());
    pattern.len() == labels.len()
        && pattern
            .iter()
            .zip(&labels)
            .all(|(p, l)| *p == "*" || p == l)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use serde_json::json;

    #[test]
    fn hosts_must_be_covered() {
        assert!(matches("*.contoso.com", "app.contoso.com"));
        assert!(!matches("*.contoso.com", "a.b.contoso.com"));
        assert!(matches("tasks.contoso.com", "tasks.contoso.com"));
        assert_eq!(
            host_of("https://User@Tasks.Contoso.com:443/x?y"),
            Some("tasks.contoso.com".into())
        );
        let report = run(&valid_manifest(json!({
            "staticTabs": [{"entityId": "a", "name": "A", "scopes": ["personal"],
                "contentUrl": "https://tasks.contoso.com/a", "websiteUrl": "https://www.contoso.com/a"}],
            "validDomains": ["*.contoso.com"]
        })));
        assert!(pointers(&report, ID).is_empty());
        let report = run(&valid_manifest(json!({
            "staticTabs": [{"entityId": "a", "name": "A", "scopes": ["personal"],
                "contentUrl": "https://tasks.contoso.com/a", "websiteUrl": "https://other.example/a"}]
        })));
        assert_eq!(pointers(&report, ID), ["/staticTabs/0/websiteUrl"]);
    }
}
