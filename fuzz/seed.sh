#!/usr/bin/env bash
# Seeds fuzz/corpus/check_bytes from ../shared/corpus (beside the project):
# pairs, single manifests, malformed files and app packages, each encoded as
# 3-byte OLD length + OLD + NEW. The seeds are not committed (see .gitignore).
set -euo pipefail
cd "$(dirname "$0")"
shared=../../shared/corpus
out=corpus/check_bytes
mkdir -p "$out"
[ -d "$shared" ] || { echo "seed: $shared is absent; nothing seeded"; exit 0; }
python3 - "$shared" "$out" <<'PY'
import os, sys, glob
shared, out = sys.argv[1], sys.argv[2]
def write(name, old, new):
    n = len(old)
    if n >= 1 << 24:
        return
    with open(os.path.join(out, name), "wb") as f:
        f.write(bytes([n & 255, (n >> 8) & 255, n >> 16]) + old + new)
count = 0
for d in sorted(glob.glob(os.path.join(shared, "pairs", "*")))[::4]:
    write("pair-" + os.path.basename(d), open(d + "/old.json", "rb").read(), open(d + "/new.json", "rb").read()); count += 1
for kind in ("single", "bad", "zips"):
    for p in sorted(glob.glob(os.path.join(shared, kind, "*"))):
        if p.endswith(".meta.json") or p.endswith("index.json"):
            continue
        data = open(p, "rb").read()
        write(kind + "-" + os.path.basename(p), data, data); count += 1
print(f"seed: wrote {count} seeds to {out}")
PY
# fix_bytes takes the new version's bytes alone: the corpus packages as they are.
mkdir -p corpus/fix_bytes
cp "$shared"/zips/*.zip corpus/fix_bytes/
echo "seed: copied the packages to corpus/fix_bytes"
