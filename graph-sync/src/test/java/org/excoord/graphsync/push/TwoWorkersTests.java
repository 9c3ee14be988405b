package org.excoord.graphsync.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.excoord.actionitem.ActionItem;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import java.util.UUID;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.excoord.graphsync.emulator.TaskSnapshot;
import org.excoord.graphsync.graph.GraphGateway;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Two workers (replicas) on one database share the rows through leases: no task or event is created twice. */
@TestPropertySource(properties = "excoord.graph.items-per-round=15")
class TwoWorkersTests extends PushIntegrationTest {

    @Test
    void twoWorkersOnTwoHundredItemsCreateEveryTaskOnce() {
        OrgUnit unit = fixtures.unit("Replica Office", null);
        link(unit);
        Person boss = fixtures.manager("Rae Replica", unit);
        Person alex = fixtures.person("Alex Replica", unit);
        List<ActionItem> created = items(fixtures.actor(boss), alex);
        FakeGraph graph = new FakeGraph();

        RoundResult[] results = drainTogether(worker(graph), worker(graph));
        RoundResult a = results[0];
        RoundResult b = results[1];

        assertThat(a.synced() + b.synced()).isEqualTo(200);
        assertThat(a.claimed()).as("both workers took part").isPositive();
        assertThat(b.claimed()).as("both workers took part").isPositive();
        assertThat(graph.calls("CreateTask")).isEqualTo(200);
        assertThat(graph.calls("CreateEvent")).isEqualTo(200);
        Map<String, Long> tasksPerTitle = graph.tasks().stream()
                .collect(Collectors.groupingBy(t -> t.title, Collectors.counting()));
        assertThat(tasksPerTitle).hasSize(200).allSatisfy((title, n) -> assertThat(n).as(title).isEqualTo(1L));
        assertThat(graph.bucketsOf(graph.tasks().get(0).planId)).as("one General bucket despite the race").hasSize(1);
        Map<String, ActionItem> byNumber = created.stream()
                .collect(Collectors.toMap(ActionItem::getNumber, Function.identity()));
        assertThat(graph.events()).hasSize(200)
                .allSatisfy(e -> assertThat(byNumber).containsKey(e.fields().itemNumber()));
    }

    @Test
    void twoWorkersThroughTheRealClientCreateEveryTaskAndEventOnce() {
        GraphEmulator graph = emulator();
        graph.faults().clear();
        OrgUnit unit = fixtures.unit("Emulated Replicas", null);
        String group = UUID.randomUUID().toString();
        String planId = graph.addPlan(group, "Executive Coordination");
        jdbc.update("insert into planner_link (org_unit_id, group_id, plan_id, plan_title, linked_at, linked_by)"
                + " values (?, ?, ?, 'Executive Coordination', now(), 'test')", unit.getId(), group, planId);
        Person boss = fixtures.manager("Rae Emulated", unit);
        Person alex = fixtures.person("Alex Emulated", unit);
        graph.addUser(boss.getEntraObjectId(), true).addUser(alex.getEntraObjectId(), true);
        List<ActionItem> created = items(fixtures.actor(boss), alex);
        GraphGateway gateway = context.getBean(GraphGateway.class);

        RoundResult[] results = drainTogether(worker(gateway), worker(gateway));

        assertThat(results[0].synced() + results[1].synced()).isEqualTo(200);
        Map<String, Long> tasksPerTitle = graph.tasksOfPlan(planId).stream()
                .collect(Collectors.groupingBy(TaskSnapshot::title, Collectors.counting()));
        assertThat(tasksPerTitle).hasSize(200).allSatisfy((title, n) -> assertThat(n).as(title).isEqualTo(1L));
        assertThat(graph.events(alex.getEntraObjectId())).hasSize(200);
        assertThat(graph.buckets(planId)).hasSize(1);
        assertThat(created).allSatisfy(item -> assertThat(state(item)).isEqualTo("SYNCED"));
    }

    private List<ActionItem> items(Actor actor, Person assignee) {
        List<ActionItem> created = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            created.add(create(actor, "Shared " + i, assignee, LocalDate.of(2027, 5, 3).plusDays(i % 20)));
        }
        return created;
    }

    private static RoundResult[] drainTogether(PushWorker one, PushWorker two) {
        CompletableFuture<RoundResult> first = CompletableFuture.supplyAsync(() -> one.drain(Duration.ofSeconds(90)));
        CompletableFuture<RoundResult> second = CompletableFuture.supplyAsync(() -> two.drain(Duration.ofSeconds(90)));
        return new RoundResult[] {first.join(), second.join()};
    }
}
