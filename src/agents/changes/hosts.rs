//! The hosts an agent calls: its OpenAPI servers, its MCP servers.

use std::collections::BTreeSet;

use serde_json::Value;

use super::lookup::text;

/// The lower-case host of an absolute address without placeholders.
pub fn host(url: &str) -> Option<String> {
    (url.contains("://") && !crate::store::has_placeholder(url))
        .then(|| crate::address::host_of(url))
        .flatten()
}

/// The hosts an OpenAPI document's servers name (top level, per path, per operation).
pub fn openapi_hosts(document: &Value) -> BTreeSet<String> {
    crate::agents::openapi::server_urls(document)
        .into_iter()
        .filter_map(|(_, url)| host(url))
        .collect()
}

/// The MCP server address of an agent connector.
pub(super) fn connector_url(connector: &Value) -> Option<&str> {
    text(connector, "/toolSource/remoteMcpServer/mcpServerUrl")
        .or_else(|| text(connector, "/toolSource/localMcpServer/mcpServerUrl"))
}
