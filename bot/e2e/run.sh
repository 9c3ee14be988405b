#!/usr/bin/env bash
# End-to-end test of the excoord Teams bot with Microsoft 365 Agents Playground (no-auth) and headless Chromium.
#
#   ./mvnw -q -B -ntp install -DskipTests     # once, from the repository root: builds bot/target/excoord-bot.jar
#   bot/e2e/run.sh
#
# Installs Debian chromium if /usr/bin/chromium is missing and the npm packages (npm ci), starts the bot jar on
# 127.0.0.1:<a free port> with a fresh embedded PostgreSQL, starts the Playground on another free port pointed at
# /api/messages, runs playground-e2e.js, then validate-cards.js. Stops everything it started, whatever happens.
# Artifacts: bot/target/e2e/ (screenshots/, cards/, png/, logs/). Exit code non-zero on any failure.
# Environment: E2E_USER (alex: the Playground's current user, see lib/playground-config.js --list),
# E2E_BOT_PORT and E2E_PLAYGROUND_PORT (default: free ports chosen at start), E2E_BOT_JAR
# (bot/target/excoord-bot.jar), E2E_HEALTH_TIMEOUT (300 s: a loaded machine starts the bot in 2 minutes).
set -euo pipefail

E2E="$(cd "$(dirname "$0")" && pwd)"
source "$E2E/lib/playground.sh"
E2E_USER="${E2E_USER:-alex}"   # the Playground's current user (lib/playground-config.js); the scenarios are Alex's
ROOT="$(cd "$E2E/../.." && pwd)"
OUT="$ROOT/bot/target/e2e"
LOGS="$OUT/logs"
JAR="${E2E_BOT_JAR:-$ROOT/bot/target/excoord-bot.jar}"
HEALTH_TIMEOUT="${E2E_HEALTH_TIMEOUT:-300}"
# free ports, so a running app (3978) or a second run does not collide: asked of the kernel (bind to port 0)
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

now() { date +%s%3N; }   # milliseconds
T0=$(now)
since() { local ms=$(( $(now) - $1 )); printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100)); }
log() { echo "[e2e $(since "$T0")s] $*"; }

BOT_PID=""; PLAYGROUND_PID=""; DATA_DIR=""
stop_group() { # $1 name, $2 pid (a session leader started with setsid): TERM its group, wait, then KILL it
  local name="$1" pid="$2" i
  [ -n "$pid" ] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then log "$name did not stop in 20 s: KILL"; kill -KILL -- "-$pid" 2>/dev/null || true; fi
  # the group's other members (e.g. the embedded PostgreSQL) may outlive their leader for a moment
  for i in $(seq 1 50); do pgrep -g "$pid" >/dev/null 2>&1 || break; sleep 0.2; done
  pgrep -g "$pid" >/dev/null 2>&1 && kill -KILL -- "-$pid" 2>/dev/null || true
  log "stopped $name ($pid)"
}
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_group playground "$PLAYGROUND_PID"
  stop_group bot "$BOT_PID"
  [ -n "$DATA_DIR" ] && rm -rf "$DATA_DIR"
  [ -f "$LOGS/playground/devTools/m365agentsplayground.log" ] && cp "$LOGS/playground/devTools/m365agentsplayground.log" "$LOGS/playground-devtools.log" || true
  log "artifacts in $OUT (took $(since "$T0") s in total)"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

rm -rf "$OUT"; mkdir -p "$LOGS/playground"

# ---- (a) chromium + npm packages
if [ ! -x /usr/bin/chromium ]; then
  log "installing chromium (apt)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > "$LOGS/apt.log" 2>&1
fi
log "$(/usr/bin/chromium --version 2>/dev/null || echo 'chromium: version unknown')"
S=$(now)
(cd "$E2E" && npm ci --no-audit --no-fund --loglevel=error > "$LOGS/npm-ci.log" 2>&1) || { cat "$LOGS/npm-ci.log"; exit 1; }
log "npm ci: $(since "$S") s"

