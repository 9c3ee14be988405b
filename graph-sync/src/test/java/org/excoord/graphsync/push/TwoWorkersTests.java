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
        Actor actor = fixtures.actor(boss);
        List<ActionItem> created = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            created.add(create(actor, "Shared " + i, alex, LocalDate.of(2027, 5, 3).plusDays(i % 20)));
        }
        FakeGraph graph = new FakeGraph();
        PushWorker one = worker(graph);
        PushWorker two = worker(graph);

        CompletableFuture<RoundResult> first = CompletableFuture.supplyAsync(() -> one.drain(Duration.ofSeconds(90)));
        CompletableFuture<RoundResult> second = CompletableFuture.supplyAsync(() -> two.drain(Duration.ofSeconds(90)));
        RoundResult a = first.join();
        RoundResult b = second.join();

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
}
