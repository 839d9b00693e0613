//! `agent-urls` (error)
//!
//! **What it checks:** every address a Copilot agent calls is a real `https://`
//! address: the servers of its OpenAPI documents (`/servers/<i>/url`, and those of a
//! path or an operation), a plugin runtime's `spec/url` when it is a web address
//! rather than a file of the package, and an agent connector's remote MCP server
//! (`mcpServerUrl`). The host must not be `localhost`, an IP address or a tunnel
//! service (ngrok, dev tunnels…); a relative address (`/api`) is refused too, since
//! Copilot has nothing to resolve it against. A placeholder is left to the
//! `placeholders` check.
//!
//! **Why:** Copilot calls these addresses from Microsoft's cloud, for every user:
//! an address on the developer's computer or a test tunnel works for nobody else.
//!
//! **Example:** an OpenAPI document with `servers: [{url: http://localhost:7071/api}]`.
//!
//! Source: the API plugin manifest reference.

use serde_json::Value;

use crate::package_use::{UseKind, resolve};

use super::{Raw, Severity, StoreCheck, Subject, has_placeholder, sources};
use crate::message::Message;
use crate::msg;

/// The check's identifier.
pub const ID: &str = "agent-urls";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-agent-urls-title",
    severity: Severity::Error,
    needs_package: false,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// One finding per address an agent would call that is not a real https address.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let mut found = Vec::new();
    let mut judge = |file: &str, pointer: String, address: &str| {
        if let Some(problem) = problem(address) {
            found.push(Raw {
                value: Some(address.to_string()),
                ..Raw::in_file(file, pointer, problem, sources::PLUGIN)
            });
        }
    };
    for (index, connector) in super::list(subject.document, "agentConnectors") {
        let pointer = "/toolSource/remoteMcpServer/mcpServerUrl";
        if let Some(address) = connector.pointer(pointer).and_then(Value::as_str) {
            judge(
                super::MANIFEST_FILE,
                format!("/agentConnectors/{index}{pointer}"),
                address,
            );
        }
    }
    for file in subject.agents.files.values() {
        let crate::agents::AgentContent::Loaded(document) = file.content() else {
            continue;
        };
        match file.kind {
            UseKind::Plugin => {
                for (index, runtime) in items(document.get("runtimes")) {
                    if let Some(address) = runtime.pointer("/spec/url").and_then(Value::as_str)
                        && resolve(&file.name, address).is_none()
                    {
                        judge(&file.name, format!("/runtimes/{index}/spec/url"), address);
                    }
                }
            }
            UseKind::OpenApi => {
                for (pointer, address) in crate::agents::openapi::server_urls(document) {
                    judge(&file.name, pointer, address);
                }
            }
            _ => {}
        }
    }
    found
}

/// The objects of a list, with their index.
fn items(list: Option<&Value>) -> impl Iterator<Item = (usize, &Value)> {
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
}

/// What is wrong with an address an agent calls, if anything.
fn problem(address: &str) -> Option<Message> {
    if has_placeholder(address) {
        return None; // the placeholders check says it
    }
    let shown = super::words::shorten(address, 80);
    let secure = address
        .get(..8)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"));
    if !secure {
        return Some(if address.starts_with('/') || !address.contains("://") {
            msg!(
                "store-agent-urls-not-full",
                address = shown,
                path = if address.starts_with('/') {
                    address
                } else {
                    "/api"
                },
            )
        } else {
            msg!("store-agent-urls-not-secure", address = shown)
        });
    }
    let host = super::words::host_of(address).unwrap_or_default();
    let bare = host.trim_end_matches('.');
    if bare == "localhost" || bare.parse::<std::net::IpAddr>().is_ok() {
        let host = if bare == "localhost" {
            msg!("store-agent-urls-localhost")
        } else {
            msg!("store-agent-urls-ip-address", ip = bare)
        };
        return Some(msg!(
            "store-agent-urls-own-computer",
            address = shown,
            host = host,
        ));
    }
    if super::valid_domains::is_tunnel(bare) {
        return Some(msg!("store-agent-urls-tunnel", address = shown));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        for bad in [
            "http://api.contoso.com",
            "/api",
            "api/v1",
            "https://localhost:7071/api",
            "https://127.0.0.1/api",
            "https://[::1]/api",
            "https://10.0.0.4",
            "https://abc-7071.euw.devtunnels.ms/api",
            "https://x.ngrok-free.app",
        ] {
            assert!(problem(bad).is_some(), "{bad}");
        }
        for good in [
            "https://api.contoso.com/v1",
            "HTTPS://API.CONTOSO.COM",
            "${{OPENAPI_SERVER_URL}}/api",
        ] {
            assert!(problem(good).is_none(), "{good}");
        }
    }

    #[test]
    fn connectors_in_the_manifest_are_checked_without_a_package() {
        let document = serde_json::json!({"agentConnectors": [
            {"toolSource": {"remoteMcpServer": {"mcpServerUrl": "https://x.devtunnels.ms/mcp"}}},
            {"toolSource": {"remoteMcpServer": {"mcpServerUrl": "https://mcp.contoso.com"}}}]});
        let found = check(&Subject::new(&document, None));
        let pointers: Vec<&str> = found.iter().map(|raw| raw.pointer.as_str()).collect();
        assert_eq!(
            pointers,
            ["/agentConnectors/0/toolSource/remoteMcpServer/mcpServerUrl"]
        );
    }
}
