//! Build script:
//! - writes the table of the bundled Teams manifest schemas
//!   (`assets/schemas/teams/v*/…schema.json`) that `src/store/schemas.rs` includes, so the
//!   program carries every published schema as text (2.2 MB; the installers compress it);
//! - on Windows targets only, embeds the app icon (assets/icon/icon.ico, made by
//!   scripts/make-icons.sh) and the product name in the `.exe`, so Explorer, the task bar
//!   and shortcuts show our icon.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    bundle_schemas();
    embed_windows_icon();
}

/// Writes the table of every bundled schema, each included as text.
fn bundle_schemas() {
    let source = Path::new("assets/schemas/teams");
    println!("cargo:rerun-if-changed={}", source.display());
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out_dir = Path::new(&out_dir);

    let mut versions: Vec<String> = std::fs::read_dir(source)
        .expect("assets/schemas/teams is part of the repository")
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let name = entry.file_name().into_string().ok()?;
            (entry.path().is_dir() && name.starts_with('v')).then_some(name)
        })
        .collect();
    versions.sort();

    let mut table = format!(
        "/// Every bundled schema folder, in name order.\n\
         pub(crate) static BUNDLED: [Bundled; {}] = [\n",
        versions.len()
    );
    for version in &versions {
        let folder = source.join(version);
        println!("cargo:rerun-if-changed={}", folder.display());
        let manifest = included(&folder.join("MicrosoftTeams.schema.json"));
        let localization = folder.join("MicrosoftTeams.Localization.schema.json");
        let localization = match localization.exists() {
            true => format!("Some({})", included(&localization)),
            false => "None".to_string(),
        };
        table.push_str(&format!(
            "    Bundled {{ folder: {version:?}, manifest: {manifest}, localization: {localization} }},\n"
        ));
    }
    table.push_str("];\n");
    std::fs::write(out_dir.join("bundled_schemas.rs"), table)
        .expect("the build folder is writable");
}

/// `include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/…/MicrosoftTeams.schema.json"))`
/// for one schema (`file` is relative to the package folder).
fn included(file: &Path) -> String {
    println!("cargo:rerun-if-changed={}", file.display());
    let relative = file.to_string_lossy().replace('\\', "/");
    format!("include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{relative}\"))")
}

/// Embeds the icon and product name in the Windows executable; nothing elsewhere.
fn embed_windows_icon() {
    println!("cargo:rerun-if-changed=assets/icon/icon.ico");
    // The target, not the machine building it: cfg!(windows) here would describe the host.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("assets/icon/icon.ico")
        .set("ProductName", "Teams Update Check")
        .set("FileDescription", "Teams Update Check")
        .set("LegalCopyright", "MIT licence");
    if let Err(err) = resource.compile() {
        panic!("could not embed the icon in the Windows executable: {err}");
    }
}
