package org.excoord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.excoord.CoordinationApplication;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.OrgUnitRepository;
import org.excoord.directory.Person;
import org.excoord.directory.PersonRepository;
import org.excoord.directory.Role;
import org.excoord.graphsync.backsync.BackSync;
import org.excoord.graphsync.backsync.BackSyncReport;
import org.excoord.graphsync.emulator.EventSnapshot;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.excoord.graphsync.emulator.TaskSnapshot;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Planner/Outlook mirroring under load (issue 9's figures). The app runs in this JVM on its embedded PostgreSQL with
 * graph-sync on, against the loopback Graph emulator answering 10 % of HTTP requests and 10 % of batch sub-requests
 * with 429 (Retry-After 1 s). Eight REST clients make 10,000 changes to 2,000 items as fast as the API takes them —
 * per item: create, move the due date, reassign, start, then complete (even items) or move the due date again (odd
 * ones). {@code -Dorder=bursts} (default) makes each item's five changes one after the other, as a person working on
 * an item does; {@code -Dorder=shuffled} makes all creates first, then the 8,000 other changes in random order across
 * items. Reported: HTTP requests to Graph per change (retries included, token requests apart; the back-sync
 * scheduler is off, its cost is the poll measured last), the time until every task and event matches the database,
 * lost and duplicated tasks and events. Then 3,000 more items make the plan
 * 5,000 tasks, and a back-sync poll with nothing changed is measured (requests, ms, bytes allocated).
 *
 * <p>Run: {@code bot/bench/graph-sync.sh} (see the README).
 */
public final class GraphSyncBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int ITEMS = Integer.getInteger("items", 2_000);
    private static final int CLIENTS = Integer.getInteger("clients", 8);
    private static final int PEOPLE = 20;

    private GraphSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        trustTheEmulator();
        String order = System.getProperty("order", "bursts");
        try (GraphEmulator graph = new GraphEmulator().start()) {
            graph.faults().seed(9).throttle(0.10).throttleSubRequests(0.10).retryAfter(Duration.ofSeconds(1));
            Path data = Files.createTempDirectory("excoord-graph-bench-pg");
            try (ConfigurableApplicationContext app = start(graph, data)) {
                new GraphSyncBenchmark.Run(app, graph, order).run();
            }
        }
    }

    /** The JVM must trust the emulator's test CA through its standard settings (bot/bench/graph-sync.sh sets them). */
    private static void trustTheEmulator() {
        if (System.getProperty("javax.net.ssl.trustStore") == null) {
            throw new IllegalStateException("run with -Djavax.net.ssl.trustStore=<the emulator's truststore.p12>"
                    + " (bot/bench/graph-sync.sh does)");
        }
    }

    private static ConfigurableApplicationContext start(GraphEmulator graph, Path data) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", "0");
        properties.put("excoord.embedded-postgres.data-dir", data.toString());
        properties.put("excoord.demo.enabled", "false");
        properties.put("excoord.security.mode", "NONE");
        properties.put("excoord.graph.enabled", "true");
        properties.put("excoord.graph.base-url", graph.baseUrl());
        properties.put("excoord.graph.login-host", graph.loginHost());
        properties.put("excoord.graph.tenant-id", graph.tenantId());
        properties.put("excoord.graph.client-id", graph.clientId());
        properties.put("excoord.graph.client-secret", graph.clientSecret());
        // the poll is measured on its own at the end (the scheduled one would hold the plan's lease then); while the
        // changes are pushed, back-sync would add one read of the plan a minute (20 pages for 2,000 tasks)
        properties.put("excoord.graph.back-sync.scheduled", "false");
        // nor an out-of-office round (mailboxSettings reads) among the measured requests
        properties.put("excoord.graph.out-of-office.scheduled", "false");
        properties.put("logging.level.org.excoord.graphsync", "WARN");
        properties.put("logging.level.com.azure", "WARN");
        properties.put("logging.level.com.microsoft.aad", "WARN");
        // as command-line arguments: they win over application.yml (builder properties would only be defaults)
        return new SpringApplicationBuilder(CoordinationApplication.class).run(properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    private static final class Run {

        private final ConfigurableApplicationContext app;
        private final GraphEmulator graph;
        private final String order;
        private final JdbcTemplate jdbc;
        private final int port;
        private final AtomicLong changes = new AtomicLong();
        private final AtomicLong refused = new AtomicLong();
        private OrgUnit unit;
        private Person manager;
        private final List<Person> staff = new ArrayList<>();
        private String planId;

        Run(ConfigurableApplicationContext app, GraphEmulator graph, String order) {
            this.app = app;
            this.graph = graph;
            this.order = order;
            this.jdbc = app.getBean(JdbcTemplate.class);
            this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        }

        void run() throws Exception {
            directory();
            JsonNode link = send("PUT", "/api/v1/org-units/" + unit.getId() + "/planner",
                    Map.of("groupId", graphGroup()), manager);
            planId = link.get("planId").asText();
            changes.set(0);
            graph.resetCounts();
            long started = System.nanoTime();
            if (order.equals("shuffled")) {
                shuffled();
            } else {
                bursts();
            }
            long madeNanos = System.nanoTime() - started;
            long converged = waitUntilMirrored(started);
            Mirror mirror = compare();
            long requests = graph.counts().graph();
            report("%n== Planner/Outlook mirror: %,d changes to %,d items (%s), %d REST clients, 10 %% of requests"
                    + " and sub-requests answered 429", changes.get(), ITEMS, order, CLIENTS);
            report("changes made in %.1f s (%.0f/s); %d refused by the API (stale versions retried)",
                    madeNanos / 1e9, changes.get() / (madeNanos / 1e9), refused.get());
            report("HTTP requests to Graph: %,d (%,d sub-requests, %,d token requests apart) = %.4f per change"
                    + " (target <= 0.05)", requests, graph.counts().subRequests(), graph.counts().tokenRequests(),
                    requests / (double) changes.get());
            report("  by kind: %s", graph.counts().byKind().entrySet().stream().filter(e -> !e.getKey().startsWith("sub "))
                    .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", ")));
            report("every task and event matched the database %.1f s after the first change (%.1f s after the last)",
                    converged / 1e9, (converged - madeNanos) / 1e9);
            report("tasks: %d missing, %d duplicated, %d wrong; events: %d missing, %d duplicated, %d wrong;"
                    + " items failed: %d", mirror.missingTasks, mirror.duplicateTasks, mirror.wrongTasks,
                    mirror.missingEvents, mirror.duplicateEvents, mirror.wrongEvents, failed());
            backSyncOfALargePlan();
        }

        private String graphGroup() {
            String group = UUID.randomUUID().toString();
            graph.addGroup(group);
            return group;
        }

        private void directory() {
            OrgUnitRepository units = app.getBean(OrgUnitRepository.class);
            PersonRepository people = app.getBean(PersonRepository.class);
            unit = units.saveAndFlush(new OrgUnit("Office of the Benchmark", "OB", "OB-1", "Office", null));
            manager = people.saveAndFlush(new Person(UUID.randomUUID().toString(), "manager@bench.example",
                    "Mona Manager", unit.getId(), java.time.ZoneId.of("America/New_York"),
                    EnumSet.of(Role.STAFF, Role.MANAGER, Role.ADMIN)));
            unit.setManagerId(manager.getId());
            units.saveAndFlush(unit);
            for (int i = 0; i < PEOPLE; i++) {
                Person p = people.saveAndFlush(new Person(UUID.randomUUID().toString(), "staff" + i + "@bench.example",
                        "Staff Member " + i, unit.getId(), java.time.ZoneId.of("America/New_York"),
                        EnumSet.of(Role.STAFF)));
                staff.add(p);
                graph.addUser(p.getEntraObjectId(), true);
            }
            graph.addUser(manager.getEntraObjectId(), true);
        }

        /** Each client works item after item: create, move, reassign, start, complete or move again. */
        private void bursts() throws Exception {
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                done.add(clients.submit(() -> {
                    for (int i = client; i < ITEMS; i += CLIENTS) {
                        JsonNode item = createItem(i);
                        item = moveDue(item, 3);
                        item = reassign(item, i + 1);
                        item = transition(item, "START");
                        item = i % 2 == 0 ? transition(item, "COMPLETE") : moveDue(item, 5);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            clients.shutdown();
        }

        /** All creates first, then the other 8,000 changes in random order across items (each item's in order). */
        private void shuffled() throws Exception {
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<JsonNode>> created = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                int n = i;
                created.add(clients.submit(() -> createItem(n)));
            }
            List<JsonNode> items = new ArrayList<>();
            for (Future<JsonNode> f : created) {
                items.add(f.get());
            }
            // step k of item i is taken only after its step k-1: a client picks the next step of a random item
            List<Integer> steps = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                for (int k = 0; k < 4; k++) {
                    steps.add(i);
                }
            }
            Collections.shuffle(steps, new Random(9));
            int[] next = new int[ITEMS];
            Object[] locks = new Object[ITEMS];
            for (int i = 0; i < ITEMS; i++) {
                locks[i] = new Object();
            }
            List<Future<?>> done = new ArrayList<>();
            AtomicLong cursor = new AtomicLong();
            for (int c = 0; c < CLIENTS; c++) {
                done.add(clients.submit(() -> {
                    for (long s = cursor.getAndIncrement(); s < steps.size(); s = cursor.getAndIncrement()) {
                        int i = steps.get((int) s);
                        synchronized (locks[i]) {
                            JsonNode item = items.get(i);
                            item = switch (next[i]++) {
                                case 0 -> moveDue(item, 3);
                                case 1 -> reassign(item, i + 1);
                                case 2 -> transition(item, "START");
                                default -> i % 2 == 0 ? transition(item, "COMPLETE") : moveDue(item, 5);
                            };
                            items.set(i, item);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            clients.shutdown();
        }

        private JsonNode createItem(int i) {
            LocalDate due = app.getBean(ActionItemManagement.class).today().plusDays(7 + i % 30);
            return send("POST", "/api/v1/action-items", Map.of("subject", "Benchmark tasker " + i,
                    "details", "Item " + i + " of the graph-sync benchmark.", "priority", "MEDIUM",
                    "assigneePersonId", staff.get(i % PEOPLE).getId(), "dueDate", due.toString()), manager);
        }

        private JsonNode moveDue(JsonNode item, int days) {
            LocalDate due = LocalDate.parse(item.get("dueDate").asText()).plusDays(days);
            return send("PUT", "/api/v1/action-items/" + item.get("id").asLong() + "/due-date",
                    Map.of("dueDate", due.toString(), "version", item.get("version").asLong()), manager);
        }

        private JsonNode reassign(JsonNode item, int to) {
            return send("PUT", "/api/v1/action-items/" + item.get("id").asLong() + "/assignee",
                    Map.of("personId", staff.get(to % PEOPLE).getId(), "version", item.get("version").asLong()), manager);
        }

        private JsonNode transition(JsonNode item, String verb) {
            return send("POST", "/api/v1/action-items/" + item.get("id").asLong() + "/transitions",
                    Map.of("verb", verb, "version", item.get("version").asLong()), manager);
        }

        private JsonNode send(String method, String path, Object body, Person as) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json").header("X-Excoord-User", as.getUpn())
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() >= 300) {
                    refused.incrementAndGet();
                    throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + " "
                            + response.body());
                }
                changes.incrementAndGet();
                return JSON.readTree(response.body());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Nanoseconds from {@code started} until nothing is pending and the emulator equals the database. */
        private long waitUntilMirrored(long started) {
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (System.nanoTime() < deadline) {
                Long pending = jdbc.queryForObject("select count(*) from graph_item_sync where pushed_seq < change_seq"
                        + " or claimed_by is not null", Long.class);
                if (pending == 0 && compare().clean()) {
                    return System.nanoTime() - started;
                }
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
            throw new IllegalStateException("the mirror did not match the database within 10 minutes: " + compare());
        }

        private long failed() {
            return jdbc.queryForObject("select count(*) from graph_item_sync where state = 'FAILED'", Long.class);
        }

        private Mirror compare() {
            Mirror m = new Mirror();
            Map<String, List<TaskSnapshot>> tasks = new HashMap<>();
            for (TaskSnapshot t : graph.tasksOfPlan(planId)) {
                tasks.computeIfAbsent(t.title().split(" ")[0], k -> new ArrayList<>()).add(t);
            }
            Map<String, List<EventSnapshot>> events = new HashMap<>();
            graph.allEvents().values().stream().flatMap(List::stream).forEach(e -> e.extendedProperties().values()
                    .forEach(number -> events.computeIfAbsent(number, k -> new ArrayList<>()).add(e)));
            for (Map<String, Object> row : jdbc.queryForList("select i.number, i.status, i.due_date, p.entra_object_id"
                    + " from action_item i join person p on p.id = i.assignee_person_id where i.org_unit_id = ?",
                    unit.getId())) {
                String number = (String) row.get("number");
                LocalDate due = ((java.sql.Date) row.get("due_date")).toLocalDate();
                String assignee = (String) row.get("entra_object_id");
                boolean complete = "COMPLETE".equals(row.get("status"));
                List<TaskSnapshot> t = tasks.getOrDefault(number, List.of());
                m.missingTasks += t.isEmpty() ? 1 : 0;
                m.duplicateTasks += Math.max(0, t.size() - 1);
                m.wrongTasks += t.stream().anyMatch(x -> !x.due().equals(due) || !x.assigneeIds().equals(
                        java.util.Set.of(assignee)) || (x.percentComplete() == 100) != complete) ? 1 : 0;
                List<EventSnapshot> e = events.getOrDefault(number, List.of());
                m.missingEvents += !complete && e.isEmpty() ? 1 : 0;
                m.duplicateEvents += Math.max(0, e.size() - (complete ? 0 : 1));
                m.wrongEvents += e.stream().anyMatch(x -> !x.userId().equals(assignee)
                        || !x.start().startsWith(due.toString())) ? 1 : 0;
            }
            return m;
        }

        /** 3,000 more items make the plan 5,000 tasks; then a poll with nothing changed, five times. */
        private void backSyncOfALargePlan() {
            ActionItemManagement items = app.getBean(ActionItemManagement.class);
            Actor actor = app.getBean(Directory.class).actorFor(manager.getId()).orElseThrow();
            int more = 5_000 - ITEMS;
            for (int i = 0; i < more; i++) {
                items.create(NewActionItem.adHoc("Backlog item " + i, staff.get(i % PEOPLE).getId(),
                        items.today().plusDays(30), null), actor).orElseThrow();
            }
            waitUntilMirrored(System.nanoTime());
            BackSync backSync = app.getBean(BackSync.class);
            backSync.pollOnce(planId);
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            for (int run = 1; run <= 5; run++) {
                graph.resetCounts();
                long allocated = threads.getCurrentThreadAllocatedBytes();
                long t0 = System.nanoTime();
                BackSyncReport report = backSync.pollOnce(planId);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                report("back-sync poll %d of a %,d-task plan, nothing changed: %d HTTP requests, %d ms, %.1f MB"
                        + " allocated; %d changed", run, report.tasksRead(), graph.counts().graph(), ms,
                        (threads.getCurrentThreadAllocatedBytes() - allocated) / 1e6, report.changed());
            }
        }
    }

    private static final class Mirror {
        long missingTasks;
        long duplicateTasks;
        long wrongTasks;
        long missingEvents;
        long duplicateEvents;
        long wrongEvents;

        boolean clean() {
            return missingTasks + duplicateTasks + wrongTasks + missingEvents + duplicateEvents + wrongEvents == 0;
        }

        @Override
        public String toString() {
            return "tasks missing " + missingTasks + ", duplicated " + duplicateTasks + ", wrong " + wrongTasks
                    + "; events missing " + missingEvents + ", duplicated " + duplicateEvents + ", wrong " + wrongEvents;
        }
    }

    private static void report(String format, Object... args) {
        System.out.printf(format + "%n", args);
    }
}
