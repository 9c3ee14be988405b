package org.excoord.graphsync.push;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.excoord.graphsync.graph.GraphGateway;
import org.excoord.graphsync.graph.GraphRequest;
import org.excoord.graphsync.graph.GraphResponse;
import org.excoord.graphsync.graph.PlanState;
import org.excoord.graphsync.graph.PlannerTaskState;

/**
 * A gateway whose {@code $batch}es go through a test's hook (a change made meanwhile, a crash, a kill); everything
 * else goes straight to the real one.
 */
class GraphGatewayWrapper implements GraphGateway {

    private final GraphGateway graph;
    private final BiFunction<List<GraphRequest>, Function<List<GraphRequest>, List<GraphResponse>>, List<GraphResponse>> around;

    /** @param around given the requests and the real send, answers the batch */
    GraphGatewayWrapper(GraphGateway graph,
            BiFunction<List<GraphRequest>, Function<List<GraphRequest>, List<GraphResponse>>, List<GraphResponse>> around) {
        this.graph = graph;
        this.around = around;
    }

    /** Runs something (a change to an item, say) before each batch reaches Graph. */
    static GraphGatewayWrapper before(GraphGateway graph, Runnable beforeBatch) {
        return new GraphGatewayWrapper(graph, (requests, send) -> {
            beforeBatch.run();
            return send.apply(requests);
        });
    }

    @Override
    public List<GraphResponse> batch(List<GraphRequest> requests) {
        return around.apply(requests, graph::batch);
    }

    @Override
    public List<PlannerTaskState> planTasks(String planId) {
        return graph.planTasks(planId);
    }

    @Override
    public PlanState findOrCreatePlan(String groupId, String title) {
        return graph.findOrCreatePlan(groupId, title);
    }

    @Override
    public List<PlanState.Bucket> buckets(String planId) {
        return graph.buckets(planId);
    }

    @Override
    public PlanState.Bucket createBucket(String planId, String name) {
        return graph.createBucket(planId, name);
    }

    @Override
    public long requestsSent() {
        return graph.requestsSent();
    }
}
