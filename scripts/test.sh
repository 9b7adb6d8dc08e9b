#!/usr/bin/env bash
# Runs every test project of the solution on SQLite, and every project that opens the database again on PostgreSQL (a
# throwaway cluster from scripts/postgres.sh, stopped at the end), in two lanes side by side (below); prints each
# project's output with its counts and seconds as it finishes, and ends with one plain line "N passed, N failed"
# summing both passes. Installs what the tests need first (Chromium for the browser tests, PostgreSQL), from Debian's
# packages. SKIP_POSTGRES=1 runs the SQLite pass alone (for a quick local run; CI never sets it).
set -uo pipefail
cd "$(dirname "$0")/.."

# The PostgreSQL pass (issue 13: the whole suite on both providers): every project that opens the database. The storage
# tests (every store, the turn store's SQL, the work queue, retention, insights, transcript search, the migrations), the
# server tests (every endpoint, the work queue's jobs, forgetting a customer, privacy and data at rest checked on
# PostgreSQL's own rows and files, seed-demo), the channel tests (Direct Line's activity log) and the browser tests.
# Each test gets a database of its own, a copy of one migrated template (tests/NpsBot.Testing/Hosting/TestStorage), on a
# cluster that keeps nothing to disk it need not (scripts/postgres.sh). POSTGRES_PROJECTS="<project files>" runs fewer
# (a quick local run); CI never sets it.
# Never run twice: the Conversations, Surveys, Recovery, Language and Console tests. None of those projects references
# NpsBot.Storage (nor the server): they test the dialogs, the survey, recovery, language and console logic in memory,
# so the database provider cannot change what they do.
all_postgres_projects="tests/NpsBot.Storage.Tests/NpsBot.Storage.Tests.csproj
  tests/NpsBot.Server.Tests/NpsBot.Server.Tests.csproj
  tests/NpsBot.Channels.Tests/NpsBot.Channels.Tests.csproj
  tests/NpsBot.EndToEnd.Tests/NpsBot.EndToEnd.Tests.csproj"
postgres_projects=${POSTGRES_PROJECTS:-all}
if [ "$postgres_projects" = all ]; then postgres_projects=$all_postgres_projects; fi
# Left out of the PostgreSQL pass, because they name their database themselves and so already ran on PostgreSQL in
# the SQLite pass, the same way: the two-instance tests (every case once per provider, on the run's cluster, which
# the SQLite pass gets too, whatever the pass), the concurrent writers and the forget racing an ANALYZE (always PostgreSQL). Running them
# again would test nothing new.
postgres_filter="FullyQualifiedName!~NpsBot.Server.Tests.ScaleOut.TwoInstancesTests&FullyQualifiedName!~NpsBot.Storage.Tests.Stores.ConcurrentWritersTests&FullyQualifiedName!~NpsBot.Server.Tests.Privacy.ForgetDuringAnalyzeTests"

bash scripts/install-test-deps.sh || { echo "could not install the test dependencies"; echo "0 passed, 1 failed"; exit 1; }

results=$(mktemp -d)

# The PostgreSQL cluster starts while the solution builds (initdb and its start wait on the disk, not the CPU), and the
# SQLite pass gets it too: the tests that always run on PostgreSQL (left out of the PostgreSQL pass, below) then use it
# instead of each class making a cluster of its own (TestPostgres).
if [ "${SKIP_POSTGRES:-0}" != "1" ]; then
  trap 'bash scripts/postgres.sh stop' EXIT
  bash scripts/postgres.sh start >"$results/postgres-connection" 2>"$results/postgres-start.log" &
  postgres_starting=$!
fi

if ! dotnet build NpsBot.sln -c Debug; then echo "0 passed, 1 failed"; exit 1; fi

# The cluster's connection string, once it has started; empty when it could not start (a failure, below).
postgres_connection=
if [ -n "${postgres_starting:-}" ] && wait "$postgres_starting"; then postgres_connection=$(cat "$results/postgres-connection"); fi

# CPU seconds used so far by the finished children of a shell (user + system, from /proc): around one project's run,
# what its test host and the servers and browsers it started used. Beside the wall seconds it says whether the project
# kept both cores busy (CPU near 2 x wall) or left the machine waiting (on timers, disks, other processes). Each lane
# below is a shell of its own, so a project's CPU is its own even while the other lane runs.
ticks_per_second=$(getconf CLK_TCK)
children_cpu_ticks() { awk '{ print $16 + $17 }' "/proc/$1/stat"; }

