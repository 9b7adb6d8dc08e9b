#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (and for trying NpsBot on PostgreSQL):
#   scripts/postgres.sh start   installs PostgreSQL from Debian's packages if missing, creates a cluster in a new
#                               temporary folder (initdb, trust authentication for the local user, listening only on a
#                               unix socket in that folder), starts it and prints its connection string
#   scripts/postgres.sh env     prints the variables that make the tests use it (eval "$(scripts/postgres.sh env)")
#   scripts/postgres.sh stop    stops the cluster and deletes its folder
#   scripts/postgres.sh psql …  runs psql on the running cluster with these arguments (the benchmark reads its counters)
# One cluster per checkout: the folder is recorded in a state file named after this checkout's path
# (NPSBOT_POSTGRES_STATE names another state file: a cluster of its own, as the scale-out tests start).
# NPSBOT_POSTGRES_DURABLE=1 keeps PostgreSQL's durable defaults (fsync, synchronous commit, full pages), for a
# benchmark that must compare like with like: NpsBot's SQLite fsyncs every commit.
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$(pwd -P | md5sum | cut -c1-12)
state="${NPSBOT_POSTGRES_STATE:-${TMPDIR:-/tmp}/npsbot-postgres-$(id -u)-$checkout}"

# The superuser is the OS user running the server; initdb refuses root, so root runs it as Debian's postgres user.
if [ "$(id -u)" -eq 0 ]; then owner=postgres; else owner=$(id -un); fi
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

bindir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/initdb" ] && { echo "$dir"; return; }; done
  command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ] && { pg_config --bindir; return; }
  return 1
}

install_postgres() {
  bindir >/dev/null && return
  if [ "$(id -u)" -ne 0 ]; then echo "PostgreSQL is missing; install as root: apt-get install postgresql" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  bindir >/dev/null || { echo "PostgreSQL was installed but initdb was not found" >&2; exit 1; }
}

connection_string() {
  local dir=$1 port
  port=$(cat "$dir/port")
  echo "Host=$dir;Port=$port;Username=$owner;Database=postgres"
}

running_dir() {
  [ -f "$state" ] || return 1
  local dir
  dir=$(cat "$state")
  [ -d "$dir/data" ] && as_owner "$(bindir)/pg_ctl" status -D "$dir/data" >/dev/null 2>&1 && echo "$dir"
}

start() {
  if dir=$(running_dir); then connection_string "$dir"; return; fi
  install_postgres
  local bin dir port
  bin=$(bindir)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/npsbot-postgres.XXXXXX")
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  # The socket lives in the private folder, so the port only names it; still one no other server uses.
  port=$(( (RANDOM % 20000) + 40000 ))
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$(( (RANDOM % 20000) + 40000 )); done
  echo "$port" >"$dir/port"
  as_owner "$bin/initdb" -D "$dir/data" -U "$owner" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # A throwaway test cluster, deleted by stop: no TCP, room for every test server's pool. Nothing in it must survive a
  # crash of the machine (the durability of a commit is PostgreSQL's, not what these tests check), so it writes no
  # more than it must: fsync off (no flush to disk), synchronous_commit off (a commit does not wait for its WAL to be
  # written) and full_page_writes off (no whole pages in the WAL after a checkpoint). Never settings for a real server.
  cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$dir'
port = $port
max_connections = 400
CONF
  if [ "${NPSBOT_POSTGRES_DURABLE:-0}" != 1 ]; then
    printf 'fsync = off\nfull_page_writes = off\nsynchronous_commit = off\n' >>"$dir/data/postgresql.conf"
  fi
  as_owner "$bin/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -w -t 60 >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "$dir" >"$state"
  connection_string "$dir"
}

stop() {
  [ -f "$state" ] || return 0
  local dir
  dir=$(cat "$state")
  if [ -d "$dir/data" ]; then as_owner "$(bindir)/pg_ctl" stop -D "$dir/data" -m fast -w >/dev/null 2>&1 || true; fi
  rm -rf "$dir" "$state"
}

# The running cluster's folder, or the advice to start one.
running_or_exit() { running_dir || { echo "no cluster running: scripts/postgres.sh start" >&2; exit 1; }; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env)
    dir=$(running_or_exit) || exit 1
    echo "export NPSBOT_TEST_STORAGE=postgres"
    echo "export NPSBOT_TEST_POSTGRES='$(connection_string "$dir")'"
    ;;
  psql)
    dir=$(running_or_exit) || exit 1
    shift
    as_owner "$(bindir)/psql" -h "$dir" -p "$(cat "$dir/port")" -U "$owner" -d postgres "$@"
    ;;
  *) echo "usage: $0 start|stop|env|psql" >&2; exit 2 ;;
esac
