//! Hostile and broken inputs: every one gets a clear error (or a correct report), never a
//! crash, a hang or unbounded memory. Timing and memory figures come from
//! `scripts/measure.sh`, not from these tests.

// Test helpers outside #[test] functions may unwrap too: a failure is a failing test.
#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::path::Path;

use teams_update_check::input::Location;
use teams_update_check::limits::MAX_PACKAGE_ENTRIES;
use teams_update_check::{Input, check};

const MANIFEST: &str = r#"{"id": "0b5c3d6e-1234-4abc-9def-00112233aabb", "version": "1.0.0"}"#;

/// A zip whose second entry inflates to `gib` GiB of zeros from about 1 MiB per GiB of
/// package; its headers declare `declared` bytes unpacked (honest, or a lie).
fn zip_bomb(gib: u32, declared: Option<u32>) -> Vec<u8> {
    // One 1 MiB block of zeros, fully flushed so copies of it can simply be repeated.
    let mut compress = flate2::Compress::new(flate2::Compression::best(), false);
    let mut block = Vec::with_capacity(4096);
    compress
        .compress_vec(&vec![0u8; 1 << 20], &mut block, flate2::FlushCompress::Full)
        .unwrap();
    let mut data = Vec::new();
    for _ in 0..gib * 1024 {
        data.extend_from_slice(&block);
    }
    data.extend_from_slice(&[0x01, 0x00, 0x00, 0xFF, 0xFF]); // final empty stored block
    let unpacked = declared.unwrap_or_else(|| gib.saturating_mul(1 << 30).saturating_sub(1).max(1));

    let mut out = Vec::new();
    let mut central = Vec::new();
    let entries: [(&str, u16, &[u8], u32, u32); 2] = [
        (
            "manifest.json",
            0,
            MANIFEST.as_bytes(),
            crc(MANIFEST.as_bytes()),
            MANIFEST.len() as u32,
        ),
        ("bomb.bin", 8, &data, 0, unpacked),
    ];
    for (name, method, bytes, crc32, size) in entries {
        let offset = out.len() as u32;
        let header = |signature: u32, central_dir: bool| {
            let mut h = Vec::new();
            h.extend_from_slice(&signature.to_le_bytes());
            if central_dir {
                h.extend_from_slice(&20u16.to_le_bytes());
            }
            h.extend_from_slice(&20u16.to_le_bytes());
            h.extend_from_slice(&0u16.to_le_bytes());
            h.extend_from_slice(&method.to_le_bytes());
            h.extend_from_slice(&[0, 0, 0x21, 0]); // time, date
            h.extend_from_slice(&crc32.to_le_bytes());
            h.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
            h.extend_from_slice(&size.to_le_bytes());
            h.extend_from_slice(&(name.len() as u16).to_le_bytes());
            h.extend_from_slice(&0u16.to_le_bytes());
            if central_dir {
                h.extend_from_slice(&[0; 6]); // comment len, disk, internal attrs
                h.extend_from_slice(&0u32.to_le_bytes()); // external attrs
                h.extend_from_slice(&offset.to_le_bytes());
            }
            h.extend_from_slice(name.as_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend_from_slice(bytes);
        central.extend(header(0x0201_4b50, true));
    }
    let central_offset = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

fn crc(bytes: &[u8]) -> u32 {
    let mut crc = flate2::Crc::new();
    crc.update(bytes);
    crc.sum()
}

#[test]
fn zip_bomb_lying_about_its_size_is_refused() {
    for declared in [1000, 60 << 20] {
        let bomb = zip_bomb(1, Some(declared));
        let err = Input::from_bytes("bomb.zip", &bomb).unwrap_err();
        assert!(
            err.problem.text().contains("unpacks to more than 64 MiB")
                || err.problem.text().contains("damaged"),
            "{err}"
        );
        assert_eq!(
            err.location,
            Some(Location::PackageEntry("bomb.bin".into()))
        );
    }
}

#[test]
fn zip_bomb_is_refused() {
    let bomb = zip_bomb(3, None);
    assert!(
        bomb.len() < 8 << 20,
        "the bomb itself is small: {} bytes",
        bomb.len()
    );
    let err = Input::from_bytes("bomb.zip", &bomb).unwrap_err();
    assert!(
        err.problem.text().contains("unpacks to more than 64 MiB"),
        "{err}"
    );
    assert_eq!(
        err.location,
        Some(Location::PackageEntry("bomb.bin".into()))
    );
}

#[test]
fn too_many_entries_are_refused() {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    writer.start_file("manifest.json", options).unwrap();
    writer.write_all(MANIFEST.as_bytes()).unwrap();
    for i in 0..100_000 {
        writer.start_file(format!("f{i}"), options).unwrap();
    }
    let bytes = writer.finish().unwrap().into_inner();
    let err = Input::from_bytes("many.zip", &bytes).unwrap_err();
    assert!(
        err.problem
            .text()
            .contains(&MAX_PACKAGE_ENTRIES.to_string()),
        "{err}"
    );
}

#[test]
fn five_mib_manifest_is_refused() {
    let mut text = String::from(r#"{"id": "x", "version": "1.0.0", "pad": ""#);
    text.push_str(&"a".repeat(5 << 20));
    text.push_str("\"}");
    let err = Input::from_bytes("big.json", text.as_bytes()).unwrap_err();
    assert!(err.problem.text().contains("4 MiB"), "{err}");
}

#[test]
fn two_hundred_levels_of_nesting_are_refused() {
    let text = format!(
        r#"{{"id": "x", "version": "1.0.0", "deep": {}{}}}"#,
        "[".repeat(200),
        "]".repeat(200)
    );
    let err = Input::from_bytes("deep.json", text.as_bytes()).unwrap_err();
    assert!(err.problem.text().contains("128 levels"), "{err}");
    assert!(matches!(
        err.location,
        Some(Location::LineColumn { line: 1, .. })
    ));
}

#[test]
fn one_megabyte_string_is_fine() {
    let text = format!(
        r#"{{"id": "0b5c3d6e-1234-4abc-9def-00112233aabb", "version": "1.0.0", "description": {{"full": "{}"}}}}"#,
        "x".repeat(1 << 20)
    );
    let input = Input::from_bytes("long.json", text.as_bytes()).unwrap();
    let report = check(&input, &input);
    assert_eq!(report.verdict, teams_update_check::Verdict::NothingToSubmit);
}

#[test]
fn a_directory_is_not_a_manifest() {
    let dir = tempfile::tempdir().unwrap();
    let err = Input::from_path(dir.path()).unwrap_err();
    assert!(err.problem.text().contains("folder"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_pipe_is_refused_instead_of_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("manifest.json");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        println!("SKIPPED: mkfifo is not available");
        return;
    }
    let err = Input::from_path(&fifo).unwrap_err();
    assert!(err.problem.text().contains("not a regular file"), "{err}");
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_explained() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("manifest.json");
    std::fs::write(&path, MANIFEST).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        println!("SKIPPED: running as an administrator, who can read any file");
        return;
    }
    let err = Input::from_path(&path).unwrap_err();
    assert!(err.problem.text().contains("permission"), "{err}");
}

#[test]
fn a_file_that_vanished_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("manifest.json");
    std::fs::write(&path, MANIFEST).unwrap();
    std::fs::remove_file(&path).unwrap();
    let err = Input::from_path(&path).unwrap_err();
    assert!(err.problem.text().contains("does not exist"), "{err}");
    assert!(err.to_string().contains("Choose the file again"));
}

#[test]
fn loading_never_changes_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("manifest.json");
    std::fs::write(&path, MANIFEST).unwrap();
    let before = std::fs::metadata(&path).unwrap().modified().unwrap();
    let input = Input::from_path(&path).unwrap();
    let _ = check(&input, &input);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), MANIFEST);
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        before
    );
    assert!(Path::new(&path).exists());
}

#[test]
fn an_entry_smaller_than_it_claims_is_measured_by_what_it_holds() {
    // The headers claim 60 MiB; the entry really unpacks to nothing.
    let package = zip_bomb(0, Some(60 << 20));
    let input = Input::from_bytes("small.zip", &package).unwrap();
    assert_eq!(input.companion_files["bomb.bin"].size, 0);
}
