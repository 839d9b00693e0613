//! `valid-domains` (error)
//!
//! **What it checks:** each entry of `validDomains` (compared in lower case;
//! entries that still hold a placeholder are left to the `placeholders` check):
//! - it is a domain, not a web address: no `://`, `/`, `?`, `#` or spaces;
//! - its wildcards are whole labels at the left: `*.*.contoso.com` is fine,
//!   `foo.*.contoso.com` and `*contoso.com` are not;
//! - it is not too wide: after the leading `*` labels at least two labels
//!   remain (`*` and `*.com` are refused);
//! - it is not a Microsoft or shared-hosting domain (`teams.microsoft.com`,
//!   `*.azurewebsites.net`, `*.sharepoint.com`, …) that every app could claim;
//! - it is not a tunnel (`ngrok.io`, `devtunnels.ms`, `trycloudflare.com`, …).
//!
//! **Why:** Teams lets the app's pages navigate to these domains; the store
//! refuses entries that would cover other people's sites, and tunnels are for
//! testing on your own computer, never for published apps.
//!
//! **Example:** `"validDomains": ["1234abcd.ngrok.io"]` → replace it with your production domain.
//!
//! Source: Teams Store validation guidelines; app manifest reference.

use serde_json::Value;

use super::{Raw, Severity, StoreCheck, Subject, has_placeholder, list, sources};
use crate::message::Message;
use crate::msg;

/// The check's identifier.
pub const ID: &str = "valid-domains";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-valid-domains-title",
    severity: Severity::Error,
    needs_package: false,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// Shared hosting and Microsoft domains no app may claim a wildcard of.
const BLOCKED_WILDCARD_PARENTS: [&str; 13] = [
    "azurewebsites.net",
    "azureedge.com",
    "microsoft.com",
    "microsoftonline.com",
    "onmicrosoft.com",
    "botframework.com",
    "sharepoint.com",
    "amazonaws.com",
    "appspot.com",
    "cloudapp.net",
    "herokuapp.com",
    "heroku.com",
    "glitch.me",
];

/// Tunnel services, for testing only.
const TUNNELS: [&str; 9] = [
    "ngrok.io",
    "ngrok-free.app",
    "ngrok.app",
    "devtunnels.ms",
    "trycloudflare.com",
    "loca.lt",
    "openport.io",
    "portmap.io",
    "fwd.wf",
];

/// True when a host is one of the tunnel services (or under one): for testing only.
pub(crate) fn is_tunnel(host: &str) -> bool {
    TUNNELS
        .iter()
        .any(|tunnel| host == *tunnel || host.ends_with(&format!(".{tunnel}")))
}

/// Microsoft's guide to publishing SharePoint Framework solutions.
const SHAREPOINT_FRAMEWORK_GUIDE: &str =
    "https://learn.microsoft.com/sharepoint/dev/spfx/publish-to-marketplace-faq";

/// True when a tab address starts at Teams' SharePoint site token (`{teamSiteDomain}`):
/// the app's pages live on each customer's own SharePoint, as in apps made with the
/// SharePoint Framework.
pub(crate) fn pages_on_customers_sharepoint(document: &Value) -> bool {
    let tabs = list(document, "staticTabs")
        .flat_map(|(_, tab)| [tab.get("contentUrl"), tab.get("websiteUrl")])
        .chain(list(document, "configurableTabs").map(|(_, tab)| tab.get("configurationUrl")));
    tabs.flatten()
        .filter_map(Value::as_str)
        .any(|url| url.to_ascii_lowercase().contains("{teamsitedomain}"))
}

/// One finding per entry the store refuses.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let sharepoint_framework = pages_on_customers_sharepoint(subject.document);
    list(subject.document, "validDomains")
        .filter_map(|(index, entry)| {
            let domain = entry.as_str()?;
            if has_placeholder(domain) {
                return None;
            }
            let problem = problem(&domain.to_lowercase(), sharepoint_framework)?;
            Some(Raw::new(
                format!("/validDomains/{index}"),
                msg!(
                    "store-valid-domains-domain",
                    domain = super::words::shorten(domain, 80),
                    problem = problem,
                ),
                sources::STORE,
            ))
        })
        .collect()
}

