//! `package-files` (error, packages only)
//!
//! **What it checks:** every file the manifest names (icons, localization
//! files, the channel tab's SharePoint preview image, API specifications and
//! response templates, activity icons, declarative agents, agentic user
//! templates) is in the package under exactly that name (letter case counts).
//! One leading `./` is allowed; paths that start with `/`, hold a `\` or a `..`
//! part are refused. Then every other reference between the package's files
//! (`agents.md` §1): agent connectors' files, skill folders (which must hold a
//! `SKILL.md`), meeting scenes, and the files agent files name (plugins, worker
//! agents, OpenAPI documents, cards, `$[file('…')]` directives), each resolved
//! from the folder of the file that names it; the finding is in that file. A path
//! that holds a placeholder is left to the `placeholders` check.
//!
//! **Why:** the upload service opens each named file from the package; a
//! missing or misnamed file (often `Color.png` named as `color.png`, or a file
//! left in a subfolder) makes it refuse the package.
//!
//! **Example:** `"icons": {"color": "color.png"}` in a package that holds `Color.png`.
//!
//! Source: app package reference; the Microsoft Graph "Publish teamsApp" page.

use crate::agents::files::what_it_is;
use crate::manifest::{files_named, package_entry_name};
use crate::package_use::{Reference, UseKind};

use super::{Raw, Severity, StoreCheck, Subject, has_placeholder, sources};

/// The check's identifier.
pub const ID: &str = "package-files";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "Every file the manifest names is in the package",
    severity: Severity::Error,
    needs_package: true,
    run: check,
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// One finding per named file that is not in the package as named: the files the
/// manifest names ([`files_named`]), then every other reference of the package's
/// files (`agents.md` §1).
fn check(subject: &Subject<'_>) -> Vec<Raw> {
    let Some(package) = subject.package else {
        return Vec::new();
    };
    let named = files_named(subject.document);
    let mut found = manifest_findings(&named, package.file_names);
    let in_rule_10: std::collections::BTreeSet<&str> =
        named.iter().map(|(pointer, _)| pointer.as_str()).collect();
    for reference in &subject.agents.used.references {
        let is_manifest = reference.holder == super::MANIFEST_FILE;
        if is_manifest && in_rule_10.contains(reference.pointer.as_str()) {
            continue;
        }
        if let Some(problem) = reference_problem(reference, package.file_names) {
            let holder = if is_manifest {
                super::words::sentence_start(&super::words::field_name(&reference.pointer))
            } else {
                let kind = subject.agents.used.kinds.get(&reference.holder).copied();
                format!(
                    "The {} \"{}\"",
                    kind.map_or("file", what_it_is),
                    reference.holder
                )
            };
            found.push(Raw::in_file(
                &reference.holder,
                reference.pointer.as_str(),
                format!("{holder} {problem}"),
                sources::UPLOAD,
            ));
        }
    }
    found
}

/// What is wrong with a reference outside the manifest's own file fields, if anything.
fn reference_problem(reference: &Reference, names: &[&str]) -> Option<String> {
    if reference.from_directive || has_placeholder(&reference.written) {
        return None; // the placeholders check says it
    }
    let shown = super::words::shorten(&reference.written, 80);
    let Some(target) = &reference.target else {
        return Some(format!(
            "names \"{shown}\", which is not a file of the package (a package path is \
             written relative to the file that names it, with forward slashes, and stays \
             inside the package). Your developer must correct it."
        ));
    };
    if reference.kind == UseKind::SkillFolder {
        let prefix = format!("{target}/");
        if !names.iter().any(|name| name.starts_with(&prefix)) {
            return Some(format!(
                "names the skill folder \"{shown}\", which is not in the package. Add the \
                 folder, or correct the name."
            ));
        }
        let skill = format!("{target}/SKILL.md");
        return (!names.contains(&skill.as_str())).then(|| {
            format!(
                "names the skill folder \"{shown}\", which has no SKILL.md file. Add it (the \
                 name is written in capital letters)."
            )
        });
    }
    if names.contains(&target.as_str()) {
        return None;
    }
    Some(
        match names.iter().find(|name| name.eq_ignore_ascii_case(target)) {
            Some(entry) => format!(
                "names \"{shown}\", but the package holds \"{entry}\": names must match \
                 exactly, capital letters included."
            ),
            None => format!(
                "names \"{shown}\", which is not in the package. Add the file, or correct the name."
            ),
        },
    )
}

/// The findings about the manifest's own file fields (`store-checks.md` rule 10).
fn manifest_findings(named: &[(String, &str)], file_names: &[&str]) -> Vec<Raw> {
    named
        .iter()
        .filter(|(_, path)| !has_placeholder(path))
        .filter_map(|(pointer, path)| {
            let (pointer, path) = (pointer.clone(), *path);
            let name = package_entry_name(path);
            let shown = super::words::shorten(path, 80);
            let problem = if name.starts_with('/') {
                format!("\"{shown}\" starts with /; name the file relative to the package, such as \"color.png\".")
            } else if name.contains('\\') {
                format!("\"{shown}\" uses a backslash (\\); package paths use forward slashes, such as \"resources/color.png\".")
            } else if name.split('/').any(|part| part == "..") {
                format!("\"{shown}\" points outside the package (..); put the file in the package and name it from there.")
            } else if !file_names.contains(&name) && name != "manifest.json" {
                let other_case = file_names
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
            file_sizes: None,
            agents: None,
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
