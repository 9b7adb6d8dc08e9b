#!/usr/bin/env bash
# One NpsBot run at one concurrency (server pinned to core 0, driver on core 1, fresh SQLite data folder), and what the
# server wrote and spent per turn over the measured window, from its /proc counters: bytes written to disk (the WAL's
# frames and the checkpoints' copies), write calls, the turn writer thread's CPU and the whole process's CPU.
#   bash tests/NpsBot.Benchmarks/turns/writes.sh LABEL <folder of a published NpsBot.Server> [customers=32]
# Environment: WARM (120 s warm-up: dynamic PGO, see pair.sh), DUR (20 s measured), OUT (results/writes-LABEL), MODELS (as in pair.sh), HOURS (as in pair.sh).
set -u
LABEL=${1:?label}; PUB=${2:?published server folder}; C=${3:-32}
WARM=${WARM:-120}; DUR=${DUR:-20}; OUT=${OUT:-results/writes-$LABEL}; mkdir -p "$OUT"
here=$(cd "$(dirname "$0")" && pwd)
. "$here/one-server.sh"
start_server "$PUB" "$OUT/server.log"
counters() { # bytes and calls written, then the writer thread's and the process's CPU ticks (the comm may hold spaces)
  grep -E '^(write_bytes|syscw):' /proc/$pid/io
  for t in /proc/$pid/task/*; do
    grep -q 'turn wri' "$t/comm" && sed 's/.*) //' "$t/stat" | awk '{print "writer_ticks: " $12+$13}'
  done
  sed 's/.*) //' /proc/$pid/stat | awk '{print "process_ticks: " $12+$13}'
}
(sleep "$WARM.5"; counters >"$OUT/start"; sleep $((DUR - 1)); counters >"$OUT/end") &
counting=$!
taskset -c 1 node "$here/../driver/drive.js" --url http://127.0.0.1:5000/api/messages --concurrency "$C" --duration-s "$DUR" \
  --warmup-s "$WARM" --server-pid $pid --label "$LABEL c$C" --out "$OUT/c$C.json" >/dev/null
wait $counting
stop_server
python3 - "$OUT" "$C" "$DUR" "$(getconf CLK_TCK)" <<'PY'
import json, sys
out, c, dur, hz = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
run = json.load(open(f'{out}/c{c}.json'))
read = lambda f: {k: int(v) for k, v in (line.split(':') for line in open(f'{out}/{f}'))}
start, end = read('start'), read('end')
turns = run['turns_per_s'] * (dur - 1)
per_turn = lambda key: (end[key] - start[key]) / turns
print(f"c={c}: {run['turns_per_s']} turns/s, p99 {run['latency_ms']['p99']} ms, {run['server']['cpu_ms_per_turn']} ms CPU/turn | "
      f"{per_turn('write_bytes') / 1024:.1f} KB and {per_turn('syscw'):.1f} write calls per turn, "
      f"writer thread {per_turn('writer_ticks') * 1e6 / hz:.0f} us/turn, process {per_turn('process_ticks') * 1e6 / hz:.0f} us/turn")
PY
