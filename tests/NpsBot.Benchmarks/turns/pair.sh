#!/usr/bin/env bash
# NpsBot and the Bot Framework peers back to back, each pinned to core 0 with the driver on core 1, at each
# concurrency against one server process (the first run with a longer warm-up), then a one-line summary per run.
# The driver is the project's copy (tests/NpsBot.Benchmarks/driver); the bench folder gives the peers.
#   BENCH=<the bench folder: peer-botbuilder-js/ and peer-agents-js/ (npm ci done)> \
#     bash tests/NpsBot.Benchmarks/turns/pair.sh LABEL <folder of a published NpsBot.Server, or none> ["8 32 64"]
# Environment: WARM1 (120 s, first run: on one core with dynamic PGO the server reaches full speed after about two
# minutes of load), WARM (10 s, later runs), DUR (20 s measured),
# SETUPS (how NpsBot runs, one after another: "sqlite", the default; "postgres", one instance on a PostgreSQL cluster
# with its durable defaults, started for the run from Debian's packages by scripts/postgres.sh; "postgres2", two
# instances on one such cluster and a Redis, every conversation's turns alternating between them; the cluster, Redis
# and every instance share core 0, so CPU per turn counts all of them; after a PostgreSQL setup's runs its cluster's
# transaction counters are in OUT/npsbot-<setup>-transactions.txt, a rolled-back one a batch written again; the
# PostgreSQL setups run the server with DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0 as deployment/README.md advises:
# PG_SPIN=<n> sets another, PG_SPIN= none),
# PEERS ("peer agents echo": botbuilder-js, the Agents SDK and the bare endpoint a turn's CPU is set against, ASP.NET
# Core echoing the activity's text (the bench folder's limit-echo; driver-bound, so its CPU per turn is the figure);
# "" = NpsBot only; PEER=0 as before),
# OUT (results/LABEL), EXTRA (more server arguments), MODELS (a folder the trained models are copied from at start and
# to at the end, so that only the first run trains them), HOURS (see hours.sh: "open", the default, or "configured").
# Loopback only; every run stops by itself (warm-up + DUR).
set -u
LABEL=${1:?label}; PUB=${2:?published server folder}; CONC=${3:-"8 32"}
BENCH=${BENCH:?set BENCH to the bench folder}
WARM1=${WARM1:-120}; WARM=${WARM:-10}; DUR=${DUR:-20}; PEERS=${PEERS-"peer agents echo"}
[ "${PEER:-1}" = 0 ] && PEERS=""
OUT=${OUT:-results/$LABEL}; mkdir -p "$OUT"

here=$(cd "$(dirname "$0")" && pwd)
driver=$here/../driver/drive.js

