# Sourced by scripts/cross-check.sh and scripts/windows-smoke.sh: makes ready the toolchain
# that builds and checks this project for Windows (x86_64-pc-windows-gnu) and macOS on this
# Linux machine, and exports what cargo needs to use it. Debian 12 (bookworm), x86-64, root.
#
# The compiler is Debian's Rust 1.96 (rustc-web, cargo-web, rust-web-src), unpacked under
# $XB/rustweb — never installed over rustup, whose toolchain cannot fetch other targets'
# standard library here (only Debian's apt and crates.io are reachable), so the standard
# library is built from rust-web-src with -Zbuild-std. Windows programs link with mingw-w64.
# Recipe and findings: ../shared/xbuild/ (README.md, recipe.sh).
#
# Knobs: XB (tool folder, default target/xbuild), CROSS_TARGET_DIR (build output shared by
# every cross build and check, default target/cross), CROSS_APT (extra Debian packages).
# After sourcing: $CROSS_TARGET_DIR, the array BUILD_STD, and cargo/rustc on PATH.

cross_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
XB=${XB:-$cross_root/target/xbuild}
CROSS_TARGET_DIR=${CROSS_TARGET_DIR:-$cross_root/target/cross}
mkdir -p "$XB"

# Debian packages: mingw-w64 (linker, windres for the icon), and the shared libraries the
# unpacked rustc and cargo load (apt does not pull them in for an unpacked copy).
cross_packages=(gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 libllvm22 libgit2-1.5 ${CROSS_APT:-})
cross_missing=()
for package in "${cross_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    cross_missing+=("$package")
done
if [ "${#cross_missing[@]}" -gt 0 ]; then
  echo "cross: installing ${cross_missing[*]} (apt)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${cross_missing[@]}" >/dev/null
fi

RW=$XB/rustweb/usr
if [ ! -x "$RW/bin/rustc" ] || [ ! -f "$RW/lib/rustlib/src/rust/library/Cargo.lock" ]; then
  echo "cross: unpacking Debian's Rust (rustc-web, cargo-web, rust-web-src) into $XB/rustweb"
  rm -rf "$XB/debs" "$XB/rustweb"
  mkdir -p "$XB/debs" "$XB/rustweb"
  [ -n "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -print -quit 2>/dev/null)" ] || apt-get update -qq
  # The standard library's runtime package carries the version in its name: ask apt.
  cross_rt=$(apt-cache depends libstd-rust-web-dev | awk '/Depends: libstd-rust-web-[0-9]/ {print $2; exit}')
  [ -n "$cross_rt" ] || { echo "cross: FAIL: apt knows no libstd-rust-web runtime package (is bookworm-security in the sources?)" >&2; return 1; }
  (cd "$XB/debs" && apt-get download -qq rustc-web cargo-web rust-web-src libstd-rust-web-dev "$cross_rt" 2>/dev/null)
  for deb in "$XB"/debs/*.deb; do dpkg-deb -x "$deb" "$XB/rustweb"; done
  # -Zbuild-std needs only library/ of the source (saves about 370 MB).
  rm -rf "$XB"/rustweb/usr/src/rustc-*/{src,compiler,tests} "$XB/debs"
fi

export LD_LIBRARY_PATH=$RW/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
export PATH=$RW/bin:$PATH RUSTC=$RW/bin/rustc RUSTDOC=$RW/bin/rustdoc CARGO=$RW/bin/cargo
# rustup's proxies must not pick another toolchain for this folder.
unset RUSTUP_TOOLCHAIN
# -Zbuild-std is a nightly option; Debian's stable compiler allows it with this.
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_AR=x86_64-w64-mingw32-ar
export CC_x86_64_pc_windows_gnu=x86_64-w64-mingw32-gcc AR_x86_64_pc_windows_gnu=x86_64-w64-mingw32-ar
# macOS: no Apple SDK here, so C code for it cannot be compiled. The one C file a check
# compiles (the `alloca` crate, through the benchmarks' criterion) gets a stand-in compiler
# that writes empty objects: a check links nothing, so nothing reads them.
mkdir -p "$XB/bin"
# cc-rs cannot tell which kind of compiler this is, so it may name the object the MSVC way
# (-Fo<file>) as well as the GNU way (-o <file>).
cat > "$XB/bin/cc-apple-standin" <<'SH'
#!/bin/sh
# Stand-in C compiler for macOS targets in a type-check only: writes an empty object.
out="" prev=""
for arg in "$@"; do
  [ "$prev" = -o ] && out=$arg
  case "$arg" in -Fo?*) out=${arg#-Fo} ;; -o?*) out=${arg#-o} ;; esac
  prev=$arg
done
[ -z "$out" ] || : >"$out"
exit 0
SH
chmod +x "$XB/bin/cc-apple-standin"
export CC_aarch64_apple_darwin=$XB/bin/cc-apple-standin CC_x86_64_apple_darwin=$XB/bin/cc-apple-standin
export AR_aarch64_apple_darwin=ar AR_x86_64_apple_darwin=ar
# No debug information in cross builds: it would make a 440 MB .exe and 3 GB of build output.
export CARGO_PROFILE_DEV_DEBUG=0
BUILD_STD=(-Zbuild-std=std,panic_abort)
test "$(rustc --print sysroot)" = "$RW" || { echo "cross: FAIL: rustc is not the unpacked Debian one" >&2; return 1; }
echo "cross: $(rustc -V), $(cargo -V)"
