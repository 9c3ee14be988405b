#!/usr/bin/env bash
# NudgeSendBenchmark: 5,000 morning digests through the loopback Bot Connector that enforces Teams' rate limits, then
# the next morning's sweep killed with SIGKILL half-way and run again (~8 min). Needs the modules installed once:
#   ./mvnw -q install -DskipTests && bot/bench/nudges.sh [-Dpeople=5000]
# The delivery half alone (no app, runs before every nudge port is merged):
#   bot/bench/nudges.sh -Dexec.mainClass=org.excoord.bench.DeliveryPacingBenchmark -Dpeople=1000
set -euo pipefail
cd "$(dirname "$0")/../.."
exec ./mvnw -q -B -ntp -pl bot test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.excoord.bench.NudgeSendBenchmark "$@"
