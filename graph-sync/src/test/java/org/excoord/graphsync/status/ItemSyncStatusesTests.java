package org.excoord.graphsync.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.graphsync.GraphSyncIntegrationTest;
import org.excoord.graphsync.status.ItemSyncStatus.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "excoord.graph.tenant-id=72f988bf-86f1-41af-91ab-2d7cd011db47")
class ItemSyncStatusesTests extends GraphSyncIntegrationTest {

    @Autowired
    ItemSyncStatuses statuses;
    @Autowired
    ActionItemManagement items;
    @Autowired
    JdbcTemplate jdbc;

    StatusRows rows;

    @BeforeEach
    void rows() {
        rows = new StatusRows(fixtures, items, jdbc);
    }

    @Test
    void aSyncedItemIsInPlannerWithALinkToItsTask() {
        ActionItem item = rows.row("SYNCED", 3, 3, null, "plan-A", "task-A");

        ItemSyncStatus status = statuses.of(item.getId()).orElseThrow();

        assertThat(status.state()).isEqualTo(State.SYNCED);
        assertThat(status.state().label()).isEqualTo("In Planner");
        assertThat(status.itemNumber()).isEqualTo(item.getNumber());
        assertThat(status.taskUrl()).isEqualTo("https://planner.cloud.microsoft/webui/plan/plan-A/view/board/task/"
                + "task-A?tid=72f988bf-86f1-41af-91ab-2d7cd011db47");
        assertThat(status.syncedAt()).isNotNull();
        assertThat(status.reason()).isNull();
    }

    @Test
    void aChangeNotYetPushedIsPendingWhateverTheStateColumnSays() {
        ActionItem synced = rows.row("SYNCED", 4, 3, null, "plan-A", "task-B");
        ActionItem notLinked = rows.row("NOT_LINKED", 2, 1, null, null, null);
        ActionItem none = rows.row("NONE", 2, 1, null, null, null);

        Map<Long, ItemSyncStatus> byId = statuses.of(List.of(synced.getId(), notLinked.getId(), none.getId()));

        assertThat(byId.values()).extracting(ItemSyncStatus::state).containsOnly(State.PENDING);
        assertThat(byId).containsOnlyKeys(synced.getId(), notLinked.getId(), none.getId());
        assertThat(byId.get(synced.getId()).taskUrl()).contains("/task/task-B");
        assertThat(byId.get(notLinked.getId()).taskUrl()).isNull();
    }

    @Test
    void aFailedItemStaysFailedWithItsReasonEvenWithANewChange() {
        ActionItem failed = rows.row("FAILED", 5, 3, "the plan is full (Planner allows 9,000 tasks)", "plan-A", null);

        ItemSyncStatus status = statuses.of(failed.getId()).orElseThrow();

        assertThat(status.state()).isEqualTo(State.FAILED);
        assertThat(status.reason()).isEqualTo("the plan is full (Planner allows 9,000 tasks)");
        assertThat(status.attempts()).isEqualTo(5);
        assertThat(status.taskUrl()).isNull();
    }

    @Test
    void notLinkedItemsSayNotInPlannerAndItemsWithNothingToMirrorShowNothing() {
        ActionItem notLinked = rows.row("NOT_LINKED", 1, 1, null, null, null);
        ActionItem none = rows.row("NONE", 1, 1, null, null, null);
        ActionItem neverMarked = rows.item();

        assertThat(statuses.of(notLinked.getId()).orElseThrow().state().label()).isEqualTo("Not in Planner");
        assertThat(statuses.of(none.getId())).isEmpty();
        assertThat(statuses.of(neverMarked.getId())).isEmpty();
        assertThat(statuses.of(List.of(none.getId(), neverMarked.getId()))).isEmpty();
        assertThat(statuses.of(List.of())).isEmpty();
    }
}
