package org.excoord.graphsync.push;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code graph_item_sync} for the push: marks, the leased claim, the writes before and after Graph requests. Time is
 * the database's ({@code now()}), so replicas with skewed clocks agree on leases and debounces. Every write of a
 * claimed row checks {@code claimed_by}: a worker whose lease was taken over writes nothing more.
 */
final class SyncRows {

    private static final String CLAIM = """
            update graph_item_sync set claimed_by = ?, claimed_until = now() + ? * interval '1 millisecond'
            where item_id in (select item_id from graph_item_sync
                              where pushed_seq < change_seq and ready_at <= now()
                                and (claimed_until is null or claimed_until < now())
                              order by ready_at limit ? for update skip locked)
            returning *""";

    private static final String SAVE = """
            update graph_item_sync set plan_id = ?, task_id = ?, task_etag = ?, details_etag = ?,
                task_create_sent_at = ?, pushed_title = ?, pushed_due = ?, pushed_assignees = ?, pushed_percent = ?,
                pushed_bucket_id = ?, pushed_priority = ?, pushed_start = ?, pushed_details_hash = ?,
                event_user_id = ?, event_id = ?, event_date = ?, event_create_sent_at = ?, event_seq = ?,
                pushed_event_hash = ?, claimed_until = now() + ? * interval '1 millisecond', updated_at = now()
            where item_id = ? and claimed_by = ?""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    SyncRows(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Claims up to {@code limit} ready rows for {@code lease}; one statement, so it commits on its own. */
    List<ItemSyncRow> claim(String workerId, int limit, Duration lease) {
        return jdbc.query(CLAIM, SyncRows::row, workerId, lease.toMillis(), limit);
    }

    /**
     * Writes what the rows now know of Graph (ids, etags, what was pushed, the create marks), renews their lease, and
     * commits. Returns the rows this worker no longer holds (lease taken over): they must not be pushed further.
     */
    List<ItemSyncRow> save(String workerId, Collection<ItemSyncRow> rows, Duration lease) {
        if (rows.isEmpty()) {
            return List.of();
        }
        // in item order, like every other writer of several rows, and again if a deadlock with an item's own
        // transaction (which marks its rows) picked this one to abort
        List<ItemSyncRow> list = rows.stream().sorted(java.util.Comparator.comparingLong(r -> r.itemId)).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                return saveOnce(workerId, list, lease);
            } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    private List<ItemSyncRow> saveOnce(String workerId, List<ItemSyncRow> list, Duration lease) {
        int[][] counts = tx.execute(s -> jdbc.batchUpdate(SAVE, list, 100, (ps, r) -> {
            ps.setString(1, r.planId);
            ps.setString(2, r.taskId);
            ps.setString(3, r.taskEtag);
            ps.setString(4, r.detailsEtag);
            ps.setTimestamp(5, timestamp(r.taskCreateSentAt));
            ps.setString(6, r.pushedTitle);
            ps.setDate(7, date(r.pushedDue));
            ps.setString(8, joined(r.pushedAssignees));
            ps.setObject(9, r.pushedPercent);
            ps.setString(10, r.pushedBucketId);
            ps.setObject(11, r.pushedPriority);
            ps.setDate(12, date(r.pushedStart));
            ps.setString(13, r.pushedDetailsHash);
            ps.setString(14, r.eventUserId);
            ps.setString(15, r.eventId);
            ps.setDate(16, date(r.eventDate));
            ps.setTimestamp(17, timestamp(r.eventCreateSentAt));
            ps.setInt(18, r.eventSeq);
            ps.setString(19, r.pushedEventHash);
            ps.setLong(20, lease.toMillis());
            ps.setLong(21, r.itemId);
            ps.setString(22, workerId);
        }));
        List<ItemSyncRow> lost = new java.util.ArrayList<>();
        int i = 0;
        for (int[] chunk : counts) {
            for (int count : chunk) {
                if (count == 0) {
                    lost.add(list.get(i));
                }
                i++;
            }
        }
        return lost;
    }

    /**
     * The push of this row is over: it reached {@code state} (SYNCED, NOT_LINKED, NONE or FAILED), so the sequence it
     * read at claim is pushed. A change made meanwhile left change_seq ahead: the row stays ready.
     */
    void finish(String workerId, ItemSyncRow row, String state, String failureCode, String failureReason) {
        jdbc.update("""
                update graph_item_sync set pushed_seq = greatest(pushed_seq, ?), state = case when change_seq > ?
                    and ? <> 'FAILED' then 'PENDING' else ? end, failure_code = ?, failure_reason = ?,
                    attempts = case when ? = 'FAILED' then attempts + 1 else 0 end,
                    synced_at = case when ? = 'SYNCED' then now() else synced_at end,
                    claimed_by = null, claimed_until = null, updated_at = now()
                where item_id = ? and claimed_by = ?""", row.claimedSeq, row.claimedSeq, state, state, failureCode,
                truncate(failureReason, 500), state, state, row.itemId, workerId);
    }

    /**
     * A transient failure: the row stays pending and is tried again after {@code backoff}; after {@code maxAttempts}
     * it is FAILED with the reason instead.
     */
    void backOff(String workerId, ItemSyncRow row, Duration backoff, int maxAttempts, String failureCode,
            String reason) {
        jdbc.update("""
                update graph_item_sync set attempts = attempts + 1,
                    state = case when attempts + 1 >= ? then 'FAILED' else 'PENDING' end,
                    pushed_seq = case when attempts + 1 >= ? then greatest(pushed_seq, ?) else pushed_seq end,
                    ready_at = now() + ? * interval '1 millisecond', failure_code = ?, failure_reason = ?,
                    claimed_by = null, claimed_until = null, updated_at = now()
                where item_id = ? and claimed_by = ?""", maxAttempts, maxAttempts, row.claimedSeq,
                backoff.toMillis(), failureCode, truncate(reason, 500), row.itemId, workerId);
    }

    /** Gives the row back untouched but for when it is ready again (throttled for long, or the round ran out). */
    void release(String workerId, ItemSyncRow row, Duration notBefore) {
        jdbc.update("""
                update graph_item_sync set ready_at = greatest(ready_at, now() + ? * interval '1 millisecond'),
                    claimed_by = null, claimed_until = null, updated_at = now()
                where item_id = ? and claimed_by = ?""", notBefore.toMillis(), row.itemId, workerId);
    }

    /** The plan linked to each org unit (planner_link). */
    java.util.Map<Long, String> plansOf(Collection<Long> orgUnitIds) {
        if (orgUnitIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> plans = new java.util.HashMap<>();
        jdbc.query("select org_unit_id, plan_id from planner_link where org_unit_id = any(?)",
                (ResultSet rs) -> {
                    plans.put(rs.getLong(1), rs.getString(2));
                }, (Object) orgUnitIds.toArray(Long[]::new));
        return plans;
    }

    /** What a claim now would take: how many ready rows (at most {@code limit}) and how long the oldest has waited. */
    Backlog backlog(int limit) {
        return jdbc.queryForObject("""
                select count(*) as ready, coalesce(extract(epoch from now() - min(ready_at)) * 1000, 0) as waited_ms
                from (select ready_at from graph_item_sync
                      where pushed_seq < change_seq and ready_at <= now()
                        and (claimed_until is null or claimed_until < now())
                      order by ready_at limit ?) ready""", (rs, n) -> new Backlog(rs.getInt("ready"),
                Duration.ofMillis(rs.getLong("waited_ms"))), limit);
    }

    record Backlog(int ready, Duration waited) {
    }

    SyncCounts counts() {
        return jdbc.queryForObject("""
                select count(*) filter (where pushed_seq < change_seq) as pending,
                       count(*) filter (where pushed_seq >= change_seq and state = 'SYNCED') as synced,
                       count(*) filter (where state = 'FAILED') as failed,
                       count(*) filter (where pushed_seq >= change_seq and state = 'NOT_LINKED') as not_linked,
                       count(*) filter (where pushed_seq >= change_seq and state = 'NONE') as none
                from graph_item_sync""", (rs, n) -> new SyncCounts(rs.getLong("pending"), rs.getLong("synced"),
                rs.getLong("failed"), rs.getLong("not_linked"), rs.getLong("none")));
    }

    private static ItemSyncRow row(ResultSet rs, int n) throws SQLException {
        ItemSyncRow r = new ItemSyncRow(rs.getLong("item_id"), rs.getLong("change_seq"));
        r.attempts = rs.getInt("attempts");
        r.planId = rs.getString("plan_id");
        r.taskId = rs.getString("task_id");
        r.taskEtag = rs.getString("task_etag");
        r.detailsEtag = rs.getString("details_etag");
        r.taskCreateSentAt = instant(rs.getTimestamp("task_create_sent_at"));
        r.pushedTitle = rs.getString("pushed_title");
        r.pushedDue = localDate(rs.getDate("pushed_due"));
        r.pushedAssignees = split(rs.getString("pushed_assignees"));
        r.pushedPercent = rs.getObject("pushed_percent", Integer.class);
        r.pushedBucketId = rs.getString("pushed_bucket_id");
        r.pushedPriority = rs.getObject("pushed_priority", Integer.class);
        r.pushedStart = localDate(rs.getDate("pushed_start"));
        r.pushedDetailsHash = rs.getString("pushed_details_hash");
        r.eventUserId = rs.getString("event_user_id");
        r.eventId = rs.getString("event_id");
        r.eventDate = localDate(rs.getDate("event_date"));
        r.eventCreateSentAt = instant(rs.getTimestamp("event_create_sent_at"));
        r.eventSeq = rs.getInt("event_seq");
        r.pushedEventHash = rs.getString("pushed_event_hash");
        return r;
    }

    static String joined(Set<String> ids) {
        return ids == null ? null : String.join(",", new TreeSet<>(ids));
    }

    static Set<String> split(String joined) {
        if (joined == null) {
            return null;
        }
        return joined.isEmpty() ? Set.of() : Arrays.stream(joined.split(",")).collect(Collectors.toUnmodifiableSet());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
