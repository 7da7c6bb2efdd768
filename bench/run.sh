#!/usr/bin/env bash
# Benchmarks of issue 8 (see bench/README.md and docs/performance.md). Not part of `mvn -B verify`.
#   bench/run.sh                      whole job vs floor at N = 100, 1,000, 10,000 (-Xmx512m, --threads=2)
#   bench/run.sh job --sizes=100      the same with runner options (--tiny, --xmx=3g, --keep, ...)
#   bench/run.sh extractor [--quick]  JMH: QuantityExtractor.extract, MB/s per core
#   bench/run.sh corpus DIR N         only generate a corpus
# Set BENCH_OFFLINE=0 to let Maven download JMH on first use (it is not needed by the normal build).
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-job}"
[ $# -gt 0 ] && shift
offline="-o"
[ "${BENCH_OFFLINE:-1}" = "0" ] && offline=""
if [ "${BENCH_SKIP_BUILD:-0}" != "1" ]; then
  mvn $offline -q -B -Pbench package -DskipTests
fi
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
case "$what" in
  job)       exec java -Xmx256m -cp "$cp" org.zhibiao.bench.BenchRunner "$@" ;;
  extractor) exec java -Xmx512m -cp "$cp" org.zhibiao.bench.ExtractorBench "$@" ;;
  corpus)    exec java -Xmx256m -cp "$cp" org.zhibiao.bench.CorpusGenerator "$@" ;;
  *) echo "usage: bench/run.sh [job|extractor|corpus] [options]" >&2; exit 2 ;;
esac
