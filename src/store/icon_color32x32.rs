//! `icon-color32x32` (error, packages only)
//!
//! **What it checks:** the small color icon (`icons.color32x32`, used by newer
//! manifest formats), when the package holds it, is a PNG image of exactly
//! 32 × 32 pixels.
//!
//! **Why:** Teams and Microsoft 365 show it in small places and the upload
//! service refuses other formats and sizes.
//!
//! **Example:** a 64 × 64 `color32x32.png`.
//!
//! Source: app icons (app package reference).

use super::icon_color::{icon_bytes, size_problem};
use super::{Raw, Severity, StoreCheck, Subject, sources};

/// The check's identifier.
pub const ID: &str = "icon-color32x32";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-icon-color32x32-title",
    severity: Severity::Error,
    needs_package: true,
    run: |subject| check(subject).into_iter().collect(),
    fixed_by: super::WhoFixes::Portal("portal-branding-color-icon"),
    repairs: super::Repair::Errors,
};

/// A finding at `/icons/color32x32` when the icon is not a 32 × 32 PNG.
fn check(subject: &Subject<'_>) -> Option<Raw> {
    let package = subject.package?;
    let (bytes, name) = icon_bytes(subject, &package, "color32x32")?;
    let problem = size_problem(bytes, &name, 32, "color32x32")?;
    Some(Raw::new("/icons/color32x32", problem, sources::ICONS))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::PackageView;
    use crate::store::icon_color::tests::png;

    #[test]
    fn must_be_a_32_png() {
        let document = serde_json::json!({"icons": {"color32x32": "small.png"}});
        for (bytes, ok) in [
            (png(32, 32, [9, 9, 9, 255]), true),
            (png(64, 64, [9, 9, 9, 255]), false),
            (b"nope".to_vec(), false),
        ] {
            let mut files = std::collections::BTreeMap::new();
            files.insert("small.png".to_string(), bytes);
            let package = PackageView {
                file_names: &["small.png"],
                kept_files: &files,
                size: 1,
                file_sizes: None,
                agents: None,
            };
            assert_eq!(check(&Subject::new(&document, Some(package))).is_none(), ok);
        }
    }
}
