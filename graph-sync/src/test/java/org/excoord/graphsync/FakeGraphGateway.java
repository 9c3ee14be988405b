package org.excoord.graphsync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.excoord.graphsync.graph.GraphFailure;
import org.excoord.graphsync.graph.GraphGateway;
import org.excoord.graphsync.graph.GraphRequest;
import org.excoord.graphsync.graph.GraphResponse;
import org.excoord.graphsync.graph.PlanState;
import org.excoord.graphsync.graph.PlannerTaskState;

/**
 * An in-memory Planner behind the gateway contract, for tests of what excoord does with Graph's answers (links,
 * back-sync); the wire format is the emulator's business. Every change to a task gives it a new etag, as Planner
 * does. Requests are counted as the SDK gateway would send them: one per call, and one per page of
 * {@link #PAGE} tasks when a plan is read.
 */
public class FakeGraphGateway implements GraphGateway {

    /** Tasks per page of GET /planner/plans/{id}/tasks in this fake. */
    public static final int PAGE = 100;

    private final Set<String> groups = new java.util.HashSet<>();
    private final Map<String, PlanState> plans = new LinkedHashMap<>();
    private final Map<String, List<PlanState.Bucket>> buckets = new LinkedHashMap<>();
    private final Map<String, Map<String, PlannerTaskState>> tasks = new LinkedHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong plansCreated = new AtomicLong();
    private final AtomicLong planReads = new AtomicLong();
    private final AtomicLong seq = new AtomicLong();
    private final Set<String> failingPlans = new java.util.HashSet<>();
    private volatile Runnable beforePlanRead = () -> { };

    /** A group Graph knows; any other group id is answered with 404. */
    public synchronized String group() {
        String id = UUID.randomUUID().toString();
        groups.add(id);
        return id;
    }

    public long plansCreated() {
        return plansCreated.get();
    }

    public long planReads() {
        return planReads.get();
    }

    /** Puts a task in the plan as the push would have created it; returns it with its etag. */
    public synchronized PlannerTaskState putTask(String planId, String title, LocalDate due, int percent,
            Set<String> assignees) {
        String id = "task-" + seq.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        PlannerTaskState task = new PlannerTaskState(id, planId, null, etag(), title, due, due, 5, percent,
                Set.copyOf(assignees), null);
        tasks.computeIfAbsent(planId, p -> new LinkedHashMap<>()).put(id, task);
        return task;
    }

    /** A person's change in Planner: the task changes and gets a new etag. */
    public synchronized PlannerTaskState change(String planId, String taskId, UnaryOperator<PlannerTaskState> edit) {
        PlannerTaskState before = tasks.get(planId).get(taskId);
        PlannerTaskState edited = edit.apply(before);
        PlannerTaskState after = new PlannerTaskState(edited.id(), edited.planId(), edited.bucketId(), etag(),
                edited.title(), edited.due(), edited.start(), edited.priority(), edited.percentComplete(),
                edited.assigneeIds(), edited.completedBy());
        tasks.get(planId).put(taskId, after);
        return after;
    }

    public synchronized void delete(String planId, String taskId) {
        tasks.get(planId).remove(taskId);
    }

    private String etag() {
        return "W/\"JzEtVGFzayAg" + seq.incrementAndGet() + "QEBAQEBAQEBAQEBAQEBAWCc=\"";
    }

    @Override
    public List<GraphResponse> batch(List<GraphRequest> requests) {
        throw new UnsupportedOperationException("this fake serves links and back-sync only");
    }

    /** Graph answers 404 for this plan from now on (deleted in Planner). */
    public synchronized void failPlan(String planId) {
        failingPlans.add(planId);
    }

    /** Runs at the start of every plan read, outside the fake's lock (a test holds a poll there). */
    public void beforePlanRead(Runnable hook) {
        beforePlanRead = hook;
    }

    @Override
    public List<PlannerTaskState> planTasks(String planId) {
        beforePlanRead.run();
        return readPlan(planId);
    }

    private synchronized List<PlannerTaskState> readPlan(String planId) {
        planReads.incrementAndGet();
        if (failingPlans.contains(planId)) {
            requests.incrementAndGet();
            throw new GraphFailure(404, "NotFound", "The requested item is not found.", null);
        }
        List<PlannerTaskState> all = new ArrayList<>(tasks.getOrDefault(planId, Map.of()).values());
        requests.addAndGet(Math.max(1, (all.size() + PAGE - 1) / PAGE));
        return all;
    }

    @Override
    public synchronized PlanState findOrCreatePlan(String groupId, String title) {
        requests.incrementAndGet();
        if (!groups.contains(groupId)) {
            throw new GraphFailure(404, "Request_ResourceNotFound", "Resource '" + groupId + "' does not exist", null);
        }
        for (PlanState plan : plans.values()) {
            if (plan.groupId().equals(groupId) && plan.title().equals(title)) {
                return plan;
            }
        }
        requests.incrementAndGet();
        plansCreated.incrementAndGet();
        PlanState plan = new PlanState("plan-" + seq.incrementAndGet() + "-" + UUID.randomUUID().toString()
                .substring(0, 12), groupId, title);
        plans.put(plan.id(), plan);
        buckets.put(plan.id(), new ArrayList<>());
        return plan;
    }

    @Override
    public synchronized List<PlanState.Bucket> buckets(String planId) {
        requests.incrementAndGet();
        return List.copyOf(buckets.getOrDefault(planId, List.of()));
    }

    @Override
    public synchronized PlanState.Bucket createBucket(String planId, String name) {
        requests.incrementAndGet();
        PlanState.Bucket bucket = new PlanState.Bucket("bucket-" + seq.incrementAndGet(), planId, name);
        buckets.computeIfAbsent(planId, p -> new ArrayList<>()).add(bucket);
        return bucket;
    }

    @Override
    public long requestsSent() {
        return requests.get();
    }
}
