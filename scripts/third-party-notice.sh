#!/usr/bin/env bash
# Writes dist/generated/THIRD-PARTY-LICENSES.html: the licence of every crate the
# app ships, rendered with cargo-about from about.toml and about.hbs. Every package
# carries it (cargo-packager `resources`). Runs on Linux, macOS and Windows (Git Bash).
#
# Needs cargo-about 0.9.3 (installed with `cargo install --locked` when missing).
# It reads the crates' sources from Cargo's cache (fetched here with `cargo fetch`)
# and asks no other server: a crate whose licence text it cannot find fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

about_version=0.9.3
if ! cargo about --version 2>/dev/null | grep -q " $about_version\$"; then
  echo "notice: installing cargo-about $about_version (cargo install --locked)"
  cargo install cargo-about --version "$about_version" --locked --features cli --quiet
fi

out=dist/generated/THIRD-PARTY-LICENSES.html
mkdir -p "$(dirname "$out")"
cargo fetch --locked --quiet
cargo about generate --locked --offline --fail --output-file "$out" about.hbs 2>dist/generated/cargo-about.log || {
  cat dist/generated/cargo-about.log >&2
  echo "notice: FAIL: cargo-about could not account for every crate's licence (above)" >&2
  exit 1
}
crates=$(grep -c '<a href=' "$out" || true)
echo "notice: $out lists $crates crate entries"
