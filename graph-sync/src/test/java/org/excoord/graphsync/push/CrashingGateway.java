package org.excoord.graphsync.push;

import java.util.List;
import org.excoord.graphsync.graph.GraphGateway;
import org.excoord.graphsync.graph.GraphRequest;
import org.excoord.graphsync.graph.GraphResponse;
import org.excoord.graphsync.graph.PlanState;
import org.excoord.graphsync.graph.PlannerTaskState;

/**
 * Kills the worker (an Error nothing catches, as kill -9 leaves nothing to catch) once Graph has carried out
 * {@code survive} sub-requests: what Graph did stays done, and excoord never hears the answers.
 */
final class CrashingGateway implements GraphGateway {

    /** The process died here. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated kill -9");
        }
    }

    private final GraphGateway graph;
    private int survive;

    CrashingGateway(GraphGateway graph, int survive) {
        this.graph = graph;
        this.survive = survive;
    }

    @Override
    public List<GraphResponse> batch(List<GraphRequest> requests) {
        if (requests.size() <= survive) {
            survive -= requests.size();
            return graph.batch(requests);
        }
        if (survive > 0) {
            graph.batch(requests.subList(0, survive)); // Graph carried out the first ones, the answer is lost
        }
        throw new SimulatedCrash();
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
