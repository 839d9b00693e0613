//! `agent-operations` (error, packages only)
//!
//! **What it checks:** every function an agent runs through an API exists. In a
//! plugin, each name of an OpenAPI runtime's `run_for_functions` (other than `*`)
//! must be one of the plugin's `functions`, and each function such a runtime runs
//! (listed, or all for `*`) must be an `operationId` of the runtime's OpenAPI
//! document (when it is a file of the package that loaded). In the manifest, each
//! command of an API-based message extension (one with `apiSpecificationFile`) must
//! be an `operationId` of that document.
//!
//! **Why:** Copilot and Teams call an operation by its `operationId`; a function or
//! command with no operation behind it fails every time a user tries it.
//!
//! **Example:** a plugin function `createTask` whose OpenAPI document has only
//! `listTasks` and `getTask`.
//!
//! Source: the API plugin manifest reference.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::package_use::{UseKind, resolve};

use super::{Raw, Severity, StoreCheck, Subject, sources};
use crate::agents::openapi::operation_ids;
use crate::msg;

/// The check's identifier.
pub const ID: &str = "agent-operations";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-agent-operations-title",
    severity: Severity::Error,
    needs_package: true,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// One finding per function name or command ID without its operation.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let agents = &subject.agents;
    let mut found = Vec::new();
    for (index, extension) in super::list(subject.document, "composeExtensions") {
        let Some(document) = extension
            .get("apiSpecificationFile")
            .and_then(Value::as_str)
            .and_then(|path| resolve(super::MANIFEST_FILE, path))
            .and_then(|name| agents.document(&name).map(|document| (name, document)))
        else {
            continue;
        };
        let (name, document) = document;
        let operations = operation_ids(document);
        for (command, item) in super::list(extension, "commands") {
            if let Some(id) = item.get("id").and_then(Value::as_str)
                && !operations.contains(id)
            {
                found.push(Raw::new(
                    format!("/composeExtensions/{index}/commands/{command}/id"),
                    msg!(
                        "store-agent-operations-command",
                        command = super::words::shorten(id, 60),
                        file = name.as_str(),
                    ),
                    sources::PLUGIN,
                ));
            }
        }
    }
    for (file, plugin) in agents.loaded(UseKind::Plugin) {
        found.extend(plugin_findings(&file.name, plugin, |path| {
            resolve(&file.name, path).and_then(|name| {
                let document = agents.document(&name)?;
                Some((name, document))
            })
        }));
    }
    found
}

/// The findings of one plugin; `openapi` gives the loaded OpenAPI document a
/// runtime's `spec/url` names, with its name.
fn plugin_findings<'a>(
    name: &str,
    plugin: &Value,
    openapi: impl Fn(&str) -> Option<(String, &'a Value)>,
) -> Vec<Raw> {
    let functions: Vec<(usize, &str)> = plugin
        .get("functions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
        .filter_map(|(index, function)| Some((index, function.get("name")?.as_str()?)))
        .collect();
    let mut found = Vec::new();
    let mut reported = BTreeSet::new();
    let runtimes = plugin.get("runtimes").and_then(Value::as_array);
    for (index, runtime) in runtimes.into_iter().flatten().enumerate() {
        if runtime.get("type").and_then(Value::as_str) != Some("OpenApi") {
            continue;
        }
        let listed: Vec<(usize, &str)> = runtime
            .get("run_for_functions")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
            .filter_map(|(at, item)| Some((at, item.as_str()?)))
            .collect();
        let all = listed.iter().any(|(_, listed)| *listed == "*");
        for (at, listed) in &listed {
            if *listed != "*" && !functions.iter().any(|(_, function)| function == listed) {
                found.push(Raw::in_file(
                    name,
                    format!("/runtimes/{index}/run_for_functions/{at}"),
                    msg!(
                        "store-agent-operations-undefined-function",
                        file = name,
                        function = super::words::shorten(listed, 60),
                    ),
                    sources::PLUGIN,
                ));
            }
        }
        let Some((document_name, document)) = runtime
            .pointer("/spec/url")
            .and_then(Value::as_str)
            .and_then(&openapi)
        else {
            continue;
        };
        let operations = operation_ids(document);
        for (function_index, function) in &functions {
            let runs = all || listed.iter().any(|(_, listed)| listed == function);
            let pointer = format!("/functions/{function_index}/name");
            if runs && !operations.contains(*function) && reported.insert(pointer.clone()) {
                found.push(Raw::in_file(
                    name,
                    pointer,
                    msg!(
                        "store-agent-operations-function",
                        function = super::words::shorten(function, 60),
                        file = document_name.as_str(),
                    ),
                    sources::PLUGIN,
                ));
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
    fn functions_must_be_defined_and_have_operations() {
        let api = json!({"openapi": "3.0.0", "paths": {"/tasks": {
            "get": {"operationId": "listTasks"}, "post": {"operationId": "createTask"}}}});
        let plugin = json!({
            "functions": [{"name": "listTasks"}, {"name": "deleteTask"}, {"name": "unused"}],
            "runtimes": [
                {"type": "OpenApi", "spec": {"url": "api.json"},
                 "run_for_functions": ["listTasks", "deleteTask", "missing"]},
                {"type": "LocalPlugin", "run_for_functions": ["nothing"]}
            ]
        });
        let found = plugin_findings("plugin.json", &plugin, |_| Some(("api.json".into(), &api)));
        let pointers: Vec<&str> = found.iter().map(|raw| raw.pointer.as_str()).collect();
        assert_eq!(
            pointers,
            ["/runtimes/0/run_for_functions/2", "/functions/1/name"]
        );
    }

    #[test]
    fn a_star_runs_every_function() {
        let api =
            json!({"openapi": "3.0.0", "paths": {"/tasks": {"get": {"operationId": "listTasks"}}}});
        let plugin = json!({
            "functions": [{"name": "listTasks"}, {"name": "other"}],
            "runtimes": [{"type": "OpenApi", "spec": {"url": "api.json"}, "run_for_functions": ["*"]}]
        });
        let found = plugin_findings("plugin.json", &plugin, |_| Some(("api.json".into(), &api)));
        let pointers: Vec<&str> = found.iter().map(|raw| raw.pointer.as_str()).collect();
        assert_eq!(pointers, ["/functions/1/name"]);
    }
}
