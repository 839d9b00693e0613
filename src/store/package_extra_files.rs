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

use super::package_files::{entry_name, referenced};
use super::{PackageView, Raw, Subject, sources};

/// The check's identifier.
pub const ID: &str = "package-extra-files";

/// At most one warning listing the files no one names (pointer `""`).
pub fn check(subject: &Subject<'_>, package: PackageView<'_>) -> Option<Raw> {
    let named: BTreeSet<&str> = referenced(subject.document)
        .into_iter()
        .map(|(_, path)| entry_name(path))
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
    Some(Raw::warning(
        ID,
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
        let found = check(&Subject::new(&document, Some(package)), package);
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
        assert!(check(&Subject::new(&document, Some(package)), package).is_none());
    }
}
