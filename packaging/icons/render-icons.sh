#!/bin/sh
# Regenerate the committed hicolor icon tree from the hand-written SVG source.
# Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin). Run from anywhere:
#   packaging/icons/render-icons.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src="$here/../../resources/icons/pitwall.svg"
id=org.pitwall.Pitwall

mkdir -p "$here/hicolor/scalable/apps"
cp "$src" "$here/hicolor/scalable/apps/$id.svg"
for size in 16 24 32 48 64 128 256 512; do
    dir="$here/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$dir/$id.png" "$src"
done
echo "rendered $src into $here/hicolor"
