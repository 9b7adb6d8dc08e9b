#!/usr/bin/env bash
# A throwaway Redis for several NpsBot instances on one machine (the scale-out tests, trying it out):
#   scripts/redis.sh start   installs redis-server from Debian's packages if missing, starts it in a new temporary
#                            folder on a free loopback port (no disk persistence) and prints its connection string
#   scripts/redis.sh env     prints the variable that makes the tests use it (eval "$(scripts/redis.sh env)")
#   scripts/redis.sh stop    stops it and deletes its folder
# One instance per checkout (the folder is recorded in a state file named after this checkout's path), or per
# NPSBOT_REDIS_STATE when set (a test that starts its own).
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$(pwd -P | md5sum | cut -c1-12)
state="${NPSBOT_REDIS_STATE:-${TMPDIR:-/tmp}/npsbot-redis-$(id -u)-$checkout}"

install_redis() {
  command -v redis-server >/dev/null 2>&1 && return
  if [ "$(id -u)" -ne 0 ]; then echo "redis-server is missing; install as root: apt-get install redis-server" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends redis-server >/dev/null
  command -v redis-server >/dev/null 2>&1 || { echo "redis-server was installed but is not on the PATH" >&2; exit 1; }
}

connection_string() { echo "127.0.0.1:$(cat "$1/port")"; }

running_dir() {
  [ -f "$state" ] || return 1
  local dir
  dir=$(cat "$state")
  [ -f "$dir/redis.pid" ] && kill -0 "$(cat "$dir/redis.pid")" 2>/dev/null && echo "$dir"
}

# A loopback port below the kernel's range for outgoing connections' own ports: a port in that range can be free to
# listen on one moment and taken as some connection's local port the next (seen under load: "Address already in
# use"), which a check by connecting does not see.
free_port() {
  local low port
  low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  [ "$low" -gt 21000 ] || low=60000
  port=$(( (RANDOM % (low - 20000)) + 20000 ))
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$(( (RANDOM % (low - 20000)) + 20000 )); done
  echo "$port"
}

start() {
  if dir=$(running_dir); then connection_string "$dir"; return; fi
  install_redis
  local dir port attempt
  # A port taken between the check and the bind makes redis-server exit at once: try another, a few times.
  for attempt in 1 2 3 4 5; do
    dir=$(mktemp -d "${TMPDIR:-/tmp}/npsbot-redis.XXXXXX")
    port=$(free_port)
    echo "$port" >"$dir/port"
    # Pub/sub only carries hints between instances: nothing to persist.
    redis-server --bind 127.0.0.1 --port "$port" --dir "$dir" --save "" --appendonly no \
      --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" || true
    for _ in $(seq 1 100); do
      if [ -s "$dir/redis.pid" ] && (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "$dir" >"$state"
        connection_string "$dir"
        return
      fi
      grep -q "Address already in use" "$dir/redis.log" 2>/dev/null && break
      sleep 0.1
    done
    if ! grep -q "Address already in use" "$dir/redis.log" 2>/dev/null || [ "$attempt" -eq 5 ]; then break; fi
    echo "port $port was taken before redis-server could listen on it; trying another" >&2
    rm -rf "$dir"
  done
  cat "$dir/redis.log" >&2
  rm -rf "$dir"
  echo "redis-server did not start" >&2
  exit 1
}

stop() {
  [ -f "$state" ] || return 0
  local dir pid
  dir=$(cat "$state")
  if [ -f "$dir/redis.pid" ]; then
    pid=$(cat "$dir/redis.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$dir" "$state"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env)
    dir=$(running_dir) || { echo "no Redis running: scripts/redis.sh start" >&2; exit 1; }
    echo "export NPSBOT_TEST_REDIS='$(connection_string "$dir")'"
    ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
