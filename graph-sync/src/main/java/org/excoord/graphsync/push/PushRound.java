package org.excoord.graphsync.push;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.excoord.graphsync.graph.GraphFailure;
import org.excoord.graphsync.graph.GraphGateway;
import org.excoord.graphsync.graph.GraphRequest;
import org.excoord.graphsync.graph.GraphResponse;
import org.excoord.graphsync.graph.PlannerTaskState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round over the claimed items: reconciles creates whose answers were lost, resolves buckets, then runs phases.
 * In each phase every item offers its next task and event request; they go out together, 20 to a {@code $batch},
 * across items; each answer moves its item on. Before a phase is sent its rows are written and committed (the create
 * marks and the event's transactionId counter), and after it the answers' ids and etags are.
 */
final class PushRound {

    private static final Logger log = LoggerFactory.getLogger(PushRound.class);

    /** Enough for create → details → description → etag, plus a few 412 re-reads and recreations. */
    static final int MAX_PHASES = 16;

    private final String workerId;
    private final GraphGateway gateway;
    private final SyncRows rows;
    private final PlannerBuckets buckets;
    private final Duration maxWait;
    private final Duration lease;
    private long subRequests;
    private long batches;
    private long planReads;

    PushRound(String workerId, GraphGateway gateway, SyncRows rows, PlannerBuckets buckets, Duration maxWait,
            Duration lease) {
        this.lease = lease;
        this.workerId = workerId;
        this.gateway = gateway;
        this.rows = rows;
        this.buckets = buckets;
        this.maxWait = maxWait;
    }

    long subRequests() {
        return subRequests;
    }

    long batches() {
        return batches;
    }

    long planReads() {
        return planReads;
    }

    void run(List<ItemPush> pushes) {
        List<ItemPush> active = new ArrayList<>(pushes);
        reconcileTaskCreates(active);
        resolveBuckets(active);
        for (int phase = 0; phase < MAX_PHASES; phase++) {
            Instant now = Instant.now();
            List<ItemPush.Step> steps = new ArrayList<>();
            Set<ItemPush> sending = new LinkedHashSet<>();
            for (ItemPush push : active) {
                for (ItemPush.Step step : push.next(now)) {
                    steps.add(step);
                    sending.add(push);
                }
            }
            if (steps.isEmpty()) {
                // what is left waits for a Retry-After: it goes back to be claimed with the next round's items, so
                // its requests fill their batches instead of going out alone in batches of one or two
                for (ItemPush push : active) {
                    Instant until = push.waitingUntil(now);
                    if (until != null) {
                        push.defer(Duration.between(now, until));
                    }
                }
                return;
            }
            // commit the create marks and transaction ids before Graph can act on them
            List<ItemSyncRow> lost = rows.save(workerId, sending.stream().map(p -> p.row).toList(), lease);
            if (!lost.isEmpty()) {
                dropLost(active, lost);
                steps.removeIf(s -> lost.contains(s.push().row));
            }
            send(steps);
            // every row that sent, stopped ones too: a task made before the event was refused keeps its id
            rows.save(workerId, sending.stream().map(p -> p.row).toList(), lease);
            active.removeIf(p -> !p.active());
        }
        for (ItemPush push : active) {
            push.defer(Duration.ZERO); // more to do than a round's phases: the row is claimed again at once
        }
    }

    private void send(List<ItemPush.Step> steps) {
        int next = 0;
        while (next < steps.size()) {
            List<ItemPush.Step> chunk = new ArrayList<>(GraphGateway.MAX_BATCH);
            while (next < steps.size() && chunk.size() < GraphGateway.MAX_BATCH) {
                ItemPush.Step step = steps.get(next++);
                if (step.push().active()) { // not an item an earlier batch of the phase stopped
                    chunk.add(step);
                }
            }
            if (chunk.isEmpty()) {
                continue;
            }
            List<GraphRequest> requests = chunk.stream().map(ItemPush.Step::request).toList();
            List<GraphResponse> responses;
            batches++;
            subRequests += requests.size();
            try {
                responses = gateway.batch(requests);
            } catch (GraphFailure e) {
                log.warn("A $batch of {} requests failed ({} {}): its items back off", requests.size(), e.status(),
                        e.getMessage());
                for (ItemPush.Step step : chunk) {
                    step.push().backOff("GRAPH_" + e.status(), "Graph could not be reached or failed ("
                            + e.status() + "): " + e.getMessage());
                }
                continue;
            }
            Instant now = Instant.now();
            for (int i = 0; i < chunk.size(); i++) {
                ItemPush.Step step = chunk.get(i);
                if (step.push().active()) {
                    step.push().apply(step, responses.get(i), now, maxWait);
                }
            }
        }
    }

    /**
     * A row with a create mark and no task id: the create may have reached Graph. The plan's tasks are read (once per
     * plan per round) for a title that starts with the item's number; found, it is adopted, else created again.
     */
    private void reconcileTaskCreates(List<ItemPush> active) {
        Map<String, Map<String, List<PlannerTaskState>>> byPlan = new HashMap<>();
        for (ItemPush push : active) {
            ItemSyncRow row = push.row;
            if (row.taskId != null || row.taskCreateSentAt == null || row.planId == null) {
                continue;
            }
            Map<String, List<PlannerTaskState>> tasks;
            try {
                tasks = byPlan.computeIfAbsent(row.planId, this::tasksByNumber);
            } catch (GraphFailure e) {
                push.backOff("GRAPH_" + e.status(), "could not read the plan to look for a task created before: "
                        + e.getMessage());
                continue;
            }
            List<PlannerTaskState> found = push.desired.number() == null ? List.of()
                    : tasks.getOrDefault(push.desired.number(), List.of());
            if (!found.isEmpty()) {
                log.info("{}: adopting task {} found in plan {} (its create's answer was lost)",
                        push.desired.number(), found.get(0).id(), row.planId);
                push.adopt(found.get(0));
                push.addStrays(found);
            } else {
                row.taskCreateSentAt = null;
            }
        }
    }

    private Map<String, List<PlannerTaskState>> tasksByNumber(String planId) {
        planReads++;
        Map<String, List<PlannerTaskState>> byNumber = new HashMap<>();
        for (PlannerTaskState task : gateway.planTasks(planId)) {
            String title = task.title() == null ? "" : task.title();
            int cut = title.indexOf(MirrorTargets.SEPARATOR);
            byNumber.computeIfAbsent(cut < 0 ? title.strip() : title.substring(0, cut), k -> new ArrayList<>())
                    .add(task);
        }
        return byNumber;
    }

    private void resolveBuckets(List<ItemPush> active) {
        Map<String, String> resolved = new HashMap<>();
        for (ItemPush push : active) {
            Desired.Task task = push.desired.task();
            if (task == null || !push.active()) {
                continue;
            }
            String key = task.planId() + "\n" + task.bucketKey();
            String id = resolved.get(key);
            if (id == null) {
                try {
                    id = buckets.bucketId(gateway, task.planId(), task.bucketKey(), task.bucketName());
                } catch (GraphFailure e) {
                    if (e.status() == 403 || e.status() == 400) {
                        push.fail(e.errorCode() == null ? "BUCKET_REFUSED" : e.errorCode(),
                                FailureReasons.refused(e.errorCode(), e.getMessage(), false));
                    } else {
                        push.backOff("GRAPH_" + e.status(), "could not create the Planner bucket: " + e.getMessage());
                    }
                    continue;
                }
                resolved.put(key, id);
            }
            push.bucketId = id;
        }
    }


    private static void dropLost(List<ItemPush> active, List<ItemSyncRow> lost) {
        for (ItemPush push : active) {
            if (lost.contains(push.row)) {
                log.warn("Item {}: the lease was taken over by another worker; this one stops pushing it",
                        push.row.itemId);
                push.defer(Duration.ZERO);
            }
        }
        active.removeIf(p -> lost.contains(p.row));
    }

}
