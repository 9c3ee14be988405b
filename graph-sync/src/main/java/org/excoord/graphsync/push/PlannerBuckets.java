package org.excoord.graphsync.push;

import java.util.List;
import java.util.Optional;
import org.excoord.graphsync.graph.GraphGateway;
import org.excoord.graphsync.graph.PlanState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plan's bucket for a key (an executive action's number, or "general"), created in Planner on first need. Two
 * workers needing the same new bucket are serialized by a transaction-scoped advisory lock on (plan, key), and the
 * plan's buckets are read by name before one is created, so neither a race nor a crash between Graph's create and
 * the insert leaves a second bucket; the table's primary key backs this up.
 */
final class PlannerBuckets {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    PlannerBuckets(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The bucket's id; throws {@link org.excoord.graphsync.graph.GraphFailure} when Graph refuses or is away. */
    String bucketId(GraphGateway gateway, String planId, String key, String name) {
        Optional<String> known = stored(planId, key);
        if (known.isPresent()) {
            return known.get();
        }
        return tx.execute(s -> {
            jdbc.query("select pg_advisory_xact_lock(hashtext(?), hashtext(?))", (RowCallbackHandler) rs -> { }, planId,
                    key);
            Optional<String> raced = stored(planId, key);
            if (raced.isPresent()) {
                return raced.get();
            }
            PlanState.Bucket bucket = gateway.buckets(planId).stream().filter(b -> name.equals(b.name())).findFirst()
                    .orElseGet(() -> gateway.createBucket(planId, name));
            jdbc.update("insert into planner_bucket (plan_id, bucket_key, bucket_id, name) values (?, ?, ?, ?)"
                    + " on conflict (plan_id, bucket_key) do nothing", planId, key, bucket.id(), name);
            return stored(planId, key).orElseThrow();
        });
    }

    private Optional<String> stored(String planId, String key) {
        List<String> ids = jdbc.queryForList("select bucket_id from planner_bucket where plan_id = ? and bucket_key = ?",
                String.class, planId, key);
        return ids.stream().findFirst();
    }
}
