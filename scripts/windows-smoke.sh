#!/usr/bin/env bash
# Smoke test of the Windows programs under Wine, on this Linux machine. Run it by hand, and
# before a release tag (docs/packaging.md). It builds the Windows window program
# (teams-update-check.exe) and console program (shipped as teams-update-check.com) with
# scripts/cross-env.sh's toolchain, lays them out as the installer does, and then checks:
#   - the .exe is a window program and the .com a console program (their PE headers);
#   - `--version`, and `check` on the example pair and on two packages: the output and the
#     exit code of both Windows programs are byte for byte the Linux build's;
#   - cmd.exe runs `teams-update-check check …` as the console program and %ERRORLEVEL% is
#     the verdict's exit code;
#   - `check … | head -1` (a reader that goes away) ends quietly with the verdict's code;
#   - the window opens with two files (app names in Japanese, which Wine has no font for, so
#     the window says so) and its screenshot is not blank: target/windows-smoke/window.png.
# The packages are ../shared/corpus/zips/02 and 03 beside the project (or set CORPUS).
#
# Wine 8.0 lacks bcryptprimitives.dll, which every Rust program for Windows imports
# (ProcessPrng): this script builds a small stand-in for Wine's use only. Not a project bug.
#
# Takes about 25 minutes the first time (the Windows build), a few minutes after.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/target/windows-smoke
mkdir -p "$out"
passed=0
pass() { echo "windows-smoke: ok: $*"; passed=$((passed + 1)); }
fail() { echo "windows-smoke: FAIL: $*" >&2; exit 1; }

corpus=${CORPUS:-$(dirname "$root")/shared/corpus}
zip_old=$corpus/zips/02_TeamsSPFxApp.zip
zip_new=$corpus/zips/03_TeamsSPFxApp.zip
[ -f "$zip_old" ] && [ -f "$zip_new" ] ||
  fail "the two packages $zip_old and $zip_new are missing: put the shared corpus beside the project, or set CORPUS"

# --- the Linux program, the reference (the project's own toolchain) ----------------------
echo "== windows-smoke: Linux build (the reference)"
nice -n 10 cargo build --locked --bins --quiet
linux=$root/${CARGO_TARGET_DIR:-target}/debug/teams-update-check

# --- the Windows programs -----------------------------------------------------------------
CROSS_APT="wine64 xvfb xdotool imagemagick libgl1-mesa-dri libglx-mesa0"
source scripts/cross-env.sh
echo "== windows-smoke: Windows build (x86_64-pc-windows-gnu, window and console programs)"
start=$(date +%s)
nice -n 10 cargo build --locked "${BUILD_STD[@]}" --target x86_64-pc-windows-gnu \
  --target-dir "$CROSS_TARGET_DIR" --features console --bins --quiet
echo "windows-smoke: built in $(( $(date +%s) - start ))s"
built=$CROSS_TARGET_DIR/x86_64-pc-windows-gnu/debug
# As the installer lays them out: the window program and, beside it, the console program.
app=$out/app
rm -rf "$app"
mkdir -p "$app"
cp "$built/teams-update-check.exe" "$app/teams-update-check.exe"
cp "$built/teams-update-check-console.exe" "$app/teams-update-check.com"

subsystem() { x86_64-w64-mingw32-objdump -p "$1" | awk '/^Subsystem/ {print $2, $3, $4}'; }
[ "$(subsystem "$app/teams-update-check.exe")" = "00000002 (Windows GUI)" ] ||
  fail "teams-update-check.exe is not a window program: $(subsystem "$app/teams-update-check.exe")"
pass "teams-update-check.exe is a window program (PE subsystem 2, Windows GUI): double-clicking it opens no console"
[ "$(subsystem "$app/teams-update-check.com")" = "00000003 (Windows CUI)" ] ||
  fail "teams-update-check.com is not a console program: $(subsystem "$app/teams-update-check.com")"
pass "teams-update-check.com is a console program (PE subsystem 3, Windows CUI): cmd.exe and PowerShell wait for it"

# --- Wine ---------------------------------------------------------------------------------
export WINEPREFIX=$XB/wineprefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n"
wine=/usr/lib/wine/wine64
[ -x "$wine" ] || wine=$(command -v wine64 || command -v wine) || fail "Wine is not installed"
shim=$XB/shim/bcryptprimitives.dll
if [ ! -f "$shim" ]; then
  mkdir -p "$XB/shim"
  cat >"$XB/shim/bcryptprimitives.c" <<'C'
/* Wine 8.0 has no bcryptprimitives.dll; Rust's std imports ProcessPrng from it. For Wine only. */
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk; len -= chunk;
    }
    return TRUE;
}
C
  x86_64-w64-mingw32-gcc -O2 -shared -Wl,--kill-at -o "$shim" "$XB/shim/bcryptprimitives.c" -ladvapi32
fi
xvfb_pid=""
app_pid=""
work=$(mktemp -d)
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  "${wine%/*}/wineserver" -k 2>/dev/null || wineserver -k 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
Xvfb -displayfd 3 -screen 0 1280x900x24 +extension GLX -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
export DISPLAY=":$(head -n1 "$work/display")"
if [ ! -d "$WINEPREFIX/drive_c/windows/system32" ]; then
  echo "== windows-smoke: a new Wine prefix in $WINEPREFIX"
  "$wine" wineboot --init >/dev/null 2>&1
fi
cp "$shim" "$WINEPREFIX/drive_c/windows/system32/"

