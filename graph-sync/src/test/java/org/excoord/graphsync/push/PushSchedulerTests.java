package org.excoord.graphsync.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import org.excoord.actionitem.ActionItem;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.junit.jupiter.api.Test;

/** The loop pushes what is marked without being asked, and stops cleanly: no row stays leased. */
class PushSchedulerTests extends PushIntegrationTest {

    @Test
    void theLoopPushesMarkedItemsAndStopsCleanly() {
        OrgUnit unit = fixtures.unit("Loop Office", null);
        link(unit);
        Person boss = fixtures.manager("Lou Loop", unit);
        FakeGraph graph = new FakeGraph();
        PushScheduler scheduler = new PushScheduler(worker(graph), Duration.ofMillis(50));
        scheduler.start();
        try {
            ActionItem item = create(fixtures.actor(boss), "Loop me", boss, LocalDate.of(2027, 6, 1));
            await().atMost(Duration.ofSeconds(20)).until(() -> "SYNCED".equals(state(item)));
            assertThat(graph.tasksTitled(item.getNumber())).hasSize(1);
        } finally {
            scheduler.stop();
        }
        assertThat(scheduler.isRunning()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from graph_item_sync where claimed_by is not null",
                Long.class)).isZero();
    }
}
