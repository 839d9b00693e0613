//! The package: files it does not use left out, files moved out of a folder, the copy written
//! with each round's repairs.

use super::*;
use crate::msg;

/// Leaves out the files the package does not use.
pub(super) fn plan_unused(input: &Input, plan: &mut Plan) {
    // The files the package uses were worked out when it was loaded (`Input::agents`).
    let Some(agents) = &input.agents else {
        return;
    };
    let unused: Vec<&str> = input
        .companion_files
        .keys()
        .map(String::as_str)
        .filter(|name| !agents.used.used.contains(*name))
        .collect();
    if unused.is_empty() {
        return;
    }
    plan.dropped
        .extend(unused.iter().map(|name| name.to_string()));
    plan.applied.push(Applied {
        kind: FixKind::UnusedFiles,
        file: String::new(),
        what: msg!("fix-what-unused-files").text(),
        before: msg!(
            "fix-unused-files-before",
            count = unused.len(),
            names = crate::package_use::quoted_names(&unused, 5)
        )
        .text(),
        after: msg!("fix-unused-files-after").text(),
    });
}

/// Writes the copy with this round's repairs.
pub(super) fn apply(input: &Input, bytes: &[u8], plan: &Plan) -> Result<Vec<u8>, FixError> {
    if !input.is_package {
        return Ok(edit_text(
            bytes,
            &plan.manifest,
            plan.inserted.get(MANIFEST),
        ));
    }
    let damaged = |err: zip::result::ZipError| {
        FixError::Package(msg!("fix-package-damaged", error = err.to_string()).text())
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let kept_dirs: Vec<String> = input
        .companion_files
        .keys()
        .filter(|name| !plan.dropped.contains(*name))
        .cloned()
        .collect();
    for index in 0..archive.len() {
        let entry = archive.by_index_raw(index).map_err(damaged)?;
        let name = entry.name().map_err(damaged)?.into_owned();
        if plan.dropped.contains(&name) {
            continue;
        }
        if entry.is_dir() {
            let emptied = plan.dropped.iter().any(|gone| gone.starts_with(&name))
                && !kept_dirs.iter().any(|kept| kept.starts_with(&name));
            if !emptied {
                writer.raw_copy_file(entry).map_err(damaged)?;
            }
            continue;
        }
        let inserted = plan.inserted.get(&name);
        let changes = if name == MANIFEST {
            Some(&plan.manifest)
        } else {
            plan.texts.get(&name)
        }
        .filter(|changes| !changes.is_empty() || inserted.is_some())
        .or(inserted.map(|_| &plan.no_changes));
        let new_bytes = match (changes, plan.files.get(&name)) {
            (_, Some(replaced)) => Some(replaced.clone()),
            (Some(changes), None) => {
                let options = entry.options();
                drop(entry);
                let mut text = Vec::new();
                archive
                    .by_index(index)
                    .map_err(damaged)?
                    .take(MAX_MANIFEST_BYTES + 1)
                    .read_to_end(&mut text)
                    .map_err(|err| damaged(err.into()))?;
                let edited = edit_text(&text, changes, inserted);
                write_entry(&mut writer, &name, options, &edited).map_err(damaged)?;
                continue;
            }
            (None, None) => None,
        };
        match new_bytes {
            Some(new_bytes) => {
                let options = entry.options();
                write_entry(&mut writer, &name, options, &new_bytes).map_err(damaged)?;
            }
            None => writer.raw_copy_file(entry).map_err(damaged)?,
        }
    }
    Ok(writer.finish().map_err(damaged)?.into_inner())
}

/// Writes one entry with new contents and the original entry's options (its
/// compression and time).
pub(super) fn write_entry(
    writer: &mut zip::ZipWriter<Cursor<Vec<u8>>>,
    name: &str,
    options: zip::write::SimpleFileOptions,
    bytes: &[u8],
) -> zip::result::ZipResult<()> {
    writer.start_file(
        name,
        options.compression_method(zip::CompressionMethod::Deflated),
    )?;
    writer.write_all(bytes)?;
    Ok(())
}

/// When every entry of the package sits in one folder that holds `manifest.json`,
/// the package with that folder's entries moved to the root (copied unpacked).
pub(super) fn unfold(bytes: &[u8]) -> Result<Option<(Vec<u8>, Applied)>, FixError> {
    if bytes.len() as u64 > MAX_PACKAGE_BYTES {
        return Ok(None); // loading the package says why it is refused
    }
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(None);
    };
    if archive.len() > MAX_PACKAGE_ENTRIES {
        return Ok(None);
    }
    let names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .map(std::borrow::Cow::into_owned)
        .collect();
    if names.iter().any(|name| name == MANIFEST) {
        return Ok(None);
    }
    let mac = |name: &str| name.starts_with("__MACOSX/");
    let mut folders = names
        .iter()
        .filter(|name| !mac(name))
        .map(|name| name.split_once('/').map(|(folder, _)| folder));
    let Some(Some(folder)) = folders.next() else {
        return Ok(None);
    };
    let folder = folder.to_string();
    if !folders.all(|other| other == Some(folder.as_str()))
        || !names.contains(&format!("{folder}/{MANIFEST}"))
    {
        return Ok(None);
    }
    let damaged = |err: zip::result::ZipError| {
        FixError::Package(msg!("fix-folder-damaged", error = err.to_string()).text())
    };
    let prefix = format!("{folder}/");
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for index in 0..archive.len() {
        let entry = archive.by_index_raw(index).map_err(damaged)?;
        let name = entry.name().map_err(damaged)?.into_owned();
        match name.strip_prefix(&prefix) {
            Some("") => {}
            Some(rest) => writer.raw_copy_file_rename(entry, rest).map_err(damaged)?,
            None => writer.raw_copy_file(entry).map_err(damaged)?,
        }
    }
    let moved = writer.finish().map_err(damaged)?.into_inner();
    Ok(Some((
        moved,
        Applied {
            kind: FixKind::Folder,
            file: String::new(),
            what: msg!("fix-what-package-files").text(),
            before: msg!("fix-folder-before", folder = folder.as_str()).text(),
            after: msg!("fix-folder-after").text(),
        },
    )))
}
