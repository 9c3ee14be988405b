#!/usr/bin/env bash
# GraphSyncBenchmark: 10,000 changes to 2,000 items mirrored to the loopback Graph emulator (10 % 429s), then a
# back-sync poll of a 5,000-task plan. Needs the modules installed once: ./mvnw -q install -DskipTests
# Options (before or after): -Dorder=bursts|shuffled, -Ditems=N, -Dclients=N
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -ntp -pl bot test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
# its own JVM: the emulator's test CA is trusted through the JVM's standard trust store settings, which a Maven JVM
# that already made TLS connections would no longer read
TLS=graph-sync/src/test/resources/org/excoord/graphsync/emulator/tls/truststore.p12
exec java -Xmx2g -Djavax.net.ssl.trustStore="$TLS" -Djavax.net.ssl.trustStorePassword=changeit \
    -Djavax.net.ssl.trustStoreType=PKCS12 -Dsun.net.httpserver.nodelay=true "$@" \
    -cp "bot/target/test-classes:bot/target/classes:$(cat bot/target/bench-classpath.txt)" \
    org.excoord.bench.GraphSyncBenchmark
