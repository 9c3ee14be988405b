package org.excoord.graphsync.push;

import org.excoord.graphsync.GraphSyncProperties;
import org.excoord.graphsync.graph.GraphGateway;

/** Makes push workers on the application's database; tests and the benchmark make several with their own ids. */
public class PushWorkers {

    private final SyncRows rows;
    private final MirrorTargets targets;
    private final PlannerBuckets buckets;
    private final GraphSyncProperties properties;

    PushWorkers(SyncRows rows, MirrorTargets targets, PlannerBuckets buckets, GraphSyncProperties properties) {
        this.rows = rows;
        this.targets = targets;
        this.buckets = buckets;
        this.properties = properties;
    }

    /** @param workerId unique among the workers on the database (it is the lease's owner) */
    public PushWorker create(String workerId, GraphGateway gateway) {
        return new PushWorker(workerId, gateway, rows, targets, buckets, properties);
    }
}
