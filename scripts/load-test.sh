#!/usr/bin/env bash
# Load test: 64 connections for 30 s of search and article requests (wrk, localhost only) against
# `kroniek serve`, while articles are POSTed to /api/articles (with the bearer token) one at a time.
# Prints wrk's latency distribution (p50 ... p99), wrk's error and non-2xx counts, and the POSTs'.
# Usage: scripts/load-test.sh [CORPUS.jsonl] [CONNECTIONS] [SECONDS]   (needs wrk, curl, python3)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$here/../shared/data/dpgmedia2019-nl/dpgMedia2019-articles-byarticle-all.jsonl}"
conns="${2:-64}"
secs="${3:-30}"
port="${KRONIEK_LOAD_PORT:-18089}"
token="load-$$-$RANDOM"
work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
command -v wrk >/dev/null || { echo "load-test: wrk is not installed (apt-get install wrk)" >&2; exit 2; }

head -n 200 "$corpus" > "$work/seed.jsonl"
sed -n 201,400p "$corpus" > "$work/posts.jsonl"
echo "load-test: storing 200 articles ..." >&2
"$here/kroniek" ingest "$work/seed.jsonl" --data "$work/data" >/dev/null 2>&1 || [ $? -eq 1 ]  # 1: some records unreadable
"$here/kroniek" serve --data "$work/data" --host 127.0.0.1 --port "$port" --token "$token" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/api/search?limit=1" >/dev/null 2>&1 && break; sleep 1; done

curl -sf "http://127.0.0.1:$port/api/search?type=articles&limit=50" | python3 -c '
import json, sys
from urllib.parse import quote
body = json.load(sys.stdin)
paths = ["/api/articles/" + quote(r["id"], safe="") for r in body["results"]]
for w in ["oorlog", "kabinet", "Rutte", "\"de politie\"", "Amsterdam", "brand", "school", "rechter"]:
    paths.append("/api/search?q=" + quote(w))
    paths.append("/api/search?q=" + quote(w) + "&type=articles&limit=20")
print("paths = {" + ",".join("\"" + p.replace("\"", "\\\"") + "\"" for p in paths) + "}")
' > "$work/paths.lua"
cat >> "$work/paths.lua" <<'LUA'
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA

(
  while IFS= read -r line; do
    printf '%s\n' "$line" | curl -s -o /dev/null -w '%{http_code}\n' -X POST -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/x-ndjson' --data-binary @- "http://127.0.0.1:$port/api/articles" >> "$work/posts.codes"
  done < "$work/posts.jsonl"
) &
poster=$!

echo "load-test: $(uptime)" >&2
wrk -t2 -c"$conns" -d"${secs}s" --latency -s "$work/paths.lua" "http://127.0.0.1:$port" | tee "$work/wrk.txt"
kill "$poster" 2>/dev/null || true
wait "$poster" 2>/dev/null || true
touch "$work/posts.codes"
echo "POST /api/articles during the load: $(grep -c '^2' "$work/posts.codes" || true) stored (2xx), $(grep -vc '^2' "$work/posts.codes" || true) failed"
grep -q "Non-2xx" "$work/wrk.txt" && echo "load-test: some requests failed" || echo "load-test: zero non-2xx responses"
grep -iE "exception|error" "$work/server.log" | head -5 || true
