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
use crate::message::{Arg, Message};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "package-files";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-package-files-title",
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
            let holder: Arg = if is_manifest {
                super::words::sentence_start(&super::words::field_name(&reference.pointer)).into()
            } else {
                let kind = subject.agents.used.kinds.get(&reference.holder).copied();
                msg!(
                    "store-package-files-holder",
                    what = what_it_is(kind.unwrap_or(UseKind::Plain)),
                    file = reference.holder.as_str(),
                )
                .into()
            };
            found.push(Raw::in_file(
                &reference.holder,
                reference.pointer.as_str(),
                msg!(
                    "store-package-files-reference",
                    holder = holder,
                    problem = problem
                ),
                sources::UPLOAD,
            ));
        }
    }
    found
}

/// What is wrong with a reference outside the manifest's own file fields, if anything.
fn reference_problem(reference: &Reference, names: &[&str]) -> Option<Message> {
    if reference.from_directive || has_placeholder(&reference.written) {
        return None; // the placeholders check says it
    }
    let shown = super::words::shorten(&reference.written, 80);
    let Some(target) = &reference.target else {
        return Some(msg!("store-package-files-outside", path = shown));
    };
    if reference.kind == UseKind::SkillFolder {
        let prefix = format!("{target}/");
        if !names.iter().any(|name| name.starts_with(&prefix)) {
            return Some(msg!("store-package-files-no-skill-folder", path = shown));
        }
        let skill = format!("{target}/SKILL.md");
        return (!names.contains(&skill.as_str()))
            .then(|| msg!("store-package-files-no-skill-file", path = shown));
    }
    if names.contains(&target.as_str()) {
        return None;
    }
    Some(
        match names.iter().find(|name| name.eq_ignore_ascii_case(target)) {
            Some(entry) => msg!(
                "store-package-files-other-case",
                path = shown,
                entry = *entry
            ),
            None => msg!("store-package-files-missing", path = shown),
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
                msg!("store-package-files-leading-slash", path = shown)
            } else if name.contains('\\') {
                msg!("store-package-files-backslash", path = shown)
            } else if name.split('/').any(|part| part == "..") {
                msg!("store-package-files-parent", path = shown)
            } else if !file_names.contains(&name) && name != "manifest.json" {
                let other_case = file_names
                    .iter()
                    .find(|entry| entry.eq_ignore_ascii_case(name));
                match other_case {
                    Some(entry) => msg!(
                        "store-package-files-manifest-other-case",
                        path = shown,
                        entry = *entry
                    ),
                    None => msg!("store-package-files-manifest-missing", path = shown),
                }
            } else {
                return None;
            };
            let field = super::words::sentence_start(&super::words::field_name(&pointer));
            Some(Raw::new(
                pointer,
                msg!(
                    "store-package-files-in-field",
                    field = field,
                    problem = problem
                ),
                sources::ICONS,
            ))
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
        let messages: Vec<String> = check(&subject)
            .into_iter()
            .map(|r| r.message.text())
            .collect();
        assert!(messages[0].contains("\"outline.png\""), "{}", messages[0]);
    }
}
