//! `api-message-extension` (error)
//!
//! **What it checks:** in manifest formats 1.17 … 1.30 (those with
//! `composeExtensionType`), each message extension (`/composeExtensions/<i>`)
//! against the upload service's rules for its kind.
//!
//! An API-based one (`"composeExtensionType": "apiBased"`):
//! - has no `botId` and no `canUpdateConfiguration` (present and not null);
//! - names its API description in `apiSpecificationFile` (a non-empty text);
//! - each command names its `apiResponseRenderingTemplateFile` (a non-empty text)
//!   and, as a second finding, has a non-empty list of `parameters`;
//! - its `authorization` agrees with its `authType`: `none` with
//!   `microsoftEntraConfiguration` or `apiSecretServiceAuthConfiguration` present
//!   (each is a finding on that member); `apiSecretServiceAuth` without a
//!   non-empty `apiSecretServiceAuthConfiguration.apiSecretRegistrationId` (on
//!   `authorization`) or with `microsoftEntraConfiguration` (on that member);
//!   `microsoftEntra` without `microsoftEntraConfiguration` (absent or null, on
//!   `authorization`), with one whose `supportsSingleSignOn` is not `true` (on
//!   it) or with `apiSecretServiceAuthConfiguration` (on that member). `oAuth2.0`
//!   has no upload rule: nothing is checked;
//! - in a package, in the OpenAPI document `apiSpecificationFile` names (when it
//!   loaded), for each operation whose `operationId` is the `id` of one of this
//!   extension's commands: the method is `get` or `post`; no parameter of the
//!   operation or of its path (a `$ref` starting with `#/` is followed inside the
//!   document; others are skipped) has `schema.type` `array`, and none is
//!   required with `in` other than `path` or `query` (its own finding); and the
//!   document, those paths or those operations name a server (`servers`). A
//!   parameter of a path shared by two such operations is reported once.
//!
//! A bot-based one (`composeExtensionType` absent or `botBased`) has no
//! `apiSpecificationFile` and no command with an `apiResponseRenderingTemplateFile`
//! (present and not null).
//!
//! Not checked (the upload codes do not say precisely enough which responses,
//! keywords or names they compare): media types, request-body schemas and
//! keywords, manifest parameters against OpenAPI parameters, the Entra resource
//! address against the server address.
//!
//! **Why:** the upload service refuses each of these (codes such as
//! `ApiBasedComposeExtensionWithBotId`, `ApiSpecificationFileNullOrEmpty`,
//! `ApiSpecificationFileContainUnsupportedHttpMethod`,
//! `ServerUrlsMissingOnApiSpecificationFile`,
//! `BotBasedComposeExtensionApiSpecificationFileExists`).
//!
//! **Example:** an API-based extension that still carries the `botId` of the bot
//! it was made from.
//!
//! Source: upload codes (Microsoft Graph "Publish teamsApp").

use serde_json::Value;

use super::{Raw, Severity, StoreCheck, Subject, list, sources};
use crate::json::escape_pointer_segment;
use crate::message::{Arg, Message};
use crate::msg;
use crate::package_use::resolve;

/// The check's identifier.
pub const ID: &str = "api-message-extension";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-api-message-extension-title",
    severity: Severity::Error,
    needs_package: false,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// True for the formats 1.17 … 1.30.
fn has_extension_types(format: &str) -> bool {
    format
        .strip_prefix("1.")
        .and_then(|minor| minor.parse::<u32>().ok())
        .is_some_and(|minor| (17..=30).contains(&minor))
}

/// Present and not null.
fn present(value: Option<&Value>) -> bool {
    value.is_some_and(|value| !value.is_null())
}

/// A non-empty text.
fn non_empty_text(value: Option<&Value>) -> bool {
    value
        .and_then(Value::as_str)
        .is_some_and(|text| !text.is_empty())
}

