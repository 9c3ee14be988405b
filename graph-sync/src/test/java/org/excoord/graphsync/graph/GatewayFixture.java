package org.excoord.graphsync.graph;

import java.time.Duration;
import org.excoord.graphsync.Cloud;
import org.excoord.graphsync.GraphSyncProperties;
import org.excoord.graphsync.emulator.GraphEmulator;

/** The real gateway pointed at an emulator, with short backoffs so that retry tests take milliseconds. */
final class GatewayFixture {

    static final GraphRetrySettings FAST = new GraphRetrySettings(4, Duration.ofMillis(10), Duration.ofMillis(100),
            Duration.ofSeconds(5));

    private GatewayFixture() {
    }

    static GraphSyncProperties properties(GraphEmulator graph) {
        return new GraphSyncProperties(true, graph.baseUrl(), graph.loginHost(), graph.tenantId(), graph.clientId(),
                graph.clientSecret(), null, null, null, null, null, null, null, null);
    }

    static SdkGraphGateway gateway(GraphEmulator graph) {
        return gateway(graph, FAST);
    }

    static SdkGraphGateway gateway(GraphEmulator graph, GraphRetrySettings retry) {
        return SdkGraphGateway.create(properties(graph), Cloud.WORLDWIDE, retry);
    }
}
