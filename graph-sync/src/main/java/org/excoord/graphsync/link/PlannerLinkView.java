package org.excoord.graphsync.link;

import java.time.Instant;
import java.util.List;

/** An org unit's Microsoft 365 group and the plan excoord keeps in it, with the plan's buckets. */
public record PlannerLinkView(Long orgUnitId, String orgUnitName, String groupId, String planId, String planTitle,
        String planUrl, List<Bucket> buckets, Instant linkedAt, String linkedBy) {

    /** @param key the executive action's number, or "general" for items without one */
    public record Bucket(String key, String id, String name) {
    }
}