fn check(subject: &Subject<'_>) -> Vec<Raw> {
    if !subject.known_format().is_some_and(has_extension_types) {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (index, extension) in list(subject.document, "composeExtensions") {
        if !extension.is_object() {
            continue;
        }
        let at = format!("/composeExtensions/{index}");
        let number = index + 1;
        match extension
            .get("composeExtensionType")
            .and_then(Value::as_str)
        {
            Some("apiBased") => {
                api_based(extension, &at, number, &mut found);
                if subject.package.is_some() {
                    openapi(subject, extension, number, &mut found);
                }
            }
            Some("botBased") | None
                if extension
                    .get("composeExtensionType")
                    .is_none_or(Value::is_string) =>
            {
                bot_based(extension, &at, number, &mut found);
            }
            _ => {}
        }
    }
    found
}

/// The manifest rules of an API-based extension.
fn api_based(extension: &Value, at: &str, number: usize, found: &mut Vec<Raw>) {
    let mut push = |pointer: String, message: Message| {
        found.push(Raw::new(pointer, message, sources::UPLOAD));
    };
    for member in ["botId", "canUpdateConfiguration"] {
        if present(extension.get(member)) {
            push(
                format!("{at}/{member}"),
                msg!(
                    "store-api-message-extension-api-member",
                    number = number,
                    member = member,
                ),
            );
        }
    }
    if !non_empty_text(extension.get("apiSpecificationFile")) {
        push(
            at.to_string(),
            msg!("store-api-message-extension-no-api-file", number = number),
        );
    }
    for (command, item) in list(extension, "commands") {
        if !item.is_object() {
            continue;
        }
        let pointer = format!("{at}/commands/{command}");
        let name: Arg = item.get("id").and_then(Value::as_str).map_or_else(
            || Arg::from(command + 1),
            |id| Arg::from(format!("\"{}\"", super::words::shorten(id, 40))),
        );
        if !non_empty_text(item.get("apiResponseRenderingTemplateFile")) {
            push(
                pointer.clone(),
                msg!(
                    "store-api-message-extension-no-template",
                    name = name.clone(),
                    number = number,
                ),
            );
        }
        let has_parameters = item
            .get("parameters")
            .and_then(Value::as_array)
            .is_some_and(|parameters| !parameters.is_empty());
        if !has_parameters {
            push(
                pointer,
                msg!(
                    "store-api-message-extension-no-parameters",
                    name = name,
                    number = number,
                ),
            );
        }
    }
    authorization(extension, at, number, &mut push);
}

/// The `authorization` rules of an API-based extension.
fn authorization(
    extension: &Value,
    at: &str,
    number: usize,
    push: &mut impl FnMut(String, Message),
) {
    let Some(authorization) = extension.get("authorization").filter(|a| a.is_object()) else {
        return;
    };
    let here = format!("{at}/authorization");
    let entra = authorization.get("microsoftEntraConfiguration");
    let secret = authorization.get("apiSecretServiceAuthConfiguration");
    let extra = |member: &str, kind: &str| {
        (
            format!("{here}/{member}"),
            msg!(
                "store-api-message-extension-extra-auth",
                number = number,
                kind = kind,
                member = member,
            ),
        )
    };
    match authorization.get("authType").and_then(Value::as_str) {
        Some("none") => {
            for (member, value) in [
                ("microsoftEntraConfiguration", entra),
                ("apiSecretServiceAuthConfiguration", secret),
            ] {
                if value.is_some() {
                    let (pointer, message) = extra(member, "none");
                    push(pointer, message);
                }
            }
        }
        Some("apiSecretServiceAuth") => {
            if !non_empty_text(secret.and_then(|s| s.get("apiSecretRegistrationId"))) {
                push(
                    here.clone(),
                    msg!(
                        "store-api-message-extension-no-registration",
                        number = number
                    ),
                );
            }
            if entra.is_some() {
                let (pointer, message) =
                    extra("microsoftEntraConfiguration", "apiSecretServiceAuth");
                push(pointer, message);
            }
        }
        Some("microsoftEntra") => {
            match entra.filter(|value| !value.is_null()) {
                None => push(
                    here.clone(),
                    msg!("store-api-message-extension-no-entra", number = number),
                ),
                Some(configuration) => {
                    if configuration.get("supportsSingleSignOn") != Some(&Value::Bool(true)) {
                        push(
                            format!("{here}/microsoftEntraConfiguration"),
                            msg!("store-api-message-extension-no-sso", number = number),
                        );
                    }
                }
            }
            if secret.is_some() {
                let (pointer, message) =
                    extra("apiSecretServiceAuthConfiguration", "microsoftEntra");
                push(pointer, message);
            }
        }
        _ => {}
    }
}

/// The manifest rules of a bot-based extension.
fn bot_based(extension: &Value, at: &str, number: usize, found: &mut Vec<Raw>) {
    if present(extension.get("apiSpecificationFile")) {
        found.push(Raw::new(
            format!("{at}/apiSpecificationFile"),
            msg!("store-api-message-extension-bot-api-file", number = number),
            sources::UPLOAD,
        ));
    }
    for (command, item) in list(extension, "commands") {
        if present(item.get("apiResponseRenderingTemplateFile")) {
            found.push(Raw::new(
                format!("{at}/commands/{command}/apiResponseRenderingTemplateFile"),
                msg!(
                    "store-api-message-extension-bot-template",
                    command = command + 1,
                    number = number,
                ),
                sources::UPLOAD,
            ));
        }
    }
}

/// The OpenAPI rules of an API-based extension, in its loaded document.
fn openapi(subject: &Subject<'_>, extension: &Value, number: usize, found: &mut Vec<Raw>) {
    let Some(name) = extension
        .get("apiSpecificationFile")
        .and_then(Value::as_str)
        .and_then(|path| resolve(super::MANIFEST_FILE, path))
    else {
        return;
    };
    let Some(document) = subject.agents.document(&name) else {
        return;
    };
    let commands: Vec<&str> = list(extension, "commands")
        .filter_map(|(_, command)| command.get("id")?.as_str())
        .collect();
    let mut reported = std::collections::BTreeSet::new();
    let mut servers = document_has_servers(document);
    let mut matched = false;
    for operation in crate::agents::openapi::operations(document) {
        let Some(id) = operation.id().filter(|id| commands.contains(id)) else {
            continue;
        };
        matched = true;
        let path = format!("/paths/{}", escape_pointer_segment(operation.path));
        let item = document.pointer(&path);
        servers = servers
            || item.is_some_and(document_has_servers)
            || document_has_servers(operation.value);
        let shown = super::words::shorten(id, 40);
        if !matches!(operation.method, "get" | "post") {
            found.push(Raw::in_file(
                &name,
                format!("{path}/{}", operation.method),
                msg!(
                    "store-api-message-extension-method",
                    operation = shown.as_str(),
                    number = number,
                    method = operation.method.to_ascii_uppercase(),
                ),
                sources::UPLOAD,
            ));
        }
        let holders = [
            (
                format!("{path}/{}", operation.method),
                Some(operation.value),
            ),
            (path.clone(), item),
        ];
        for (holder, value) in holders {
            let parameters = value
                .and_then(|value| value.get("parameters"))
                .and_then(Value::as_array);
            for (k, parameter) in parameters.into_iter().flatten().enumerate() {
                let pointer = format!("{holder}/parameters/{k}");
                if !reported.insert(pointer.clone()) {
                    continue;
                }
                let Some(parameter) = follow(document, parameter) else {
                    continue;
                };
                let label = parameter
                    .get("name")
                    .and_then(Value::as_str)
                    .map(|n| super::words::shorten(n, 40));
                // The parameter's name in quotes when it has one.
                let named = if label.is_some() { "yes" } else { "no" };
                let label = label.unwrap_or_default();
                if parameter.pointer("/schema/type").and_then(Value::as_str) == Some("array") {
                    found.push(Raw::in_file(
                        &name,
                        pointer.clone(),
                        msg!(
                            "store-api-message-extension-array-parameter",
                            named = named,
                            label = label.as_str(),
                            operation = shown.as_str(),
                            number = number,
                        ),
                        sources::UPLOAD,
                    ));
                }
                let location = parameter.get("in").and_then(Value::as_str);
                if parameter.get("required") == Some(&Value::Bool(true))
                    && !matches!(location, Some("path" | "query"))
                {
                    found.push(Raw::in_file(
                        &name,
                        pointer,
                        msg!(
                            "store-api-message-extension-required-parameter",
                            named = named,
                            label = label.as_str(),
                            operation = shown.as_str(),
                            number = number,
                            location = location.map_or_else(
                                || msg!("store-api-message-extension-no-location"),
                                |l| msg!("store-api-message-extension-location", location = l)
                            ),
                        ),
                        sources::UPLOAD,
                    ));
                }
            }
        }
    }
    if matched && !servers {
        found.push(Raw::in_file(
            &name,
            "",
            msg!(
                "store-api-message-extension-no-servers",
                file = name.as_str(),
                number = number,
            ),
            sources::UPLOAD,
        ));
    }
}

/// True when a document, path item or operation has a `servers` entry.
fn document_has_servers(holder: &Value) -> bool {
    holder
        .get("servers")
        .and_then(Value::as_array)
        .is_some_and(|servers| !servers.is_empty())
}

/// A parameter, with a `$ref` inside the document followed (a few steps at most);
/// `None` for a reference elsewhere or one that leads nowhere.
fn follow<'d>(document: &'d Value, mut parameter: &'d Value) -> Option<&'d Value> {
    for _ in 0..8 {
        let Some(reference) = parameter.get("$ref") else {
            return Some(parameter);
        };
        let target = reference.as_str()?.strip_prefix('#')?;
        if !target.starts_with('/') {
            return None;
        }
        parameter = document.pointer(target)?;
    }
    None
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use crate::store::{PackageView, evaluate};
    use serde_json::json;

    fn command(id: &str) -> Value {
        json!({"id": id, "type": "query", "title": id, "apiResponseRenderingTemplateFile": "card.json",
               "parameters": [{"name": "q", "title": "Query", "description": "What"}]})
    }

    fn found(format: &str, extension: Value) -> Vec<String> {
        pointers(
            &run(&valid_manifest(json!({
                "manifestVersion": format,
                "$schema": format!("https://developer.microsoft.com/json-schemas/teams/v{format}/MicrosoftTeams.schema.json"),
                "composeExtensions": [extension]
            }))),
            ID,
        )
    }

    #[test]
    fn api_based_extensions_follow_the_upload_rules() {
        let good = json!({"composeExtensionType": "apiBased", "apiSpecificationFile": "api.json",
                          "commands": [command("find")]});
        assert!(found("1.17", good.clone()).is_empty());
        let mut bad = good.clone();
        bad["botId"] = json!("0b5c3d6e-1234-4abc-9def-00112233aabb");
        bad["canUpdateConfiguration"] = json!(true);
        bad["apiSpecificationFile"] = json!("");
        bad["commands"] = json!([{"id": "find", "type": "query", "title": "Find"}]);
        assert_eq!(
            found("1.17", bad.clone()),
            // In document order: the members were added after `commands`.
            [
                "/composeExtensions/0",
                "/composeExtensions/0/commands/0",
                "/composeExtensions/0/commands/0",
                "/composeExtensions/0/botId",
                "/composeExtensions/0/canUpdateConfiguration",
            ]
        );
        // Only the formats with `composeExtensionType`.
        assert!(found("1.16", bad.clone()).is_empty());
        assert!(found("devPreview", bad).is_empty());
    }

    #[test]
    fn authorization_matches_its_type() {
        let with = |authorization: Value| {
            found(
                "1.20",
                json!({"composeExtensionType": "apiBased", "apiSpecificationFile": "api.json",
                                "commands": [command("find")], "authorization": authorization}),
            )
        };
        let entra = json!({"supportsSingleSignOn": true});
        let secret = json!({"apiSecretRegistrationId": "abc"});
        let at = "/composeExtensions/0/authorization";
        assert_eq!(
            with(
                json!({"authType": "none", "microsoftEntraConfiguration": entra, "apiSecretServiceAuthConfiguration": secret})
            ),
            [
                format!("{at}/microsoftEntraConfiguration"),
                format!("{at}/apiSecretServiceAuthConfiguration")
            ]
        );
        assert_eq!(with(json!({"authType": "apiSecretServiceAuth"})), [at]);
        assert!(with(json!({"authType": "apiSecretServiceAuth", "apiSecretServiceAuthConfiguration": secret})).is_empty());
        assert_eq!(
            with(
                json!({"authType": "apiSecretServiceAuth", "apiSecretServiceAuthConfiguration": secret, "microsoftEntraConfiguration": entra})
            ),
            [format!("{at}/microsoftEntraConfiguration")]
        );
        assert_eq!(with(json!({"authType": "microsoftEntra"})), [at]);
        assert_eq!(
            with(
                json!({"authType": "microsoftEntra", "microsoftEntraConfiguration": {"supportsSingleSignOn": false}})
            ),
            [format!("{at}/microsoftEntraConfiguration")]
        );
        assert!(
            with(json!({"authType": "microsoftEntra", "microsoftEntraConfiguration": entra}))
                .is_empty()
        );
        assert!(
            with(json!({"authType": "oAuth2.0", "microsoftEntraConfiguration": entra})).is_empty()
        );
    }

    #[test]
    fn bot_based_extensions_have_no_api_files() {
        let bot = json!({"botId": "0b5c3d6e-1234-4abc-9def-00112233aabb", "apiSpecificationFile": "api.json",
                         "commands": [command("find"), {"id": "b", "title": "B", "apiResponseRenderingTemplateFile": null}]});
        assert_eq!(
            found("1.17", bot.clone()),
            [
                "/composeExtensions/0/apiSpecificationFile",
                "/composeExtensions/0/commands/0/apiResponseRenderingTemplateFile"
            ]
        );
        let mut typed = bot;
        typed["composeExtensionType"] = json!("botBased");
        assert_eq!(found("1.17", typed).len(), 2);
        let clean = json!({"botId": "0b5c3d6e-1234-4abc-9def-00112233aabb", "apiSpecificationFile": null,
                           "commands": [{"id": "b", "title": "B"}]});
        assert!(found("1.17", clean).is_empty());
    }

    /// The findings in the OpenAPI document of a package holding `api.json`.
    fn in_openapi(openapi: Value) -> Vec<(String, String)> {
        let text = valid_manifest(json!({"composeExtensions": [{
            "composeExtensionType": "apiBased", "apiSpecificationFile": "api.json",
            "commands": [command("findTasks"), command("addTask")]}]}));
        let document = crate::json::parse_strict(text.as_bytes()).unwrap_or_default();
        let kept: BTreeMap<String, Vec<u8>> = [
            ("api.json".to_string(), openapi.to_string().into_bytes()),
            ("card.json".to_string(), b"{}".to_vec()),
        ]
        .into_iter()
        .collect();
        let names: Vec<&str> = kept.keys().map(String::as_str).collect();
        let package = PackageView {
            file_names: &names,
            kept_files: &kept,
            size: 1000,
            file_sizes: None,
            agents: None,
        };
        evaluate(&document, &text, Some(package))
            .findings
            .into_iter()
            .filter(|f| f.check == ID)
            .map(|f| (f.file, f.pointer))
            .collect()
    }

    #[test]
    fn the_openapi_operations_of_the_commands() {
        let parameter = |name: &str, place: &str, kind: &str, required: bool| json!({"name": name, "in": place, "required": required, "schema": {"type": kind}});
        let openapi = json!({
            "openapi": "3.0.0",
            "paths": {
                "/tasks": {
                    "parameters": [{"$ref": "#/components/parameters/tags"}],
                    "get": {"operationId": "findTasks", "parameters": [
                        parameter("q", "query", "string", true),
                        parameter("token", "header", "string", true),
                        {"$ref": "other.json#/x"}]},
                    "put": {"operationId": "addTask", "servers": [{"url": "https://api.contoso.com"}]}
                },
                "/other": {"delete": {"operationId": "notACommand"}}
            },
            "components": {"parameters": {"tags": parameter("tags", "query", "array", false)}}
        });
        let file = "api.json".to_string();
        assert_eq!(
            in_openapi(openapi.clone()),
            [
                (file.clone(), "/paths/~1tasks/parameters/0".to_string()),
                (file.clone(), "/paths/~1tasks/get/parameters/1".to_string()),
                (file.clone(), "/paths/~1tasks/put".to_string()),
            ]
        );
        // Without any server, the whole document is a finding too.
        let mut serverless = openapi;
        serverless["paths"]["/tasks"]["put"] = json!({"operationId": "addTask"});
        assert!(in_openapi(serverless).contains(&(file, String::new())));
        let clean = json!({"openapi": "3.0.0", "servers": [{"url": "https://api.contoso.com"}],
            "paths": {"/tasks": {"get": {"operationId": "findTasks", "parameters": [parameter("q", "query", "string", true)]},
                                 "post": {"operationId": "addTask"}}}});
        assert!(in_openapi(clean).is_empty());
    }
}
