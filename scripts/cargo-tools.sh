#!/usr/bin/env bash
# The cargo tools that .ci/run and the packaging scripts use, each pinned to one version (this
# table is the one place for the pins) and installed with `cargo install --locked` only when
# that version is not already there.
#
# Usage: bash scripts/cargo-tools.sh [TOOL…]     (no TOOL: every tool of the table)
set -euo pipefail

declare -A pinned=(
  [cargo-fuzz]=0.13.2     # the fuzz targets (fuzz/)
  [cargo-packager]=0.11.8 # the .deb, .dmg and installers (scripts/package.sh, release workflow)
  [cargo-about]=0.9.3     # the third-party licence notice (scripts/third-party-notice.sh)
)
declare -A features=([cargo-about]=cli)

tools=("$@")
[ "${#tools[@]}" -gt 0 ] || tools=(cargo-fuzz cargo-packager cargo-about)
for tool in "${tools[@]}"; do
  version=${pinned[$tool]:-}
  [ -n "$version" ] || { echo "tools: FAIL: $tool is not in the table of scripts/cargo-tools.sh" >&2; exit 1; }
  # `cargo fuzz --version` prints "cargo-fuzz 0.13.2", and likewise for the others.
  if [ "$(cargo "${tool#cargo-}" --version 2>/dev/null | awk '{print $2}')" = "$version" ]; then
    echo "tools: $tool $version is installed"
    continue
  fi
  echo "tools: installing $tool $version (cargo install --locked)"
  extra=()
  [ -z "${features[$tool]:-}" ] || extra=(--features "${features[$tool]}")
  cargo install "$tool" --version "$version" --locked --quiet "${extra[@]}"
done
