#!/usr/bin/env bash
# Microsoft 365 Agents Playground for a person, in their own browser, as one of the demo people.
#
#   bot/e2e/playground.sh [--as alex|megan|patti|adele|isaiah|lynne] [--port 3978] [--playground-port 56150]
#                         [--jar bot/target/excoord-bot.jar] [--data-dir bot/.excoord/pgdata]
#   bot/e2e/playground.sh --list          # who one can be
#
# Builds nothing. If an app already answers on 127.0.0.1:<port> (e.g. ./mvnw -pl bot spring-boot:run), the Playground
# talks to it and it is left running; otherwise this starts the jar on that port with the embedded PostgreSQL in
# --data-dir (the same folder the run command uses, so the data are the same) and stops it again on Ctrl-C.
# The Playground opens no browser: open the URL it prints. To be someone else, press Ctrl-C and start it again with
# another --as (keep the app running separately and the switch takes seconds). Logs: bot/target/playground/.
set -euo pipefail

E2E="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$E2E/../.." && pwd)"
source "$E2E/lib/playground.sh"

USER_KEY=alex; BOT_PORT=3978; PG_PORT=56150
JAR="$ROOT/bot/target/excoord-bot.jar"; DATA_DIR="$ROOT/bot/.excoord/pgdata"
OUT="$ROOT/bot/target/playground"
while [ $# -gt 0 ]; do
  case "$1" in
    --as) USER_KEY="${2:?--as needs a name}"; shift 2 ;;
    --port) BOT_PORT="${2:?--port needs a number}"; shift 2 ;;
    --playground-port) PG_PORT="${2:?--playground-port needs a number}"; shift 2 ;;
    --jar) JAR="${2:?--jar needs a file}"; shift 2 ;;
    --data-dir) DATA_DIR="${2:?--data-dir needs a folder}"; shift 2 ;;
    --list) playground_users; exit 0 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
USER_KEY="$(echo "$USER_KEY" | tr '[:upper:]' '[:lower:]')"
log() { echo "[playground] $*"; }

BOT_PID=""; PLAYGROUND_PID=""; COPY_DIR=""
stop() { # $1 name, $2 pid of a session leader (setsid): TERM its process group, then KILL what is left after 20 s
  local name="$1" pid="$2" i
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || true
  for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$pid" 2>/dev/null && kill -KILL -- "-$pid" 2>/dev/null || true
  log "stopped $name"
}
cleanup() {
  trap - EXIT INT TERM
  stop "the Playground" "$PLAYGROUND_PID"
  stop "the app" "$BOT_PID"
  [ -n "$COPY_DIR" ] && rm -rf "$COPY_DIR"
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

node "$E2E/lib/playground-config.js" --as "$USER_KEY" > /dev/null || { playground_users >&2; exit 2; }
if [ ! -x "$E2E/node_modules/.bin/agentsplayground" ]; then
  log "installing the Playground (npm ci in bot/e2e)"
  (cd "$E2E" && npm ci --no-audit --no-fund --loglevel=error)
fi
mkdir -p "$OUT"
BOT_URL="http://127.0.0.1:$BOT_PORT"

if curl -sf --max-time 2 "$BOT_URL/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
  log "using the app already running on $BOT_URL (left running)"
else
  [ -f "$JAR" ] || { log "no $JAR: build it first (./mvnw -q -pl bot -am package -DskipTests), or start the app"; exit 1; }
  if curl -s -o /dev/null --max-time 2 "$BOT_URL/"; then log "port $BOT_PORT is taken by something else: use --port"; exit 1; fi
  # run a copy: a build meanwhile rewrites the jar under the running JVM
  COPY_DIR="$(mktemp -d /tmp/excoord-playground.XXXXXX)"
  cp "$JAR" "$COPY_DIR/excoord-bot.jar"
  mkdir -p "$(dirname "$DATA_DIR")"
  (cd "$OUT" && exec setsid java -jar "$COPY_DIR/excoord-bot.jar" --server.port="$BOT_PORT" \
    --excoord.embedded-postgres.data-dir="$DATA_DIR" > "$OUT/bot.log" 2>&1 < /dev/null) &
  BOT_PID=$!
  log "starting the app on $BOT_URL (data in $DATA_DIR, log $OUT/bot.log)…"
  S=$(date +%s)
  until curl -sf --max-time 2 "$BOT_URL/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$BOT_PID" 2>/dev/null || { log "the app exited:"; tail -30 "$OUT/bot.log"; exit 1; }
    [ $(( $(date +%s) - S )) -lt 300 ] || { log "the app is not UP after 300 s:"; tail -30 "$OUT/bot.log"; exit 1; }
    sleep 0.5 # poll interval of a bounded wait for health UP
  done
  log "app UP in $(( $(date +%s) - S )) s"
fi

if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PG_PORT/"; then
  log "port $PG_PORT is taken (another Playground?): use --playground-port"; exit 1
fi
playground_start "$USER_KEY" "$BOT_URL" "$PG_PORT" "$OUT/playground-$USER_KEY"
playground_wait "$PG_PORT" 30 || { log "the Playground did not start:"; cat "$OUT/playground-$USER_KEY/playground.log"; exit 1; }
log "you are $(playground_users | grep "^$USER_KEY " | sed "s/^$USER_KEY *//")"
log "open http://localhost:$PG_PORT in your browser (from another machine: ssh -L $PG_PORT:localhost:$PG_PORT <this host>)"
log "Ctrl-C stops the Playground${BOT_PID:+ and the app}"
wait "$PLAYGROUND_PID" || true
log "the Playground exited (log: $OUT/playground-$USER_KEY/playground.log)"
