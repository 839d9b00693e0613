//! Reading the documents: the text or list at a pointer, where a change is, and the
//! constants every part of the comparison shares.

use serde_json::Value;

/// The manifest's name at the root of a package.
pub(super) const MANIFEST: &str = "manifest.json";

/// How many characters of a text an "old → new" line shows of each side.
pub(super) const SIDE_LENGTH: usize = 60;

/// The text at `pointer`, when it is one.
pub(super) fn text<'v>(value: &'v Value, pointer: &str) -> Option<&'v str> {
    value.pointer(pointer).and_then(Value::as_str)
}

/// The list at `pointer` (empty when there is none).
pub(super) fn list<'v>(value: &'v Value, pointer: &str) -> &'v [Value] {
    value
        .pointer(pointer)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// Where a change is, for a developer: `file#pointer`, or a manifest pointer.
pub(super) fn at(file: &str, pointer: &str) -> String {
    if file == MANIFEST {
        pointer.to_string()
    } else {
        format!("{file}#{pointer}")
    }
}
