package org.excoord.graphsync.push;

import java.util.List;
import org.excoord.graphsync.graph.GraphGateway;
import org.excoord.graphsync.graph.GraphRequest;
import org.excoord.graphsync.graph.GraphResponse;

/**
 * A worker's process dying after {@code survive} sub-requests: Graph carries out the first ones of the fatal batch,
 * its answer is lost, and nothing after it runs (an Error, which the worker does not catch).
 */
final class CrashingGateway extends GraphGatewayWrapper {

    /** The process died here. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated kill -9");
        }
    }

    CrashingGateway(GraphGateway graph, int survive) {
        super(graph, new java.util.function.BiFunction<>() {
            private int left = survive;

            @Override
            public List<GraphResponse> apply(List<GraphRequest> requests,
                    java.util.function.Function<List<GraphRequest>, List<GraphResponse>> send) {
                if (requests.size() <= left) {
                    left -= requests.size();
                    return send.apply(requests);
                }
                if (left > 0) {
                    send.apply(requests.subList(0, left)); // Graph carried out the first ones, the answer is lost
                }
                throw new SimulatedCrash();
            }
        });
    }
}
