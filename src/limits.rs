//! Every limit the tool puts on what it reads, in one place.
//!
//! Inputs come from anyone: each size is bounded before anything is read or
//! unpacked, so a hostile file (a zip bomb, a huge or deeply nested manifest)
//! gets a plain message instead of exhausting memory or the stack
//! (`tests/limits.rs` tries each one).

/// Largest `manifest.json` accepted, and largest localization file: 4 MiB. A real
/// manifest is a few kilobytes.
pub const MAX_MANIFEST_BYTES: u64 = 4 * 1024 * 1024;

/// Largest app package (`.zip`) file accepted: 32 MiB.
pub const MAX_PACKAGE_BYTES: u64 = 32 * 1024 * 1024;

/// Most entries (files and folders) an app package may hold.
pub const MAX_PACKAGE_ENTRIES: usize = 1000;

/// Most bytes an app package may hold once unpacked, all entries together: 64 MiB
/// (stops zip bombs, whatever sizes their headers claim).
pub const MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;

/// Largest icon side, in pixels, that is decoded (to show it, or to fix it): 4096. A
/// larger one is refused from its header, never decoded (a 30000 × 30000 PNG of a few
/// kilobytes would need gigabytes).
pub const MAX_ICON_SIDE: u32 = 4096;

/// The deepest nesting of objects and arrays a manifest or localization file may
/// have (checked before parsing, so reading never recurses deeper).
pub const MAX_NESTING: usize = 128;
