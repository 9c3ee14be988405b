package org.excoord.graphsync.status;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.excoord.audit.AuditLog;
import org.excoord.directory.Actor;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sync state of items, read from {@code graph_item_sync}. A row with a change not yet pushed
 * ({@code pushed_seq < change_seq}) is PENDING whatever its state column says (the column tells how the last push
 * went), except a FAILED one: it stays failed until an admin retries it. Rows in state NONE (nothing to mirror: the
 * item has no assignee) show no state at all.
 */
@Service
@Transactional(readOnly = true)
class JdbcItemSyncStatuses implements ItemSyncStatuses {

    static final int MAX_LIMIT = 200;
    static final int MAX_OFFSET = 100_000;
    static final int MAX_RETRY_IDS = 1_000;
    private static final String RECORD = "ActionItem";

    private static final String SELECT = """
            select s.item_id, i.number, s.state, s.change_seq, s.pushed_seq, s.failure_code, s.failure_reason, s.plan_id, s.task_id,
                   s.synced_at, s.attempts
            from graph_item_sync s join action_item i on i.id = s.item_id""";

    private final JdbcTemplate jdbc;
    private final PlannerWebLinks links;
    private final AuditLog audit;

    JdbcItemSyncStatuses(JdbcTemplate jdbc, PlannerWebLinks links, AuditLog audit) {
        this.jdbc = jdbc;
        this.links = links;
        this.audit = audit;
    }

    @Override
    public Optional<ItemSyncStatus> of(Long itemId) {
        if (itemId == null) {
            return Optional.empty();
        }
        return jdbc.query(SELECT + " where s.item_id = ?", this::status, itemId).stream()
                .filter(s -> s != null).findFirst();
    }

    @Override
    public Map<Long, ItemSyncStatus> of(Collection<Long> itemIds) {
        Map<Long, ItemSyncStatus> byId = new LinkedHashMap<>();
        if (itemIds == null || itemIds.isEmpty()) {
            return byId;
        }
        Long[] ids = itemIds.stream().filter(id -> id != null).distinct().toArray(Long[]::new);
        for (ItemSyncStatus status : jdbc.query(SELECT + " where s.item_id = any(?)", this::status, (Object) ids)) {
            if (status != null) {
                byId.put(status.itemId(), status);
            }
        }
        return byId;
    }

    @Override
    public Outcome<List<ItemSyncStatus>> failures(int limit, int offset, Actor actor) {
        if (actor == null || !actor.isAdmin()) {
            return Outcome.refused(Refusal.forbidden("only administrators see the Planner sync failures"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            return Outcome.refused(Refusal.invalid("limit", "limit must be between 1 and " + MAX_LIMIT));
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            return Outcome.refused(Refusal.invalid("offset", "offset must be between 0 and " + MAX_OFFSET));
        }
        return Outcome.done(jdbc.query(SELECT + " where s.state = 'FAILED' order by s.updated_at desc, s.item_id desc"
                + " limit ? offset ?", this::status, limit, offset));
    }

    /**
     * A retried item is pushed at once from scratch (attempts 0, change_seq bumped so the worker sees a change).
     * Ids of items that are not failed are ignored, so a retry repeated by a double click changes nothing more.
     */
    @Override
    @Transactional
    public Outcome<Integer> retry(Collection<Long> itemIds, Actor actor) {
        if (actor == null || !actor.isAdmin()) {
            return Outcome.refused(Refusal.forbidden("only administrators retry Planner sync failures"));
        }
        if (itemIds == null) {
            itemIds = List.of();
        }
        if (itemIds.size() > MAX_RETRY_IDS) {
            return Outcome.refused(Refusal.invalid("itemIds", "retry at most " + MAX_RETRY_IDS
                    + " items at a time (an empty list retries every failed item)"));
        }
        if (itemIds.stream().anyMatch(id -> id == null)) {
            return Outcome.refused(Refusal.invalid("itemIds", "an item id is missing"));
        }
        String update = """
                update graph_item_sync set state = 'PENDING', attempts = 0, ready_at = now(),
                    change_seq = change_seq + 1, updated_at = now()
                where state = 'FAILED'""";
        List<Retried> retried = itemIds.isEmpty()
                ? jdbc.query(update + " returning item_id, failure_code, failure_reason", JdbcItemSyncStatuses::retried)
                : jdbc.query(update + " and item_id = any(?) returning item_id, failure_code, failure_reason",
                        JdbcItemSyncStatuses::retried, (Object) itemIds.stream().distinct().toArray(Long[]::new));
        for (Retried r : retried) {
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("plannerSync", "FAILED");
            before.put("plannerFailure", r.reason() == null ? r.code() : r.reason());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("plannerSync", "PENDING");
            after.put("plannerFailure", null);
            audit.record(actor, RECORD, r.itemId(), "PLANNER_SYNC_RETRIED", before, after);
        }
        return Outcome.done(retried.size());
    }

    private record Retried(Long itemId, String code, String reason) {
    }

    private static Retried retried(ResultSet rs, int row) throws SQLException {
        return new Retried(rs.getLong(1), rs.getString(2), rs.getString(3));
    }

    private static String reason(String reason, String code) {
        if (reason != null && !reason.isBlank()) {
            return reason;
        }
        return code == null ? "the last push failed" : "Planner refused it (" + code + ")";
    }

    /** Null for a row that shows no state (NONE). */
    private ItemSyncStatus status(ResultSet rs, int row) throws SQLException {
        String column = rs.getString("state");
        boolean changed = rs.getLong("pushed_seq") < rs.getLong("change_seq");
        ItemSyncStatus.State state;
        if ("FAILED".equals(column)) {
            state = ItemSyncStatus.State.FAILED;
        } else if (changed) {
            state = ItemSyncStatus.State.PENDING;
        } else if ("NONE".equals(column)) {
            return null;
        } else {
            state = ItemSyncStatus.State.valueOf(column);
        }
        Timestamp syncedAt = rs.getTimestamp("synced_at");
        return new ItemSyncStatus(rs.getLong("item_id"), rs.getString("number"), state,
                state == ItemSyncStatus.State.FAILED ? reason(rs.getString("failure_reason"), rs.getString("failure_code"))
                        : null,
                links.task(rs.getString("plan_id"), rs.getString("task_id")),
                syncedAt == null ? null : syncedAt.toInstant(), rs.getInt("attempts"));
    }
}