# ---- (b) the bot
[ -f "$JAR" ] || { log "FAIL no $JAR: run ./mvnw -q -B -ntp install -DskipTests in $ROOT first"; exit 1; }
BOT_PORT="${E2E_BOT_PORT:-$(free_port)}"
PG_PORT="${E2E_PLAYGROUND_PORT:-$(free_port)}"
while [ "$PG_PORT" = "$BOT_PORT" ]; do PG_PORT="$(free_port)"; done
BOT_URL="http://127.0.0.1:$BOT_PORT"
for port in "$BOT_PORT" "$PG_PORT"; do
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then log "FAIL port $port is already in use: stop what listens there first"; exit 1; fi
done
DATA_DIR="$(mktemp -d /tmp/excoord-e2e.XXXXXX)"
# run a copy: a build running meanwhile rewrites bot/target/excoord-bot.jar under the JVM (NoClassDefFoundError)
cp "$JAR" "$DATA_DIR/excoord-bot.jar"
S=$(now)
(cd "$OUT" && exec setsid java -jar "$DATA_DIR/excoord-bot.jar" --server.port="$BOT_PORT" \
  --excoord.embedded-postgres.data-dir="$DATA_DIR/pgdata" --excoord.nudges.enabled=false > "$LOGS/bot.log" 2>&1 < /dev/null) &
BOT_PID=$!
log "bot starting on :$BOT_PORT (pid $BOT_PID, data $DATA_DIR/pgdata, log $LOGS/bot.log)"
until curl -sf --max-time 2 "$BOT_URL/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
  if ! kill -0 "$BOT_PID" 2>/dev/null; then log "FAIL the bot exited:"; tail -40 "$LOGS/bot.log"; exit 1; fi
  if grep -qE 'APPLICATION FAILED TO START|Exception in thread "main"' "$LOGS/bot.log"; then
    log "FAIL the bot failed to start:"; grep -m1 -B2 -A25 -E 'APPLICATION FAILED TO START|Exception in thread "main"' "$LOGS/bot.log"; exit 1
  fi
  if [ $(( $(now) - S )) -gt $(( HEALTH_TIMEOUT * 1000 )) ]; then log "FAIL the bot is not UP after $HEALTH_TIMEOUT s:"; tail -40 "$LOGS/bot.log"; exit 1; fi
  sleep 0.5 # poll interval of a bounded wait for health UP
done
log "bot UP: $(since "$S") s"

# ---- (c) the Playground (no auth, no browser) as E2E_USER, recording every exchange
S=$(now)
playground_start "$E2E_USER" "$BOT_URL" "$PG_PORT" "$LOGS/playground" "$LOGS/playground-events.log" \
  || { log "FAIL no Playground config for E2E_USER=$E2E_USER"; exit 1; }
if ! playground_wait "$PG_PORT" 20; then
  log "FAIL the Playground did not come up in 20 s (or exited):"; cat "$LOGS/playground/playground.log"; exit 1
fi
log "playground up on :$PG_PORT as $E2E_USER (pid $PLAYGROUND_PID): $(since "$S") s"

# ---- (d) the scenarios, then (e) the cards
S=$(now)
set +e
(cd "$E2E" && node playground-e2e.js --playground "http://localhost:$PG_PORT" --bot "$BOT_URL" \
  --events "$LOGS/playground-events.log" --out "$OUT") 2>&1 | tee "$LOGS/playground-e2e.out"
SCENARIOS=${PIPESTATUS[0]}
log "scenarios: $(since "$S") s, exit $SCENARIOS"

# ---- (d2) used as a person would, with look.js (PASS/FAIL per expectation; what they saw in $OUT/look/)
S=$(now)
look() { # $1 name, $2 Playground port, then the steps
  local name="$1" port="$2"; shift 2
  (cd "$E2E" && node look.js --playground "http://localhost:$port" --out "$OUT/look/$name" "$@") 2>&1 \
    | sed "s/^/[$name] /" | tee -a "$LOGS/look.out" | grep -v '\] kept '
  return "${PIPESTATUS[0]}"
}
# Alex (a manager): drafting items from an analysis, nothing ticked in advance, one of the agency's duties picked
look analysis "$PG_PORT" "say:summarize EO 14028" "wait:3000" "expect:Soonest duties" "absent:REST API" \
  "absent:offline-3" "press:Create items…" "unticked" "tick:*" "select:EA-2026-000001 Implement EO 14028" \
  "press:Create the picked items" "expect:Created AI-" "expect:Undo" || SCENARIOS=1
