#!/usr/bin/env bash
# Scaling measurement of the Spark job on this machine: local[1] against local[2] on the DPG Media
# 2019 corpus (1,438 Dutch articles) and on the same corpus replicated 4x (each copy's texts
# marked so that they are new articles, not duplicates), with the embedded `kroniek extract`
# (--threads 1 and 2) on the same inputs as the baseline. Prints one line per run with the load
# average at its start: other processes on the machine skew every figure, so read them together.
#
#   scripts/spark-scaling.sh            # builds what is missing, then measures
#   RUNS="local[1] local[2] local[4]" scripts/spark-scaling.sh
#   CORPORA=x4 ENGINES=spark scripts/spark-scaling.sh   # only the replicated corpus, only Spark
# When both engines run, each Spark run's records/ and stories.json are compared with the embedded
# ones (`kroniek extract --format jsonl` and `kroniek stories --records --format json` on its output).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
data="../shared/data/dpgmedia2019-nl/dpgMedia2019-articles-byarticle-all.jsonl"
[ -f "$data" ] || { echo "spark-scaling: $data not found (needs ../shared beside the project)" >&2; exit 2; }
work="${WORK:-kroniek-spark/target/scaling}"
runs="${RUNS:-local[1] local[2]}"
partitions="${PARTITIONS:-4}"
corpora="${CORPORA:-x1 x4}"
engines="${ENGINES:-embedded spark}"

job_jar="$(ls kroniek-spark/target/kroniek-spark-*-job.jar 2>/dev/null | head -1 || true)"
if [ -z "$job_jar" ] || [ ! -f kroniek-cli/target/kroniek.jar ]; then
  mvn -q -B -DskipTests -pl kroniek-spark,kroniek-cli -am package >&2
  job_jar="$(ls kroniek-spark/target/kroniek-spark-*-job.jar | head -1)"
fi
spark_cp="$(scripts/spark-runtime.sh)"
# Run copies, so that a build during the measurement cannot swap the jars under the running JVMs.
mkdir -p "$work"
cp "$job_jar" "$work/kroniek-spark-job.jar" && job_jar="$work/kroniek-spark-job.jar"
cp kroniek-cli/target/kroniek.jar "$work/kroniek.jar"
add_opens="$(sed -n 's:.*<spark.add-opens>\(.*\)</spark.add-opens>.*:\1:p' kroniek-spark/pom.xml)"

rm -rf "$work/x1" "$work/x4" "$work"/out-* "$work"/embedded-* && mkdir -p "$work/x1" "$work/x4"
cp "$data" "$work/x1/dpg.jsonl"
python3 - "$data" "$work/x4" <<'PY'
import json, sys
src, out = sys.argv[1], sys.argv[2]
lines = open(src, encoding="utf-8").read().splitlines()
for k in range(4):
    with open(f"{out}/dpg-{k}.jsonl", "w", encoding="utf-8") as f:
        for line in lines:
            if not line.strip():
                continue
            o = json.loads(line)
            if k:
                o["text"] = o["text"] + f"\n\n(Kopie {k} voor de schaalmeting.)"
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
PY

