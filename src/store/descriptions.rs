//! `descriptions` (warning)
//!
//! **What it checks:** the full description repeats the short one word for
//! word (case-sensitive), or is longer than 500 words.
//!
//! **Why:** store review asks for a full description that adds to the short one
//! and reads well on the store page.
//!
//! **Example:** short "Track tasks", full "Track tasks. …".
//!
//! Source: Teams Store validation guidelines.

use serde_json::Value;

use super::{Raw, Severity, StoreCheck, Subject, sources};
use crate::msg;

/// The check's identifier.
pub const ID: &str = "descriptions";

/// The registry entry ([`super::STORE_CHECKS`]).
pub const CHECK: StoreCheck = StoreCheck {
    id: ID,
    title: "store-descriptions-title",
    severity: Severity::Warning,
    needs_package: false,
    run: |subject| check(subject).into_iter().collect(),
    fixed_by: super::WhoFixes::ByPlace,
    repairs: super::Repair::Never,
};

/// At most one warning, at `/description/full`.
fn check(subject: &Subject<'_>) -> Option<Raw> {
    let full = subject
        .document
        .pointer("/description/full")
        .and_then(Value::as_str)?;
    let short = subject
        .document
        .pointer("/description/short")
        .and_then(Value::as_str);
    let words = full.split_whitespace().count();
    let name = subject
        .document
        .pointer("/name/short")
        .and_then(Value::as_str);
    let message = if let Some(short) = short.filter(|short| full.contains(short)) {
        let quoted = super::words::shorten(short, 60);
        if name.is_some_and(|name| name.trim() == short.trim()) {
            msg!("store-descriptions-short-is-name", short = quoted)
        } else {
            msg!("store-descriptions-full-contains-short", short = quoted)
        }
    } else if words > 500 {
        msg!("store-descriptions-too-long", count = words)
    } else {
        return None;
    };
    Some(Raw::new("/description/full", message, sources::STORE))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{pointers, run, valid_manifest};
    use serde_json::json;

    #[test]
    fn repeated_or_too_long() {
        let with = |short: &str, full: String| {
            pointers(
                &run(&valid_manifest(
                    json!({"description": {"short": short, "full": full}}),
                )),
                ID,
            )
        };
        assert_eq!(
            with("Track tasks", "Track tasks with your team.".into()),
            ["/description/full"]
        );
        assert!(with("Track tasks", "track tasks with your team.".into()).is_empty());
        assert_eq!(with("Short", "word ".repeat(501)), ["/description/full"]);
        assert!(with("Short", "word ".repeat(500)).is_empty());
    }
}
