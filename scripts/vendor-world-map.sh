#!/usr/bin/env bash
# Regenerates the offline country outlines the web UI's map draws:
# kroniek-server/src/main/resources/org/kroniek/server/static/world-110m.geojson.
# Source: npm package world-atlas@2.0.2 (ISC; geometry from Natural Earth 1:110m, public domain),
# file countries-110m.json (TopoJSON), decoded to GeoJSON with coordinates rounded to 0.01 degree.
# Needs npm and python3; run from anywhere.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/kroniek-server/src/main/resources/org/kroniek/server/static/world-110m.geojson"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent world-atlas@2.0.2 >/dev/null && tar xzf world-atlas-2.0.2.tgz)
python3 "$root/scripts/topojson_to_geojson.py" "$work/package/countries-110m.json" countries "$out"
echo "wrote $out ($(wc -c < "$out") bytes)"
