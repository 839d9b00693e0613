//! Where the copy goes and how it is written (never over an input).

use super::*;
use crate::msg;

/// Where the copy goes by default: `<name>-fixed.zip` (or `-fixed.json` for a bare
/// manifest) beside the new version, with a number when that file exists.
pub fn default_output(new: &Path, is_package: bool) -> PathBuf {
    let folder = new.parent().unwrap_or_else(|| Path::new(""));
    let stem = new.file_stem().map_or_else(
        || "app".to_string(),
        |stem| stem.to_string_lossy().into_owned(),
    );
    let extension = if is_package { "zip" } else { "json" };
    let mut candidate = folder.join(format!("{stem}-fixed.{extension}"));
    let mut number = 2u32;
    while candidate.exists() && number < 10_000 {
        candidate = folder.join(format!("{stem}-fixed-{number}.{extension}"));
        number += 1;
    }
    candidate
}

/// Writes the copy to `path` through a temporary file in the same folder, renamed
/// into place, so a failure leaves no partial file. Refuses to write over one of
/// the `inputs`.
pub fn write_copy(path: &Path, bytes: &[u8], inputs: &[&Path]) -> std::io::Result<()> {
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if inputs.iter().any(|input| same(path, input)) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            msg!("fix-output-is-input").text(),
        ));
    }
    crate::files::write_atomically(path, bytes)
}
