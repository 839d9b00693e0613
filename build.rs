//! Build script: on Windows targets only, embeds the app icon (assets/icon/icon.ico, made
//! by scripts/make-icons.sh) and the product name in the `.exe`, so Explorer, the task bar
//! and shortcuts show our icon. It does nothing for other targets.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
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
