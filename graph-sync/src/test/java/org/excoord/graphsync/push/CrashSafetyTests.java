package org.excoord.graphsync.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.excoord.actionitem.ActionItem;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A worker killed at any point of a push (after Graph made a task or an event and before excoord stored its id, or
 * halfway through a batch) leaves no duplicate: a new worker on the same database reads the plan for the item's
 * number and the calendar for the event's tag before it creates anything again.
 */
class CrashSafetyTests extends PushIntegrationTest {

    private static final LocalDate DUE = LocalDate.of(2027, 4, 14);

    /** One item's push is 5 sub-requests (task and event create, details read, description, etag read): killed before
     * each of them. */
    @ParameterizedTest(name = "killed after {0} sub-requests")
    @ValueSource(ints = {0, 1, 2, 3})
    void aWorkerKilledAtEachStepLeavesNoDuplicate(int survive) {
        FakeGraph graph = new FakeGraph();
        List<ActionItem> created = items(1);

        assertThatThrownBy(() -> worker(new CrashingGateway(graph, survive)).runOnce())
                .isInstanceOf(CrashingGateway.SimulatedCrash.class);
        expireLeases();
        worker(graph).drain(Duration.ofSeconds(20));

        assertOneTaskAndOneEventEach(graph, created);
    }

    @ParameterizedTest(name = "15 items, killed after {0} sub-requests")
    @CsvSource({"7", "20", "25", "47"})
    void aWorkerKilledInTheMiddleOfABatchLeavesNoDuplicate(int survive) {
        FakeGraph graph = new FakeGraph();
        List<ActionItem> created = items(15);

        assertThatThrownBy(() -> worker(new CrashingGateway(graph, survive)).drain(Duration.ofSeconds(20)))
                .isInstanceOf(CrashingGateway.SimulatedCrash.class);
        expireLeases();
        worker(graph).drain(Duration.ofSeconds(20));

        assertOneTaskAndOneEventEach(graph, created);
        assertThat(graph.planTasksReads()).as("the plan is read at most once for all the rows to reconcile")
                .isLessThanOrEqualTo(1);
    }

    private List<ActionItem> items(int count) {
        OrgUnit unit = fixtures.unit("Crash Office", null);
        link(unit);
        Person boss = fixtures.manager("Cass Crash", unit);
        Person alex = fixtures.person("Alex Crash", unit);
        Actor actor = fixtures.actor(boss);
        List<ActionItem> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            created.add(create(actor, "Survive " + i, alex, DUE));
        }
        return created;
    }

    private void assertOneTaskAndOneEventEach(FakeGraph graph, List<ActionItem> created) {
        for (ActionItem item : created) {
            assertThat(graph.tasksTitled(item.getNumber())).as(item.getNumber() + " tasks").hasSize(1);
            assertThat(graph.eventsOf(item.getNumber())).as(item.getNumber() + " events").hasSize(1);
            assertThat(state(item)).isEqualTo("SYNCED");
            String taskId = jdbc.queryForObject("select task_id from graph_item_sync where item_id = ?", String.class,
                    item.getId());
            assertThat(taskId).isEqualTo(graph.tasksTitled(item.getNumber()).get(0).id);
            assertThat(graph.tasksTitled(item.getNumber()).get(0).description).contains(item.getNumber());
        }
        assertThat(graph.tasks()).hasSize(created.size());
        assertThat(graph.events()).hasSize(created.size());
    }
}
