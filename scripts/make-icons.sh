#!/usr/bin/env bash
# Makes every icon file of the app from its one drawing, assets/icon/icon.svg:
#   assets/icon/NxN.png   16 … 1024 px (the window, Linux desktops, packages)
#   assets/icon/icon.ico  Windows (.exe resource, installer, shortcuts)
#   assets/icon/icon.icns macOS (.app bundle, .dmg)
# The outputs are committed, so building and packaging never need these tools;
# run this again only after changing icon.svg, then commit what it wrote.
#
# Tools (Debian packages): librsvg2-bin (rsvg-convert), icoutils (icotool),
# icnsutils (png2icns). Installs them with apt-get when missing (as root).
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"

missing=()
command -v rsvg-convert >/dev/null 2>&1 || missing+=(librsvg2-bin)
command -v icotool >/dev/null 2>&1 || missing+=(icoutils)
command -v png2icns >/dev/null 2>&1 || missing+=(icnsutils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "make-icons: installing ${missing[*]} (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

sizes=(16 24 32 48 64 128 256 512 1024)
for s in "${sizes[@]}"; do
  rsvg-convert --width "$s" --height "$s" --keep-aspect-ratio icon.svg --output "${s}x${s}.png"
done

# Windows: the sizes Explorer, the task bar and the installer ask for; 256 is stored as PNG.
icotool --create --output icon.ico \
  16x16.png 24x24.png 32x32.png 48x48.png 64x64.png --raw=256x256.png

# macOS: png2icns picks the icns type from each PNG's size.
png2icns icon.icns 16x16.png 32x32.png 48x48.png 128x128.png 256x256.png 512x512.png 1024x1024.png >/dev/null

echo "make-icons: wrote ${#sizes[@]} PNGs, icon.ico and icon.icns in assets/icon/"
