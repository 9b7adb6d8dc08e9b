# Sourced by profile.sh, writes.sh and kernel.sh: one published NpsBot pinned to core 0 on port 5000, on a fresh data folder.
#   start_server <published server folder> <log file> [environment for the server: NAME=value ...]   (sets $pid and $data)
#   stop_server
# MODELS (a folder the trained models are copied from at start and to at the end), HOURS (see hours.sh).
start_server() {
  local pub=$1 log=$2; shift 2
  data=$(mktemp -d)
  [ -n "${MODELS:-}" ] && cp "$MODELS"/* "$data"/ 2>/dev/null
  (exec taskset -c 0 env "$@" dotnet "$pub/NpsBot.Server.dll" --urls http://127.0.0.1:5000 --data "$data" \
    --Bot:LocalDevelopment=true $(bash "$(dirname "${BASH_SOURCE[0]}")/hours.sh")) >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do  # up to 10 minutes: a fresh data folder trains the models first
    [ "$(curl -s -o /dev/null -w '%{http_code}' -m 2 -X POST -H 'content-type: application/json' -d '{}' http://127.0.0.1:5000/api/messages || true)" != 000 ] && break
    sleep 0.2
  done
}

stop_server() {
  kill -TERM "$pid"; wait "$pid" 2>/dev/null
  [ -n "${MODELS:-}" ] && mkdir -p "$MODELS" && cp "$data"/*-model.* "$MODELS"/ 2>/dev/null
  rm -rf "$data"
}
