# Functions to start Microsoft 365 Agents Playground as one of the demo people; sourced by run.sh and playground.sh.
#
#   source bot/e2e/lib/playground.sh
#   playground_config megan "$DIR/megan.yml"                     # the Teams context with Megan as the current user
#   playground_start megan http://127.0.0.1:3978 56150 "$DIR" [RECORDING_FILE]   # sets PLAYGROUND_PID
#   playground_wait 56150 20                                     # until it answers (at most 20 s)
#
# A second e2e pass as another person: playground_start with that person and a port of its own, then
# playground-e2e.js --playground http://localhost:<port> … against it, then stop_group on PLAYGROUND_PID.
# playground_start runs the Playground in its own session (setsid), so its whole process group can be stopped.

PLAYGROUND_LIB="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PLAYGROUND_E2E="$(cd "$PLAYGROUND_LIB/.." && pwd)"

# playground_config USER FILE: writes the Playground's config (M365_AGENTS_PLAYGROUND_CONFIG_PATH) for USER
# (alex, megan, patti, adele, isaiah, lynne); fails on an unknown user.
playground_config() {
  node "$PLAYGROUND_LIB/playground-config.js" --as "$1" --out "$2"
}

# playground_users: the people one can be, a line each ("megan   Megan Bowen — Executive Secretary: …").
playground_users() {
  node "$PLAYGROUND_LIB/playground-config.js" --list
}

# playground_start USER BOT_URL PORT DIR [RECORDING_FILE]: starts the Playground on PORT as USER, pointed at
# BOT_URL/api/messages, in DIR (its config, log and devTools folder go there); with RECORDING_FILE every exchange is
# recorded there (the e2e reads the cards from it). It opens no browser. Sets PLAYGROUND_PID.
playground_start() {
  local user="$1" bot_url="$2" port="$3" dir="$4" recording="${5:-}"
  mkdir -p "$dir"
  playground_config "$user" "$dir/m365agentsplayground-$user.yml" || return 1
  local env=(TEAMSAPPTESTER_BROWSER=none "M365_AGENTS_PLAYGROUND_CONFIG_PATH=$dir/m365agentsplayground-$user.yml")
  local record=()
  if [ -n "$recording" ]; then
    env+=("M365_AGENTS_PLAYGROUND_RECORDING_FILE=$recording")
    record=(--enable-events-recording)
  fi
  (cd "$dir" && exec env "${env[@]}" setsid "$PLAYGROUND_E2E/node_modules/.bin/agentsplayground" \
    -e "$bot_url/api/messages" -c msteams -p "$port" --disable-telemetry "${record[@]}" \
    > "$dir/playground.log" 2>&1 < /dev/null) &
  PLAYGROUND_PID=$!
}

# playground_wait PORT SECONDS: until the Playground on PORT answers; fails if it exits or takes longer.
playground_wait() {
  local port="$1" limit="$2" start
  start=$(date +%s)
  until curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; do
    kill -0 "$PLAYGROUND_PID" 2>/dev/null || return 1
    [ $(( $(date +%s) - start )) -lt "$limit" ] || return 1
    sleep 0.2 # poll interval of a bounded wait for the port to answer
  done
}
