#!/usr/bin/env bash
# Builds the release binary and the blank-window floor, installs Xvfb when missing,
# and prints start-up, memory, idle CPU, binary size and CLI timings with ratios.
# Usage: scripts/measure.sh        (RUNS=20 scripts/measure.sh for more runs)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v Xvfb >/dev/null 2>&1 || ! command -v xdotool >/dev/null 2>&1 || [ ! -x /usr/bin/time ] \
   || ! fc-list :lang=ja 2>/dev/null | grep -q .; then
  echo "measure: installing Xvfb, Mesa, xdotool, GNU time and Noto CJK (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq xvfb libgl1-mesa-dri libglx-mesa0 libxkbcommon-x11-0 time xdotool fonts-noto-cjk >/dev/null
fi
cargo build --release --locked --quiet
cargo build --release --locked --quiet --example blank
python3 scripts/measure.py
