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

use super::{PackageView, Raw, sources};

/// The check's identifier.
pub const ID: &str = "package-size";

/// The size the upload services accept at most.
pub const LIMIT: u64 = 10 * 1024 * 1024;

/// A warning about the whole package (pointer `""`).
pub fn check(package: PackageView<'_>) -> Option<Raw> {
    (package.size > LIMIT).then(|| {
        Raw::warning(
            ID,
            "",
            format!(
                "The app package is {:.1} MB; Microsoft's upload services refuse packages over 10 MB. \
                 Keep only the manifest, the icons and the files it names.",
                package.size as f64 / 1_048_576.0
            ),
            sources::ICONS,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn over_ten_megabytes() {
        let files = std::collections::BTreeMap::new();
        let view = |size| PackageView {
            file_names: &[],
            kept_files: &files,
            size,
        };
        assert!(check(view(LIMIT)).is_none());
        assert!(check(view(LIMIT + 1)).is_some());
    }
}
