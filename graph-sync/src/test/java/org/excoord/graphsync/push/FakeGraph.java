package org.excoord.graphsync.push;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.excoord.graphsync.graph.GraphGateway;
import org.excoord.graphsync.graph.GraphRequest;
import org.excoord.graphsync.graph.GraphResponse;
import org.excoord.graphsync.graph.PlanState;
import org.excoord.graphsync.graph.PlannerTaskState;

/**
 * A small in-memory Graph behind {@link GraphGateway} for the push's tests until the loopback emulator (which speaks
 * the wire format through the real SDK) is merged: Planner tasks with etags (412 on a stale one; a details PATCH
 * moves the task's etag too, as Graph does), events deduplicated by transactionId, and injected answers.
 */
final class FakeGraph implements GraphGateway {

    static final class Task {
        String id;
        String planId;
        String bucketId;
        String title;
        LocalDate due;
        LocalDate start;
        int priority;
        int percent;
        final Set<String> assignees = new HashSet<>();
        int version;
        String description = "";
        int detailsVersion;

        String etag() {
            return "W/\"task-" + id + "-" + version + "\"";
        }

        String detailsEtag() {
            return "W/\"details-" + id + "-" + detailsVersion + "\"";
        }

        PlannerTaskState state() {
            return new PlannerTaskState(id, planId, bucketId, etag(), title, due, start, priority, percent,
                    Set.copyOf(assignees), null);
        }
    }

    record Event(String id, String userId, GraphRequest.EventFields fields) {
    }

    private record Fault(Predicate<GraphRequest> when, AtomicInteger times, GraphResponse answer) {
    }

    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private final Map<String, List<PlanState.Bucket>> buckets = new HashMap<>();
    private final Map<String, Event> events = new LinkedHashMap<>();
    private final Map<String, String> eventByTransaction = new HashMap<>();
    private final List<Fault> faults = new ArrayList<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private int ids;

    /** The next {@code times} requests matching {@code when} get {@code answer} instead of being carried out. */
    synchronized FakeGraph inject(Predicate<GraphRequest> when, int times, GraphResponse answer) {
        faults.add(new Fault(when, new AtomicInteger(times), answer));
        return this;
    }

    static GraphResponse status(int status, String code, Duration retryAfter) {
        return new GraphResponse(status, retryAfter, code, code == null ? null : "injected " + code, null, null, null);
    }

    /** How many requests of this kind (simple class name) were carried out or answered. */
    int calls(String kind) {
        AtomicInteger n = calls.get(kind);
        return n == null ? 0 : n.get();
    }

    int planTasksReads() {
        return calls("planTasks");
    }

    synchronized List<Task> tasks() {
        return List.copyOf(tasks.values());
    }

    synchronized List<Event> events() {
        return List.copyOf(events.values());
    }

    synchronized List<Task> tasksTitled(String number) {
        return tasks.values().stream().filter(t -> t.title.startsWith(number + " ")).toList();
    }

    synchronized List<Event> eventsOf(String number) {
        return events.values().stream().filter(e -> e.fields().itemNumber().equals(number)).toList();
    }

    synchronized List<PlanState.Bucket> bucketsOf(String planId) {
        return List.copyOf(buckets.getOrDefault(planId, List.of()));
    }

    /** A person edits the task in Planner: its etag moves. */
    synchronized void touch(String taskId, int percent) {
        Task t = tasks.get(taskId);
        t.percent = percent;
        t.version++;
    }

    synchronized void deleteTask(String taskId) {
        tasks.remove(taskId);
    }

