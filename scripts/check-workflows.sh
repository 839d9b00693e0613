#!/usr/bin/env bash
# Validates the GitHub Actions workflows (.github/workflows/*.yml), which cannot
# run here, against the published workflow schema with check-jsonschema (PyPI,
# pinned; its schemas ship inside the package, so it asks no server), and checks
# that every script they run is in the repository.
# The tool lives in its own virtual environment under ~/.cache (made once), or under
# target/tools where the home folder cannot be written to.
set -euo pipefail
cd "$(dirname "$0")/.."

version=0.39.0
cache="${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/teams-update-check"
# Where the home folder cannot be written to (some CI sandboxes), the build folder serves.
mkdir -p "$cache" 2>/dev/null && [ -w "$cache" ] || cache="$PWD/target/tools"
venv="$cache/check-jsonschema-$version"
if [ ! -x "$venv/bin/check-jsonschema" ]; then
  echo "workflows: installing check-jsonschema $version (pip, in $venv)"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "check-jsonschema==$version"
fi

workflows=(.github/workflows/*.yml)
"$venv/bin/check-jsonschema" --builtin-schema vendor.github-workflows "${workflows[@]}"

for script in $(grep -ho 'scripts/[A-Za-z0-9_.-]*\.sh' "${workflows[@]}" | sort -u); do
  [ -f "$script" ] || { echo "workflows: FAIL: a workflow runs $script, which does not exist"; exit 1; }
done
echo "workflows: ${#workflows[@]} passed, 0 failed"
