#!/usr/bin/env bash
# preset-figures.sh — draw every preset's 2D figure at the end of its runs, at 1280 x 720 and
# 1920 x 1080, into docs/images/presets/ (ID-WIDTHxHEIGHT.png), with the command line's `render`
# (no window needed), and write docs/images/presets/README.md listing them.
#
# usage: tools/preset-figures.sh [OUT_DIR]      (run from the repository; builds the jar if missing)
# With ImageMagick's `convert` on the path the PNGs are reduced to 256 colours (dithered), about
# half the size; without it they are kept as drawn.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/images/presets}
jar=target/downhill.jar
[ -f "$jar" ] || mvn -q -o -DskipTests package
mkdir -p "$out"
ids=$(java -jar "$jar" list presets | awk 'NR > 1 { print $1 }')
{
  echo "# Preset figures"
  echo
  echo "Every preset's 2D figure at the end of its runs, drawn by \`tools/preset-figures.sh\`"
  echo "(\`downhill render --preset ID --width W --height H --scale 1\`). Regenerate after changing"
  echo "the figures or the presets."
  echo
} >"$out/README.md"
for id in $ids; do
  title=$(java -jar "$jar" list presets | awk -v id="$id" '$1 == id { $1 = ""; sub(/^ +/, ""); print }')
  echo "## $title (\`$id\`)" >>"$out/README.md"
  echo >>"$out/README.md"
  for size in 1280x720 1920x1080; do
    file="$out/$id-$size.png"
    java -jar "$jar" render --preset="$id" --width="${size%x*}" --height="${size#*x}" --scale=1 --out="$file"
    if command -v convert >/dev/null; then
      convert "$file" -dither FloydSteinberg -colors 256 "PNG8:$file"
    fi
    echo "![$id at $size]($id-$size.png)" >>"$out/README.md"
  done
  echo >>"$out/README.md"
  echo "$id"
done
