//! `package-size` (warning)
//!
//! **What it checks:** the app package is larger than 10 MB (10,485,760 bytes).
//!
//! **Why:** Microsoft's upload services refuse larger packages. No Microsoft
//! page states this limit, so it is a warning, not an error.
//!
//! **Example:** a 12 MB package with large screenshots inside.
//!
//! Source: app package reference.

use super::{Raw, Severity, StoreCheck, Subject, sources};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "package-size";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-package-size-title",
    severity: Severity::Warning,
    needs_package: true,
    run: |subject| check(subject).into_iter().collect(),
    fixed_by: super::WhoFixes::Developer,
    repairs: super::Repair::Never,
};

/// The size the upload services accept at most.
pub const LIMIT: u64 = 10 * 1024 * 1024;

/// A warning about the whole package (pointer `""`).
fn check(subject: &Subject<'_>) -> Option<Raw> {
    let package = subject.package?;
    (package.size > LIMIT).then(|| {
        Raw::new(
            "",
            msg!(
                "store-package-size-too-large",
                size = format!("{:.1}", package.size as f64 / 1_048_576.0),
            ),
            sources::ICONS,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::PackageView;

    #[test]
    fn over_ten_megabytes() {
        let files = std::collections::BTreeMap::new();
        let view = |size| PackageView {
            file_names: &[],
            kept_files: &files,
            size,
            file_sizes: None,
            agents: None,
        };
        let document = serde_json::json!({});
        let judge = |size| check(&Subject::new(&document, Some(view(size))));
        assert!(judge(LIMIT).is_none());
        assert!(judge(LIMIT + 1).is_some());
    }
}
