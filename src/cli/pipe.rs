//! A reader that went away (`check … | head -1`, a closed terminal): the output ends
//! there, as with other command-line tools; it is not an error to report.

use std::io;

/// The Windows error codes that mean the reading end of a pipe is gone:
/// `ERROR_BROKEN_PIPE` (109), `ERROR_NO_DATA` (232, "the pipe is being closed") and
/// `ERROR_PIPE_NOT_CONNECTED` (233, what a write gets under Wine after `| head -1`).
/// Rust reports only the first two as [`io::ErrorKind::BrokenPipe`].
const WINDOWS_READER_GONE: [i32; 3] = [109, 232, 233];

/// True when a failed write means only that the reader stopped reading.
pub(crate) fn reader_went_away(error: &io::Error) -> bool {
    reader_went_away_on(error, cfg!(windows))
}

/// [`reader_went_away`] as on Windows (`windows`) or elsewhere, where the same numbers
/// are other errors.
fn reader_went_away_on(error: &io::Error, windows: bool) -> bool {
    error.kind() == io::ErrorKind::BrokenPipe
        || (windows
            && error
                .raw_os_error()
                .is_some_and(|code| WINDOWS_READER_GONE.contains(&code)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_pipe_is_a_reader_gone_everywhere() {
        let error = io::Error::from(io::ErrorKind::BrokenPipe);
        assert!(reader_went_away_on(&error, true));
        assert!(reader_went_away_on(&error, false));
        assert!(reader_went_away(&error));
    }

    #[test]
    fn every_windows_closed_pipe_code_is_a_reader_gone_on_windows() {
        for code in [109, 232, 233] {
            let error = io::Error::from_raw_os_error(code);
            assert!(reader_went_away_on(&error, true), "Windows error {code}");
        }
    }

    #[test]
    fn the_same_numbers_elsewhere_and_other_errors_are_real_failures() {
        // 233 is no errno on Linux or macOS; there it must not hide a failure.
        if !cfg!(windows) {
            let error = io::Error::from_raw_os_error(233);
            assert!(!reader_went_away_on(&error, false));
            assert!(!reader_went_away(&error));
        }
        // A full disk (ERROR_DISK_FULL, 112) is reported on Windows.
        assert!(!reader_went_away_on(
            &io::Error::from_raw_os_error(112),
            true
        ));
        let full = io::Error::from(io::ErrorKind::StorageFull);
        assert!(!reader_went_away_on(&full, true));
        assert!(!reader_went_away_on(&full, false));
    }
}
