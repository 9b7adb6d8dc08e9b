#!/usr/bin/env bash
# Runs two builds of language-since.sh back to back, alternated ROUNDS times (A B A B ...), each run inside the bench
# lock in a session of its own at autogroup nice -20, and keeps each run's BenchmarkDotNet reports apart.
# usage: language-pair.sh RESULTS_DIR A_DIR B_DIR [ROUNDS] [FILTER]    (A_DIR, B_DIR: OUT_DIR of language-since.sh)
# JOB="--job medium" (or BenchmarkDotNet's --iterationCount, --warmupCount ...) instead of the default --job short.
set -euo pipefail
results=$1; a=$2; b=$3; rounds=${4:-2}; filter=${5:-*}; job=${JOB:---job short}
mkdir -p "$results"
for round in $(seq 1 "$rounds"); do
  for side in a b; do
    dir=${!side}
    run="$results/$side$round"
    mkdir -p "$run"
    echo "$(date -u +%T) $side$round $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/runs.log"
    (cd "$run" && flock /tmp/npsbot-bench.lock setsid bash -c 'echo -20 > /proc/$$/autogroup; exec "$@"' measure \
      dotnet "$dir/bin/Release/net10.0/LanguageSince.dll" --filter "$filter" $job --inProcess \
      --exporters csv --artifacts "$run" > "$run/stdout.txt" 2>&1)
  done
done
echo "$(date -u +%T) done $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/runs.log"
