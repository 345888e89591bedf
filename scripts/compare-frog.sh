#!/usr/bin/env bash
# Side by side with Frog (CLST/ILK Dutch NLP suite) on CoNLL-2002 ned.testa: typed and typeless
# entity F1 (conlleval semantics, ../shared/tools/conll_f1.py) and tokens per second.
# Installs Debian's frog + frogdata with apt-get when frog is missing (needs root); the product
# never depends on Frog. Frog's labels PRO and EVE are scored as MISC for the typed F1.
# usage: scripts/compare-frog.sh [CONLL_FILE]   (default ../shared/data/conll2002/ned.testa)
#        scripts/compare-frog.sh --throughput [CONLL_FILE] [WARMUP=6]
#   Throughput only, steady state on both sides, on the gold tokens of CONLL_FILE (one sentence a
#   line, tokenizer skipped on both sides): Frog with its fastest NER-only settings (-n
#   --skip=tmpcla: no tokenizer, MWU, parser, chunker, lemmatizer or morphology; Frog has no
#   option to skip its POS tagger) and one thread, timed on the whole file and on its first
#   sentence, the difference being the steady-state cost (start-up and model loading subtracted);
#   Kroniek's entity tagger (`kroniek eval ner`, the NER of the mentions stage) timed on one pass
#   after WARMUP untimed passes in the same JVM (full JIT, serial GC). Prints tokens per CPU second
#   (user+sys of the Frog process; process CPU of the Kroniek JVM, GC and JIT included, and the
#   tagging thread's own CPU), tokens per wall second, and the ratios, with the load average.
# Work files stay in target/compare-frog/ for inspection.
set -euo pipefail
cd "$(dirname "$0")/.."
work=target/compare-frog
mkdir -p "$work"

ensure_frog() {
  command -v frog >/dev/null && return 0
  echo "compare-frog: installing frog and frogdata with apt-get ..." >&2
  if ! (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq frog frogdata) >"$work/apt.log" 2>&1; then
    echo "compare-frog: apt-get could not install frog:" >&2
    tail -5 "$work/apt.log" >&2
    exit 3
  fi
}

# Gold tokens of a CoNLL file, one sentence a line, as Frog's pre-tokenized input (-n).
conll_sentences() {
  awk 'NF==0 { if (n) print line; line=""; n=0; next }
       $1 ~ /^-DOCSTART-/ { next }
       { line = n ? line " " $1 : $1; n++ }
       END { if (n) print line }' "$1"
}

run_frog() { frog -n --skip=tmpcla "$@" >/dev/null 2>"$work/frog.err"; }

if [ "${1:-}" = "--throughput" ]; then
  gold="${2:-../shared/data/conll2002/ned.testa}"
  warmup="${3:-6}"
  [ -f "$gold" ] || { echo "compare-frog: no such file: $gold" >&2; exit 2; }
  ensure_frog
  conll_sentences "$gold" > "$work/tp-sentences.txt"
  head -1 "$work/tp-sentences.txt" > "$work/tp-one.txt"
  tokens=$(wc -w < "$work/tp-sentences.txt")
  sentences=$(wc -l < "$work/tp-sentences.txt")
  echo "== $gold: $sentences sentences, $tokens tokens; $(uptime | sed 's/.*load/load/')"
  TIMEFORMAT='%R %U %S'
  { time run_frog --threads=1 -t "$work/tp-one.txt" -o "$work/tp-one.frog"; } 2> "$work/tp-frog-one.time"
  { time run_frog --threads=1 -t "$work/tp-sentences.txt" -o "$work/tp-all.frog"; } 2> "$work/tp-frog-all.time"
  KRONIEK_JAVA_OPTS="-Xss4m -XX:+UseSerialGC" ./kroniek eval ner --lang nl --conll "$gold" --warmup "$warmup" \
    | grep 'tokens/s' > "$work/tp-kroniek.txt"
  read -r w0 u0 s0 < "$work/tp-frog-one.time"
  read -r w1 u1 s1 < "$work/tp-frog-all.time"
  # "tokens N, W s wall, T s thread CPU, P s process CPU ..."
  read -r kw kt kp < <(sed -E 's/^tokens [0-9]+, ([0-9.]+) s wall, ([0-9.]+) s thread CPU, ([0-9.]+) s process CPU.*/\1 \2 \3/' "$work/tp-kroniek.txt")
  echo "   (after: $(uptime | sed 's/.*load/load/'))"
  awk -v n="$tokens" -v w0="$w0" -v u0="$u0" -v s0="$s0" -v w1="$w1" -v u1="$u1" -v s1="$s1" \
      -v kw="$kw" -v kt="$kt" -v kp="$kp" -v warmup="$warmup" 'BEGIN {
    fc = (u1 + s1) - (u0 + s0); fw = w1 - w0
    printf "Frog NER (-n --skip=tmpcla, 1 thread): %.1f s CPU, %.1f s wall for %d tokens after subtracting start-up (%.1f s CPU, %.1f s wall on one sentence)\n", fc, fw, n, u0 + s0, w0
    printf "  %.0f tokens per CPU second, %.0f tokens per wall second\n", n / fc, n / fw
    printf "Kroniek NER (kroniek eval ner, 1 thread, after %d warm-up passes): %.2f s process CPU, %.2f s thread CPU, %.2f s wall\n", warmup, kp, kt, kw
    printf "  %.0f tokens per process CPU second, %.0f per thread CPU second, %.0f tokens per wall second\n", n / kp, n / kt, n / kw
    printf "ratio Kroniek/Frog: %.1fx per CPU second (process CPU both sides), %.1fx (Kroniek thread CPU), %.1fx per wall second\n", fc / kp, fc / kt, fw / kw
  }'
  exit 0
fi
gold="${1:-../shared/data/conll2002/ned.testa}"
[ -f "$gold" ] || { echo "compare-frog: no such file: $gold" >&2; exit 2; }
scorer=../shared/tools/conll_f1.py
ensure_frog
conll_sentences "$gold" > "$work/sentences.txt"
awk 'NF>0 && $1 !~ /^-DOCSTART-/ { print $1, $NF } NF==0 { print "" }' "$gold" | cat -s | sed '/./,$!d' > "$work/gold.txt"
tokens=$(awk 'NF>0' "$work/gold.txt" | wc -l)

head -1 "$work/sentences.txt" > "$work/one.txt"
TIMEFORMAT='%R %U %S'
# Frog is slow: its output and timings are reused while they are newer than the gold file.
if [ ! -s "$work/frog.time" ] || [ "$gold" -nt "$work/frog.time" ]; then
  { time run_frog -t "$work/one.txt" -o "$work/one.out"; } 2> "$work/one.time"
  { time run_frog -t "$work/sentences.txt" -o "$work/frog.out"; } 2> "$work/frog.time.tmp"
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
