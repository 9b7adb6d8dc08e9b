#!/usr/bin/env bash
# The server's CPU per turn split between the turn writer's thread and all the others (perf stat task-clock per thread,
# 20 s after WARM s of load at one concurrency). On a host whose speed moves between runs, the writer's CPU divided by
# the others' is steadier than either: a change to the writer alone shows in that ratio when turns/s cannot show it.
#   bash tests/NpsBot.Benchmarks/turns/thread-cpu.sh LABEL <folder of a published NpsBot.Server> [customers=32] [NAME=value ...]
# Environment: WARM (100 s), OUT (results/thread-cpu-LABEL), MODELS and HOURS (as in pair.sh). Needs perf.
set -u
LABEL=${1:?label}; PUB=${2:?published server folder}; C=${3:-32}; shift $(( $# < 3 ? $# : 3 ))
WARM=${WARM:-100}; OUT=${OUT:-results/thread-cpu-$LABEL}; mkdir -p "$OUT"
here=$(cd "$(dirname "$0")" && pwd)
. "$here/one-server.sh"
start_server "$PUB" "$OUT/server.log" "$@"
taskset -c 1 node "$here/../driver/drive.js" --url http://127.0.0.1:5000/api/messages --concurrency "$C" --duration-s "$((WARM + 25))" \
  --warmup-s 0 --out "$OUT/c$C.json" >/dev/null 2>&1 &
driver=$!
sleep "$WARM"
perf stat -e task-clock,syscalls:sys_enter_sendto --per-thread -p $pid -o "$OUT/counts.txt" -- sleep 20
wait $driver
stop_server
python3 "$here/per-thread.py" "$OUT/counts.txt" "$LABEL" 20
