//! What the integration tests share: where the real-world corpus is.

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
