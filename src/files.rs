//! Writing files so that a failure never leaves half of one: the one atomic writer that
//! the saved report (the window's "Save report") and the fixed copy (`fix`) both use.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `target` through a temporary file in the target's own folder (a
/// new file with a random name, never an existing one), then renames it into place,
/// replacing any file already there. On failure the target is unchanged and no
/// temporary file is left behind.
///
/// Why: a report or a fixed copy cut short (a full disk, a removed drive) must not
/// look like a finished file, and the temporary must never clobber a file of the user's.
/// Example: `write_atomically(Path::new("out/report.html"), page)` creates
/// `out/.tmpXXXXXX`, fills and flushes it, and renames it to `out/report.html`.
pub fn write_atomically(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = target
        .parent()
        .filter(|folder| !folder.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    // Only Unix sets permissions on it below.
    #[cfg_attr(not(unix), allow(unused_mut))]
    let mut builder = tempfile::Builder::new();
    // The saved file is the user's document, so it gets the permissions of a file saved
    // the ordinary way (read and write for all, less the umask), not a temporary's
    // owner-only ones. Elsewhere a new file is writable already.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut temporary = builder.tempfile_in(folder)?;
    temporary.write_all(bytes)?;
    temporary.as_file().sync_all()?;
    // A failed rename hands the temporary back inside the error; dropping it deletes it.
    temporary.persist(target).map_err(|failed| failed.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names in a folder, sorted.
    fn names(folder: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(folder)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn writes_a_new_file_and_leaves_nothing_else() {
        let folder = tempfile::tempdir().unwrap();
        let target = folder.path().join("report.html");
        write_atomically(&target, b"<html>").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"<html>");
        assert_eq!(names(folder.path()), ["report.html"]);
    }

    #[test]
    fn replaces_an_existing_file() {
        let folder = tempfile::tempdir().unwrap();
        let target = folder.path().join("copy.zip");
        std::fs::write(&target, b"a much longer old content").unwrap();
        write_atomically(&target, b"new").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        assert_eq!(names(folder.path()), ["copy.zip"]);
    }

    #[test]
    fn a_failed_write_leaves_no_temporary_and_the_target_unchanged() {
        let folder = tempfile::tempdir().unwrap();
        // A folder (with a file in it) cannot be replaced by a file.
        let target = folder.path().join("report.html");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("inside.txt"), b"kept").unwrap();
        assert!(write_atomically(&target, b"<html>").is_err());
        assert!(target.is_dir());
        assert_eq!(std::fs::read(target.join("inside.txt")).unwrap(), b"kept");
        assert_eq!(names(folder.path()), ["report.html"]);
    }

    #[test]
    fn a_missing_folder_is_an_error_and_creates_nothing() {
        let folder = tempfile::tempdir().unwrap();
        let target = folder.path().join("missing").join("report.html");
        let err = write_atomically(&target, b"<html>").unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::NotFound);
        assert!(names(folder.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn the_saved_file_has_the_permissions_of_an_ordinary_file() {
        use std::os::unix::fs::PermissionsExt;
        let folder = tempfile::tempdir().unwrap();
        let target = folder.path().join("report.html");
        write_atomically(&target, b"<html>").unwrap();
        // The same mode as a file made with File::create (0o666 less the umask), not the
        // temporary's owner-only 0o600.
        let plain = folder.path().join("plain.html");
        std::fs::File::create(&plain).unwrap();
        let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&target), mode(&plain));
    }
}
