package org.excoord.graphsync.graph;

import java.time.Duration;
import java.util.List;

/**
 * The answer to one sub-request. {@code status} is the sub-response's own HTTP status (the envelope's 200 says
 * nothing); {@code retryAfter} is set on 429/503; {@code errorCode} is Graph's {@code error.code} (e.g.
 * {@code MaximumTasksInProject}), null on success.
 *
 * @param task    the task for CreateTask, UpdateTask (return=representation) and GetTask
 * @param details the details for GetTaskDetails and UpdateTaskDetails
 * @param events  the events for CreateEvent/UpdateEvent (one) and FindEvents (any number)
 */
public record GraphResponse(int status, Duration retryAfter, String errorCode, String message, PlannerTaskState task,
        TaskDetailsState details, List<EventState> events) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public boolean throttled() {
        return status == 429 || status == 503;
    }

    /** The task details' etag (separate from the task's) and description. */
    public record TaskDetailsState(String etag, String description) {
    }

    /** An event as Graph holds it (only the fields the mirror compares). */
    public record EventState(String id, String itemNumber, String subject, java.time.LocalDate date) {
    }
}
