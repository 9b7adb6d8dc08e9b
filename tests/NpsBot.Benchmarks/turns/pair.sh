#!/usr/bin/env bash
# NpsBot and the Bot Framework peers back to back, each pinned to core 0 with the driver on core 1, at each
# concurrency against one server process (the first run with a longer warm-up), then a one-line summary per run.
#   BENCH=<the bench folder: driver/, peer-botbuilder-js/ and peer-agents-js/ (npm ci done)> \
#     bash tests/NpsBot.Benchmarks/turns/pair.sh LABEL <folder of a published NpsBot.Server, or none> ["8 32 64"]
# Environment: WARM1 (30 s, first run), WARM (10 s, later runs), DUR (20 s measured),
# PEERS ("peer agents": botbuilder-js and the Agents SDK; "" = NpsBot only; PEER=0 as before),
# OUT (results/LABEL), EXTRA (more server arguments), MODELS (a folder the trained models are copied from at start and
# to at the end, so that only the first run trains them), HOURS (see hours.sh: "open", the default, or "configured").
# Loopback only; every run stops by itself (warm-up + DUR).
set -u
LABEL=${1:?label}; PUB=${2:?published server folder}; CONC=${3:-"8 32"}
BENCH=${BENCH:?set BENCH to the bench folder}
WARM1=${WARM1:-30}; WARM=${WARM:-10}; DUR=${DUR:-20}; PEERS=${PEERS-"peer agents"}
[ "${PEER:-1}" = 0 ] && PEERS=""
OUT=${OUT:-results/$LABEL}; mkdir -p "$OUT"

run() { # name url pid
  local name=$1 url=$2 pid=$3 first=1 w
  taskset -c 1 node "$BENCH/driver/drive.js" --url "$url" --check >"$OUT/$name-check.txt" 2>&1 || echo "check FAILED: $name"
  for c in $CONC; do
    w=$WARM; [ $first = 1 ] && w=$WARM1; first=0
    echo "before $(cat /proc/loadavg)" >"$OUT/$name-c$c.load"
    taskset -c 1 node "$BENCH/driver/drive.js" --url "$url" --concurrency "$c" --duration-s "$DUR" --warmup-s "$w" \
      --server-pid "$pid" --label "$name c$c" --out "$OUT/$name-c$c.json" >/dev/null
    echo "after $(cat /proc/loadavg)" >>"$OUT/$name-c$c.load"
    node -e 'const s=require(process.argv[1]);console.log(`${process.argv[2]} c=${s.concurrency}: ${s.turns_per_s} turns/s, p50 ${s.latency_ms.p50} p99 ${s.latency_ms.p99} ms, errors ${s.errors}, empty ${s.empty_replies}, server ${s.server.cpu_ms_per_turn} ms CPU/turn (${s.server.cpu_pct_of_one_core} % of its core), RSS ${s.server.rss_mb_end} MB, other CPU ${s.other_cpu_pct_of_one_core} %`)' \
      "$(cd "$OUT" && pwd)/$name-c$c.json" "$name"
  done
}

wait_up() { # up to 10 minutes: a fresh data folder trains the theme and escalation models first (about 2.5 min on one core)
  for _ in $(seq 1 3000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -m 2 -X POST -H 'content-type: application/json' -d '{}' "$1" || true)" != 000 ] && return 0
    sleep 0.2
  done
  return 1
}

if [ "$PUB" != none ]; then   # PUB=none: the peers only
data=$(mktemp -d)
[ -n "${MODELS:-}" ] && cp "$MODELS"/* "$data"/ 2>/dev/null
(exec taskset -c 0 dotnet "$PUB/NpsBot.Server.dll" --urls http://127.0.0.1:5000 --data "$data" --Bot:LocalDevelopment=true \
  $(bash "$(dirname "$0")/hours.sh") ${EXTRA:-}) \
  >"$OUT/npsbot-server.log" 2>&1 &
pid=$!
wait_up http://127.0.0.1:5000/api/messages || echo "NpsBot did not start: see $OUT/npsbot-server.log"
run npsbot http://127.0.0.1:5000/api/messages $pid
kill -TERM $pid; wait $pid 2>/dev/null
[ -n "${MODELS:-}" ] && mkdir -p "$MODELS" && cp "$data"/*-model.* "$MODELS"/ 2>/dev/null
du -sh "$data" >"$OUT/npsbot-disk.txt"; rm -rf "$data"
fi

peer() { # name folder port
  (cd "$BENCH/$2" && exec taskset -c 0 env PORT=$3 node --no-deprecation index.js) >"$OUT/$1-server.log" 2>&1 &
  local pid=$!
  wait_up http://127.0.0.1:$3/api/messages || echo "$1 did not start: see $OUT/$1-server.log"
  run "$1" http://127.0.0.1:$3/api/messages $pid
  kill -TERM $pid; wait $pid 2>/dev/null
}

for p in $PEERS; do
  case $p in
    peer) peer peer peer-botbuilder-js 3978 ;;    # botbuilder-js 4.23.3, MemoryStorage
    agents) peer agents peer-agents-js 3979 ;;    # Microsoft 365 Agents SDK 1.8.1, MemoryStorage
    *) echo "unknown peer $p" ;;
  esac
done
