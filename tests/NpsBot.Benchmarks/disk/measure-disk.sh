#!/usr/bin/env bash
# Bytes on disk per survey conversation: starts the published server on a fresh data folder, plays N whole
# conversations with the load driver, lets the recurring storage.prune job empty the replay cache (retention 0 for
# the measurement, see README), stops the server, checkpoints the WAL and prints the file size and every table's and
# index's bytes (SQLite's dbstat virtual table) divided by N.
#
#   tests/NpsBot.Benchmarks/disk/measure-disk.sh SERVER_DLL [N=2000] [CONCURRENCY=8]
#
# e.g. dotnet publish src/NpsBot.Server -c Release -o /tmp/npsbot
#      tests/NpsBot.Benchmarks/disk/measure-disk.sh /tmp/npsbot/NpsBot.Server.dll 2000
#
# Environment: PORT (5099), DATA (a new temporary folder, removed after unless KEEP=1), RETENTION (00:00:00: the
# replay cache pruned before measuring; 1.00:00:00 keeps it, as a day of traffic does).
# Needs node and the sqlite3 shell. The server is stopped by its own PID.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
DLL=${1:?usage: measure-disk.sh SERVER_DLL [N] [CONCURRENCY]}
N=${2:-2000}
CONCURRENCY=${3:-8}
PORT=${PORT:-5099}
RETENTION=${RETENTION:-00:00:00}
DATA=${DATA:-$(mktemp -d)}
mkdir -p "$DATA"
URL="http://127.0.0.1:$PORT/api/messages"

SERVER_PID=""
stop_server() {
    [ -n "$SERVER_PID" ] || return 0
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.2
    done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}
cleanup() {
    stop_server
    [ "${KEEP:-0}" = 1 ] || rm -rf "$DATA"
}
trap cleanup EXIT

start_server() {
    dotnet "$DLL" --urls "http://127.0.0.1:$PORT" --data "$DATA" --Bot:LocalDevelopment=true \
        --Storage:ReplayRetention="$RETENTION" --Storage:PruneInterval=00:00:01 >"$DATA/server.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 600); do
        local code
        code=$(curl -s -o /dev/null -w '%{http_code}' -m 2 -X POST -H 'content-type: application/json' -d '{}' "$URL" || true)
        [ "$code" != "000" ] && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || { echo "server exited" >&2; cat "$DATA/server.log" >&2; return 1; }
        sleep 0.5
    done
    echo "server not listening on $URL after 300 s" >&2
    return 1
}

start_server
node "$HERE/../driver/drive.js" --url "$URL" --conversation-update --conversations "$N" \
    --concurrency "$CONCURRENCY" --duration-s 600 --out "$DATA/driver.json" >/dev/null
# The prune job runs every second here; two of its intervals and the replay cache is empty (retention 0).
sleep 3
stop_server

DB="$DATA/npsbot.db"
sqlite3 "$DB" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
CONVERSATIONS=$(sqlite3 "$DB" 'SELECT count(*) FROM conversations;')
FILE_BYTES=$(( $(stat -c %s "$DB") + $(stat -c %s "$DB-wal" 2>/dev/null || echo 0) ))
node -e '
const s = require(process.argv[1]);
console.log(`driver: ${s.conversations_completed} conversations (${s.conversations_failed} failed), ${s.turns} turns, ${s.turns_per_s} turns/s, p99 ${s.latency_ms.p99} ms, ${s.errors} errors`);
' "$DATA/driver.json"
echo "conversations in the database: $CONVERSATIONS"
echo "file + WAL after a TRUNCATE checkpoint: $FILE_BYTES bytes = $(( FILE_BYTES / CONVERSATIONS )) bytes per conversation"
echo "free pages: $(sqlite3 "$DB" 'PRAGMA freelist_count;') of $(sqlite3 "$DB" 'PRAGMA page_count;') ($(sqlite3 "$DB" 'PRAGMA page_size;') bytes each)"
echo
sqlite3 -header -column "$DB" "
SELECT name, count(*) AS pages, sum(pgsize) AS bytes, round(sum(pgsize) * 1.0 / $CONVERSATIONS) AS per_conversation,
       sum(ncell) AS cells, round(sum(payload) * 1.0 / $CONVERSATIONS) AS payload_per_conversation
FROM dbstat GROUP BY name ORDER BY bytes DESC;"
