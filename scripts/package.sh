#!/usr/bin/env bash
# Builds the Linux packages of Teams Update Check and checks them as a user's
# machine would see them.
#
#   dist/teams-update-check_<version>_amd64.deb           (cargo-packager)
#   dist/teams-update-check_<version>_linux_x86_64.tar.gz (this script)
#   dist/check/window.png                                  (the window started from the .deb)
#
# The AppImage is not built here: cargo-packager downloads its tools (linuxdeploy,
# AppRun) while it builds one, which this machine cannot do. The release workflow
# builds it on GitHub (.github/workflows/release.yml).
#
# Checks, each printed as it passes:
#   - the .deb holds the binary, desktop entry, icons, AppStream metadata and licences
#     where they belong (dpkg-deb --contents);
#   - unpacked with dpkg-deb -x, its binary opens the window under Xvfb, with our icon
#     (_NET_WM_ICON) and the WM_CLASS the desktop entry names;
#   - desktop-file-validate and appstreamcli validate pass on the shipped files;
#   - the declared Depends are what the binary needs: every library `ldd` lists and
#     every library the binary loads by name at run time (X11/Wayland, OpenGL,
#     keyboard maps) comes from a declared package, every declared package provides
#     one of them, and every library the running window has mapped is covered by
#     the declared packages or what they depend on.
#
# Build profile: PACKAGE_PROFILE (default release, what the release workflows ship); .ci/run
# uses `ci` (Cargo.toml: optimised, without whole-program LTO), which builds in a fraction of
# the time and is checked the same way.
#
# Tools: cargo-packager and cargo-about (pinned in scripts/cargo-tools.sh), and Debian's
# dpkg-dev, desktop-file-utils, appstream, xvfb, xdotool, x11-utils, imagemagick,
# Mesa (apt-get; as root, or with sudo). Each is installed only when missing.
# Environment: TUC_REPOSITORY_URL and TUC_GIT_REF give the public addresses of the
# AppStream screenshots (the release workflow sets them); without them the
# screenshots are left out of the metadata, and the script says so.
set -euo pipefail
cd "$(dirname "$0")/.."

passed=0
pass() { echo "package: ok: $*"; passed=$((passed + 1)); }
fail() { echo "package: FAIL: $*" >&2; exit 1; }
# Any other command that fails names itself, so a CI log says which step stopped.
trap 'echo "package: FAIL: line $LINENO: \`$BASH_COMMAND\` exited with $?" >&2' ERR

# --- tools ------------------------------------------------------------------
bash scripts/cargo-tools.sh cargo-packager
apt_missing=()
command -v dpkg-shlibdeps >/dev/null 2>&1 || apt_missing+=(dpkg-dev)
command -v desktop-file-validate >/dev/null 2>&1 || apt_missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || apt_missing+=(appstream)
command -v Xvfb >/dev/null 2>&1 || apt_missing+=(xvfb)
command -v xdotool >/dev/null 2>&1 || apt_missing+=(xdotool)
command -v xprop >/dev/null 2>&1 || apt_missing+=(x11-utils)
command -v import >/dev/null 2>&1 || apt_missing+=(imagemagick)
# The window's run-time libraries, so that the dependency check can find them.
for pkg in libgl1-mesa-dri libglx-mesa0 libegl1 libxkbcommon-x11-0 libx11-xcb1 libxcursor1 libxi6 libxrender1 \
  libwayland-client0 libwayland-egl1 libdbus-1-3; do
  dpkg-query -W -f '${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || apt_missing+=("$pkg")
