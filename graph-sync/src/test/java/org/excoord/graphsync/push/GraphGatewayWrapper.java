package org.excoord.graphsync.push;

import java.util.List;
import org.excoord.graphsync.graph.GraphGateway;
import org.excoord.graphsync.graph.GraphRequest;
import org.excoord.graphsync.graph.GraphResponse;
import org.excoord.graphsync.graph.PlanState;
import org.excoord.graphsync.graph.PlannerTaskState;

/** Runs something (a change to an item, say) before each $batch reaches Graph. */
final class GraphGatewayWrapper implements GraphGateway {

    private final GraphGateway graph;
    private final Runnable beforeBatch;

    GraphGatewayWrapper(GraphGateway graph, Runnable beforeBatch) {
        this.graph = graph;
        this.beforeBatch = beforeBatch;
    }

    @Override
    public List<GraphResponse> batch(List<GraphRequest> requests) {
        beforeBatch.run();
        return graph.batch(requests);
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
