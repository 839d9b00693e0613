#!/usr/bin/env bash
# Type-checks the library and both programs for Windows (x86_64-pc-windows-gnu) and macOS
# (aarch64-apple-darwin) on this Linux machine, so a change that breaks the Windows- or
# macOS-only code fails here, not first on a publisher's computer. The tests and benchmarks
# have no platform branches and are left out (CROSS_ALL_TARGETS=1 checks them too): the
# GitHub workflow builds and runs them on real Windows and macOS runners.
# Run by .ci/run on every change; by hand: bash scripts/cross-check.sh [TARGET…]
#
# Debian's Rust 1.96 builds the standard library for each target from source (-Zbuild-std);
# scripts/cross-env.sh installs it beside the build (target/xbuild), never over rustup. Both
# checks share one build folder (target/cross), so what runs on this machine during a build
# (build scripts, macros) is compiled once. A warning fails the check, as clippy's
# `-D warnings` does on Linux. The Windows check includes the console program (`console`).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/cross-env.sh
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(x86_64-pc-windows-gnu aarch64-apple-darwin)
log_dir=$CROSS_TARGET_DIR/logs
mkdir -p "$log_dir"
# The library and the programs; with CROSS_ALL_TARGETS=1 the tests and benchmarks too.
what=(--lib --bins)
[ "${CROSS_ALL_TARGETS:-0}" = 1 ] && what=(--all-targets)
failed=0
for target in "${targets[@]}"; do
  start=$(date +%s)
  log=$log_dir/check-$target.log
  echo "== cross: cargo check ${what[*]} --features console --target $target"
  if ! nice -n 10 cargo check --locked "${BUILD_STD[@]}" --target "$target" --target-dir "$CROSS_TARGET_DIR" \
      "${what[@]}" --features console --message-format short >"$log" 2>&1; then
    grep -E '^(error|warning)|: (error|warning)' "$log" >&2 || tail -30 "$log" >&2
    echo "cross: FAIL: $target does not compile (the errors are above; full output in $log)" >&2
    failed=$((failed + 1))
    continue
  fi
  # Warnings in this project's own code (other crates' are silenced by cargo).
  if grep -E '^(src|tests|benches|build\.rs|examples)/.*: warning|^warning: .*(teams-update-check|teams_update_check)' "$log" >&2; then
    echo "cross: FAIL: $target compiles with the warnings above (full output in $log)" >&2
    failed=$((failed + 1))
    continue
  fi
  echo "cross: $target: checked clean in $(( $(date +%s) - start ))s"
done
[ "$failed" -eq 0 ] || exit 1
echo "cross: ${#targets[@]} passed, 0 failed"
