#!/bin/sh
# Builds the benchmark jar and runs every benchmark and the heap measurement.
#
# Usage: benchmarks/run-all.sh [--quick] [JMH regexp]
#   --quick   one short iteration each, to check that everything runs (about 5 minutes)
#   regexp    runs only the matching benchmarks, such as 'AgingBenchmark'
#
# The full run uses the iterations set on each class (one fork) and adds the GC profiler; it takes
# about 20 minutes on 2 cores. Results go to benchmarks/target/results/.
set -eu

cd "$(dirname "$0")/.."
quick=false
if [ "${1:-}" = "--quick" ]; then
    quick=true
    shift
fi
pattern="${1:-io.github.tahsilat.benchmarks.*}"
results=benchmarks/target/results
jar=benchmarks/target/benchmarks.jar

mvn -B -q -pl benchmarks -am package -DskipTests
mkdir -p "$results"

if [ "$quick" = true ]; then
    java -jar "$jar" "$pattern" -f 1 -wi 1 -w 1s -i 1 -r 1s \
        -rf json -rff "$results/quick.json" | tee "$results/quick.txt"
    java -Xms3g -Xmx3g -cp "$jar" io.github.tahsilat.benchmarks.OpenItemFootprint 100000 \
        | tee "$results/footprint-quick.txt"
else
    java -jar "$jar" "$pattern" -prof gc \
        -rf json -rff "$results/all.json" | tee "$results/all.txt"
    java -Xms3g -Xmx3g -cp "$jar" io.github.tahsilat.benchmarks.OpenItemFootprint \
        | tee "$results/footprint.txt"
fi
