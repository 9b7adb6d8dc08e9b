#!/usr/bin/env bash
# Runs every test project of the solution on SQLite, and every project that opens the database again on PostgreSQL (a
# throwaway cluster from scripts/postgres.sh, stopped at the end); prints each project's counts and seconds and ends
# with one plain line "N passed, N failed" summing both passes. Installs what the tests need first (Chromium for the
# browser tests, PostgreSQL), from Debian's packages. SKIP_POSTGRES=1 runs the SQLite pass alone (for a quick local
# run; CI never sets it).
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

# The cluster's connection string, once it has started; empty when it could not start (the PostgreSQL pass says so).
postgres_connection=
if [ -n "${postgres_starting:-}" ] && wait "$postgres_starting"; then postgres_connection=$(cat "$results/postgres-connection"); fi

# CPU seconds used so far by the finished children of this shell (user + system, from /proc): around one project's run,
# what its test host and the servers and browsers it started used. Beside the wall seconds it says whether the project
# kept both cores busy (CPU near 2 x wall) or left the machine waiting (on timers, disks, other processes).
ticks_per_second=$(getconf CLK_TCK)
children_cpu_ticks() { awk '{ print $16 + $17 }' "/proc/$$/stat"; }

# run PROJECT LABEL [dotnet test arguments...]: runs one project, prints its counts, seconds and CPU seconds and writes
# them to $results/LABEL/NAME.counts ("passed failed") for the sum at the end.
run() {
  local project=$1 label=$2; shift 2
  local name status trx counters p f e began cpu
  name=$(basename "$project" .csproj)
  began=$(date +%s)
  cpu=$(children_cpu_ticks)
  # Safety net: a test still running after 5 minutes (a hung wait) has its test host killed, which fails the
  # project instead of hanging CI. 5 minutes is far above any single test here, browser tests included.
  dotnet test "$project" --no-build --blame-hang-timeout 5m --blame-hang-dump-type none --logger "trx;LogFileName=$name.trx" --results-directory "$results/$label/$name" "$@"
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
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then echo "$name ($label) ran no test"; f=1; fi
  echo "$name ($label): $p passed, $f failed in $(( $(date +%s) - began )) s (CPU $(( ($(children_cpu_ticks) - cpu) / ticks_per_second )) s)"
  mkdir -p "$results/$label"
  echo "$p $f" >"$results/$label/$name.counts"
}

sqlite_pass() {
  local project
  for project in tests/*/*.Tests.csproj; do
    NPSBOT_TEST_STORAGE=sqlite NPSBOT_TEST_POSTGRES="$postgres_connection" run "$project" sqlite "$@"
  done
}

postgres_pass() {
  local project started
  started=$(date +%s)
  if [ -n "$postgres_connection" ]; then
    for project in $postgres_projects; do
      NPSBOT_TEST_STORAGE=postgres NPSBOT_TEST_POSTGRES="$postgres_connection" run "$project" postgres --filter "$postgres_filter" "$@"
    done
  else
    # PostgreSQL asked for but missing is a failure, never a skip.
    cat "$results/postgres-start.log"
    echo "could not start PostgreSQL (scripts/postgres.sh start)"; mkdir -p "$results/postgres"; echo "0 1" >"$results/postgres/start.counts"
  fi
  echo "PostgreSQL pass: $(( $(date +%s) - started )) s"
}

began=$(date +%s)
if [ "${SKIP_POSTGRES:-0}" = "1" ]; then
  sqlite_pass "$@"
else
  sqlite_pass "$@"
  postgres_pass "$@"
fi
echo "Tests: $(( $(date +%s) - began )) s"

passed=0; failed=0
for counts in "$results"/*/*.counts; do
  [ -f "$counts" ] || continue
  read -r p f <"$counts"
  passed=$((passed + p)); failed=$((failed + f))
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
