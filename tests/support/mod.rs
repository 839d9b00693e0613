//! What the integration tests share: where the real-world corpus is, and zipping a fixture.

// Each test file uses part of it.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};

/// The corpus of real manifests and packages: `../shared/corpus` beside the project, or the
/// folder `CORPUS_DIR` names (for a checkout that is not beside `shared/`, such as a git
/// worktree one folder deeper). When it is absent, says loudly that `what` did NOT run and
/// gives `None`: those tests then prove nothing.
pub fn corpus(what: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("CORPUS_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
        PathBuf::from,
    );
    if ["pairs", "single", "zips"]
        .iter()
        .all(|part| dir.join(part).is_dir())
    {
        return Some(dir);
    }
    // Written to the stream directly: the test harness captures println!/eprintln!.
    let _ = writeln!(
        std::io::stderr(),
        "\n*** SKIPPED: {} is absent, so {what} did NOT run; these tests prove nothing \
         without it. ***\n",
        dir.display()
    );
    None
}

/// Zips a fixture's package folder into `target`, entries in name order (so the bytes are
/// stable); the tests that compare the fixtures' reports use it.
pub fn zip_folder(folder: &Path, target: &Path) {
    let mut names: Vec<PathBuf> = std::fs::read_dir(folder)
        .expect("fixture folder")
        .map(|entry| entry.expect("fixture entry").path())
        .collect();
    names.sort();
    let file = std::fs::File::create(target).expect("zip file");
    let mut writer = zip::ZipWriter::new(file);
    for path in names {
        let name = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        writer
            .start_file(name, zip::write::SimpleFileOptions::default())
            .expect("zip entry");
        writer
            .write_all(&std::fs::read(&path).expect("fixture file"))
            .expect("zip write");
    }
    writer.finish().expect("zip finish");
}

/// `text` without its tags (`<…>`), each replaced by a space: what a reader sees of a
/// Markdown report's few HTML tags or of an HTML page's body, entities left as written.
pub fn without_tags(text: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}