    @Override
    public synchronized List<GraphResponse> batch(List<GraphRequest> requests) {
        if (requests.size() > MAX_BATCH) {
            throw new IllegalArgumentException("more than 20 requests in a batch: " + requests.size());
        }
        this.requests.incrementAndGet();
        List<GraphResponse> answers = new ArrayList<>();
        for (GraphRequest request : requests) {
            calls.computeIfAbsent(request.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
            answers.add(answer(request));
        }
        return answers;
    }

    private GraphResponse answer(GraphRequest request) {
        for (Fault fault : faults) {
            if (fault.times().get() > 0 && fault.when().test(request)) {
                fault.times().decrementAndGet();
                return fault.answer();
            }
        }
        if (request instanceof GraphRequest.CreateTask c) {
            Task t = new Task();
            t.id = "task-" + (++ids);
            t.planId = c.planId();
            apply(t, c.task());
            tasks.put(t.id, t);
            return task(201, t);
        }
        if (request instanceof GraphRequest.UpdateTask u) {
            Task t = tasks.get(u.taskId());
            if (t == null) {
                return status(404, "NotFound", null);
            }
            if (!t.etag().equals(u.etag())) {
                return status(412, "PreconditionFailed", null);
            }
            apply(t, u.changes());
            t.version++;
            return task(200, t);
        }
        if (request instanceof GraphRequest.DeleteTask d) {
            Task t = tasks.get(d.taskId());
            if (t == null) {
                return status(404, "NotFound", null);
            }
            if (!t.etag().equals(d.etag())) {
                return status(412, "PreconditionFailed", null);
            }
            tasks.remove(d.taskId());
            return status(204, null, null);
        }
        if (request instanceof GraphRequest.GetTask g) {
            Task t = tasks.get(g.taskId());
            return t == null ? status(404, "NotFound", null) : task(200, t);
        }
        if (request instanceof GraphRequest.GetTaskDetails g) {
            Task t = tasks.get(g.taskId());
            return t == null ? status(404, "NotFound", null) : details(t);
        }
        if (request instanceof GraphRequest.UpdateTaskDetails u) {
            Task t = tasks.get(u.taskId());
            if (t == null) {
                return status(404, "NotFound", null);
            }
            if (!t.detailsEtag().equals(u.etag())) {
                return status(412, "PreconditionFailed", null);
            }
            t.description = u.description();
            t.detailsVersion++;
            t.version++; // hasDescription changed: the task's own etag moves too
            return details(t);
        }
        if (request instanceof GraphRequest.CreateEvent c) {
            String key = c.userId() + "\n" + c.event().transactionId();
            String existing = eventByTransaction.get(key);
            if (existing != null && events.containsKey(existing)) {
                return event(201, events.get(existing));
            }
            Event e = new Event("event-" + (++ids), c.userId(), c.event());
            events.put(e.id(), e);
            eventByTransaction.put(key, e.id());
            return event(201, e);
        }
        if (request instanceof GraphRequest.UpdateEvent u) {
            Event e = events.get(u.eventId());
            if (e == null || !e.userId().equals(u.userId())) {
                return status(404, "ErrorItemNotFound", null);
            }
            Event changed = new Event(e.id(), e.userId(), new GraphRequest.EventFields(e.fields().transactionId(),
                    e.fields().itemNumber(), u.event().subject(), u.event().date(), u.event().timeZone(),
                    u.event().bodyHtml(), u.event().reminderMinutesBeforeStart(), u.event().category()));
            events.put(e.id(), changed);
            return event(200, changed);
        }
        if (request instanceof GraphRequest.DeleteEvent d) {
            Event e = events.get(d.eventId());
            if (e == null || !e.userId().equals(d.userId())) {
                return status(404, "ErrorItemNotFound", null);
            }
            events.remove(d.eventId());
            return status(204, null, null);
        }
        GraphRequest.FindEvents f = (GraphRequest.FindEvents) request;
        List<GraphResponse.EventState> found = events.values().stream()
                .filter(e -> e.userId().equals(f.userId()) && e.fields().itemNumber().equals(f.itemNumber()))
                .map(FakeGraph::state).toList();
        return new GraphResponse(200, null, null, null, null, null, found);
    }

    private static void apply(Task t, GraphRequest.TaskFields f) {
        if (f.title() != null) {
            t.title = f.title();
        }
        if (f.bucketId() != null) {
            t.bucketId = f.bucketId();
        }
        if (f.due() != null || f.clearDue()) {
            t.due = f.due();
        }
        if (f.start() != null) {
            t.start = f.start();
        }
        if (f.priority() != null) {
            t.priority = f.priority();
        }
        if (f.percentComplete() != null) {
            t.percent = f.percentComplete();
        }
        if (f.assignees() != null) {
            f.assignees().forEach((id, on) -> {
                if (on) {
                    t.assignees.add(id);
                } else {
                    t.assignees.remove(id);
                }
            });
        }
    }

    private static GraphResponse task(int status, Task t) {
        return new GraphResponse(status, null, null, null, t.state(), null, null);
    }

    private static GraphResponse details(Task t) {
        return new GraphResponse(200, null, null, null, null,
                new GraphResponse.TaskDetailsState(t.detailsEtag(), t.description), null);
    }

    private static GraphResponse event(int status, Event e) {
        return new GraphResponse(status, null, null, null, null, null, List.of(state(e)));
    }

    private static GraphResponse.EventState state(Event e) {
        return new GraphResponse.EventState(e.id(), e.fields().itemNumber(), e.fields().subject(), e.fields().date());
    }

    @Override
    public synchronized List<PlannerTaskState> planTasks(String planId) {
        requests.incrementAndGet();
        calls.computeIfAbsent("planTasks", k -> new AtomicInteger()).incrementAndGet();
        return tasks.values().stream().filter(t -> t.planId.equals(planId)).map(Task::state).toList();
    }

    @Override
    public PlanState findOrCreatePlan(String groupId, String title) {
        throw new UnsupportedOperationException("the push never creates plans");
    }

    @Override
    public synchronized List<PlanState.Bucket> buckets(String planId) {
        requests.incrementAndGet();
        return bucketsOf(planId);
    }

    @Override
    public synchronized PlanState.Bucket createBucket(String planId, String name) {
        requests.incrementAndGet();
        calls.computeIfAbsent("createBucket", k -> new AtomicInteger()).incrementAndGet();
        PlanState.Bucket bucket = new PlanState.Bucket("bucket-" + (++ids), planId, name);
        buckets.computeIfAbsent(planId, k -> new ArrayList<>()).add(bucket);
        return bucket;
    }

    @Override
    public long requestsSent() {
        return requests.get();
    }
}
