package org.excoord.graphsync.push;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A claimed {@code graph_item_sync} row: what excoord knows it has written to Graph for one item. Mutable, owned by
 * one round of one worker; {@link SyncRows} writes it back.
 */
final class ItemSyncRow {

    final long itemId;
    /** The change_seq read at claim: what this push makes current. */
    final long claimedSeq;
    int attempts;

    String planId;
    String taskId;
    String taskEtag;
    String detailsEtag;
    Instant taskCreateSentAt;
    String pushedTitle;
    LocalDate pushedDue;
    Set<String> pushedAssignees;
    Integer pushedPercent;
    String pushedBucketId;
    Integer pushedPriority;
    LocalDate pushedStart;
    String pushedDetailsHash;

    String eventUserId;
    String eventId;
    LocalDate eventDate;
    Instant eventCreateSentAt;
    int eventSeq;
    String pushedEventHash;

    ItemSyncRow(long itemId, long claimedSeq) {
        this.itemId = itemId;
        this.claimedSeq = claimedSeq;
    }

    /** Forgets the task (deleted, or gone from Planner): the next push creates one. */
    void clearTask() {
        planId = null;
        taskId = null;
        taskEtag = null;
        detailsEtag = null;
        taskCreateSentAt = null;
        pushedTitle = null;
        pushedDue = null;
        pushedAssignees = null;
        pushedPercent = null;
        pushedBucketId = null;
        pushedPriority = null;
        pushedStart = null;
        pushedDetailsHash = null;
    }

    void clearEvent() {
        eventUserId = null;
        eventId = null;
        eventDate = null;
        eventCreateSentAt = null;
        pushedEventHash = null;
    }
}
