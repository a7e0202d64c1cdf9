#!/bin/sh
# Builds the benchmark jar and runs every benchmark and the heap measurements.
#
# Usage: benchmarks/run-all.sh [--quick] [JMH regexp]
#   --quick   one 1 s iteration each, to check that everything runs (estimated 5 to 10 minutes)
#   regexp    runs only the matching benchmarks, such as 'AgingBenchmark'
#
# The full run uses the iterations set on each class (one fork) and adds the GC profiler. It
# took 28 minutes on 2 idle cores on 2026-12-06. Results go to benchmarks/target/results/.
# ArReplayBenchmark reads the public AR sample from $AR_CSV, by default from the shared data folder
# beside the clone (../shared/data/ar-dataset/ibm-watson-accounts-receivable.csv).
# JdbcReconciliationBenchmark starts an embedded PostgreSQL server on a local port and took 3 to
# 4.5 minutes of the full run on a shared 2-core machine. The quick run imports statements of 200
# lines over 2,000 invoices instead of 10,000 lines over 100,000.
set -eu

cd "$(dirname "$0")/.."
quick=false
if [ "${1:-}" = "--quick" ]; then
    quick=true
    shift
fi
pattern="${1:-io.github.tahsilat.benchmarks.*}"
results=benchmarks/target/results
ar_csv="${AR_CSV:-$(pwd)/../shared/data/ar-dataset/ibm-watson-accounts-receivable.csv}"
jar=benchmarks/target/benchmarks.jar
jdbc_import=io.github.tahsilat.benchmarks.JdbcReconciliationBenchmark.importStatement

mvn -B -q -pl benchmarks -am package -DskipTests
mkdir -p "$results"

if [ "$quick" = true ]; then
    java -jar "$jar" "$pattern" -e JdbcReconciliationBenchmark -p arCsv="$ar_csv" \
        -f 1 -wi 1 -w 1s -i 1 -r 1s -rf json -rff "$results/quick.json" | tee "$results/quick.txt"
    if echo "$jdbc_import" | grep -Eq -- "$pattern"; then
        java -jar "$jar" "$jdbc_import" -p items=2000 -p lines=200 -f 1 -wi 1 -i 1 \
            -rf json -rff "$results/quick-jdbc-import.json" | tee "$results/quick-jdbc-import.txt"
    fi
    java -Xms3g -Xmx3g -cp "$jar" io.github.tahsilat.benchmarks.OpenItemFootprint 100000 \
        | tee "$results/footprint-quick.txt"
    java -Xms3g -Xmx3g -cp "$jar" io.github.tahsilat.benchmarks.CompactIndexFootprint 100000 \
        | tee "$results/compact-index-footprint-quick.txt"
    java -Xms3g -Xmx3g -cp "$jar" io.github.tahsilat.benchmarks.KeptCounterpartyFootprint 5000 \
        | tee "$results/kept-counterparty-footprint-quick.txt"
else
    java -jar "$jar" "$pattern" -p arCsv="$ar_csv" -prof gc \
        -rf json -rff "$results/all.json" | tee "$results/all.txt"
    java -Xms3g -Xmx3g -cp "$jar" io.github.tahsilat.benchmarks.OpenItemFootprint \
        | tee "$results/footprint.txt"
    java -Xms3g -Xmx3g -cp "$jar" io.github.tahsilat.benchmarks.CompactIndexFootprint \
        | tee "$results/compact-index-footprint.txt"
    java -Xms3g -Xmx3g -cp "$jar" io.github.tahsilat.benchmarks.KeptIndexFootprint \
        | tee "$results/kept-index-footprint.txt"
    java -Xms3g -Xmx3g -cp "$jar" io.github.tahsilat.benchmarks.KeptCounterpartyFootprint \
        | tee "$results/kept-counterparty-footprint.txt"
fi