run() { # name "url..." "pid..." [database pid]
  local name=$1 urls=() pids=() db=() first=1 w u
  for u in $2; do urls+=(--url "$u"); done
  for u in $3; do pids+=(--server-pid "$u"); done
  [ -n "${4:-}" ] && db=(--db-pid "$4")
  taskset -c 1 node "$driver" "${urls[@]}" --check >"$OUT/$name-check.txt" 2>&1 || echo "check FAILED: $name"
  for c in $CONC; do
    w=$WARM; [ $first = 1 ] && w=$WARM1; first=0
    echo "before $(cat /proc/loadavg)" >"$OUT/$name-c$c.load"
    taskset -c 1 node "$driver" "${urls[@]}" --concurrency "$c" --duration-s "$DUR" --warmup-s "$w" \
      "${pids[@]}" "${db[@]}" --label "$name c$c" --out "$OUT/$name-c$c.json" >/dev/null
    echo "after $(cat /proc/loadavg)" >>"$OUT/$name-c$c.load"
    node -e 'const s=require(process.argv[1]);const d=s.database?`, database ${s.database.cpu_ms_per_turn} ms CPU/turn (${s.database.cpu_pct_of_one_core} %)`:"";console.log(`${process.argv[2]} c=${s.concurrency}: ${s.turns_per_s} turns/s, p50 ${s.latency_ms.p50} p99 ${s.latency_ms.p99} ms, errors ${s.errors}, empty ${s.empty_replies}, server ${s.server.cpu_ms_per_turn} ms CPU/turn (${s.server.cpu_pct_of_one_core} % of its core)${d}, RSS ${s.server.rss_mb_end} MB, other CPU ${s.other_cpu_pct_of_one_core} %`)' \
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

# npsbot PORT DATA [server arguments...]: one instance pinned to core 0; its pid in $started.
npsbot() {
  local port=$1 data=$2; shift 2
  (exec taskset -c 0 env ${SPIN:+DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=$SPIN} dotnet "$PUB/NpsBot.Server.dll" --urls http://127.0.0.1:$port --data "$data" --Bot:LocalDevelopment=true \
    $(bash "$here/hours.sh") ${EXTRA:-} "$@") >>"$OUT/npsbot-$port-server.log" 2>&1 &
  started=$!
}

# Every process of a service started by a script (PostgreSQL's postmaster and its children, Redis) onto core 0;
# backends forked later inherit the postmaster's.
pin_tree() { local p; for p in $1 $(pgrep -P "$1"); do taskset -a -p 1 "$p" >/dev/null; done; }

setup() { # sqlite | postgres | postgres2
  local data pids=() urls=() args=() pg="" state redis
  data=$(mktemp -d)
  [ -n "${MODELS:-}" ] && cp "$MODELS"/* "$data"/ 2>/dev/null
  state=$(mktemp -u)
  SPIN=""
  if [ "$1" != sqlite ]; then
    SPIN=${PG_SPIN-0}   # deployment/README.md: idle workers wait at once on PostgreSQL (PG_SPIN= keeps .NET's default)
    args=(--Storage:Provider=postgres "--Storage:ConnectionString=$(NPSBOT_POSTGRES_STATE=$state.pg NPSBOT_POSTGRES_DURABLE=1 bash "$here/../../../scripts/postgres.sh" start)")
    pg=$(head -1 "$(cat "$state.pg")/data/postmaster.pid"); pin_tree "$pg"
  fi
  if [ "$1" = postgres2 ]; then
    redis=$(NPSBOT_REDIS_STATE=$state.redis bash "$here/../../../scripts/redis.sh" start)
    pin_tree "$(cat "$(cat "$state.redis")/redis.pid")"
    args+=("--Redis:ConnectionString=$redis")
  fi
  # The first instance creates the data folder's key and Direct Line secret; the second starts after it (deployment/README.md).
  npsbot 5000 "$data" "${args[@]}"; pids+=("$started"); urls+=(http://127.0.0.1:5000/api/messages)
  wait_up http://127.0.0.1:5000/api/messages || echo "NpsBot did not start: see $OUT/npsbot-5000-server.log"
  if [ "$1" = postgres2 ]; then
    npsbot 5001 "$data" "${args[@]}"; pids+=("$started"); urls+=(http://127.0.0.1:5001/api/messages)
    wait_up http://127.0.0.1:5001/api/messages || echo "NpsBot did not start: see $OUT/npsbot-5001-server.log"
  fi
  run "npsbot-$1" "${urls[*]}" "${pids[*]}" "$pg"
  # The cluster's transactions since it started: a rolled-back one is a batch that lost a race and was written again.
  [ -n "$pg" ] && NPSBOT_POSTGRES_STATE=$state.pg bash "$here/../../../scripts/postgres.sh" psql -Atc \
    "select 'commits ' || sum(xact_commit) || ', rollbacks ' || sum(xact_rollback) || ', rows inserted ' || sum(tup_inserted) || ', updated ' || sum(tup_updated) from pg_stat_database" \
    >"$OUT/npsbot-$1-transactions.txt" 2>&1
  kill -TERM "${pids[@]}"; wait "${pids[@]}" 2>/dev/null
  [ -n "${MODELS:-}" ] && mkdir -p "$MODELS" && cp "$data"/*-model.* "$MODELS"/ 2>/dev/null
  du -sh "$data" >"$OUT/npsbot-$1-disk.txt"; rm -rf "$data"
  [ -n "$pg" ] && NPSBOT_POSTGRES_STATE=$state.pg bash "$here/../../../scripts/postgres.sh" stop
  [ "$1" = postgres2 ] && NPSBOT_REDIS_STATE=$state.redis bash "$here/../../../scripts/redis.sh" stop
}

if [ "$PUB" != none ]; then   # PUB=none: the peers only
  for s in ${SETUPS:-sqlite}; do setup "$s"; done
fi

serve() { # name port command...: one peer pinned to core 0, loaded at each concurrency, stopped
  local name=$1 port=$2; shift 2
  ("$@") >"$OUT/$name-server.log" 2>&1 &
  local pid=$!
  wait_up http://127.0.0.1:$port/api/messages || echo "$name did not start: see $OUT/$name-server.log"
  run "$name" http://127.0.0.1:$port/api/messages $pid
  kill -TERM $pid; wait $pid 2>/dev/null
}

node_peer() { cd "$BENCH/$1" && exec taskset -c 0 env PORT=$2 node --no-deprecation index.js; }

# The bare endpoint the issue measures a turn's CPU against: ASP.NET Core deserializing the activity and echoing its
# text, nothing else (the bench folder's limit-echo, published from a copy into OUT so the bench folder stays clean).
echo_endpoint() {
  local src; src=$(mktemp -d)
  cp -r "$BENCH/limit-echo/." "$src"/ && rm -rf "$src/bin" "$src/obj"
  dotnet publish "$src" -c Release -o "$OUT/limit-echo" >"$OUT/echo-build.log" 2>&1 || echo "limit-echo did not build: see $OUT/echo-build.log"
  rm -rf "$src"
  exec taskset -c 0 env PORT=$1 "$OUT/limit-echo/LimitEcho"
}

for p in $PEERS; do
  case $p in
    peer) serve peer 3978 node_peer peer-botbuilder-js 3978 ;;   # botbuilder-js 4.23.3, MemoryStorage
    agents) serve agents 3979 node_peer peer-agents-js 3979 ;;   # Microsoft 365 Agents SDK 1.8.1, MemoryStorage
    echo) serve echo 5080 echo_endpoint 5080 ;;                  # ASP.NET Core, System.Text.Json, no state
    *) echo "unknown peer $p" ;;
  esac
done