done
if [ ${#apt_missing[@]} -gt 0 ]; then
  echo "package: installing ${apt_missing[*]} (apt-get)"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${apt_missing[@]}" >/dev/null
fi

version=$(cargo metadata --no-deps --format-version 1 --locked |
  python3 -c 'import json,sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "teams-update-check"))')
app_id=app.teamsupdatecheck.TeamsUpdateCheck
target_dir=$(cargo metadata --no-deps --format-version 1 --locked | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
echo "package: Teams Update Check $version"

# --- files generated for the packages -----------------------------------------
mkdir -p dist/generated
bash scripts/third-party-notice.sh

metainfo_src=assets/linux/$app_id.metainfo.xml
metainfo=dist/generated/$app_id.metainfo.xml
grep -q "<release version=\"$version\"" "$metainfo_src" ||
  fail "$metainfo_src has no <release version=\"$version\">: add this version's release notes there"
repo_url=${TUC_REPOSITORY_URL:-}
if [ -z "$repo_url" ]; then
  origin=$(git remote get-url origin 2>/dev/null || true)
  case "$origin" in https://github.com/*) repo_url=${origin%.git} ;; esac
fi
if [ -n "$repo_url" ]; then
  sed -e "s#@REPOSITORY_URL@#$repo_url#g" -e "s#@GIT_REF@#${TUC_GIT_REF:-v$version}#g" "$metainfo_src" >"$metainfo"
else
  echo "package: note: no public repository known (set TUC_REPOSITORY_URL): the AppStream metadata leaves its screenshots out"
  sed -e '/<screenshots>/,/<\/screenshots>/d' "$metainfo_src" >"$metainfo"
fi

# --- build and package -----------------------------------------------------------
profile=${PACKAGE_PROFILE:-release}
# Cargo names the dev profile's folder "debug".
profile_dir=$profile
[ "$profile" = dev ] && profile_dir=debug
echo "package: the $profile build"
cargo build --profile "$profile" --locked --quiet
rm -f dist/*.deb dist/*.tar.gz
# cargo-packager's -q hides its errors too (it then exits 1 without a word), so its
# output goes to a log that is printed when it fails. Its tool cache (used only for
# the AppImage's and installers' downloads) goes to a fresh folder, not ~/.cache.
packager_log=dist/generated/cargo-packager.log
packager_cache=$(mktemp -d)
if ! XDG_CACHE_HOME="$packager_cache" CARGO_TERM_COLOR=never cargo packager --profile "$profile" --formats deb --verbose >"$packager_log" 2>&1; then
  cat "$packager_log" >&2
  rm -rf "$packager_cache"
  fail "cargo-packager could not build the .deb: its output is above (and in $packager_log)"
fi
rm -rf "$packager_cache"
deb="dist/teams-update-check_${version}_amd64.deb"
[ -f "$deb" ] || fail "cargo-packager did not write $deb"
echo "package: AppImage skipped: cargo-packager downloads linuxdeploy and AppRun to build one, and this machine reaches no server but the package registries (the release workflow builds it on GitHub)"

# The .tar.gz: the program with its desktop entry, icon, metadata and licences.
tar_name="teams-update-check_${version}_linux_x86_64"
stage=$(mktemp -d)
work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$stage" "$work"
}
trap cleanup EXIT
root="$stage/$tar_name"
mkdir -p "$root/share/applications" "$root/share/icons/hicolor/256x256/apps" "$root/share/metainfo"
install -m 755 "$target_dir/$profile_dir/teams-update-check" "$root/teams-update-check"
install -m 644 LICENSE "$root/LICENSE.txt"
install -m 644 dist/generated/THIRD-PARTY-LICENSES.html "$root/THIRD-PARTY-LICENSES.html"
install -m 644 assets/icon/256x256.png "$root/share/icons/hicolor/256x256/apps/teams-update-check.png"
install -m 644 "$metainfo" "$root/share/metainfo/"
sed -e 's/{{name}}/Teams Update Check/' -e 's/{{exec}}/teams-update-check/' -e 's/{{icon}}/teams-update-check/' \
  assets/linux/teams-update-check.desktop.hbs >"$root/share/applications/teams-update-check.desktop"
tar -C "$stage" --owner=0 --group=0 --sort=name -czf "dist/$tar_name.tar.gz" "$tar_name"
tar -tzf "dist/$tar_name.tar.gz" | grep -qx "$tar_name/teams-update-check" || fail "the .tar.gz has no program"
pass "dist/$tar_name.tar.gz ($(du -k "dist/$tar_name.tar.gz" | cut -f1) KiB)"

# --- the .deb's files ---------------------------------------------------------------
echo "package: $deb: $(du -k "$deb" | cut -f1) KiB, installed size $(dpkg-deb --field "$deb" Installed-Size) KiB"
dpkg-deb --field "$deb" Package Version Architecture Depends
dpkg-deb --contents "$deb" | awk '{print "  " $1, $3, $6}'
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}' | sed -e 's#^\./##' -e 's#/$##')
expected=(
  usr/bin/teams-update-check
  usr/share/applications/teams-update-check.desktop
  usr/share/metainfo/$app_id.metainfo.xml
  usr/share/doc/teams-update-check/copyright
  usr/lib/teams-update-check/LICENSE.txt
  usr/lib/teams-update-check/THIRD-PARTY-LICENSES.html
)
for size in 16 24 32 48 64 128 256 512; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/teams-update-check.png")
done
for path in "${expected[@]}"; do
  grep -qxF "$path" <<<"$contents" || fail "the .deb has no $path"
done
pass "the .deb holds the program, desktop entry, icons, metadata and licences: ${#expected[@]} files where they belong"

unpacked="$work/root"
dpkg-deb -x "$deb" "$unpacked"
bin="$unpacked/usr/bin/teams-update-check"
cmp -s "$bin" "$target_dir/$profile_dir/teams-update-check" || fail "the .deb's program is not the one just built"

# --- desktop entry and AppStream metadata ---------------------------------------------
desktop="$unpacked/usr/share/applications/teams-update-check.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate: $desktop"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$unpacked/usr/share/icons/hicolor/256x256/apps/$icon.png" ] || fail "the desktop entry's icon '$icon' is not in the .deb"
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ -x "$unpacked/usr/bin/$exec_name" ] || fail "the desktop entry starts '$exec_name', which the .deb does not install"
pass "desktop-file-validate: the desktop entry is valid; its Exec and Icon are in the .deb"
shipped_metainfo="$unpacked/usr/share/metainfo/$app_id.metainfo.xml"
appstreamcli validate --no-net "$shipped_metainfo" || fail "appstreamcli validate: $shipped_metainfo"
grep -q "<launchable type=\"desktop-id\">teams-update-check.desktop</launchable>" "$shipped_metainfo" ||
  fail "the AppStream metadata does not launch teams-update-check.desktop"
pass "appstreamcli validate: the AppStream metadata is valid and names the desktop entry"

# --- declared dependencies against what the binary needs ------------------------------
declared=$(dpkg-deb --field "$deb" Depends | tr ',' '\n' | sed -e 's/(.*)//' -e 's/[[:space:]]//g' | grep -v '^$' | sort -u)
owner() { # the Debian package that installs a library file; dpkg knows each file by the
  # path its package ships, under /lib or /usr/lib (merged /usr), as a link or its target
  local real candidate
  real=$(readlink -f "$1")
  for candidate in "$1" "$real" "${1#/usr}" "${real#/usr}" "/usr$1" "/usr$real"; do
    dpkg -S "$candidate" 2>/dev/null | grep -v '^diversion' | head -n1 | cut -d: -f1 | grep . && return 0
  done
  return 0
}
# 1. What the dynamic linker loads (ldd).
linked_libs=$(ldd "$bin" | awk '/=>/ {print $3} /^\t\/lib/ {print $1}' | grep '^/' | sort -u)
linked_pkgs=$(for lib in $linked_libs; do
  p=$(owner "$lib")
  [ -n "$p" ] || fail "no Debian package owns $lib (ldd)"
  echo "$p"
done | sort -u)
# 2. What it loads by name at run time (dlopen): the sonames written in the binary.
# Texts in the binary may stand back to back with no separator (a build without LTO keeps
# x11-dl's symbol names in one run: "…XVaCreateNestedListlibXi.so.6"), so each match is cut
# at the first "lib" from which the rest is a library this machine knows (else at its last).
dlopen_sonames=$(grep -aoE 'lib[A-Za-z0-9_+-]+\.so\.[0-9]+' "$bin" | python3 -c '
import subprocess, sys
lines = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout.splitlines()
known = {line.split()[0] for line in lines[1:] if line.strip()}
found = set()
for match in sys.stdin.read().split():
    starts = [i for i in range(len(match)) if match.startswith("lib", i)]
    found.add(next((match[i:] for i in starts if match[i:] in known), match[starts[-1]:]))
print("\n".join(sorted(found)))
')
dlopen_pkgs=$(for soname in $dlopen_sonames; do
  path=$(ldconfig -p | awk -v s="$soname" '$1 == s {print $NF; exit}')
  [ -n "$path" ] || fail "the binary loads $soname at run time, but no library here provides it"
  p=$(owner "$path")
  [ -n "$p" ] || fail "no Debian package owns $path ($soname)"
  echo "$p"
done | sort -u)
echo "package: ldd: $(echo $linked_libs | xargs -n1 basename | tr '\n' ' ')-> $(echo $linked_pkgs)"
echo "package: loaded by name: $(echo $dlopen_sonames) -> $(echo $dlopen_pkgs)"
needed=$(printf '%s\n%s\n' "$linked_pkgs" "$dlopen_pkgs" | grep -v '^$' | sort -u)
missing=$(comm -23 <(echo "$needed") <(echo "$declared"))
unused=$(comm -13 <(echo "$needed") <(echo "$declared"))
[ -z "$missing" ] || fail "the binary needs $(echo $missing), which the .deb does not declare (assets/linux/deb-depends.txt)"
[ -z "$unused" ] || fail "the .deb declares $(echo $unused), which the binary neither links nor loads"
pass "Depends ($(echo $declared | tr ' ' ',')) is exactly what ldd and the binary's run-time loads need"
# The lowest versions of the linked libraries that have every symbol the binary uses
# (dpkg-shlibdeps); the declared ones must be at least those.
shlibs_dir="$work/shlibs"
mkdir -p "$shlibs_dir/debian"
printf 'Source: teams-update-check\n\nPackage: teams-update-check\nArchitecture: any\n' >"$shlibs_dir/debian/control"
shlibs=$(cd "$shlibs_dir" && dpkg-shlibdeps -O "$bin" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$shlibs" ] || fail "dpkg-shlibdeps found no linked libraries"
depends_field=$(dpkg-deb --field "$deb" Depends)
while read -r pkg minimum; do
  declared_min=$(tr ',' '\n' <<<"$depends_field" | sed -n "s/^ *$pkg (>= \(.*\))\$/\1/p")
  [ -n "$declared_min" ] || fail "Depends has no minimum version for $pkg; the binary needs $pkg (>= $minimum)"
  dpkg --compare-versions "$declared_min" ge "$minimum" ||
    fail "Depends asks $pkg (>= $declared_min), but the binary needs $pkg (>= $minimum)"
done < <(tr ',' '\n' <<<"$shlibs" | sed -n 's/^ *\([^ ]*\) (>= \(.*\))$/\1 \2/p')
pass "Depends' minimum versions cover what dpkg-shlibdeps finds: $shlibs"

# --- the unpacked binary opens its window, with our icon --------------------------------
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { cat "$work/xvfb.log"; fail "Xvfb did not start"; }
export DISPLAY=":$(head -n1 "$work/display")"
XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" \
  "$bin" assets/examples/contoso-tasks-published.json assets/examples/contoso-tasks-new.json >"$work/app.log" 2>&1 &
app_pid=$!
wid=$(timeout 30 xdotool search --sync --onlyvisible --name '^Teams Update Check$' 2>/dev/null | head -n1) || true
[ -n "$wid" ] || { cat "$work/app.log"; fail "the .deb's program opened no window"; }
sleep 2
kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; fail "the .deb's program exited"; }
mkdir -p dist/check
import -window root dist/check/window.png
pass "the .deb's program (unpacked with dpkg-deb -x) opened its window under Xvfb (dist/check/window.png)"

# The icon the window gives the desktop: _NET_WM_ICON holds width, height, then pixels.
icon_size=$(xprop -id "$wid" -notype 32c _NET_WM_ICON | sed -n 's/^_NET_WM_ICON = \([0-9]*\), \([0-9]*\),.*/\1x\2/p')
[ "$icon_size" = 256x256 ] || fail "the window has no 256x256 icon (_NET_WM_ICON: '${icon_size:-none}')"
wm_class=$(xprop -id "$wid" WM_CLASS)
grep -q '"teams-update-check"' <<<"$wm_class" || fail "WM_CLASS ($wm_class) does not match the desktop entry's StartupWMClass"
pass "the window carries our 256x256 icon and WM_CLASS teams-update-check"

# 3. Every library the running window has mapped comes from a declared package or a package
#    those depend on (their dependency closure, from the package lists).
mapped=$(awk '$6 ~ /\.so/ {print $6}' "/proc/$app_pid/maps" | sort -u)
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
  --no-replaces --no-enhances $declared 2>/dev/null | grep -v '^ ' | tr -d '<>' | cut -d: -f1 | sort -u)
uncovered=""
for lib in $mapped; do
  p=$(owner "$lib")
  [ -n "$p" ] || fail "no Debian package owns $lib, mapped by the running window"
  grep -qxF "$p" <<<"$closure" || uncovered="$uncovered $p($(basename "$lib"))"
done
[ -z "$uncovered" ] || fail "the running window uses libraries that the declared Depends do not bring in:$uncovered"
pass "all $(echo "$mapped" | wc -l) libraries the running window mapped come with the declared Depends"

kill "$app_pid" 2>/dev/null || true
app_pid=""
echo "package: built $(ls dist/*.deb dist/*.tar.gz | tr '\n' ' ')"
echo "package: $passed passed, 0 failed"
