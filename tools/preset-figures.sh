#!/usr/bin/env bash
# preset-figures.sh — draw every preset's 2D and 3D figures at the end of its runs, at 1280 x 720
# and 1920 x 1080, into docs/images/presets/ (ID-WIDTHxHEIGHT.png and ID-3d-WIDTHxHEIGHT.png), with
# the command line's `render`, and write docs/images/presets/README.md listing them. The 2D figures
# need no window; the 3D ones need a display: without one the script runs them under `xvfb-run`.
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
display=()
if [ -z "${DISPLAY:-}" ]; then
  display=(xvfb-run -a -s '-screen 0 1920x1200x24')
fi
{
  echo "# Preset figures"
  echo
  echo "Every preset's 2D and 3D figures at the end of its runs, drawn by \`tools/preset-figures.sh\`"
  echo "(\`downhill render --preset ID --width W --height H --scale 1 [--view 3d]\`). Regenerate after changing"
  echo "the figures or the presets."
  echo
} >"$out/README.md"
for id in $ids; do
  title=$(java -jar "$jar" list presets | awk -v id="$id" '$1 == id { $1 = ""; sub(/^ +/, ""); print }')
  echo "## $title (\`$id\`)" >>"$out/README.md"
  echo >>"$out/README.md"
  for view in 2d 3d; do
    for size in 1280x720 1920x1080; do
      name="$id-$size.png"
      run=(java -jar "$jar")
      if [ "$view" = 3d ]; then
        name="$id-3d-$size.png"
        run=("${display[@]}" java -jar "$jar")
      fi
      "${run[@]}" render --preset="$id" --view="$view" --width="${size%x*}" --height="${size#*x}" --scale=1 \
        --out="$out/$name"
      if command -v convert >/dev/null; then
        convert "$out/$name" -dither FloydSteinberg -colors 256 "PNG8:$out/$name"
      fi
      echo "![$id in $view at $size]($name)" >>"$out/README.md"
    done
  done
  echo >>"$out/README.md"
  echo "$id"
done
