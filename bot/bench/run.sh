#!/usr/bin/env bash
# InvokeBenchmark against our bot, and in the same run against a minimal botbuilder (JavaScript) echo bot.
# Needs the modules installed once: ./mvnw -q install -DskipTests
set -euo pipefail
cd "$(dirname "$0")"
npm install --no-audit --no-fund --silent
if curl -s -o /dev/null 127.0.0.1:3979/; then
    echo "port 3979 is taken (an echo bot of another run?); stop it first" >&2
    exit 1
fi
PORT=3979 node echo-bot.js > "${TMPDIR:-/tmp}/excoord-echo-bot.log" 2>&1 &
ECHO_PID=$!
trap 'kill $ECHO_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -s -o /dev/null 127.0.0.1:3979/ && break; sleep 0.2; done
cd ../..
./mvnw -q -B -ntp -pl bot test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.excoord.bench.InvokeBenchmark -Dcompare=http://127.0.0.1:3979/api/messages \
    -DcomparePid=$ECHO_PID "$@"
