//! Recognising files that are not a manifest at all, so the message can say what
//! the file is and what to choose instead, rather than "this is not valid JSON".
//!
//! Only the first bytes are looked at (the signatures image, document and archive
//! formats start with), plus, for a zip without `manifest.json`, the names of its
//! entries (a Word, Excel or PowerPoint file is a zip).

use crate::message::Message;
use crate::msg;

/// What a file that cannot be a manifest turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Zero bytes, or only spaces and line breaks.
    Empty,
    /// A PNG image (an app icon, perhaps).
    Png,
    /// A JPEG photo.
    Jpeg,
    /// A GIF image.
    Gif,
    /// A PDF document.
    Pdf,
    /// A Word document (`.docx`).
    Word,
    /// An Excel workbook (`.xlsx`).
    Excel,
    /// A PowerPoint presentation (`.pptx`).
    PowerPoint,
    /// An Office document in the older format (`.doc`, `.xls`, `.ppt`).
    OldOffice,
    /// A compressed archive that is not a zip (`.rar`, `.7z`, `.gz`).
    OtherArchive,
    /// Text saved as UTF-16 (with or without its byte-order mark).
    Utf16,
    /// Text that is not JSON at all: a program (`.py`, `.js`), a web page, YAML, notes.
    /// A manifest starts with `{`.
    OtherText,
}

impl FileKind {
    /// What the file is, as the start of a sentence: "this is a PNG image, not a manifest".
    pub fn problem(self) -> Message {
        match self {
            FileKind::Empty => msg!("input-kind-empty"),
            FileKind::Png => msg!("input-kind-png"),
            FileKind::Jpeg => msg!("input-kind-jpeg"),
            FileKind::Gif => msg!("input-kind-gif"),
            FileKind::Pdf => msg!("input-kind-pdf"),
            FileKind::Word => msg!("input-kind-word"),
            FileKind::Excel => msg!("input-kind-excel"),
            FileKind::PowerPoint => msg!("input-kind-powerpoint"),
            FileKind::OldOffice => msg!("input-kind-old-office"),
            FileKind::OtherArchive => msg!("input-kind-other-archive"),
            FileKind::Utf16 => msg!("input-kind-utf16"),
            FileKind::OtherText => msg!("input-kind-other-text"),
        }
    }

    /// What to do instead.
    pub fn fix(self) -> Message {
        match self {
            FileKind::Empty => msg!("input-kind-empty-fix"),
            FileKind::Utf16 => msg!("input-kind-utf16-fix"),
            FileKind::OtherArchive => msg!("input-kind-other-archive-fix"),
            _ => msg!("input-kind-fix"),
        }
    }
}

/// Recognises, from its first bytes, a file that is not JSON text and cannot be a
/// zip app package either. `None` for anything else (left to the JSON reader).
pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
    const SIGNATURES: &[(&[u8], FileKind)] = &[
        (b"\x89PNG\r\n\x1a\n", FileKind::Png),
        (b"\xFF\xD8\xFF", FileKind::Jpeg),
        (b"GIF87a", FileKind::Gif),
        (b"GIF89a", FileKind::Gif),
        (b"%PDF-", FileKind::Pdf),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", FileKind::OldOffice),
        (b"Rar!\x1A\x07", FileKind::OtherArchive),
        (b"7z\xBC\xAF\x27\x1C", FileKind::OtherArchive),
        (b"\x1F\x8B", FileKind::OtherArchive),
        (b"\xFF\xFE", FileKind::Utf16),
        (b"\xFE\xFF", FileKind::Utf16),
    ];
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Some(FileKind::Empty);
    }
    SIGNATURES
        .iter()
        .find(|(signature, _)| bytes.starts_with(signature))
        .map(|&(_, kind)| kind)
        .or_else(|| looks_like_utf16(bytes).then_some(FileKind::Utf16))
        .or_else(|| other_text(bytes).then_some(FileKind::OtherText))
}

/// Text whose first character (after a byte-order mark and spaces) cannot start a
/// manifest: not `{`, nor `[` or `/` (JSON of the wrong shape, or a comment before the
/// manifest, which the JSON reader explains at its place).
fn other_text(bytes: &[u8]) -> bool {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    text.iter()
        .find(|byte| !byte.is_ascii_whitespace())
        .is_some_and(|first| !matches!(first, b'{' | b'[' | b'/'))
}

