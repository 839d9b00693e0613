//! Build script:
//! - writes the table of the bundled Teams manifest schemas
//!   (`assets/schemas/teams/v*/…schema.json`) that `src/store/schemas.rs` includes, so the
//!   program carries every published schema as text (2.2 MB; the installers compress it),
//!   with where each schema's parts are (`src/store/schema_split.rs`), so a check never
//!   reads a schema whole to find them;
//! - on Windows targets only, embeds the app icon (assets/icon/icon.ico, made by
//!   scripts/make-icons.sh) and the product name in the `.exe`, so Explorer, the task bar
//!   and shortcuts show our icon.

use std::path::Path;

// Splits each bundled schema into its parts; the program reads the table this writes.
#[path = "src/store/schema_split.rs"]
mod schema_split;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    bundle_schemas();
    embed_windows_icon();
    order_startup_code();
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
        let manifest = bundled_schema(&folder.join("MicrosoftTeams.schema.json"));
        let localization = folder.join("MicrosoftTeams.Localization.schema.json");
        let localization = match localization.exists() {
            true => format!("Some({})", bundled_schema(&localization)),
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

/// `BundledSchema { text: include_str!(…), top: &[…], tables: [&[…], &[…]] }` for one
/// schema file (`file` is relative to the package folder): its text, included, and
/// where its parts are.
fn bundled_schema(file: &Path) -> String {
    println!("cargo:rerun-if-changed={}", file.display());
    let text = std::fs::read_to_string(file).expect("a bundled schema is UTF-8 text");
    let split = schema_split::split(&text)
        .unwrap_or_else(|| panic!("{} is not a schema object this can split", file.display()));
    let members = |members: &[schema_split::Member]| {
        let listed: Vec<String> = members
            .iter()
            .map(|m| {
                format!(
                    "Member {{ name: ({}, {}), value: ({}, {}) }}",
                    m.name.0, m.name.1, m.value.0, m.value.1
                )
            })
            .collect();
        format!("&[{}]", listed.join(", "))
    };
    let [properties, definitions] = &split.tables;
    let relative = file.to_string_lossy().replace('\\', "/");
    format!(
        "BundledSchema {{ text: include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{relative}\")), \
         top: {}, tables: [{}, {}] }}",
        members(&split.top),
        members(properties),
        members(definitions)
    )
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

/// Passes `assets/link/startup-order.txt` to the linker as its symbol ordering file.
///
/// The kernel maps a program's code 64 KB at a time around each page it first runs, so code
/// scattered over the 12 MB program costs page faults and resident memory at every start;
/// placed side by side, the start-up's functions fill a few hundred contiguous pages.
/// Only where the linker is LLD (rustc's own, the default for this target since Rust 1.90):
/// not for another target, a debug build, or a linker chosen in the configuration. A name
/// the file lists that the program no longer has is skipped without a warning, so a stale
/// file costs speed, never the build.
fn order_startup_code() {
    const ORDER: &str = "assets/link/startup-order.txt";
    println!("cargo:rerun-if-changed={ORDER}");
    println!("cargo:rerun-if-env-changed=RUSTC_LINKER");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let own_linker = !var("RUSTC_LINKER").is_empty()
        || var("CARGO_ENCODED_RUSTFLAGS")
            .split('\x1f')
            .any(|flag| flag.contains("linker") || flag.contains("fuse-ld"));
    if var("TARGET") != "x86_64-unknown-linux-gnu" || var("PROFILE") != "release" || own_linker {
        return;
    }
    let order = Path::new(&var("CARGO_MANIFEST_DIR")).join(ORDER);
    if order.exists() {
        println!(
            "cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
            order.display()
        );
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}
