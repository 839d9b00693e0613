//! `package-extra-files` (warning, packages only)
//!
//! **What it checks:** files in the package that the manifest does not name
//! (including files in folders).
//!
//! **Why:** the store asks for a package that holds only the manifest and the
//! files it names; extra files (build leftovers, `.DS_Store`, source images)
//! make review ask for a clean package.
//!
//! **Example:** a package holding `manifest.json`, `color.png`, `outline.png` and `notes.txt`.
//!
//! Source: Teams Store validation guidelines.

use std::collections::BTreeSet;

use super::{Raw, Severity, StoreCheck, Subject, sources};
use crate::manifest::{files_named, package_entry_name};

/// The check's identifier.
pub const ID: &str = "package-extra-files";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "Package holds only the files the manifest uses",
    severity: Severity::Warning,
    needs_package: true,
    run: |subject| check(subject).into_iter().collect(),
};

/// At most one warning listing the files no one names (pointer `""`).
fn check(subject: &Subject<'_>) -> Option<Raw> {
    let package = subject.package?;
    let named: BTreeSet<&str> = files_named(subject.document)
        .into_iter()
        .map(|(_, path)| package_entry_name(path))
        .collect();
    let extra: Vec<&str> = package
        .file_names
        .iter()
        .copied()
        .filter(|name| !named.contains(name))
        .collect();
    if extra.is_empty() {
        return None;
    }
    let shown: Vec<String> = extra
        .iter()
        .take(5)
        .map(|name| format!("\"{name}\""))
        .collect();
    let more = extra.len().saturating_sub(5);
    let tail = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    Some(Raw::new(
        "",
        format!(
            "The package holds {} the manifest does not use: {}{tail}. The store asks for only the \
             manifest and the files it names; remove the others.",
            super::words::count(extra.len(), "file", "files"),
            shown.join(", ")
        ),
        sources::STORE,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::PackageView;

    #[test]
    fn lists_unnamed_files() {
        let document =
            serde_json::json!({"icons": {"color": "./color.png", "outline": "outline.png"}});
        let files = std::collections::BTreeMap::new();
        let names = ["color.png", "outline.png", "notes.txt", "src/big.psd"];
        let package = PackageView {
            file_names: &names,
            kept_files: &files,
            size: 1,
        };
        let found = check(&Subject::new(&document, Some(package)));
        let message = found.map(|r| r.message).unwrap_or_default();
        assert!(
            message.contains("2 files")
                && message.contains("\"notes.txt\"")
                && message.contains("\"src/big.psd\""),
            "{message}"
        );
        let names = ["color.png", "outline.png"];
        let package = PackageView {
            file_names: &names,
            kept_files: &files,
            size: 1,
        };
        assert!(check(&Subject::new(&document, Some(package))).is_none());
    }
}
