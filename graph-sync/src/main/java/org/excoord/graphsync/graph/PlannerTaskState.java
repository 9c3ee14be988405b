package org.excoord.graphsync.graph;

import java.time.LocalDate;
import java.util.Set;

/**
 * A Planner task as Graph holds it (the fields excoord mirrors or reads back). Dates are the UTC date of Graph's
 * date-times: excoord writes due and start dates at 12:00 UTC, which every time zone from UTC-11 to UTC+11 shows
 * on the same day.
 *
 * @param completedBy the Entra object id of who completed it, null when open or unknown
 */
public record PlannerTaskState(String id, String planId, String bucketId, String etag, String title, LocalDate due,
        LocalDate start, int priority, int percentComplete, Set<String> assigneeIds, String completedBy) {
}
