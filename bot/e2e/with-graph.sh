#!/usr/bin/env bash
# The demo app with Planner and Outlook sync on, against the project's loopback Graph emulator (test code), for
# trying the sync line on item cards and "sync failures" by hand in the Playground. Every org unit is linked to a
# plan; Nestor Wilke has no Planner licence, so his items show a sync failure.
#
#   ./mvnw -q install -DskipTests     # once
#   bot/e2e/with-graph.sh [-Dport=3978]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -ntp -pl bot test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/dev-classpath.txt
# the emulator's test CA is trusted through the JVM's standard trust store settings
TLS=graph-sync/src/test/resources/org/excoord/graphsync/emulator/tls/truststore.p12
exec java -Djavax.net.ssl.trustStore="$TLS" -Djavax.net.ssl.trustStorePassword=changeit \
    -Djavax.net.ssl.trustStoreType=PKCS12 "$@" \
    -cp "bot/target/test-classes:bot/target/classes:$(cat bot/target/dev-classpath.txt)" org.excoord.dev.DemoWithGraph
