//! `package-files` (error, packages only)
//!
//! **What it checks:** every file the manifest names (icons, localization
//! files, the channel tab's SharePoint preview image, API specifications and
//! response templates, activity icons, declarative agents, agentic user
//! templates) is in the package under exactly that name (letter case counts).
//! One leading `./` is allowed; paths that start with `/`, hold a `\` or a `..`
//! part are refused.
//!
//! **Why:** the upload service opens each named file from the package; a
//! missing or misnamed file (often `Color.png` named as `color.png`, or a file
//! left in a subfolder) makes it refuse the package.
//!
//! **Example:** `"icons": {"color": "color.png"}` in a package that holds `Color.png`.
//!
//! Source: app package reference; the Microsoft Graph "Publish teamsApp" page.

use serde_json::Value;

use super::{PackageView, Raw, Subject, list, sources};

/// The check's identifier.
pub const ID: &str = "package-files";

/// Every file path the manifest names, with its pointer, in document order.
pub fn referenced(document: &Value) -> Vec<(String, &str)> {
    let mut found: Vec<(String, &str)> = Vec::new();
    let mut add = |pointer: String| {
        if let Some(path) = document.pointer(&pointer).and_then(Value::as_str) {
            found.push((pointer, path));
        }
    };
    for field in ["color", "outline", "color32x32"] {
        add(format!("/icons/{field}"));
    }
    add("/localizationInfo/defaultLanguageFile".to_string());
    let languages = list_length(document, "/localizationInfo/additionalLanguages");
    for index in 0..languages {
        add(format!(
            "/localizationInfo/additionalLanguages/{index}/file"
        ));
    }
    for (index, _) in list(document, "configurableTabs") {
        add(format!("/configurableTabs/{index}/sharePointPreviewImage"));
    }
    for (index, extension) in list(document, "composeExtensions") {
        add(format!("/composeExtensions/{index}/apiSpecificationFile"));
        let commands = list_length(extension, "/commands");
        for command in 0..commands {
            add(format!(
                "/composeExtensions/{index}/commands/{command}/apiResponseRenderingTemplateFile"
            ));
        }
    }
    let activity_icons = list_length(document, "/activities/activityIcons");
    for index in 0..activity_icons {
        add(format!("/activities/activityIcons/{index}/iconFile"));
    }
    let agents = list_length(document, "/copilotAgents/declarativeAgents");
    for index in 0..agents {
        add(format!("/copilotAgents/declarativeAgents/{index}/file"));
    }
    for (index, _) in list(document, "agenticUserTemplates") {
        add(format!("/agenticUserTemplates/{index}/file"));
    }
    found
}

/// How many entries the list at `pointer` has (0 when it is not a list).
fn list_length(document: &Value, pointer: &str) -> usize {
    document
        .pointer(pointer)
        .and_then(Value::as_array)
        .map_or(0, Vec::len)
}

/// The package entry name a manifest path means (one leading `./` dropped).
pub fn entry_name(path: &str) -> &str {
    path.strip_prefix("./").unwrap_or(path)
}

/// One finding per named file that is not in the package as named.
pub fn check(subject: &Subject<'_>, package: PackageView<'_>) -> Vec<Raw> {
    referenced(subject.document)
        .into_iter()
        .filter_map(|(pointer, path)| {
            let name = entry_name(path);
            let shown = super::words::shorten(path, 80);
            let problem = if name.starts_with('/') {
                format!("\"{shown}\" starts with /; name the file relative to the package, such as \"color.png\".")
            } else if name.contains('\\') {
                format!("\"{shown}\" uses a backslash (\\); package paths use forward slashes, such as \"resources/color.png\".")
            } else if name.split('/').any(|part| part == "..") {
                format!("\"{shown}\" points outside the package (..); put the file in the package and name it from there.")
            } else if !package.file_names.contains(&name) && name != "manifest.json" {
                let other_case = package
                    .file_names
                    .iter()
                    .find(|entry| entry.eq_ignore_ascii_case(name));
                match other_case {
                    Some(entry) => format!(
                        "the manifest names \"{shown}\", but the package holds \"{entry}\": names must match exactly, capital letters included."
                    ),
                    None => format!(
                        "the manifest names \"{shown}\", which is not in the package. Add the file, or correct the name."
                    ),
                }
            } else {
                return None;
            };
            let field = super::words::sentence_start(&super::words::field_name(&pointer));
            Some(Raw::error(ID, pointer, format!("{field}: {problem}"), sources::ICONS))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn named_files_must_be_in_the_package_exactly() {
        let document = serde_json::json!({
            "icons": {"color": "./color.png", "outline": "Outline.png", "color32x32": "/abs.png"},
            "localizationInfo": {"defaultLanguageFile": "..\\de.json", "additionalLanguages": [
                {"languageTag": "fr", "file": "loc/../fr.json"}, {"languageTag": "es", "file": "loc/es.json"}]},
            "composeExtensions": [{"apiSpecificationFile": "api.yml", "commands": [{"apiResponseRenderingTemplateFile": "gone.json"}]}]
        });
        let files = BTreeMap::new();
        let names = ["color.png", "outline.png", "loc/es.json", "api.yml"];
        let package = PackageView {
            file_names: &names,
            kept_files: &files,
            size: 1,
        };
        let subject = Subject::new(&document, Some(package));
        let found: Vec<String> = check(&subject, package)
            .into_iter()
            .map(|r| r.pointer)
            .collect();
        assert_eq!(
            found,
            [
                "/icons/outline",
                "/icons/color32x32",
                "/localizationInfo/defaultLanguageFile",
                "/localizationInfo/additionalLanguages/0/file",
                "/composeExtensions/0/commands/0/apiResponseRenderingTemplateFile",
            ]
        );
        let messages: Vec<String> = check(&subject, package)
            .into_iter()
            .map(|r| r.message)
            .collect();
        assert!(messages[0].contains("\"outline.png\""), "{}", messages[0]);
    }
}
