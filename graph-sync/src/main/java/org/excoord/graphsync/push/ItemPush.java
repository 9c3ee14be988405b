package org.excoord.graphsync.push;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.excoord.graphsync.graph.GraphRequest;
import org.excoord.graphsync.graph.GraphResponse;
import org.excoord.graphsync.graph.PlannerTaskState;

/**
 * One item's push within a round: compares what the item wants ({@link Desired}) with what the row says was written,
 * and asks for the next request of its task and of its event (at most one each per phase: they are independent
 * resources, so they may share a {@code $batch} without {@code dependsOn}). Answers move it on; 412 re-reads,
 * 404 recreates, 429/503 waits for the sub-request's own Retry-After; refusals stop it.
 */
final class ItemPush {

    /** What a request is for: the task track or the event track. */
    enum Track { TASK, EVENT }

    record Step(ItemPush push, Track track, GraphRequest request) {
    }

    /** How a push ended. */
    enum End { SETTLED, FAILED, BACK_OFF, DEFERRED }

    private static final int MAX_CONFLICTS = 4;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ItemPush.class);

    final ItemSyncRow row;
    final Desired desired;
    /** The bucket of the desired task, resolved before the phases. */
    String bucketId;

    private boolean taskNeedsRead;
    private boolean detailsNeedRead;
    private boolean eventLookupDone;
    private int conflicts;
    private int recreations;
    private Instant taskNotBefore = Instant.MIN;
    private Instant eventNotBefore = Instant.MIN;

    /** Tasks of this item besides its own (a create Graph carried out twice): deleted before anything else. */
    private final List<PlannerTaskState> strays = new ArrayList<>();

    private End end;
    private String failureCode;
    private String failureReason;
    private Duration deferFor = Duration.ZERO;

    ItemPush(ItemSyncRow row, Desired desired) {
        this.row = row;
        this.desired = desired;
    }

    boolean active() {
        return end == null;
    }

    End end() {
        return end == null ? End.SETTLED : end;
    }

    String failureCode() {
        return failureCode;
    }

    String failureReason() {
        return failureReason;
    }

    Duration deferFor() {
        return deferFor;
    }

    /** The earliest time this push has a throttled request to re-send, or null when it waits for nothing. */
    Instant waitingUntil(Instant now) {
        Instant until = null;
        if (taskNotBefore.isAfter(now)) {
            until = taskNotBefore;
        }
        if (eventNotBefore.isAfter(now) && (until == null || eventNotBefore.isBefore(until))) {
            until = eventNotBefore;
        }
        return until;
    }

    /** The requests to send in this phase (none when settled, stopped or waiting for a Retry-After). */
    List<Step> next(Instant now) {
        List<Step> steps = new ArrayList<>(2);
        if (!active()) {
            return steps;
        }
        if (!taskNotBefore.isAfter(now)) {
            GraphRequest task = nextTask(now);
            if (task != null) {
                steps.add(new Step(this, Track.TASK, task));
            }
        }
        if (!eventNotBefore.isAfter(now)) {
            GraphRequest event = nextEvent(now);
            if (event != null) {
                steps.add(new Step(this, Track.EVENT, event));
            }
        }
        return steps;
    }

    private GraphRequest nextTask(Instant now) {
        if (!strays.isEmpty()) {
            PlannerTaskState stray = strays.get(0);
            return stray.etag() == null ? new GraphRequest.GetTask(stray.id())
                    : new GraphRequest.DeleteTask(stray.id(), stray.etag());
        }
        Desired.Task want = desired.task();
        if (row.taskId != null && (want == null || !want.planId().equals(row.planId))) {
            // not wanted any more (cancelled, unassigned, unlinked) or in another unit's plan: remove it first
            return taskNeedsRead || row.taskEtag == null ? new GraphRequest.GetTask(row.taskId)
                    : new GraphRequest.DeleteTask(row.taskId, row.taskEtag);
        }
        if (want == null) {
            return null;
        }
        if (row.taskId == null) {
            // committed before the batch is sent (PushRound saves first): a crash after Graph made the task is
            // reconciled by reading the plan for the item's number
            row.taskCreateSentAt = now;
            row.planId = want.planId();
            Map<String, Boolean> assignees = new LinkedHashMap<>();
            want.assignees().forEach(id -> assignees.put(id, Boolean.TRUE));
            return new GraphRequest.CreateTask(want.planId(), new GraphRequest.TaskFields(want.title(), bucketId,
                    want.due(), want.start(), want.priority(), want.percentComplete(), assignees));
        }
        Changes changes = changes(want);
        if (!changes.isEmpty()) {
            return taskNeedsRead || row.taskEtag == null ? new GraphRequest.GetTask(row.taskId)
                    : new GraphRequest.UpdateTask(row.taskId, row.taskEtag, fields(changes));
        }
        if (!want.descriptionHash().equals(row.pushedDetailsHash)) {
            return detailsNeedRead || row.detailsEtag == null ? new GraphRequest.GetTaskDetails(row.taskId)
                    : new GraphRequest.UpdateTaskDetails(row.taskId, row.detailsEtag, want.description());
        }
        return null;
    }

    private GraphRequest nextEvent(Instant now) {
        Desired.Event want = desired.event();
        if (row.eventId == null && row.eventCreateSentAt != null && !eventLookupDone) {
            // a create was sent by an earlier push whose answer never arrived: look for the event by its tag first
            return new GraphRequest.FindEvents(row.eventUserId, desired.number());
        }
        if (row.eventId != null && (want == null || !want.userId().equals(row.eventUserId))) {
            return new GraphRequest.DeleteEvent(row.eventUserId, row.eventId);
        }
        if (want == null) {
            if (row.eventId == null) {
                row.eventCreateSentAt = null;
            }
            return null;
        }
        if (row.eventId == null) {
            if (row.eventCreateSentAt == null || !want.userId().equals(row.eventUserId)) {
                // a fresh create gets a fresh transactionId, committed before sending; a re-sent one keeps it
                row.eventSeq++;
                row.eventUserId = want.userId();
            }
            row.eventCreateSentAt = now;
            eventLookupDone = true;
            return new GraphRequest.CreateEvent(want.userId(), want.fields(transactionId(), desired.number()));
        }
        if (!want.hash().equals(row.pushedEventHash)) {
            return new GraphRequest.UpdateEvent(row.eventUserId, row.eventId, want.fields(null, desired.number()));
        }
        return null;
    }

    String transactionId() {
        return "excoord-" + desired.number() + "-" + row.eventSeq;
    }

    /** What differs between the desired task and what was last written (null: unchanged). */
    private Changes changes(Desired.Task want) {
        Changes c = new Changes();
        c.title = Objects.equals(want.title(), row.pushedTitle) ? null : want.title();
        c.bucketId = Objects.equals(bucketId, row.pushedBucketId) ? null : bucketId;
        c.due = want.due() == null || want.due().equals(row.pushedDue) ? null : want.due();
        // the item's due date was removed: Planner's must go too (null alone would mean "leave as is")
        c.clearDue = want.due() == null && row.pushedDue != null;
        c.start = want.start() == null || want.start().equals(row.pushedStart) ? null : want.start();
        c.priority = Objects.equals(want.priority(), row.pushedPriority) ? null : want.priority();
        c.percent = Objects.equals(want.percentComplete(), row.pushedPercent) ? null : want.percentComplete();
        Set<String> had = row.pushedAssignees == null ? Set.of() : row.pushedAssignees;
        if (!had.equals(want.assignees())) {
            c.assignees = new LinkedHashMap<>();
            for (String id : want.assignees()) {
                if (!had.contains(id)) {
                    c.assignees.put(id, Boolean.TRUE);
                }
            }
            for (String id : had) {
                if (!want.assignees().contains(id)) {
                    c.assignees.put(id, Boolean.FALSE);
                }
            }
        }
        return c;
    }

    private static GraphRequest.TaskFields fields(Changes c) {
        return new GraphRequest.TaskFields(c.title, c.bucketId, c.due, c.start, c.priority, c.percent, c.assignees,
                c.clearDue);
    }

    /** The answer to one of this push's requests. */
    void apply(Step step, GraphResponse response, Instant now, Duration maxWait) {
        if (response.throttled()) {
            if (response.status() == 429) {
                // a throttled request was not carried out: there is no create to look for afterwards
                if (step.request() instanceof GraphRequest.CreateTask) {
                    row.taskCreateSentAt = null;
                } else if (step.request() instanceof GraphRequest.CreateEvent) {
                    row.eventCreateSentAt = null;
                }
            }
            Duration wait = response.retryAfter() == null ? Duration.ofSeconds(1) : response.retryAfter();
            if (wait.compareTo(maxWait) > 0) {
                defer(wait);
            } else if (step.track() == Track.TASK) {
                taskNotBefore = now.plus(wait);
            } else {
                eventNotBefore = now.plus(wait);
            }
            return;
        }
        if (response.status() >= 500 || response.status() == 0) {
            backOff("GRAPH_" + response.status(), FailureReasons.rejected(response, describe(step.request())));
            return;
        }
        if (step.track() == Track.TASK) {
            applyTask(step.request(), response);
        } else {
            applyEvent(step.request(), response);
        }
    }

    private void applyTask(GraphRequest request, GraphResponse response) {
        int status = response.status();
        int stray = strayIndex(taskIdOf(request));
        if (stray >= 0) {
            applyStray(stray, request, response);
            return;
        }
        if (response.ok()) {
            if (request instanceof GraphRequest.CreateTask create) {
                PlannerTaskState task = response.task();
                row.taskId = task.id();
                row.taskEtag = task.etag();
                row.taskCreateSentAt = null;
                row.detailsEtag = null;
                row.pushedDetailsHash = null;
                pushed(create.task());
            } else if (request instanceof GraphRequest.UpdateTask update) {
                pushed(update.changes());
                if (response.task() != null && response.task().etag() != null) {
                    row.taskEtag = response.task().etag();
                } else {
                    taskNeedsRead = true;
                }
            } else if (request instanceof GraphRequest.DeleteTask) {
                row.clearTask();
            } else if (request instanceof GraphRequest.GetTask) {
                row.taskEtag = response.task().etag();
                taskNeedsRead = false;
            } else if (request instanceof GraphRequest.GetTaskDetails) {
                row.detailsEtag = response.details().etag();
                detailsNeedRead = false;
            } else if (request instanceof GraphRequest.UpdateTaskDetails update) {
                row.pushedDetailsHash = Desired.sha256(update.description());
                row.detailsEtag = response.details() == null ? null : response.details().etag();
                // a details PATCH moves the task's own etag too (STACK.md §3). It is not read back now (that would be
                // a fifth request per new task): the next back-sync poll reads every task anyway and stores it, and a
                // task change before that reads it first
                row.taskEtag = null;
            } else {
                throw new IllegalStateException("not a task request: " + request);
            }
            return;
        }
        if (status == 404) {
            if (request instanceof GraphRequest.DeleteTask) {
                row.clearTask();
            } else if (request instanceof GraphRequest.CreateTask) {
                fail("PLAN_NOT_FOUND", "the plan linked to the item's org unit no longer exists in Planner: link the"
                        + " unit to its group again, then retry");
            } else if (++recreations > 1) {
                backOff("TASK_GONE", "the Planner task disappeared again while being recreated");
            } else {
                row.clearTask(); // deleted in Planner: the next step creates it again
            }
            return;
        }
        if (status == 412 || status == 409) {
            if (++conflicts > MAX_CONFLICTS) {
                backOff("CONFLICT", "the Planner task kept changing while excoord wrote it (412)");
            } else if (request instanceof GraphRequest.UpdateTaskDetails) {
                detailsNeedRead = true;
            } else {
                taskNeedsRead = true;
            }
            return;
        }
        refused(request, response);
    }

    private void applyStray(int index, GraphRequest request, GraphResponse response) {
        PlannerTaskState stray = strays.get(index);
        if (response.ok() && request instanceof GraphRequest.GetTask) {
            strays.set(index, response.task());
        } else if (response.ok() || response.status() == 404) {
            strays.remove(index);
        } else if (response.status() == 412 || response.status() == 409) {
            strays.set(index, new PlannerTaskState(stray.id(), stray.planId(), stray.bucketId(), null, stray.title(),
                    stray.due(), stray.start(), stray.priority(), stray.percentComplete(), stray.assigneeIds(),
                    stray.completedBy()));
        } else {
            LOG.warn("{}: could not delete the double task {} ({} {}); delete it in Planner", desired.number(),
                    stray.id(), response.status(), response.errorCode());
            strays.remove(index);
        }
    }

    /** Tasks found in the plan under this item's number: all but the one the row holds are doubles to delete. */
    void addStrays(List<PlannerTaskState> withMyNumber) {
        for (PlannerTaskState task : withMyNumber) {
            if (!task.id().equals(row.taskId) && strayIndex(task.id()) < 0) {
                LOG.warn("{}: deleting task {}, a double of {} (a create was carried out twice)", desired.number(),
                        task.id(), row.taskId);
                strays.add(task);
            }
        }
    }

    private int strayIndex(String taskId) {
        for (int i = 0; i < strays.size(); i++) {
            if (strays.get(i).id().equals(taskId)) {
                return i;
            }
        }
        return -1;
    }

    private static String taskIdOf(GraphRequest request) {
        if (request instanceof GraphRequest.DeleteTask d) {
            return d.taskId();
        }
        if (request instanceof GraphRequest.GetTask g) {
            return g.taskId();
        }
        return null;
    }

    private void pushed(GraphRequest.TaskFields fields) {
        if (fields.title() != null) {
            row.pushedTitle = fields.title();
        }
        if (fields.bucketId() != null) {
            row.pushedBucketId = fields.bucketId();
        }
        if (fields.due() != null || fields.clearDue()) {
            row.pushedDue = fields.due();
        }
        if (fields.start() != null) {
            row.pushedStart = fields.start();
        }
        if (fields.priority() != null) {
            row.pushedPriority = fields.priority();
        }
        if (fields.percentComplete() != null) {
            row.pushedPercent = fields.percentComplete();
        }
        if (fields.assignees() != null) {
            Set<String> now = new HashSet<>(row.pushedAssignees == null ? Set.of() : row.pushedAssignees);
            fields.assignees().forEach((id, assigned) -> {
                if (assigned) {
                    now.add(id);
                } else {
                    now.remove(id);
                }
            });
            row.pushedAssignees = Set.copyOf(now);
        }
    }

    private void applyEvent(GraphRequest request, GraphResponse response) {
        int status = response.status();
        if (response.ok()) {
            if (request instanceof GraphRequest.FindEvents) {
                eventLookupDone = true;
                List<GraphResponse.EventState> found = response.events() == null ? List.of() : response.events();
                if (!found.isEmpty()) {
                    row.eventId = found.get(0).id();
                    row.eventDate = found.get(0).date();
                    row.eventCreateSentAt = null;
                    row.pushedEventHash = null; // re-applied: what the lost push wrote is not known
                }
            } else if (request instanceof GraphRequest.CreateEvent create) {
                row.eventId = response.events().get(0).id();
                row.eventUserId = create.userId();
                row.eventDate = create.event().date();
                row.eventCreateSentAt = null;
                row.pushedEventHash = desired.event().hash();
            } else if (request instanceof GraphRequest.UpdateEvent update) {
                row.eventDate = update.event().date();
                row.pushedEventHash = desired.event().hash();
            } else if (request instanceof GraphRequest.DeleteEvent) {
                row.clearEvent();
            } else {
                throw new IllegalStateException("not an event request: " + request);
            }
            return;
        }
        if (status == 404) {
            if (request instanceof GraphRequest.UpdateEvent && ++recreations <= 1) {
                row.clearEvent(); // deleted in Outlook: created again
            } else if (request instanceof GraphRequest.DeleteEvent) {
                row.clearEvent();
            } else {
                refused(request, response);
            }
            return;
        }
        refused(request, response);
    }

    private void refused(GraphRequest request, GraphResponse response) {
        boolean event = request instanceof GraphRequest.CreateEvent || request instanceof GraphRequest.UpdateEvent
                || request instanceof GraphRequest.DeleteEvent || request instanceof GraphRequest.FindEvents;
        if (response.status() == 403) {
            fail(response.errorCode() == null ? "FORBIDDEN" : response.errorCode(),
                    FailureReasons.refused(response.errorCode(), response.message(), event));
        } else {
            fail(response.errorCode() == null ? "HTTP_" + response.status() : response.errorCode(),
                    FailureReasons.rejected(response, describe(request)));
        }
    }

    /** A refusal a person must act on: not retried automatically. */
    void fail(String code, String reason) {
        if (active()) {
            end = End.FAILED;
            failureCode = code;
            failureReason = reason;
        }
    }

    /** A transient failure (5xx, Graph unreachable): tried again after a backoff. */
    void backOff(String code, String reason) {
        if (active()) {
            end = End.BACK_OFF;
            failureCode = code;
            failureReason = reason;
        }
    }

    /** Throttled for longer than a round waits, or the round ran out of phases: ready again after {@code wait}. */
    void defer(Duration wait) {
        if (active()) {
            end = End.DEFERRED;
            deferFor = wait;
        }
    }

    static String describe(GraphRequest request) {
        String name = request.getClass().getSimpleName();
        return switch (name) {
            case "CreateTask" -> "the task create";
            case "UpdateTask" -> "the task update";
            case "DeleteTask" -> "the task delete";
            case "GetTask" -> "the task read";
            case "GetTaskDetails" -> "the task details read";
            case "UpdateTaskDetails" -> "the task description";
            case "CreateEvent" -> "the due-date event create";
            case "UpdateEvent" -> "the due-date event update";
            case "DeleteEvent" -> "the due-date event delete";
            default -> "the due-date event lookup";
        };
    }

    /** Adopts a task found in the plan by the item's number (a create whose answer was lost). */
    void adopt(PlannerTaskState task) {
        row.taskId = task.id();
        row.taskEtag = task.etag();
        row.taskCreateSentAt = null;
        row.detailsEtag = null;
        row.pushedDetailsHash = null;
        row.pushedTitle = task.title();
        row.pushedBucketId = task.bucketId();
        row.pushedDue = task.due();
        row.pushedStart = task.start();
        row.pushedPriority = task.priority();
        row.pushedPercent = task.percentComplete();
        row.pushedAssignees = task.assigneeIds() == null ? Set.of() : Set.copyOf(task.assigneeIds());
    }

    private static final class Changes {
        String title;
        String bucketId;
        java.time.LocalDate due;
        boolean clearDue;
        java.time.LocalDate start;
        Integer priority;
        Integer percent;
        Map<String, Boolean> assignees;

        boolean isEmpty() {
            return title == null && bucketId == null && due == null && !clearDue && start == null && priority == null
                    && percent == null && assignees == null;
        }
    }
}
