//! One cause, its consequences under it. An error that removes a reference (a plugin
//! runtime that lost its `spec.url`) leaves the file the published version named there
//! unused, and the warning `package-extra-files` lists it: one missing value, told as two
//! problems. The warning is said under the error that causes it instead, as what follows
//! from it, and is not listed (or counted) on its own when the causes explain every file
//! it names.

use std::collections::BTreeSet;

use super::{Finding, Severity, package_extra_files};
use crate::package_use::UsedFiles;

/// A store warning that follows from an error of the same report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consequence {
    /// The error's place in the report's findings.
    pub cause: usize,
    /// The warning's place in the report's findings.
    pub consequence: usize,
    /// The files the error leaves unused (the published version named them at the
    /// error's place or below it).
    pub files: Vec<String>,
    /// True when the causes together explain every file the warning names: the warning
    /// is then said only under its causes.
    pub folded: bool,
}

/// The consequences among `findings` (the new version's): for each error at pointer P
/// in a file, the files the published version's references from that file at P or
/// below named, which the new version holds but no longer uses. `published` and `new`
/// are the two versions' used files; `entries` the new package's file names.
pub fn consequences(
    findings: &[Finding],
    published: Option<&UsedFiles>,
    new: Option<&UsedFiles>,
    entries: &[&str],
) -> Vec<Consequence> {
    let (Some(published), Some(new)) = (published, new) else {
        return Vec::new();
    };
    let Some(warning) = findings.iter().position(|finding| {
        finding.check == package_extra_files::ID && finding.severity == Severity::Warning
    }) else {
        return Vec::new();
    };
    let unused: BTreeSet<&str> = entries
        .iter()
        .copied()
        .filter(|name| !new.used.contains(*name))
        .collect();
    let mut found: Vec<Consequence> = Vec::new();
    for (index, finding) in findings.iter().enumerate() {
        if finding.severity != Severity::Error {
            continue;
        }
        let files: BTreeSet<String> = published
            .references
            .iter()
            .filter(|reference| {
                reference.holder == finding.file && within(&reference.pointer, &finding.pointer)
            })
            .filter_map(|reference| reference.target.clone())
            .filter(|target| unused.contains(target.as_str()))
            .collect();
        if !files.is_empty() {
            found.push(Consequence {
                cause: index,
                consequence: warning,
                files: files.into_iter().collect(),
                folded: false,
            });
        }
    }
    let explained: BTreeSet<&str> = found
        .iter()
        .flat_map(|consequence| consequence.files.iter().map(String::as_str))
        .collect();
    let folded = !unused.is_empty() && unused.iter().all(|file| explained.contains(file));
    for consequence in &mut found {
        consequence.folded = folded;
    }
    found
}

/// The errors under which the warning at `warning` (its place in the findings) is said,
/// when `consequences` fold it under them; none when it is listed on its own.
pub fn folded_under(
    consequences: &[Consequence],
    warning: usize,
) -> impl Iterator<Item = usize> + '_ {
    consequences
        .iter()
        .filter(move |consequence| consequence.folded && consequence.consequence == warning)
        .map(|consequence| consequence.cause)
}

/// True when `pointer` is `place` or a pointer below it (`/runtimes/0/spec/url` within
/// `/runtimes/0/spec`; the whole file `""` holds every pointer).
fn within(pointer: &str, place: &str) -> bool {
    place.is_empty()
        || pointer == place
        || pointer
            .strip_prefix(place)
            .is_some_and(|rest| rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pointer_is_within_its_place_and_not_a_sibling() {
        assert!(within("/runtimes/0/spec/url", "/runtimes/0/spec"));
        assert!(within("/runtimes/0/spec", "/runtimes/0/spec"));
        assert!(within("/runtimes/0/spec/url", ""));
        assert!(!within("/runtimes/0/specs/url", "/runtimes/0/spec"));
        assert!(!within("/runtimes/1/spec/url", "/runtimes/0/spec"));
    }
}
