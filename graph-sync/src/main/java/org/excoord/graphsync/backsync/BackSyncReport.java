package org.excoord.graphsync.backsync;

/**
 * What one back-sync poll of a plan did (logged at INFO, returned to the benchmark).
 *
 * @param polled    false when another replica held the plan's lease, so nothing was read
 * @param tasksRead tasks in the plan (excoord's and others')
 * @param changed   excoord's tasks whose etag differed from the stored one, plus excoord's tasks gone from the plan
 * @param applied   workflow verbs applied as the person who changed the task
 * @param putBack   items marked for push because Planner held something excoord owns (or a refused change)
 * @param recreated items whose task was deleted in Planner, marked so that the push creates it again
 * @param deferred  changed tasks left for the next poll (the push was writing them at that moment)
 * @param requests  HTTP requests sent to Graph during the poll (the gateway's counter: a concurrent push on this
 *                  replica counts too)
 * @param millis    wall time of the poll
 */
public record BackSyncReport(String planId, boolean polled, int tasksRead, int changed, int applied, int putBack,
        int recreated, int deferred, long requests, long millis) {

    static BackSyncReport notPolled(String planId) {
        return new BackSyncReport(planId, false, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
