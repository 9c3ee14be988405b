package org.excoord.graphsync.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.directory.Actor;
import org.excoord.directory.Role;
import org.excoord.graphsync.GraphSyncIntegrationTest;
import org.excoord.shared.Refusal;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The failure list and retries are for administrators, with bounded paging. */
@SecurityTest
class SyncFailureAdminTests extends GraphSyncIntegrationTest {

    @Autowired
    ItemSyncStatuses statuses;
    @Autowired
    ActionItemManagement items;
    @Autowired
    JdbcTemplate jdbc;

    StatusRows rows;
    Actor admin;

    @BeforeEach
    void rows() {
        rows = new StatusRows(fixtures, items, jdbc);
        admin = fixtures.actor(fixtures.person("Ada Admin", null, Role.ADMIN));
    }

    @Test
    void failuresAreListedMostRecentFirst() {
        ActionItem older = rows.row("FAILED", 2, 1, "Alex Wilber has no Planner licence", "plan-A", null);
        ActionItem newer = rows.row("FAILED", 2, 1, "the plan is full (Planner allows 9,000 tasks)", "plan-A", null);
        rows.row("SYNCED", 1, 1, null, "plan-A", "task-C");

        List<ItemSyncStatus> failures = statuses.failures(2, 0, admin).orElseThrow();

        assertThat(failures).extracting(ItemSyncStatus::itemId).containsExactly(newer.getId(), older.getId());
        assertThat(failures).extracting(ItemSyncStatus::reason).containsExactly(
                "the plan is full (Planner allows 9,000 tasks)", "Alex Wilber has no Planner licence");
        assertThat(statuses.failures(1, 1, admin).orElseThrow()).extracting(ItemSyncStatus::itemId)
                .containsExactly(older.getId());
    }

    @Test
    void onlyAdministratorsSeeFailuresOrRetry() {
        ActionItem failed = rows.row("FAILED", 2, 1, "the plan is full", "plan-A", null);
        Actor manager = fixtures.actor(fixtures.manager("Morgan Manager", fixtures.unit("Other Office", null)));

        assertThat(statuses.failures(10, 0, manager).refusal().kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(statuses.retry(List.of(failed.getId()), manager).refusal().kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(statuses.retry(List.of(), manager).refusal().kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(statuses.of(failed.getId()).orElseThrow().state()).isEqualTo(ItemSyncStatus.State.FAILED);
    }

    @ParameterizedTest
    @CsvSource({"-1,0,limit", "0,0,limit", "201,0,limit", "2147483647,0,limit", "10,-1,offset",
            "10,100001,offset", "10,-2147483648,offset"})
    void pagingOutsideItsBoundsIsInvalid(int limit, int offset, String field) {
        Refusal refusal = statuses.failures(limit, offset, admin).refusal();

        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(refusal.field()).isEqualTo(field);
    }

    @Test
    void retryMarksTheGivenFailedItemsForAFreshPushIgnoresOthersAndAuditsEach() {
        ActionItem failed = rows.row("FAILED", 2, 1, "the plan is full", "plan-A", null);
        ActionItem stillFailed = rows.row("FAILED", 2, 1, "the plan is full", "plan-A", null);
        ActionItem synced = rows.row("SYNCED", 1, 1, null, "plan-A", "task-D");

        int retried = statuses.retry(List.of(failed.getId(), synced.getId(), -5L), admin).orElseThrow();

        assertThat(retried).isEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap("select state, attempts, change_seq, ready_at <= now() as ready"
                + " from graph_item_sync where item_id = ?", failed.getId());
        assertThat(row).containsEntry("state", "PENDING").containsEntry("attempts", 0).containsEntry("change_seq", 3L)
                .containsEntry("ready", true);
        assertThat(statuses.of(failed.getId()).orElseThrow().state()).isEqualTo(ItemSyncStatus.State.PENDING);
        assertThat(statuses.of(stillFailed.getId()).orElseThrow().state()).isEqualTo(ItemSyncStatus.State.FAILED);
        assertThat(statuses.of(synced.getId()).orElseThrow().state()).isEqualTo(ItemSyncStatus.State.SYNCED);
        assertThat(jdbc.queryForList("select actor_label from audit_entry where record_type = 'ActionItem'"
                + " and record_id = ? and action = 'PLANNER_SYNC_RETRIED'", String.class,
                String.valueOf(failed.getId()))).containsExactly("Ada Admin");
        assertThat(statuses.retry(List.of(failed.getId()), admin).orElseThrow()).isZero();
    }

    @Test
    void anEmptyListRetriesEveryFailedItem() {
        ActionItem one = rows.row("FAILED", 2, 1, "the plan is full", "plan-A", null);
        ActionItem two = rows.row("FAILED", 2, 1, "no Planner licence", "plan-A", null);

        int retried = statuses.retry(List.of(), admin).orElseThrow();

        assertThat(retried).isGreaterThanOrEqualTo(2);
        assertThat(statuses.of(List.of(one.getId(), two.getId())).values()).extracting(ItemSyncStatus::state)
                .containsOnly(ItemSyncStatus.State.PENDING);
        assertThat(statuses.failures(200, 0, admin).orElseThrow()).isEmpty();
    }

    @Test
    void tooManyIdsAtOnceAreInvalid() {
        List<Long> ids = java.util.stream.LongStream.rangeClosed(1, 1_001).boxed().toList();

        assertThat(statuses.retry(ids, admin).refusal().field()).isEqualTo("itemIds");
    }
}
