#!/usr/bin/env bash
# GraphSyncBenchmark: 10,000 changes to 2,000 items mirrored to the loopback Graph emulator (10 % 429s), then a
# back-sync poll of a 5,000-task plan. Needs the modules installed once: ./mvnw -q install -DskipTests
# Options: -Dorder=bursts|shuffled, -Ditems=N, -Dclients=N
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -ntp -pl bot test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.excoord.bench.GraphSyncBenchmark "$@"
