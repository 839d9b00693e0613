#!/usr/bin/env bash
# Makes the fonts the window uses for its own Japanese, Korean and Chinese text on a computer
# with no font for them (a Linux desktop without CJK fonts, Wine): for each of ja, ko, zh-CN
# and zh-TW, the subset of Noto Sans CJK (SIL Open Font License 1.1) in that language's
# regional form holding just the characters of its catalogue, plus ASCII. Run it again
# after a change to one of those catalogues: a test (src/app/fonts.rs) fails while a
# catalogue has a character its font lacks.
#
# Needs Debian's fonts-noto-cjk (Noto Sans CJK 2.004) and fontTools (`pip install fonttools`).
set -euo pipefail
cd "$(dirname "$0")/.."
collection=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
if [ ! -f "$collection" ]; then
  echo "make-cjk-fonts: $collection is missing: apt-get install fonts-noto-cjk" >&2
  exit 1
fi
python3 -c 'import fontTools' 2>/dev/null || pip install --quiet fonttools
# The faces of the collection: 0 JP, 1 KR, 2 SC, 3 TC.
for pair in ja:0:JP:日本語 ko:1:KR:한국어 zh-CN:2:SC:简体中文 zh-TW:3:TC:繁體中文; do
  # The language's name in itself, as the language menu shows it (src/lang.rs): the
  # font draws it in any window whose system has no font for it.
  IFS=: read -r tag face region own_name <<<"$pair"
  catalogue="assets/i18n/$tag/teams-update-check.ftl"
  output="assets/fonts/noto-sans-cjk-$tag.otf"
  text=$(mktemp)
  # The catalogue's characters (comments included: they cost a few glyphs at most) and
  # printable ASCII, which the window's Latin font has too but a run of CJK text keeps; then
# the language's own name.
  { cat "$catalogue"; printf '%s' "$own_name"; printf '%s' ' !"#$%&'"'"'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~'; } >"$text"
  pyftsubset "$collection" --font-number="$face" --text-file="$text" \
    --no-hinting --output-file="$output"
  rm -f "$text"
  python3 - "$output" "$region" <<'PY'
import sys
from fontTools.ttLib import TTFont
path, region = sys.argv[1], sys.argv[2]
font = TTFont(path)
family = f"Teams Update Check CJK {region}"
for record in font["name"].names:
    if record.nameID in (1, 4, 16):
        record.string = family
    elif record.nameID == 6:
        record.string = family.replace(" ", "")
    elif record.nameID == 3:
        record.string = f"{family} (subset of Noto Sans CJK {region} 2.004)"
font.save(path)
PY
  echo "make-cjk-fonts: $output: $(stat -c %s "$output") bytes"
done
