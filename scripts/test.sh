#!/usr/bin/env bash
# Runs every test project of the solution and ends with one plain line "N passed, N failed".
# Installs what the tests need first (Chromium for the browser tests), from Debian's packages.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-test-deps.sh || { echo "could not install the test dependencies"; echo "0 passed, 1 failed"; exit 1; }

if ! dotnet build NpsBot.sln -c Debug; then echo "0 passed, 1 failed"; exit 1; fi

results=$(mktemp -d)
passed=0; failed=0
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  # Safety net: a test still running after 5 minutes (a hung wait) has its test host killed, which fails the
  # project instead of hanging CI. 5 minutes is far above any single test here, browser tests included.
  dotnet test "$project" --no-build --blame-hang-timeout 5m --blame-hang-dump-type none --logger "trx;LogFileName=$name.trx" --results-directory "$results/$name" "$@"
  status=$?
  trx="$results/$name/$name.trx"
  p=0; f=0
  if [ -f "$trx" ]; then
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); p=${p:-0}
    f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=${f:-0}
    e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$((f + ${e:-0}))
  fi
  # A crashed test host or a project that ran nothing counts as a failure, never as a pass.
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then echo "$name ran no test"; f=1; fi
  echo "$name: $p passed, $f failed"
  passed=$((passed + p)); failed=$((failed + f))
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
