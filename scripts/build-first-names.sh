#!/usr/bin/env bash
# Regenerates the first-name gender lexicon of the claim stage from the development data in
# ../shared/data (see NOTICE): Dutch DpgMedia2019 articles, English Kremlin/Ukrainian presidency
# releases, CNN live-blog headlines and the PolNeAR training texts. The articles of the gold files
# (../shared/gold) are left out, so the lexicon never learns a name from a scored article.
# usage: scripts/build-first-names.sh   (from anywhere; builds the CLI when needed)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
data=../shared/data
out=kroniek-extract/src/main/resources/org/kroniek/extract/claims/first-names.tsv
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 - "$data/dpgmedia2019-nl/dpgMedia2019-articles-byarticle-all.jsonl" "$tmp/dpg.jsonl" <<'PY'
import glob, json, sys
held = set()
for g in glob.glob("../shared/gold/*.json") + glob.glob("../shared/gold/*/*.json"):
    src = json.load(open(g, encoding="utf-8")).get("source") or {}
    if src.get("id") is not None:
        held.add(str(src["id"]))
kept = 0
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as o:
    for line in f:
        if line.strip() and str(json.loads(line).get("id")) not in held:
            o.write(line)
            kept += 1
print(f"dpgmedia2019: {kept} articles, {len(held)} gold articles left out", file=sys.stderr)
PY
./kroniek train first-names --min-votes 3 --min-share 0.8 --note "scripts/build-first-names.sh" --out "$out" \
    "$tmp/dpg.jsonl" "$data/en-press-releases-2022" "$data/cnn-ukraine-headlines" "$data/polnear/train/text"
