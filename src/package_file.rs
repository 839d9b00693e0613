//! A file of an app package as the engine keeps it: its size and checksum. Its own
//! floor, below the loader (`input`) that makes it and the checks that read it.

/// A file of an app package, as far as comparing two packages needs it. The
/// file is unpacked in full when the package is loaded (so a damaged one is
/// reported), but only its size and checksum are kept, not its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PackageFile {
    /// Unpacked size in bytes.
    pub size: u64,
    /// The CRC-32 checksum the package records for the file, confirmed while
    /// unpacking it. Two files of the same size and checksum are taken to be
    /// the same file (a different file matches both by chance once in about
    /// four billion).
    pub crc32: u32,
}
