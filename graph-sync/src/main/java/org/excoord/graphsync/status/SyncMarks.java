package org.excoord.graphsync.status;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks items for another push in the caller's transaction (link, back-sync, retry): the row's change_seq goes up,
 * so the worker pushes the item's current state, which also puts back whatever a person changed in Planner that
 * excoord owns. The same upsert as the push's event listener; no debounce, since nothing is to be coalesced.
 */
@Component
public class SyncMarks {

    /**
     * A FAILED row stays FAILED (only an admin's retry or a re-link clears it); any other state waits for the push.
     */
    private static final String MARK = """
            insert into graph_item_sync (item_id, ready_at, updated_at) values (?, now(), now())
            on conflict (item_id) do update set change_seq = graph_item_sync.change_seq + 1,
                ready_at = least(graph_item_sync.ready_at, now()), updated_at = now()""";

    private final JdbcTemplate jdbc;

    public SyncMarks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void mark(Long itemId) {
        jdbc.update(MARK, itemId);
    }

    /**
     * Marks the open items of one org unit (not of its sub-units: each unit has its own plan) and gives their failed
     * rows a fresh start, since the unit now has another plan. Returns how many rows were marked.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int markOpenItemsOf(Long orgUnitId) {
        return jdbc.update("""
                insert into graph_item_sync (item_id, ready_at, updated_at)
                select i.id, now(), now() from action_item i where i.org_unit_id = ? and i.is_open
                on conflict (item_id) do update set change_seq = graph_item_sync.change_seq + 1,
                    ready_at = least(graph_item_sync.ready_at, now()), attempts = 0, updated_at = now(),
                    state = case when graph_item_sync.state = 'FAILED' then 'PENDING' else graph_item_sync.state end,
                    failure_code = null, failure_reason = null""", orgUnitId);
    }
}
