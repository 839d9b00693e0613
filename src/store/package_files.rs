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

use crate::manifest::{files_named, package_entry_name};

use super::{Raw, Severity, StoreCheck, Subject, sources};

/// The check's identifier.
pub const ID: &str = "package-files";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "Every file the manifest names is in the package",
    severity: Severity::Error,
    needs_package: true,
    run: check,
};

/// One finding per named file that is not in the package as named.
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let Some(package) = subject.package else {
        return Vec::new();
    };
    files_named(subject.document)
        .into_iter()
        .filter_map(|(pointer, path)| {
            let name = package_entry_name(path);
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
            Some(Raw::new(pointer, format!("{field}: {problem}"), sources::ICONS))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::PackageView;
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
        let found: Vec<String> = check(&subject).into_iter().map(|r| r.pointer).collect();
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
        let messages: Vec<String> = check(&subject).into_iter().map(|r| r.message).collect();
        assert!(messages[0].contains("\"outline.png\""), "{}", messages[0]);
    }
}
