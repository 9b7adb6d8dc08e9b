#!/usr/bin/env bash
# What the kernel does per turn: one NpsBot run at one concurrency (server pinned to core 0, driver on core 1, fresh
# SQLite data folder), and over 10 s of the load (after the warm-up) the context switches and system calls of all the
# server's threads, counted with perf's tracepoints, divided by the turns (one `sendto` per turn): the commits (fsync),
# the WAL's writes, page reads, the thread pool's yields, futex waits and wakes. Counts, not times: on a host whose speed
# moves between runs they still compare two builds or two settings. The tracing slows the server; its turns/s mean nothing.
#   bash tests/NpsBot.Benchmarks/turns/kernel.sh LABEL <folder of a published NpsBot.Server> [customers=32] [NAME=value ...]
# The NAME=value pairs are the server's environment (e.g. DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0).
# Environment: WARM (70 s of load before counting), OUT (results/kernel-LABEL), MODELS and HOURS (as in pair.sh). Needs perf.
set -u
LABEL=${1:?label}; PUB=${2:?published server folder}; C=${3:-32}; shift $(( $# < 3 ? $# : 3 ))
WARM=${WARM:-70}; OUT=${OUT:-results/kernel-$LABEL}; mkdir -p "$OUT"
here=$(cd "$(dirname "$0")" && pwd)
. "$here/one-server.sh"
start_server "$PUB" "$OUT/server.log" "$@"
taskset -c 1 node "$here/../driver/drive.js" --url http://127.0.0.1:5000/api/messages --concurrency "$C" --duration-s 30 \
  --warmup-s "$((WARM - 10))" --server-pid $pid --label "$LABEL c$C" --out "$OUT/c$C.json" >/dev/null &
driver=$!
sleep "$WARM"
events=context-switches
for call in fsync pwrite64 pread64 sched_yield futex sendto recvfrom; do events+=",syscalls:sys_enter_$call"; done
perf stat -e "$events" --per-thread -p $pid -o "$OUT/counts.txt" -- sleep 10
wait $driver
stop_server
python3 - "$OUT/counts.txt" "$C" <<'PY'
import collections, re, sys
totals = collections.Counter()
for line in open(sys.argv[1]):
    m = re.match(r'\s*(.+?)-\d+\s+([\d,]+)\s+(\S+)', line)
    if m:
        totals[m.group(3).replace('syscalls:sys_enter_', '')] += int(m.group(2).replace(',', ''))
turns = totals['sendto'] or 1
print(f"c={sys.argv[2]}: {turns} turns counted, {turns / max(totals['fsync'], 1):.1f} turns per commit; per turn: " +
      ", ".join(f"{name} {totals[name] / turns:.1f}" for name in
                ('pwrite64', 'pread64', 'sched_yield', 'context-switches', 'futex', 'recvfrom')))
PY