load() { cut -d' ' -f1-3 /proc/loadavg; }
# CPU seconds (user + system) of a command, when /usr/bin/time is there: unlike wall time, they
# hardly depend on what else the machine is doing.
cpu_file="$work/cpu.txt"
timed() {
  if [ -x /usr/bin/time ]; then /usr/bin/time -f '%U %S' -o "$cpu_file" "$@"; else : > "$cpu_file"; "$@"; fi
}
cpu() { awk 'NF == 2 && $1 ~ /^[0-9.]+$/ { c = $1 + $2; found = 1 } END { if (found) printf "%.1f", c; else printf "-" }' "$cpu_file"; }
printf '%-8s %-9s %-10s %8s %9s %10s %10s %8s %13s %8s %8s  %s\n' corpus engine run records wall_s job_s records/s cpu_s records/cpu_s stories stage2_s "load(1,5,15)"
for corpus in $corpora; do
  for threads in 1 2; do
    case " $engines " in *" embedded "*) ;; *) continue ;; esac
    l="$(load)"; t0=$(date +%s.%N)
    timed java -Xmx2g -jar "$work/kroniek.jar" extract --threads "$threads" --format jsonl \
        --out "$work/embedded-$corpus-$threads.jsonl" "$work/$corpus" 2>/dev/null || true
    t1=$(date +%s.%N)
    n=$(wc -l < "$work/embedded-$corpus-$threads.jsonl")
    wall=$(awk "BEGIN{print $t1 - $t0}")
    c="$(cpu)"
    printf '%-8s %-9s %-10s %8d %9.1f %10s %10.0f %8s %13s %8s %8s  %s\n' "$corpus" embedded "threads=$threads" "$n" "$wall" - \
        "$(awk "BEGIN{print $n / $wall}")" "$c" "$(awk -v n="$n" -v c="$c" 'BEGIN{ if (c + 0 > 0) printf "%.1f", n / c; else print "-" }')" - - "$l"
  done
  for master in $runs; do
    case " $engines " in *" spark "*) ;; *) continue ;; esac
    out="$work/out-$corpus-${master//[^a-z0-9]/}"
    l="$(load)"; t0=$(date +%s.%N)
    line="$(timed java -Xmx3g $add_opens -Dspark.master="$master" -Dspark.ui.enabled=false \
        -Dspark.driver.bindAddress=127.0.0.1 -Dspark.driver.host=127.0.0.1 \
        -cp "$spark_cp:$job_jar" org.kroniek.spark.KroniekSparkJob --partitions "$partitions" --out "$out" \
        "$work/$corpus" 2>"$out.log" | grep '^kroniek-spark:' || true)"
    t1=$(date +%s.%N)
    wall=$(awk "BEGIN{print $t1 - $t0}")
    n=$(echo "$line" | sed -n 's/.* \([0-9]*\) records, .*/\1/p')
    job=$(echo "$line" | sed -n 's/.* in \([0-9.]*\) s .*/\1/p')
    rate=$(echo "$line" | sed -n 's/.*(\([0-9]*\) records\/s).*/\1/p')
    stories=$(echo "$line" | sed -n 's/.*stage 2: \([0-9]*\) stories in .*/\1/p')
    merge=$(echo "$line" | sed -n 's/.*stage 2: [0-9]* stories in \([0-9.]*\) s.*/\1/p')
    c="$(cpu)"
    printf '%-8s %-9s %-10s %8s %9.1f %10s %10s %8s %13s %8s %8s  %s\n' "$corpus" spark "$master" "${n:-?}" "$wall" "${job:-?}" "${rate:-?}" \
        "$c" "$(awk -v n="${n:-0}" -v c="$c" 'BEGIN{ if (c + 0 > 0) printf "%.1f", n / c; else print "-" }')" "${stories:--}" "${merge:--}" "$l"
    # the same records and stories as the embedded path, when it ran on this corpus in this run
    emb="$work/embedded-$corpus-1.jsonl"
    if [ -f "$emb" ] && [ -d "$out/records" ]; then
      if cmp -s <(sort "$emb") <(cat "$out"/records/part-* | sort); then echo "  records equal embedded"; else echo "  RECORDS DIFFER from embedded"; fi
      if [ -f "$out/stories.json" ]; then
        java -Xmx2g -jar "$work/kroniek.jar" stories --records --format json "$emb" > "$work/embedded-$corpus-stories.json" 2>/dev/null || true
        if cmp -s "$work/embedded-$corpus-stories.json" "$out/stories.json"; then echo "  stories.json equal kroniek stories --format json"; else echo "  STORIES DIFFER from kroniek stories"; fi
      fi
    fi
  done
done
