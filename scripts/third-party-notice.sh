#!/usr/bin/env bash
# Writes dist/generated/THIRD-PARTY-LICENSES.html: the licence of every crate the
# app ships, rendered with cargo-about from about.toml and about.hbs. Every package
# carries it (cargo-packager `resources`). Runs on Linux, macOS and Windows (Git Bash).
#
# Needs cargo-about (pinned and installed when missing by scripts/cargo-tools.sh).
# It reads the crates' sources from Cargo's cache (fetched here with `cargo fetch`)
# and asks no other server: a crate whose licence text it cannot find fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/cargo-tools.sh cargo-about

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