# run PROJECT LABEL [dotnet test arguments...]: runs one project, prints its output and its counts, seconds and CPU
# seconds in one piece (the two lanes never interleave their lines) and writes the counts to $results/LABEL/NAME.counts
# ("passed failed") for the sum at the end.
run() {
  local project=$1 label=$2; shift 2
  local name status trx counters p f e began cpu lane=$BASHPID
  name=$(basename "$project" .csproj)
  mkdir -p "$results/$label/$name"
  began=$(date +%s)
  cpu=$(children_cpu_ticks "$lane")
  # Safety net: a test still running after 5 minutes (a hung wait) has its test host killed, which fails the
  # project instead of hanging CI. 5 minutes is far above any single test here, browser tests included.
  dotnet test "$project" --no-build --blame-hang-timeout 5m --blame-hang-dump-type none --logger "trx;LogFileName=$name.trx" \
    --results-directory "$results/$label/$name" "$@" >"$results/$label/$name/output.log" 2>&1
  status=$?
  trx="$results/$label/$name/$name.trx"
  p=0; f=0
  if [ -f "$trx" ]; then
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); p=${p:-0}
    f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=${f:-0}
    e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$((f + ${e:-0}))
  fi
  # A crashed test host or a project that ran nothing counts as a failure, never as a pass.
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then echo "$name ($label) ran no test" >>"$results/$label/$name/output.log"; f=1; fi
  echo "$p $f" >"$results/$label/$name.counts"
  {
    cat "$results/$label/$name/output.log"
    echo "$name ($label): $p passed, $f failed in $(( $(date +%s) - began )) s (CPU $(( ($(children_cpu_ticks "$lane") - cpu) / ticks_per_second )) s)"
  } | say
}

# Prints its input in one piece: a lane's lines never land in the middle of the other's.
say() { { flock 9; cat; } 9>>"$results/output.lock"; }

sqlite_run() { NPSBOT_TEST_STORAGE=sqlite NPSBOT_TEST_POSTGRES="$postgres_connection" run "$1" sqlite "${@:2}"; }

postgres_run() {
  local project
  if [ "${SKIP_POSTGRES:-0}" = "1" ] || [ -z "$postgres_connection" ]; then return; fi
  for project in $postgres_projects; do
    if [ "$project" = "$1" ]; then
      NPSBOT_TEST_STORAGE=postgres NPSBOT_TEST_POSTGRES="$postgres_connection" run "$1" postgres --filter "$postgres_filter" "${@:2}"
    fi
  done
}

# The two lanes, run side by side: no project keeps both cores busy alone for long, and the suite's CPU (about 2,700 s
# in CI's run of round ci16) could not finish on 2 cores in less than half of it. The server tests (about half the
# CPU, both passes) are one lane, every other project (both passes) the other, so the lanes take about as long. Each
# lane runs its projects one after another; tests of both lanes share the PostgreSQL cluster (each test on a database
# of its own), the trained models (trained once, by the first to need them: TrainedModels) and loopback ports (all
# port 0).
server_project=tests/NpsBot.Server.Tests/NpsBot.Server.Tests.csproj
server_lane() {
  sqlite_run "$server_project" "$@"
  postgres_run "$server_project" "$@"
}
other_lane() {
  local project
  for project in tests/*/*.Tests.csproj; do
    if [ "$project" != "$server_project" ]; then sqlite_run "$project" "$@"; fi
  done
  for project in $postgres_projects; do
    if [ "$project" != "$server_project" ]; then postgres_run "$project" "$@"; fi
  done
}

if [ "${SKIP_POSTGRES:-0}" != "1" ] && [ -z "$postgres_connection" ]; then
  # PostgreSQL asked for but missing is a failure, never a skip.
  cat "$results/postgres-start.log"
  echo "could not start PostgreSQL (scripts/postgres.sh start)"; mkdir -p "$results/postgres"; echo "0 1" >"$results/postgres/start.counts"
fi

began=$(date +%s)
( lane_began=$(date +%s); server_lane "$@"; echo "Server lane: $(( $(date +%s) - lane_began )) s" | say ) &
server_lane_pid=$!
( lane_began=$(date +%s); other_lane "$@"; echo "Other lane: $(( $(date +%s) - lane_began )) s" | say ) &
other_lane_pid=$!
wait "$server_lane_pid" "$other_lane_pid"
echo "Tests: $(( $(date +%s) - began )) s"

passed=0; failed=0
for counts in "$results"/*/*.counts; do
  [ -f "$counts" ] || continue
  read -r p f <"$counts"
  passed=$((passed + p)); failed=$((failed + f))
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
