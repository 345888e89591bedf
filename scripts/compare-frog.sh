#!/usr/bin/env bash
# Side by side with Frog (CLST/ILK Dutch NLP suite) on CoNLL-2002 ned.testa: typed and typeless
# entity F1 (conlleval semantics, ../shared/tools/conll_f1.py) and tokens per second.
# Installs Debian's frog + frogdata with apt-get when frog is missing (needs root); the product
# never depends on Frog. Frog's labels PRO and EVE are scored as MISC for the typed F1.
# usage: scripts/compare-frog.sh [CONLL_FILE]   (default ../shared/data/conll2002/ned.testa)
#        scripts/compare-frog.sh --throughput [ARTICLES=50]
#   Throughput only: the first ARTICLES DpgMedia2019 articles as raw text; Frog tokenizes, tags POS
#   and NER (--skip=mpcla), Kroniek runs its whole pipeline (bench extract, 1 thread, no warm-up);
#   prints whitespace tokens/s of each, start-up included, and the ratio.
# Work files stay in target/compare-frog/ for inspection.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--throughput" ]; then
  n="${2:-50}"
  corpus=../shared/data/dpgmedia2019-nl/dpgMedia2019-articles-byarticle-all.jsonl
  work=target/compare-frog
  mkdir -p "$work"
  command -v frog >/dev/null || { echo "compare-frog: frog is not installed (apt-get install frog frogdata)" >&2; exit 3; }
  head -n "$n" "$corpus" > "$work/articles.jsonl"
  python3 -c 'import json,sys
for line in open(sys.argv[1], encoding="utf-8"):
    t = json.loads(line).get("text") or ""
    if t.strip(): print(t.replace("\n", " "))' "$work/articles.jsonl" > "$work/articles.txt"
  tokens=$(wc -w < "$work/articles.txt")
  echo "== $n articles, $tokens whitespace tokens; $(uptime)"
  TIMEFORMAT='%R'
  { time frog --skip=mpcla -t "$work/articles.txt" -o "$work/articles.frog" >/dev/null 2>"$work/frog.err"; } 2> "$work/frog.wall"
  fw=$(cat "$work/frog.wall")
  { time ./kroniek bench extract "$work/articles.jsonl" --threads 1 --warmup 0 > "$work/kroniek.bench"; } 2> "$work/kroniek.wall"
  kw=$(cat "$work/kroniek.wall")
  awk -v n="$tokens" -v f="$fw" -v k="$kw" 'BEGIN {
    printf "Frog (tokenizer, POS, NER): %.1f s, %.0f tokens/s\nKroniek (whole pipeline):   %.1f s, %.0f tokens/s\nratio Kroniek/Frog: %.1fx (start-up included on both sides)\n",
      f, n / f, k, n / k, f / k }'
  exit 0
fi
gold="${1:-../shared/data/conll2002/ned.testa}"
[ -f "$gold" ] || { echo "compare-frog: no such file: $gold" >&2; exit 2; }
scorer=../shared/tools/conll_f1.py
work=target/compare-frog
mkdir -p "$work"

if ! command -v frog >/dev/null; then
  echo "compare-frog: installing frog and frogdata with apt-get ..." >&2
  if ! (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq frog frogdata) >"$work/apt.log" 2>&1; then
    echo "compare-frog: apt-get could not install frog:" >&2
    tail -5 "$work/apt.log" >&2
    exit 3
  fi
fi

# Gold tokens, one sentence a line, as Frog's pre-tokenized input (-n, tokenizer skipped).
awk 'NF==0 { if (n) print line; line=""; n=0; next }
     $1 ~ /^-DOCSTART-/ { next }
     { line = n ? line " " $1 : $1; n++ }
     END { if (n) print line }' "$gold" > "$work/sentences.txt"
awk 'NF>0 && $1 !~ /^-DOCSTART-/ { print $1, $NF } NF==0 { print "" }' "$gold" | cat -s | sed '/./,$!d' > "$work/gold.txt"
tokens=$(awk 'NF>0' "$work/gold.txt" | wc -l)

run_frog() { frog -n --skip=tmpcla -t "$1" -o "$2" >/dev/null 2>"$work/frog.err"; }
head -1 "$work/sentences.txt" > "$work/one.txt"
TIMEFORMAT='%R %U %S'
# Frog is slow: its output and timings are reused while they are newer than the gold file.
if [ ! -s "$work/frog.time" ] || [ "$gold" -nt "$work/frog.time" ]; then
  { time run_frog "$work/one.txt" "$work/one.out"; } 2> "$work/one.time"
  { time run_frog "$work/sentences.txt" "$work/frog.out"; } 2> "$work/frog.time.tmp"
  mv "$work/frog.time.tmp" "$work/frog.time"
fi

# Frog's NER tag is the first IOB field after the POS confidence (empty columns of skipped
# modules shift it); sentences are separated by blank lines.
awk -F'\t' 'NF==0 { print ""; next }
  { t="O"; for (i=6; i<=NF; i++) if ($i ~ /^(O|[BI]-[A-Za-z]+)$/) { t=$i; break }
    t=toupper(t); sub(/-(PRO|EVE)$/, "-MISC", t); print t }' \
  "$work/frog.out" | cat -s | sed '/./,$!d' > "$work/frog.tags"
paste -d' ' "$work/gold.txt" "$work/frog.tags" > "$work/frog.pred"
if awk 'NF==1 || NF==2' "$work/frog.pred" | grep -q .; then
  echo "compare-frog: Frog's tokens do not line up with the gold tokens" >&2
  exit 4
fi
typeless() { awk 'NF==3 { for (i=2;i<=3;i++) sub(/-.*/, "-ENT", $i) } { print }' "$1"; }

echo "== Frog $(frog --version 2>&1 | head -1 | awk '{print $2}') on $gold ($tokens tokens)"
python3 "$scorer" "$work/frog.pred" | tail -1 | sed 's/^/typed   /'
typeless "$work/frog.pred" > "$work/frog.untyped"
python3 "$scorer" "$work/frog.untyped" | tail -1 | sed 's/^/typeless /'
read -r w0 u0 s0 < "$work/one.time"
read -r w1 u1 s1 < "$work/frog.time"
awk -v n="$tokens" -v w0="$w0" -v u0="$u0" -v s0="$s0" -v w1="$w1" -v u1="$u1" -v s1="$s1" 'BEGIN {
  c0 = u0 + s0; c1 = u1 + s1
  printf "tokens/s %.0f wall, %.0f CPU (start-up on one sentence, %.1f s wall / %.1f s CPU, subtracted; %.0f wall with it)\n",
    n / (w1 - w0), n / (c1 - c0), w0, c0, n / w1 }'

echo "== Kroniek on $gold"
./kroniek ner --lang nl --conll "$gold" | awk 'NF>0 && $1 !~ /^-DOCSTART-/ { print $1, $(NF-1), $NF } NF==0 { print "" }' | cat -s > "$work/kroniek.pred"
python3 "$scorer" "$work/kroniek.pred" | tail -1 | sed 's/^/typed   /'
typeless "$work/kroniek.pred" > "$work/kroniek.untyped"
python3 "$scorer" "$work/kroniek.untyped" | tail -1 | sed 's/^/typeless /'
KRONIEK_JAVA_OPTS="-Xss4m" ./kroniek eval ner --lang nl --conll "$gold" | grep 'tokens/s'
