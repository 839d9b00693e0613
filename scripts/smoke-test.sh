#!/usr/bin/env bash
# Smoke test of the real window: starts the release binary under Xvfb with two
# manifests, waits for the window, takes a screenshot and checks it is not blank,
# checks the app is still running, presses Ctrl+Shift+C ("Copy HTML") and reads
# the clipboard back with xclip while the app runs. Ends only what it started.
#
# Usage: scripts/smoke-test.sh            (installs Xvfb & co. with apt-get when missing)
#        SMOKE_PROFILE=dev scripts/smoke-test.sh   (the debug build `cargo test` has just made:
#        .ci/run uses it, since a window test needs no optimisation; default: release)
# Output: target/smoke/window.png
set -euo pipefail
cd "$(dirname "$0")/.."

need_install=0
for tool in Xvfb xdotool xclip import; do
  command -v "$tool" >/dev/null 2>&1 || need_install=1
done
if [ "$need_install" = 1 ]; then
  echo "smoke: installing Xvfb, xdotool, xclip, imagemagick and Mesa (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq xvfb xdotool xclip imagemagick libgl1-mesa-dri libglx-mesa0 libxkbcommon-x11-0 >/dev/null
fi

profile=${SMOKE_PROFILE:-release}
cargo build --profile "$profile" --locked --quiet
# Cargo names the dev profile's folder "debug".
profile_dir=$profile
[ "$profile" = dev ] && profile_dir=debug
bin="${CARGO_TARGET_DIR:-target}/$profile_dir/teams-update-check"
echo "smoke: the $profile build ($bin)"
out=target/smoke
mkdir -p "$out"
work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "smoke: FAIL: Xvfb did not start"; cat "$work/xvfb.log"; exit 1; }
export DISPLAY=":$(head -n1 "$work/display")"
# Keep the user's remembered settings out of it.
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"

"$bin" assets/examples/contoso-tasks-published.json assets/examples/contoso-tasks-new.json \
  >"$work/app.log" 2>&1 &
app_pid=$!

wid=""
for _ in $(seq 150); do
  wid=$(xdotool search --onlyvisible --name "^Teams Update Check$" 2>/dev/null | head -n1 || true)
  [ -n "$wid" ] && break
  sleep 0.2
done
[ -n "$wid" ] || { echo "smoke: FAIL: no window appeared"; cat "$work/app.log"; exit 1; }
sleep 2
import -window root "$out/window.png"
colors=$(convert "$out/window.png" -format "%k" info:)
echo "smoke: window $wid shown; screenshot has $colors colors ($out/window.png)"
[ "$colors" -gt 50 ] || { echo "smoke: FAIL: the screenshot looks blank"; exit 1; }
kill -0 "$app_pid" || { echo "smoke: FAIL: the app exited"; cat "$work/app.log"; exit 1; }

xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool mousemove --window "$wid" 400 300 click 1
xdotool key --clearmodifiers ctrl+shift+c
clip=""
for _ in $(seq 50); do
  clip=$(xclip -o -selection clipboard 2>/dev/null || true)
  [ -n "$clip" ] && break
  sleep 0.2
done
case "$clip" in
  *'href="https://teams.microsoft.com/l/app/4e5a8c1d-2b7f-4c3e-9a6d-0f1e2d3c4b5a"'*)
    echo "smoke: clipboard holds the button HTML (${#clip} characters)";;
  *) echo "smoke: FAIL: clipboard did not get the button HTML: '$clip'"; cat "$work/app.log"; exit 1;;
esac
kill -0 "$app_pid" || { echo "smoke: FAIL: the app exited after copying"; exit 1; }
echo "smoke: 1 passed, 0 failed"
