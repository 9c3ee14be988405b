package org.excoord.graphsync.status;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks items for another push in the caller's transaction (link, back-sync, retry): the row's change_seq goes up,
 * so the worker pushes the item's current state, which also puts back whatever a person changed in Planner that
 * excoord owns. The push's event listener marks through here too, with the debounce.
 */
@Component
public class SyncMarks {

    /**
     * A new change gives a FAILED row a fresh start (the change may be the fix, e.g. a smaller team); a pending row
     * keeps its earlier ready time, so the debounce counts from the first change that is still waiting.
     */
    private static final String MARK = """
            insert into graph_item_sync (item_id, change_seq, pushed_seq, ready_at, state, updated_at)
            values (?, 1, 0, now() + ? * interval '1 millisecond', 'PENDING', now())
            on conflict (item_id) do update set change_seq = graph_item_sync.change_seq + 1,
                ready_at = case when graph_item_sync.pushed_seq < graph_item_sync.change_seq
                                then least(graph_item_sync.ready_at, excluded.ready_at) else excluded.ready_at end,
                attempts = case when graph_item_sync.state = 'FAILED' then 0 else graph_item_sync.attempts end,
                state = 'PENDING', updated_at = now()""";

    private final JdbcTemplate jdbc;

    public SyncMarks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the item for a push now (link, back-sync, retry: nothing to coalesce). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void mark(Long itemId) {
        mark(itemId, java.time.Duration.ZERO);
    }

    /**
     * Marks the item for a push once {@code debounce} has passed (a change, which later ones may join); joins the
     * caller's transaction, so a change and its mark commit together.
     */
    @Transactional
    public void mark(Long itemId, java.time.Duration debounce) {
        jdbc.update(MARK, itemId, debounce.toMillis());
    }

    /**
     * Marks the open items of one org unit (not of its sub-units: each unit has its own plan) and gives their failed
     * rows a fresh start, since the unit now has another plan. Returns how many rows were marked.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int markOpenItemsOf(Long orgUnitId) {
        return jdbc.update("""
                insert into graph_item_sync (item_id, change_seq, pushed_seq, ready_at, state, updated_at)
                select i.id, 1, 0, now(), 'PENDING', now() from action_item i where i.org_unit_id = ? and i.is_open
                on conflict (item_id) do update set change_seq = graph_item_sync.change_seq + 1,
                    ready_at = least(graph_item_sync.ready_at, now()), attempts = 0, state = 'PENDING',
                    failure_code = null, failure_reason = null, updated_at = now()""", orgUnitId);
    }
}
