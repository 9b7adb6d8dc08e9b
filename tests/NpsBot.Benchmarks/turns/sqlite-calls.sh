#!/usr/bin/env bash
# What SQLite does per turn, inside the library: uprobes (perf probe) on functions of the published server's
# libe_sqlite3.so, counted per thread over 10 s of load after 50 s at one concurrency, split into the turn writer's
# thread and the rest, divided by the turns (one `sendto` per turn): statements stepped, mallocs, mutex entries, UTF-16
# conversions, page-cache resets (a reader's cache emptied by a commit; a temporary b-tree closed) and the kernel's
# WAL writes and page reads. Counts, not times: they compare two builds on a host whose speed moves. The probes slow the
# server several times; its turns/s mean nothing.
#   bash tests/NpsBot.Benchmarks/turns/sqlite-calls.sh LABEL <folder of a published NpsBot.Server> [customers=32] [NAME=value ...]
# Environment: WARM (50 s), OUT (results/sqlite-calls-LABEL), MODELS and HOURS (as in pair.sh). Needs perf with uprobes.
set -u
LABEL=${1:?label}; PUB=${2:?published server folder}; C=${3:-32}; shift $(( $# < 3 ? $# : 3 ))
WARM=${WARM:-50}; OUT=${OUT:-results/sqlite-calls-$LABEL}; mkdir -p "$OUT"
here=$(cd "$(dirname "$0")" && pwd)
lib=$PUB/runtimes/linux-x64/native/libe_sqlite3.so
perf probe -d 'probe_libe_sqlite3:*' >/dev/null 2>&1
for f in sqlite3_step sqlite3MemMalloc pthreadMutexEnter sqlite3VdbeMemTranslate pager_reset; do
  perf probe -x "$lib" "$f" >/dev/null 2>&1 || echo "no probe on $f"
done
. "$here/one-server.sh"
start_server "$PUB" "$OUT/server.log" "$@"
taskset -c 1 node "$here/../driver/drive.js" --url http://127.0.0.1:5000/api/messages --concurrency "$C" --duration-s 25 \
  --warmup-s "$((WARM - 5))" --out "$OUT/c$C.json" >/dev/null 2>&1 &
driver=$!
sleep "$WARM"
events=$(perf probe -l 2>/dev/null | awk '{print $1}' | paste -sd, -)
perf stat -e "$events,syscalls:sys_enter_sendto,syscalls:sys_enter_fsync,syscalls:sys_enter_pwrite64,syscalls:sys_enter_pread64" \
  --per-thread -p $pid -o "$OUT/counts.txt" -- sleep 10
wait $driver
stop_server
perf probe -d 'probe_libe_sqlite3:*' >/dev/null 2>&1
python3 "$here/per-thread.py" "$OUT/counts.txt" "$LABEL" 10
