#!/usr/bin/env bash
# Scale-out measurement (issue 17, docs/scale-out.md); not part of `mvn -B verify`, and not a timed test.
#   bench/scale-out.sh [N] [WORKER_THREADS] ["single remote1 remote2"]
# Generates N documents (bench/run.sh corpus), then runs the same job over them three times, each on a fresh
# schema of the PostgreSQL in ZHIBIAO_PG_URL (e.g. after `. .ci/postgres`): one process (--threads=2); a
# --workers=remote manager (--threads=2) with one worker JVM; the same with two worker JVMs. Prints each run's
# wall time (launch to exit, JVM start included) and step times, and the per-partition times of extract from
# the JobRepository, which feed the throughput model in docs/scale-out.md. Logs stay in target/scale-out/.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
worker_threads="${2:-1}"
: "${ZHIBIAO_PG_URL:?set ZHIBIAO_PG_URL (e.g. . .ci/postgres)}"
user="${ZHIBIAO_PG_USER:-postgres}"
out=target/scale-out
rm -rf "$out" && mkdir -p "$out"
BENCH_SKIP_BUILD="${BENCH_SKIP_BUILD:-0}" bench/run.sh corpus "$out/input" "$n" >/dev/null
cp="target/classes:$(cat target/bench-classpath.txt)"
hostport=${ZHIBIAO_PG_URL#jdbc:postgresql://}; hostport=${hostport%%/*}
db=${ZHIBIAO_PG_URL##*/}; db=${db%%\?*}
psql_() { PGOPTIONS="-c client_min_messages=warning" psql -q -t -A -h "${hostport%%:*}" -p "${hostport##*:}" -U "$user" "$db" -c "$1"; }
zhibiao() { java -Xmx512m -XX:+UseSerialGC -cp "$cp" org.zhibiao.launch.ZhibiaoApplication "$@"; }

run() {  # name workers manager-options...
  local name=$1 workers=$2; shift 2
  local schema="zb_scale_${name}_$$"
  local port=$((20000 + RANDOM % 20000))   # a broker of its own: no worker of an earlier run can reach it
  psql_ "CREATE SCHEMA $schema"
  local db_args=("--spring.datasource.url=$ZHIBIAO_PG_URL?currentSchema=$schema"
    "--spring.datasource.username=$user" "--spring.datasource.password=")
  local pids=()
  for w in $(seq 1 "$workers"); do
    # java itself in the background (not a function's subshell), so that kill reaches the JVM
    java -Xmx512m -XX:+UseSerialGC -cp "$cp" org.zhibiao.launch.ZhibiaoApplication --role=worker \
      --threads="$worker_threads" "${db_args[@]}" --spring.artemis.broker-url="tcp://127.0.0.1:$port" \
      >"$out/$name-worker$w.log" 2>&1 &
    pids+=($!)
  done
  local start end
  start=$(date +%s%N)
  zhibiao --input-dir="$out/input" --output-dir="$out/$name" --run-date=2024-12-31 "${db_args[@]}" \
    --zhibiao.remote.broker-host=127.0.0.1 --zhibiao.remote.broker-port="$port" "$@" >"$out/$name.log" 2>&1 \
    || { echo "$name failed: see $out/$name.log" >&2; }
  end=$(date +%s%N)
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "== $name: wall $(( (end - start) / 1000000 )) ms (load $(cut -d' ' -f1-3 /proc/loadavg))"
  psql_ "SET search_path=$schema; SELECT '   ' || step_name || ' ' || status || ' ' ||
    ROUND(EXTRACT(EPOCH FROM end_time - start_time)::numeric, 1) || ' s' FROM batch_step_execution
    WHERE step_name NOT LIKE '%:%' ORDER BY step_execution_id"
  psql_ "SET search_path=$schema; SELECT '   partitions of extract: ' || COUNT(*) || ', files each ~' ||
    ROUND(AVG(commit_count)) || ', seconds min/median/max ' ||
    ROUND(MIN(t)::numeric, 1) || '/' || ROUND((PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY t))::numeric, 1) || '/' ||
    ROUND(MAX(t)::numeric, 1) || ', per file ' || ROUND((SUM(t) / NULLIF(SUM(commit_count), 0) * 1000)::numeric) || ' ms'
    FROM (SELECT EXTRACT(EPOCH FROM end_time - start_time) t, commit_count FROM batch_step_execution
    WHERE step_name LIKE 'extractFile:%') p"
  psql_ "DROP SCHEMA $schema CASCADE"
}

echo "N=$n documents, $(nproc) cores, worker threads $worker_threads"
for which in ${3:-single remote1 remote2}; do
  case "$which" in
    single) run single 0 --threads=2 ;;
    remote1) run remote1 1 --workers=remote --threads=2 ;;
    remote2) run remote2 2 --workers=remote --threads=2 ;;
  esac
done