/// UTF-16 without a byte-order mark: JSON text is mostly ASCII, which UTF-16 writes
/// with a zero byte beside every character. UTF-8 JSON has no zero bytes at all.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let head = bytes.get(..bytes.len().min(512)).unwrap_or(bytes);
    let pairs = head.len() / 2;
    if pairs == 0 {
        return false;
    }
    let zero_at = |offset: usize| {
        head.iter()
            .skip(offset)
            .step_by(2)
            .take(pairs)
            .filter(|&&b| b == 0)
            .count()
    };
    // Little-endian puts the zero second, big-endian first; most pairs must have one.
    let (even, odd) = (zero_at(0), zero_at(1));
    even.max(odd) * 4 >= pairs * 3 && even.min(odd) * 4 < pairs
}

/// Recognises an Office document (a zip) from the names of its entries.
pub fn office_kind<'n>(mut names: impl Iterator<Item = &'n str>) -> Option<FileKind> {
    names.find_map(|name| match name {
        "word/document.xml" => Some(FileKind::Word),
        "xl/workbook.xml" => Some(FileKind::Excel),
        "ppt/presentation.xml" => Some(FileKind::PowerPoint),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    fn utf16be(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_be_bytes).collect()
    }

    #[test]
    fn signatures() {
        assert_eq!(sniff(b""), Some(FileKind::Empty));
        assert_eq!(sniff(b" \r\n\t"), Some(FileKind::Empty));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some(FileKind::Png));
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0"), Some(FileKind::Jpeg));
        assert_eq!(sniff(b"GIF89a..."), Some(FileKind::Gif));
        assert_eq!(sniff(b"%PDF-1.7\n"), Some(FileKind::Pdf));
        assert_eq!(
            sniff(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0"),
            Some(FileKind::OldOffice)
        );
        assert_eq!(sniff(b"\x1F\x8B\x08\0"), Some(FileKind::OtherArchive));
    }

    #[test]
    fn utf16_with_and_without_byte_order_mark() {
        let json = r#"{"id": "x", "version": "1.0.0"}"#;
        let mut with_bom = vec![0xFF, 0xFE];
        with_bom.extend(utf16le(json));
        assert_eq!(sniff(&with_bom), Some(FileKind::Utf16));
        assert_eq!(sniff(&utf16le(json)), Some(FileKind::Utf16));
        assert_eq!(sniff(&utf16be(json)), Some(FileKind::Utf16));
        let mut big_endian_bom = vec![0xFE, 0xFF];
        big_endian_bom.extend(utf16be(json));
        assert_eq!(sniff(&big_endian_bom), Some(FileKind::Utf16));
    }

    #[test]
    fn json_text_is_left_to_the_json_reader() {
        assert_eq!(sniff(br#"{"id": "x"}"#), None);
        assert_eq!(sniff("\u{feff}{\"name\": \"Café ✔\"}".as_bytes()), None);
        assert_eq!(sniff(b"{"), None);
        assert_eq!(sniff(b"[1]"), None);
        assert_eq!(sniff(b"// notes\n{}"), None);
        assert_eq!(
            sniff(b"#!/usr/bin/env python3\nimport json\n"),
            Some(FileKind::OtherText)
        );
        assert_eq!(sniff(b"\xEF\xBB\xBF<html>"), Some(FileKind::OtherText));
        // A stray zero byte in UTF-8 text is not UTF-16.
        assert_eq!(sniff(b"{\"a\": \"\0\"}"), None);
    }

    #[test]
    fn office_documents_by_their_entries() {
        let word = ["[Content_Types].xml", "_rels/.rels", "word/document.xml"];
        assert_eq!(office_kind(word.into_iter()), Some(FileKind::Word));
        assert_eq!(
            office_kind(["xl/workbook.xml"].into_iter()),
            Some(FileKind::Excel)
        );
        assert_eq!(
            office_kind(["ppt/presentation.xml"].into_iter()),
            Some(FileKind::PowerPoint)
        );
        assert_eq!(office_kind(["color.png"].into_iter()), None);
    }

    #[test]
    fn every_kind_says_what_it_is_and_what_to_do() {
        for kind in [
            FileKind::Empty,
            FileKind::Png,
            FileKind::Jpeg,
            FileKind::Gif,
            FileKind::Pdf,
            FileKind::Word,
            FileKind::Excel,
            FileKind::PowerPoint,
            FileKind::OldOffice,
            FileKind::OtherArchive,
            FileKind::Utf16,
        ] {
            assert!(kind.problem().text().starts_with("this "), "{kind:?}");
            assert!(
                kind.fix().text().contains("manifest.json") || kind.fix().text().contains("UTF-8"),
                "{kind:?}"
            );
        }
    }
}
