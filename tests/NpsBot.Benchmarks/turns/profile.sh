#!/usr/bin/env bash
# Where the server's CPU goes under load: the published NpsBot pinned to core 0 (JIT frames named), the driver on core 1
# at one concurrency, `perf record -g` of the server for 18 s inside the measured window, then the samples folded by
# method (whatever its JIT tier) with fold-perf.py. Run it inside the bench lock (see README.md).
#   BENCH=<the bench folder with driver/> bash tests/NpsBot.Benchmarks/turns/profile.sh LABEL <published server folder> [customers]
# Environment: WARM (120 s warm-up before the measured 20 s, so that the tiered JIT and dynamic PGO are done; perf starts 2 s after the warm-up), OUT (results/profile-LABEL),
# MODELS (as in pair.sh: trained models copied in at start and out at the end), HOURS (as in pair.sh).
set -u
LABEL=${1:?label}; PUB=${2:?published server folder}; C=${3:-32}
BENCH=${BENCH:?set BENCH to the bench folder}; WARM=${WARM:-120}
OUT=${OUT:-results/profile-$LABEL}; mkdir -p "$OUT"
here=$(cd "$(dirname "$0")" && pwd)
. "$here/one-server.sh"
start_server "$PUB" "$OUT/server.log" DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
taskset -c 1 node "$BENCH/driver/drive.js" --url http://127.0.0.1:5000/api/messages --check >"$OUT/check.txt" 2>&1 || echo "check FAILED"
echo "before $(cat /proc/loadavg)" >"$OUT/load"
(sleep $((WARM + 2)); perf record -e cpu-clock -g -p $pid -o "$OUT/perf.data" -- sleep 18 >"$OUT/perf-record.log" 2>&1) &
perfjob=$!
taskset -c 1 node "$BENCH/driver/drive.js" --url http://127.0.0.1:5000/api/messages --concurrency "$C" --duration-s 20 \
  --warmup-s "$WARM" --server-pid $pid --label "$LABEL c$C" --out "$OUT/c$C.json" >/dev/null
echo "after $(cat /proc/loadavg)" >>"$OUT/load"
wait $perfjob
# The perf map (/tmp/perf-PID.map) must still exist when the samples are read: read them before anything cleans /tmp.
perf script -i "$OUT/perf.data" -F comm,tid,ip,sym,dso 2>/dev/null | python3 "$here/fold-perf.py" - 60 >"$OUT/folded.txt"
stop_server
node -e 'const s=require(process.argv[1]);console.log(`c=${s.concurrency}: ${s.turns_per_s} turns/s, p99 ${s.latency_ms.p99} ms, errors ${s.errors}, server ${s.server.cpu_ms_per_turn} ms CPU/turn (${s.server.cpu_pct_of_one_core} %)`)' \
  "$(cd "$OUT" && pwd)/c$C.json"
head -40 "$OUT/folded.txt"
