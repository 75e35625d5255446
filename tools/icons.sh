#!/usr/bin/env bash
# icons.sh — render the app's icon, assets/icon/downhill.svg, into the files the installers use:
#   assets/icon/downhill.png  512 x 512 (Linux packages and the README)
#   assets/icon/downhill.ico  16 to 256 pixels (Windows)
#   assets/icon/downhill.icns 16 to 1024 pixels (macOS)
# Run it after changing the SVG and commit the three files. Needs rsvg-convert (librsvg2-bin),
# ImageMagick's convert and png2icns (icnsutils); installs them from Debian if missing (as root).
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"
need=""
command -v rsvg-convert >/dev/null || need="$need librsvg2-bin"
[ -x /usr/bin/convert ] || need="$need imagemagick"
command -v png2icns >/dev/null || need="$need icnsutils"
if [ -n "$need" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for size in 16 32 48 64 128 256 512 1024; do
  rsvg-convert -w $size -h $size downhill.svg -o "$work/$size.png"
done
cp "$work/512.png" downhill.png
/usr/bin/convert "$work/16.png" "$work/32.png" "$work/48.png" "$work/64.png" "$work/128.png" "$work/256.png" downhill.ico
png2icns downhill.icns "$work/16.png" "$work/32.png" "$work/48.png" "$work/128.png" "$work/256.png" \
  "$work/512.png" "$work/1024.png" >/dev/null
ls -l downhill.png downhill.ico downhill.icns