/// What is wrong with a lower-case entry, if anything, with one piece of advice true for
/// the app: `sharepoint_framework` when its pages live on each customer's own SharePoint
/// ([`pages_on_customers_sharepoint`]).
fn problem(domain: &str, sharepoint_framework: bool) -> Option<Message> {
    if domain.contains("://")
        || domain.contains(['/', '?', '#'])
        || domain.chars().any(char::is_whitespace)
    {
        return Some(msg!("store-valid-domains-web-address"));
    }
    let labels: Vec<&str> = domain.split('.').collect();
    let mut seen_plain = false;
    for label in &labels {
        if *label == "*" {
            if seen_plain {
                return Some(bad_wildcard());
            }
        } else if label.contains('*') {
            return Some(bad_wildcard());
        } else {
            seen_plain = true;
        }
    }
    let rest: Vec<&str> = labels
        .iter()
        .copied()
        .skip_while(|label| *label == "*")
        .collect();
    if let Some(_host) = super::words::host_of(domain).filter(|h| super::words::is_own_computer(h))
        && rest.len() < 2
    {
        return Some(msg!(
            "store-valid-domains-own-computer",
            advice = super::words::own_computer_tail()
        ));
    }
    if rest.len() < 2 {
        return Some(msg!("store-valid-domains-too-wide"));
    }
    let rest = rest.join(".");
    let is_or_under = |parent: &str| rest == parent || rest.ends_with(&format!(".{parent}"));
    if domain == "go.microsoft.com" || domain == "teams.microsoft.com" {
        return Some(msg!("store-valid-domains-already-allowed"));
    }
    if domain.starts_with("*.")
        && BLOCKED_WILDCARD_PARENTS
            .iter()
            .any(|parent| is_or_under(parent))
    {
        return Some(blocked_wildcard(&rest, &is_or_under, sharepoint_framework));
    }
    if is_tunnel(domain) {
        return Some(msg!("store-valid-domains-tunnel"));
    }
    None
}

/// The advice for a wildcard of a Microsoft or shared-hosting domain (`rest` is the part
/// after the leading `*` labels): Microsoft's sign-in service and SharePoint get their own,
/// and for an app whose pages live on each customer's SharePoint, naming one site is not
/// offered (it cannot work there).
fn blocked_wildcard(
    rest: &str,
    is_or_under: &dyn Fn(&str) -> bool,
    sharepoint_framework: bool,
) -> Message {
    if is_or_under("microsoftonline.com") {
        return msg!(
            "store-valid-domains-sign-in",
            example = if rest == "microsoftonline.com" {
                "login.microsoftonline.com"
            } else {
                rest
            },
        );
    }
    if is_or_under("sharepoint.com") {
        return if sharepoint_framework {
            msg!(
                "store-valid-domains-sharepoint-framework",
                guide = SHAREPOINT_FRAMEWORK_GUIDE
            )
        } else {
            msg!("store-valid-domains-sharepoint")
        };
    }
    msg!("store-valid-domains-shared-hosting")
}

fn bad_wildcard() -> Message {
    msg!("store-valid-domains-bad-wildcard")
}

/// For tests and other checks: the entries of `validDomains` that are texts.
pub(crate) fn entries(document: &Value) -> Vec<String> {
    list(document, "validDomains")
        .filter_map(|(_, entry)| entry.as_str().map(str::to_lowercase))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_examples() {
        for good in [
            "tasks.contoso.com",
            "*.contoso.com",
            "*.*.contoso.com",
            "contoso-tasks.azurewebsites.net",
            "contoso.com",
            "notngrok.io",
        ] {
            assert_eq!(problem(good, false), None, "{good}");
        }
        for bad in [
            "https://tasks.contoso.com",
            "tasks.contoso.com/path",
            "a.com?x",
            "a.com#x",
            "a b.com",
            "foo.*.contoso.com",
            "*contoso.com",
            "con*.com",
            "*",
            "*.com",
            "*.*.com",
            "com",
            "go.microsoft.com",
            "teams.microsoft.com",
            "*.azurewebsites.net",
            "*.sharepoint.com",
            "*.x.sharepoint.com",
            "*.*.glitch.me",
            "ngrok.io",
            "abc.ngrok.io",
            "x.ngrok-free.app",
            "a.b.devtunnels.ms",
            "x.trycloudflare.com",
            "x.loca.lt",
            "x.fwd.wf",
        ] {
            assert!(problem(bad, false).is_some(), "{bad}");
        }
    }

    #[test]
    fn entries_are_compared_in_lower_case_and_placeholders_skipped() {
        use crate::store::test_support::{pointers, run, valid_manifest};
        let report = run(&valid_manifest(
            serde_json::json!({"validDomains": ["ABC.NGROK.IO", "${{TAB_DOMAIN}}", "tasks.contoso.com", 5]}),
        ));
        assert_eq!(pointers(&report, ID), ["/validDomains/0"]);
    }
}
