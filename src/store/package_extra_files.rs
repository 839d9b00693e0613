//! `package-extra-files` (warning, packages only)
//!
//! **What it checks:** files in the package that the package does not use
//! (including files in folders): not named by the manifest, nor by the agent
//! files it leads to, nor in a skill folder ([`crate::package_use`]).
//!
//! **Why:** the store asks for a package that holds only the manifest and the
//! files it names; extra files (build leftovers, `.DS_Store`, source images)
//! make review ask for a clean package.
//!
//! **Example:** a package holding `manifest.json`, `color.png`, `outline.png` and `notes.txt`.
//!
//! Source: Teams Store validation guidelines.

use super::{Raw, Severity, StoreCheck, Subject, sources};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "package-extra-files";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-package-extra-files-title",
    severity: Severity::Warning,
    needs_package: true,
    run: |subject| check(subject).into_iter().collect(),
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Always,
};

/// At most one warning listing the files no one names (pointer `""`).
fn check(subject: &Subject<'_>) -> Option<Raw> {
    let package = subject.package?;
    let extra: Vec<&str> = package
        .file_names
        .iter()
        .copied()
        .filter(|name| !subject.agents.used.used.contains(*name))
        .collect();
    if extra.is_empty() {
        return None;
    }
    Some(Raw::new(
        "",
        msg!(
            "store-package-extra-files-unused",
            count = extra.len(),
            files = crate::package_use::quoted_names(&extra, 5),
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
            file_sizes: None,
            agents: None,
        };
        let found = check(&Subject::new(&document, Some(package)));
        let message = found.map(|r| r.message.text()).unwrap_or_default();
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
            file_sizes: None,
            agents: None,
        };
        assert!(check(&Subject::new(&document, Some(package))).is_none());
    }

    #[test]
    fn agent_files_are_used() {
        let document = serde_json::json!({
            "icons": {"color": "color.png"},
            "copilotAgents": {"declarativeAgents": [{"id": "a", "file": "da.json"}]}
        });
        let mut files = std::collections::BTreeMap::new();
        files.insert(
            "da.json".to_string(),
            br#"{"actions": [{"id": "p", "file": "plugin.json"}]}"#.to_vec(),
        );
        files.insert("plugin.json".to_string(), b"{}".to_vec());
        let names = ["color.png", "da.json", "plugin.json", "old.png"];
        let package = PackageView {
            file_names: &names,
            kept_files: &files,
            size: 1,
            file_sizes: None,
            agents: None,
        };
        let found = check(&Subject::new(&document, Some(package)));
        let message = found.map(|r| r.message.text()).unwrap_or_default();
        assert!(
            message.contains("1 file ") && message.contains("\"old.png\""),
            "{message}"
        );
    }
}
