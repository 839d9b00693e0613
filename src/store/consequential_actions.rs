//! `consequential-actions` (error or warning, packages only)
//!
//! **What it checks:** in the OpenAPI documents that agent actions (API plugins)
//! call, an operation marked `x-openai-isConsequential: false` (Copilot then runs it
//! without asking the user first). On a `put`, `patch` or `delete` operation, which by
//! HTTP's meaning changes or deletes something, it is an error; on a `post` a
//! warning: a POST may be a search, and only the publisher can tell. Plugin 2.4's
//! `isNonConsequential` applies only to GET operations: not checked.
//!
//! **Why:** the Agent Store's rules: actions "with consequences on the external
//! system" must not be marked as not consequential; the guideline's table marks
//! updates and deletes "Consequential | True" (*Must fix*).
//!
//! **Example:** `delete: {operationId: deleteTask, x-openai-isConsequential: false}` →
//! one error at `/paths/~1tasks/delete/x-openai-isConsequential`.
//!
//! Source: Microsoft's validation guidelines for agents.

use serde_json::Value;

use crate::agents::openapi::operations;

use super::agent_store::{SOURCE, called_documents};
use super::{Raw, Severity, StoreCheck, Subject};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "consequential-actions";

/// The registry entry for the errors ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-consequential-actions-title",
    severity: Severity::Error,
    needs_package: true,
    run: |subject| check(subject, Severity::Error),
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// The registry entry for the warnings (POST operations).
pub const POST: StoreCheck = CHECK.warnings(|subject| check(subject, Severity::Warning));

/// The findings of one severity, document by document.
fn check(subject: &Subject<'_>, severity: Severity) -> Vec<Raw> {
    let mut found = Vec::new();
    for (file, document) in called_documents(subject) {
        for operation in operations(document) {
            if operation.value.get("x-openai-isConsequential") != Some(&Value::Bool(false)) {
                continue;
            }
            let this = match operation.method {
                "put" | "patch" | "delete" => Severity::Error,
                "post" => Severity::Warning,
                _ => continue,
            };
            if this != severity {
                continue;
            }
            let method = operation.method.to_ascii_uppercase();
            let named = operation
                .id()
                .map(|id| format!(" ({id})"))
                .unwrap_or_default();
            let shown = format!("{method} {}{named}", operation.path);
            let message = if this == Severity::Error {
                msg!(
                    "store-consequential-actions-changes-data",
                    operation = shown,
                    file = file.name.as_str(),
                )
            } else {
                msg!(
                    "store-consequential-actions-post",
                    operation = shown,
                    file = file.name.as_str(),
                )
            };
            found.push(Raw::in_file(
                &file.name,
                format!(
                    "/paths/{}/{}/x-openai-isConsequential",
                    crate::json::escape_pointer_segment(operation.path),
                    operation.method
                ),
                message,
                SOURCE,
            ));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::agent_store::tests_support::{agent_package, run_raw};
    use serde_json::json;

    #[test]
    fn changes_marked_without_consequences() {
        let (manifest, files) = agent_package(
            json!({}),
            json!({}),
            json!({"paths": {"/tasks": {
                "get": {"operationId": "listTasks", "x-openai-isConsequential": false},
                "post": {"operationId": "findTasks", "x-openai-isConsequential": false},
                "delete": {"operationId": "deleteTasks", "x-openai-isConsequential": false},
                "patch": {"operationId": "editTasks", "x-openai-isConsequential": "false"},
                "put": {"operationId": "setTasks", "x-openai-isConsequential": true},
            }}}),
        );
        let found = |severity| {
            run_raw(
                &manifest,
                &files,
                match severity {
                    Severity::Error => CHECK.run,
                    Severity::Warning => POST.run,
                },
            )
            .into_iter()
            .map(|raw| (raw.file.unwrap_or_default(), raw.pointer))
            .collect::<Vec<_>>()
        };
        assert_eq!(
            found(Severity::Error),
            [(
                "agent/openapi.json".to_string(),
                "/paths/~1tasks/delete/x-openai-isConsequential".to_string()
            )]
        );
        assert_eq!(
            found(Severity::Warning),
            [(
                "agent/openapi.json".to_string(),
                "/paths/~1tasks/post/x-openai-isConsequential".to_string()
            )]
        );
    }

    #[test]
    fn a_message_extension_document_is_not_an_action() {
        let mut manifest = json!({"composeExtensions": [{"apiSpecificationFile": "api.json"}]});
        manifest["manifestVersion"] = json!("1.22");
        let files = [(
            "api.json".to_string(),
            json!({"openapi": "3.0.1", "paths": {"/t": {"delete": {"x-openai-isConsequential": false}}}})
                .to_string()
                .into_bytes(),
        )]
        .into();
        assert_eq!(run_raw(&manifest, &files, CHECK.run), []);
    }
}
