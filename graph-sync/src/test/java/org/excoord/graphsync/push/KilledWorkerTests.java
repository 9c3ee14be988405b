package org.excoord.graphsync.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.excoord.actionitem.ActionItem;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.graphsync.Cloud;
import org.excoord.graphsync.GraphSyncProperties;
import org.excoord.graphsync.emulator.EventSnapshot;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.excoord.graphsync.emulator.TaskSnapshot;
import org.excoord.graphsync.graph.GraphRetrySettings;
import org.excoord.graphsync.graph.SdkGraphGateway;
import org.excoord.testing.EmbeddedPostgresSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * kill -9 at each step of a push: a worker in a JVM of its own ({@link KilledWorkerMain}) pushes 25 new items to the
 * loopback Graph emulator through the real SDK and is killed with SIGKILL — right after Graph answered one of its
 * batches (the tasks and events exist, excoord has not recorded their ids), or while the emulator is half-way
 * through applying a batch. A new worker then takes over the dead one's rows once its lease has run out. Every item
 * must end with exactly one task and one event, in the right calendar, with the right due date.
 */
class KilledWorkerTests extends PushIntegrationTest {

    private static final GraphEmulator GRAPH = emulator();
    private static final int ITEMS = 25;

    static Stream<Arguments> kills() {
        // a round sends the task and event creates (3 batches for 25 items), then the details reads, then the
        // details writes; so these land after the first creates, in the middle of the details, and inside batches
        return Stream.of(Arguments.of("after Graph answered the 1st batch", 1, 0),
                Arguments.of("after Graph answered the 4th batch", 4, 0),
                Arguments.of("while Graph applies the 10th sub-request", 0, 10),
                Arguments.of("while Graph applies the 45th sub-request", 0, 45));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kills")
    void aWorkerKilledWithSigkillLeavesNoDuplicateTaskOrEvent(String when, int afterBatch, int midBatch)
            throws Exception {
        OrgUnit unit = fixtures.unit("Killed Office", null);
        Person manager = fixtures.manager("Mo Manager", unit);
        List<Person> staff = List.of(fixtures.person("Sam One", unit), fixtures.person("Sue Two", unit),
                fixtures.person("Sid Three", unit));
        staff.forEach(p -> GRAPH.addUser(p.getEntraObjectId(), true));
        String planId = linkToEmulatorPlan(unit);
        Actor actor = fixtures.actor(manager);
        List<ActionItem> created = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            created.add(create(actor, "Killed push " + i, staff.get(i % staff.size()), items.today().plusDays(3 + i)));
        }

        AtomicReference<Process> child = new AtomicReference<>();
        AtomicInteger applied = new AtomicInteger();
        GRAPH.afterSubRequest(n -> midBatch > 0 && applied.incrementAndGet() == midBatch
                && child.get().destroyForcibly() != null);
        try {
            child.set(start(afterBatch, when));
            assertThat(child.get().waitFor(3, TimeUnit.MINUTES)).as("the worker ended").isTrue();
        } finally {
            GRAPH.afterSubRequest(n -> false);
        }
        assertThat(child.get().exitValue()).as("killed by SIGKILL (128 + 9), see " + log(when)).isEqualTo(137);

        expireLeases();
        try (SdkGraphGateway gateway = SdkGraphGateway.create(properties(), Cloud.WORLDWIDE,
                new GraphRetrySettings(3, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(10)))) {
            worker(gateway).drain(Duration.ofMinutes(1));
        }

        List<TaskSnapshot> tasks = GRAPH.tasksOfPlan(planId);
        for (ActionItem item : created) {
            ActionItem now = reload(item);
            Person assignee = staff.stream().filter(p -> p.getId().equals(now.getAssigneePersonId())).findFirst()
                    .orElseThrow();
            assertThat(tasks).as(now.getNumber() + " has one task").filteredOn(t -> t.title()
                    .startsWith(now.getNumber() + " ")).singleElement()
                    .satisfies(t -> assertThat(t.due()).isEqualTo(now.getDueDate()));
            List<EventSnapshot> events = GRAPH.allEvents().values().stream().flatMap(List::stream)
                    .filter(e -> e.extendedProperties().containsValue(now.getNumber())).toList();
            assertThat(events).as(now.getNumber() + " has one event").singleElement()
                    .satisfies(e -> assertThat(e.userId()).isEqualTo(assignee.getEntraObjectId()));
            assertThat(state(now)).isEqualTo("SYNCED");
        }
    }

    /** Links the unit to a plan that exists in the emulator (as the link service would have). */
    private String linkToEmulatorPlan(OrgUnit unit) {
        String group = UUID.randomUUID().toString();
        GRAPH.addGroup(group);
        String planId = GRAPH.addPlan(group, "Executive Coordination · " + unit.getName());
        jdbc.update("insert into planner_link (org_unit_id, group_id, plan_id, plan_title, linked_at, linked_by)"
                + " values (?, ?, ?, ?, ?, 'test')", unit.getId(), group, planId, "Executive Coordination",
                Timestamp.from(Instant.now()));
        return planId;
    }

    private static GraphSyncProperties properties() {
        return new GraphSyncProperties(true, GRAPH.baseUrl(), GRAPH.loginHost(), GRAPH.tenantId(), GRAPH.clientId(),
                GRAPH.clientSecret(), null, null, null, null, null, null, null, null);
    }

    private Process start(int afterBatch, String when) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "-Dkill.after.batch=" + afterBatch));
        for (String trust : List.of("javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword",
                "javax.net.ssl.trustStoreType")) {
            if (System.getProperty(trust) != null) {
                command.add("-D" + trust + "=" + System.getProperty(trust));
            }
        }
        command.addAll(List.of(KilledWorkerMain.class.getName(),
                "--spring.datasource.url=jdbc:postgresql://localhost:" + EmbeddedPostgresSupport.postgres().getPort()
                        + "/postgres",
                "--spring.datasource.username=" + EmbeddedPostgresSupport.APP, "--spring.datasource.password=",
                "--spring.flyway.enabled=false", "--spring.jpa.hibernate.ddl-auto=validate",
                "--spring.main.banner-mode=off", "--excoord.graph.enabled=true", "--excoord.graph.push.scheduled=false",
                "--excoord.graph.debounce=0s", "--excoord.graph.back-sync.scheduled=false",
                "--excoord.graph.out-of-office.scheduled=false",
                "--excoord.graph.base-url=" + GRAPH.baseUrl(), "--excoord.graph.login-host=" + GRAPH.loginHost(),
                "--excoord.graph.tenant-id=" + GRAPH.tenantId(), "--excoord.graph.client-id=" + GRAPH.clientId(),
                "--excoord.graph.client-secret=" + GRAPH.clientSecret()));
        File out = log(when).toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out).start();
    }

    private static Path log(String when) {
        return Path.of("target", "killed-worker-" + when.replaceAll("[^A-Za-z0-9]+", "-") + ".log").toAbsolutePath();
    }
}
