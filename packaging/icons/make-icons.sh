#!/usr/bin/env bash
# Regenerates the committed raster icons from resources/icons/m3ter-bills.svg. Run it by hand after
# changing the SVG and commit the results; builds never run it, so neither CI nor the Windows and
# macOS runners need these tools. Needs the Debian packages librsvg2-bin (rsvg-convert), icoutils
# (icotool) and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/../.."

svg=resources/icons/m3ter-bills.svg
out=packaging/icons/hicolor
sizes=(16 22 24 32 48 64 128 256 512)

for size in "${sizes[@]}"; do
    mkdir -p "$out/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$out/${size}x${size}/apps/m3ter-bills.png" "$svg"
done

# Windows: one .ico with the sizes the shell asks for (256 stored as PNG, the rest as bitmaps).
icotool --create --output packaging/windows/m3ter-bills.ico \
    "$out/16x16/apps/m3ter-bills.png" "$out/24x24/apps/m3ter-bills.png" \
    "$out/32x32/apps/m3ter-bills.png" "$out/48x48/apps/m3ter-bills.png" \
    "$out/64x64/apps/m3ter-bills.png" --raw="$out/256x256/apps/m3ter-bills.png"

# macOS: png2icns knows the classic icns sizes (16, 32, 48, 128, 256, 512).
png2icns packaging/macos/m3ter-bills.icns \
    "$out/16x16/apps/m3ter-bills.png" "$out/32x32/apps/m3ter-bills.png" \
    "$out/48x48/apps/m3ter-bills.png" "$out/128x128/apps/m3ter-bills.png" \
    "$out/256x256/apps/m3ter-bills.png" "$out/512x512/apps/m3ter-bills.png" >/dev/null
