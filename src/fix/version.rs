//! The version of the copy: proposed, typed, or the same without its pre-release part.

use super::*;
use crate::msg;

/// The version: the typed one, the same one without its pre-release part, or the
/// next patch above the published one.
pub(super) fn plan_version(
    old: &Input,
    input: &Input,
    report: &Report,
    options: &FixOptions,
    plan: &mut Plan,
) {
    let failing = report.checks.iter().any(|outcome| {
        matches!(
            outcome.check,
            CheckId::VersionFormat | CheckId::VersionIncremented
        ) && outcome.status == Status::Fail
    });
    if !failing {
        return;
    }
    let (published, current) = (&old.manifest.version, &input.manifest.version);
    let Some(next) = options
        .version
        .clone()
        .or_else(|| proposed_version(published, current))
    else {
        plan.refused.push(NotFixed {
            check: CheckId::VersionIncremented.id().to_string(),
            message: msg!(
                "fix-version-not-raised",
                published = crate::store::words::shorten(published, 40)
            )
            .text(),
            who: msg!("fix-who-type-version").text(),
        });
        return;
    };
    if &next == current {
        return;
    }
    plan.manifest
        .push(("/version".to_string(), json_text(&next)));
    plan.applied.push(Applied {
        kind: FixKind::Version,
        file: MANIFEST.to_string(),
        what: msg!("fix-what-version").text(),
        before: crate::store::words::shorten(current, 60),
        after: next,
    });
}

/// The copy's version when none was typed: `current` without its pre-release or
/// build part when that is a store-form version above `published`, else the
/// published version with its patch raised. `None` when `published` has no numbers
/// to raise.
pub fn proposed_version(published: &str, current: &str) -> Option<String> {
    if let Ok(version) = semver::Version::parse(current)
        && (!version.pre.is_empty() || !version.build.is_empty())
    {
        let plain = semver::Version::new(version.major, version.minor, version.patch).to_string();
        if compare_versions(&plain, published) == Some(std::cmp::Ordering::Greater) {
            return Some(plain);
        }
    }
    let parts: Vec<u64> = published
        .split('.')
        .map(|part| {
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                None
            } else {
                part.parse().ok()
            }
        })
        .collect::<Option<_>>()?;
    let part = |index: usize| parts.get(index).copied().unwrap_or(0);
    let next = semver::Version::new(part(0), part(1), part(2).checked_add(1)?).to_string();
    (compare_versions(&next, published) == Some(std::cmp::Ordering::Greater)).then_some(next)
}

/// What is wrong with a version typed for the fixed copy, in words to show beside the
/// field: not in the store's form, or not above the published one. `None` when it can
/// be used.
pub fn typed_version_problem(typed: &str, published: &str) -> Option<String> {
    match check_typed_version(typed, published) {
        Err(FixError::Version(message)) => Some(message),
        _ => None,
    }
}

/// A typed version must be in the store's form and above the published one.
pub(super) fn check_typed_version(typed: &str, published: &str) -> Result<(), FixError> {
    let strict = typed.split('.').count() == 3
        && typed.split('.').all(|part| {
            !part.is_empty()
                && part.bytes().all(|b| b.is_ascii_digit())
                && (part.len() == 1 || !part.starts_with('0'))
        });
    if !strict {
        return Err(FixError::Version(
            msg!(
                "fix-typed-version-form",
                version = crate::store::words::shorten(typed, 40)
            )
            .text(),
        ));
    }
    if compare_versions(typed, published) != Some(std::cmp::Ordering::Greater) {
        return Err(FixError::Version(
            msg!(
                "fix-typed-version-not-higher",
                version = typed,
                published = crate::store::words::shorten(published, 40)
            )
            .text(),
        ));
    }
    Ok(())
}
