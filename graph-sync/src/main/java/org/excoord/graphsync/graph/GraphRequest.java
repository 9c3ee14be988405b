package org.excoord.graphsync.graph;

import java.time.LocalDate;
import java.util.Map;

/**
 * One Graph request, in excoord's terms (no SDK type), to be sent as a sub-request of a {@code $batch}.
 * {@link GraphGateway} turns each into the wire request PROTOCOL.md §1–§2 describe; PATCHes ask for
 * {@code Prefer: return=representation} so the new etag comes back.
 */
public sealed interface GraphRequest {

    /**
     * Fields of a Planner task; null means "leave as is" (on create: not set). A null cannot also say "remove", so
     * removing the due date is its own flag: {@code clearDue} sends {@code "dueDateTime": null} (and {@code due}
     * must then be null). Assignees: user object id → true to assign, false to remove the assignment (Graph: a
     * null value).
     */
    record TaskFields(String title, String bucketId, LocalDate due, LocalDate start, Integer priority,
            Integer percentComplete, Map<String, Boolean> assignees, boolean clearDue) {

        public TaskFields {
            if (clearDue && due != null) {
                throw new IllegalArgumentException("a due date to set and to clear at once: " + due);
            }
        }

        /** Fields that set or keep the due date (the usual case). */
        public TaskFields(String title, String bucketId, LocalDate due, LocalDate start, Integer priority,
                Integer percentComplete, Map<String, Boolean> assignees) {
            this(title, bucketId, due, start, priority, percentComplete, assignees, false);
        }
    }

    /** POST /planner/tasks. */
    record CreateTask(String planId, TaskFields task) implements GraphRequest {
    }

    /** PATCH /planner/tasks/{id} with If-Match: etag. */
    record UpdateTask(String taskId, String etag, TaskFields changes) implements GraphRequest {
    }

    /** DELETE /planner/tasks/{id} with If-Match: etag. */
    record DeleteTask(String taskId, String etag) implements GraphRequest {
    }

    /** GET /planner/tasks/{id}. */
    record GetTask(String taskId) implements GraphRequest {
    }

    /** GET /planner/tasks/{id}/details (its etag is the details' own). */
    record GetTaskDetails(String taskId) implements GraphRequest {
    }

    /** PATCH /planner/tasks/{id}/details with If-Match: the details' etag. */
    record UpdateTaskDetails(String taskId, String etag, String description) implements GraphRequest {
    }

    /**
     * The all-day due-date event: free, a reminder, one category, no attendees; tagged with the item's number in a
     * single-value extended property and created with a transactionId so that a retried create makes no second one.
     */
    record EventFields(String transactionId, String itemNumber, String subject, LocalDate date, String timeZone,
            String bodyHtml, int reminderMinutesBeforeStart, String category) {
    }

    /** POST /users/{userId}/events. */
    record CreateEvent(String userId, EventFields event) implements GraphRequest {
    }

    /** PATCH /users/{userId}/events/{eventId} (transactionId is immutable and not sent). */
    record UpdateEvent(String userId, String eventId, EventFields event) implements GraphRequest {
    }

    /** DELETE /users/{userId}/events/{eventId}. */
    record DeleteEvent(String userId, String eventId) implements GraphRequest {
    }

    /** GET /users/{userId}/events?$filter=singleValueExtendedProperties/Any(… eq itemNumber): the item's events. */
    record FindEvents(String userId, String itemNumber) implements GraphRequest {
    }
}