# Alex reassigns his started item (Reassign is under "…" → More actions) through the people picker's type-ahead (application/search)
look reassign "$PG_PORT" "say:item AI-2026-000021" "press:More actions" "press:Reassign" "search:Lyn=Lynne Robbins" "press:Reassign" \
  "expect:Reassigned to Lynne Robbins" || SCENARIOS=1
# Alex's morning digest, sent by a sweep an administrator runs for his next working morning (the scheduled sweep is
# off in this run, so nothing arrives unasked in the middle of another scenario); Start on a line redraws it in place.
# The same sweep brought Alex, who manages a unit, his team digest (his own items under "You", without Nudge): Nudge
# on a line answers with it redrawn and why nothing went (nobody else has a chat in the Playground). Open on a line of
# either replaces it with the item, whose Back draws the digest again. One look for both, which runs the sweep once
# its page is connected: the Playground hands a proactive message only to the page connected when it arrives (with
# none, it buffers it, and a page connecting later did not always show it) and a new page starts afresh
DIGEST_AT="$(node "$E2E/lib/digest-moment.js" "$BOT_URL" pattif@example.com "Alex Wilber")" \
  && look digest "$PG_PORT" "post:pattif@example.com $BOT_URL/api/v1/admin/nudges/sweep?at=$DIGEST_AT" \
     "wait:3000" "find:Your digest" "expect:Due soon" \
     "press:Start" "expect:In Progress" "expect:Your digest" \
     "press:Open" "expect:Back to your digest" "press:Back to your digest" "expect:Your digest" \
     "find:overdue or due" "expect:You" "press:Nudge" "expect:I did not remind" "expect:overdue or due" \
     "press:Open" "expect:Back to the team digest" "press:Back to the team digest" "expect:overdue or due" \
  || { log "FAIL the digest scenario (at $DIGEST_AT)"; SCENARIOS=1; }
# Megan (the secretariat), in a Playground of her own: the inbox -> open -> route -> back to the list
MEGAN_PORT="$(free_port)"
while [ "$MEGAN_PORT" = "$BOT_PORT" ] || [ "$MEGAN_PORT" = "$PG_PORT" ]; do MEGAN_PORT="$(free_port)"; done
ALEX_PLAYGROUND_PID="$PLAYGROUND_PID"
playground_start megan "$BOT_URL" "$MEGAN_PORT" "$LOGS/playground-megan"
MEGAN_PID="$PLAYGROUND_PID"; PLAYGROUND_PID="$ALEX_PLAYGROUND_PID"
if playground_wait "$MEGAN_PORT" 20; then
  look secretariat "$MEGAN_PORT" "say:help" "expect:As the executive secretariat" "press:Inbox" \
    "expect:Correspondence inbox" "press:Open" "expect:Back to the inbox" "press:Route" \
    "select:Office of the Chief Information Officer" "press:Route" "expect:Routed" "expect:Back to the inbox" \
    "press:Back to the inbox" "expect:Correspondence inbox" || SCENARIOS=1
else
  log "FAIL Megan's Playground did not come up"; SCENARIOS=1
fi
stop_group "playground (Megan)" "$MEGAN_PID"
log "look scenarios: $(since "$S") s, exit $SCENARIOS"
S=$(now)
(cd "$E2E" && node validate-cards.js --cards "$OUT/cards" --png "$OUT/png") 2>&1 | tee "$LOGS/validate-cards.out"
CARDS=${PIPESTATUS[0]}
set -e
log "card validation + rendering: $(since "$S") s, exit $CARDS"

if [ "$SCENARIOS" = 0 ] && [ "$CARDS" = 0 ]; then log "E2E PASSED"; exit 0; fi
log "E2E FAILED (scenarios exit $SCENARIOS, cards exit $CARDS)"
exit 1
