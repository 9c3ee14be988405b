package org.excoord.graphsync.status;

import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.testing.Fixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/** Items with a graph_item_sync row in a given state, written as the push would leave it. */
final class StatusRows {

    private final Fixtures fixtures;
    private final ActionItemManagement items;
    private final JdbcTemplate jdbc;
    private final Person manager;
    private final Person staff;

    StatusRows(Fixtures fixtures, ActionItemManagement items, JdbcTemplate jdbc) {
        this.fixtures = fixtures;
        this.items = items;
        this.jdbc = jdbc;
        OrgUnit unit = fixtures.unit("Status Office", null);
        this.manager = fixtures.manager("Morgan Manager", unit);
        this.staff = fixtures.person("Alex Wilber", unit);
    }

    ActionItem item() {
        return items.create(NewActionItem.adHoc("Prepare the briefing", staff.getId(), items.today().plusDays(3), null),
                fixtures.actor(manager)).orElseThrow();
    }

    /** The item's row: state, sequences, failure and task as given. */
    ActionItem row(String state, long changeSeq, long pushedSeq, String failureReason, String planId, String taskId) {
        ActionItem item = item();
        jdbc.update("""
                insert into graph_item_sync (item_id, change_seq, pushed_seq, ready_at, state, failure_code,
                    failure_reason, attempts, plan_id, task_id, synced_at, updated_at)
                values (?, ?, ?, now(), ?, ?, ?, ?, ?, ?, case when ? then now() end, clock_timestamp())
                on conflict (item_id) do update set change_seq = excluded.change_seq, pushed_seq = excluded.pushed_seq,
                    state = excluded.state, failure_code = excluded.failure_code,
                    failure_reason = excluded.failure_reason, attempts = excluded.attempts,
                    plan_id = excluded.plan_id, task_id = excluded.task_id, synced_at = excluded.synced_at,
                    updated_at = excluded.updated_at""",
                item.getId(), changeSeq, pushedSeq, state, "FAILED".equals(state) ? "MaximumTasksInProject" : null,
                failureReason, "FAILED".equals(state) ? 5 : 0, planId, taskId, "SYNCED".equals(state));
        return item;
    }
}
