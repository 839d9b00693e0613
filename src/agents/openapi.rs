//! What the checks and the comparison read of an OpenAPI document: its operations and
//! the server addresses it names, one walk each, in one place.

use std::collections::BTreeSet;

use serde_json::Value;

/// The HTTP methods an OpenAPI path item may hold.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// One operation: its method (lower case, as written), its path, and the operation object.
pub struct Operation<'d> {
    /// `get`, `post`…
    pub method: &'static str,
    /// `/projects/{id}`.
    pub path: &'d str,
    /// The operation object.
    pub value: &'d Value,
}

impl<'d> Operation<'d> {
    /// Its `operationId`, when it has one.
    pub fn id(&self) -> Option<&'d str> {
        self.value.get("operationId")?.as_str()
    }
}

/// Every operation of a document, path by path in document order.
pub fn operations(document: &Value) -> Vec<Operation<'_>> {
    document
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .flat_map(|(path, item)| {
            METHODS.iter().filter_map(move |method| {
                Some(Operation {
                    method,
                    path,
                    value: item.get(*method)?,
                })
            })
        })
        .collect()
}

/// The `operationId`s of a document.
pub fn operation_ids(document: &Value) -> BTreeSet<&str> {
    operations(document)
        .iter()
        .filter_map(Operation::id)
        .collect()
}

/// The server addresses of a document (top level, per path, per operation), with their
/// pointers, in document order.
pub fn server_urls(document: &Value) -> Vec<(String, &str)> {
    fn servers<'v>(prefix: String, holder: &'v Value, found: &mut Vec<(String, &'v str)>) {
        let list = holder.get("servers").and_then(Value::as_array);
        for (index, server) in list.into_iter().flatten().enumerate() {
            if let Some(url) = server.get("url").and_then(Value::as_str) {
                found.push((format!("{prefix}/servers/{index}/url"), url));
            }
        }
    }
    let mut found = Vec::new();
    servers(String::new(), document, &mut found);
    if let Some(paths) = document.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            let prefix = format!("/paths/{}", crate::json::escape_pointer_segment(path));
            servers(prefix.clone(), item, &mut found);
            for method in METHODS {
                if let Some(operation) = item.get(method) {
                    servers(format!("{prefix}/{method}"), operation, &mut found);
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn operations_and_servers_at_every_level() {
        let document = json!({
            "servers": [{"url": "https://a.com"}],
            "paths": {"/items/{id}": {"servers": [{"url": "https://b.com"}],
                      "get": {"operationId": "getItem", "servers": [{"url": "https://c.com"}]},
                      "post": {}, "parameters": []}}
        });
        let pointers: Vec<String> = server_urls(&document).into_iter().map(|(p, _)| p).collect();
        assert_eq!(
            pointers,
            [
                "/servers/0/url",
                "/paths/~1items~1{id}/servers/0/url",
                "/paths/~1items~1{id}/get/servers/0/url"
            ]
        );
        let found: Vec<(&str, &str)> = operations(&document)
            .iter()
            .map(|op| (op.method, op.path))
            .collect();
        assert_eq!(found, [("get", "/items/{id}"), ("post", "/items/{id}")]);
        assert_eq!(
            operation_ids(&document).into_iter().collect::<Vec<_>>(),
            ["getItem"]
        );
    }
}
