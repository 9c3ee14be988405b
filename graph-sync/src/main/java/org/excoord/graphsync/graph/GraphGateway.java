package org.excoord.graphsync.graph;

import java.util.List;

/**
 * excoord's door to Microsoft Graph; the implementation is the only class family that sees the Graph SDK and
 * azure-identity. Whole HTTP requests that fail (5xx, timeouts, dropped connections) are retried inside with
 * exponential backoff and jitter; what a sub-request answers (429 with its Retry-After, 412, 403 limit codes) is
 * returned to the caller, which re-sends only what should be re-sent.
 */
public interface GraphGateway {

    /** At most this many requests go in one {@code $batch} (Graph's limit). */
    int MAX_BATCH = 20;

    /** Sends up to {@link #MAX_BATCH} requests as one {@code $batch}; the answers are in the requests' order. */
    List<GraphResponse> batch(List<GraphRequest> requests);

    /** Every task of a plan, following {@code @odata.nextLink}. */
    List<PlannerTaskState> planTasks(String planId);

    /** The plan of this title in the group, created if the group has none by that title. */
    PlanState findOrCreatePlan(String groupId, String title);

    /** The plan's buckets. */
    List<PlanState.Bucket> buckets(String planId);

    /** Creates a bucket at the end of the plan's board. */
    PlanState.Bucket createBucket(String planId, String name);

    /** HTTP requests sent to Graph so far (batches count once, retries each time, token requests apart). */
    long requestsSent();
}