# Runs a program (Linux, or Windows under Wine) and keeps its output, errors and exit code.
run() { # NAME PROGRAM ARGS…
  local name=$1
  shift
  set +e
  "$@" >"$out/$name.out" 2>"$out/$name.err"
  echo $? >"$out/$name.code"
  set -e
}
# The Windows run must print what the Linux one prints, byte for byte, and end the same way.
same() { # WHAT LINUX_NAME WINDOWS_NAME
  cmp -s "$out/$2.out" "$out/$3.out" ||
    fail "$1: the output differs from Linux's: diff $out/$2.out $out/$3.out"
  [ "$(cat "$out/$2.code")" = "$(cat "$out/$3.code")" ] ||
    fail "$1: exit code $(cat "$out/$3.code"), Linux's is $(cat "$out/$2.code") ($(head -c 300 "$out/$3.err"))"
  pass "$1: output ($(wc -c <"$out/$3.out") bytes) and exit code $(cat "$out/$3.code") are the Linux build's"
}

echo "== windows-smoke: the command line under Wine"
examples=(assets/examples/contoso-tasks-published.json assets/examples/contoso-tasks-new.json)
run version-linux "$linux" --version
for program in com exe; do
  exe=$app/teams-update-check.$program
  run "version-$program" "$wine" "$exe" --version
  same "teams-update-check.$program --version" version-linux "version-$program"
done
run example-linux "$linux" check "${examples[@]}"
run zips-linux "$linux" check "$zip_old" "$zip_new"
for program in com exe; do
  exe=$app/teams-update-check.$program
  run "example-$program" "$wine" "$exe" check "${examples[@]}"
  same "teams-update-check.$program check (the example pair)" example-linux "example-$program"
  run "zips-$program" "$wine" "$exe" check "$zip_old" "$zip_new"
  same "teams-update-check.$program check (two packages)" zips-linux "zips-$program"
done

# cmd.exe finds the console program for `teams-update-check` (PATHEXT lists .COM before .EXE)
# and %ERRORLEVEL% is its exit code (the packages' verdict is "blocked", 1, not the 0 a
# program cmd.exe did not wait for would leave).
cp "$zip_old" "$app/published.zip"
cp "$zip_new" "$app/new.zip"
(
  cd "$app"
  set +e
  "$wine" cmd /c 'teams-update-check check published.zip new.zip & echo ERRORLEVEL=%ERRORLEVEL%' \
    >"$out/cmd.out" 2>"$out/cmd.err"
) || true # cmd.exe ends with the verdict's code; the output below says whether it is right
expected=$(cat "$out/zips-linux.code")
[ "$expected" != 0 ] || fail "the two packages were expected to be blocked (exit code 1)"
grep -q "ERRORLEVEL=$expected" "$out/cmd.out" ||
  fail "cmd.exe: %ERRORLEVEL% is not the verdict's $expected: $(tail -2 "$out/cmd.out")"
# The report names the files as given: compare it with Linux's for the same names.
(cd "$app" && "$linux" check published.zip new.zip >"$out/cmd-linux.out" 2>/dev/null) || true
head -n -1 "$out/cmd.out" | tr -d '\r' >"$out/cmd-report.out"
cmp -s "$out/cmd-linux.out" "$out/cmd-report.out" ||
  fail "cmd.exe: the report differs from Linux's: diff $out/cmd-linux.out $out/cmd-report.out"
pass "cmd.exe: \`teams-update-check check …\` prints the report and sets %ERRORLEVEL% to $expected"

# A reader that goes away: the output ends there, quietly, and the exit code is the verdict's.
# `| true` is gone before the first write, every time (under Wine the write then fails with
# error 233, "pipe not connected"); `| head -1` may or may not read everything first.
for reader in "head -1" "true"; do
  set +e
  "$wine" "$app/teams-update-check.com" check "$zip_old" "$zip_new" 2>"$out/pipe.err" | $reader >/dev/null
  code=${PIPESTATUS[0]}
  set -e
  expected=$(cat "$out/zips-linux.code")
  [ "$code" = "$expected" ] && [ ! -s "$out/pipe.err" ] ||
    fail "check … | $reader: exit code $code (expected $expected), errors: $(head -c 300 "$out/pipe.err")"
  pass "check … | $reader: ends quietly with exit code $code"
done

# --- the window ---------------------------------------------------------------------------
echo "== windows-smoke: the window under Wine"
# The example pair with its app names in Japanese: Wine has no font for them, so the window
# shows them as boxes and says why.
for side in published new; do
  sed -e 's/"short": "/"short": "タスク管理 /' -e 's/"full": "/"full": "タスク管理 /' \
    "assets/examples/contoso-tasks-$side.json" >"$work/contoso-tasks-$side.json"
done
grep -q 'タスク管理' "$work/contoso-tasks-new.json" || fail "could not give the example a Japanese name"
"$wine" "$app/teams-update-check.exe" "$work/contoso-tasks-published.json" "$work/contoso-tasks-new.json" \
  >"$out/window.log" 2>&1 &
app_pid=$!
wid=""
for _ in $(seq 120); do
  wid=$(xdotool search --name '^Teams Update Check$' 2>/dev/null | head -1) && [ -n "$wid" ] && break
  kill -0 "$app_pid" 2>/dev/null || fail "the window program ended: $(tail -5 "$out/window.log")"
  sleep 1
done
[ -n "$wid" ] || fail "no window appeared within two minutes: $(tail -5 "$out/window.log")"
sleep 10
import -window root "$out/window.png"
colors=$(convert "$out/window.png" -format '%k' info:)
[ "$colors" -gt 50 ] || fail "the screenshot $out/window.png is blank ($colors colours)"
kill -0 "$app_pid" 2>/dev/null || fail "the window closed by itself: $(tail -5 "$out/window.log")"
pass "the window opens with two files; screenshot $out/window.png ($colors colours)"

echo "windows-smoke: $passed passed, 0 failed"
