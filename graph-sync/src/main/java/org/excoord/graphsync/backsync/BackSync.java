package org.excoord.graphsync.backsync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.excoord.graphsync.GraphSyncProperties;
import org.excoord.graphsync.graph.GraphFailure;
import org.excoord.graphsync.graph.GraphGateway;
import org.excoord.graphsync.graph.PlannerTaskState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The back-sync poller: reads a linked plan's tasks and brings back what people did in Planner. Per plan it costs
 * one database query for excoord's rows of the plan and the Graph pages of the plan's tasks; a task whose etag is
 * the stored one (nothing happened, or the change was excoord's own: the push stores the etag Graph returns) costs
 * nothing more. Changed tasks are handled one by one, each in its own transaction ({@link PlannerTaskChanges}), so
 * one that fails (a concurrent edit in Teams) is simply seen again at the next poll.
 */
@Service
@ConditionalOnProperty(prefix = "excoord.graph", name = "enabled", havingValue = "true")
public class BackSync {

    private static final Logger LOG = LoggerFactory.getLogger(BackSync.class);

    private final GraphGateway graph;
    private final PlanPollLeases leases;
    private final PlannerTaskChanges changes;
    private final JdbcTemplate jdbc;
    private final GraphSyncProperties properties;

    BackSync(GraphGateway graph, PlanPollLeases leases, PlannerTaskChanges changes, JdbcTemplate jdbc,
            GraphSyncProperties properties) {
        this.graph = graph;
        this.leases = leases;
        this.changes = changes;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Polls every plan that is due and that no other replica holds, one at a time (the scheduler's tick). A plan
     * that fails is logged and due again one interval later.
     */
    public List<BackSyncReport> pollDue() {
        List<BackSyncReport> reports = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Optional<String> plan = leases.claimDue(properties.pollInterval(), properties.lease());
        while (plan.isPresent() && seen.add(plan.get())) {
            try {
                reports.add(pollClaimed(plan.get()));
            } catch (GraphFailure | DataAccessException e) {
                // one plan Graph cannot read (deleted in Planner, the group gone) must not hold up the others
                LOG.warn("Back-sync of plan {} failed, tried again in {}: {}", plan.get(), properties.pollInterval(),
                        e.toString());
            }
            plan = leases.claimDue(properties.pollInterval(), properties.lease());
        }
        plan.filter(seen::contains).ifPresent(leases::release);
        return reports;
    }

    /**
     * Polls one plan now, whether due or not (the benchmark, tests, an admin's "sync now"), unless another replica
     * is polling it: then nothing is read and the report says so.
     *
     * @throws GraphFailure when Graph cannot read the plan (the lease is released all the same)
     */
    public BackSyncReport pollOnce(String planId) {
        if (!leases.claim(planId, properties.lease())) {
            LOG.info("Back-sync of plan {} skipped: another replica is polling it", planId);
            return BackSyncReport.notPolled(planId);
        }
        return pollClaimed(planId);
    }

    private BackSyncReport pollClaimed(String planId) {
        long started = System.nanoTime();
        long requestsBefore = graph.requestsSent();
        try {
            BackSyncReport report = poll(planId, started, requestsBefore);
            LOG.info("Back-sync of plan {}: {} tasks read, {} changed ({} applied, {} put back, {} re-created,"
                    + " {} left for the next poll), {} requests, {} ms", planId, report.tasksRead(), report.changed(),
                    report.applied(), report.putBack(), report.recreated(), report.deferred(), report.requests(),
                    report.millis());
            return report;
        } finally {
            leases.release(planId);
        }
    }

    private BackSyncReport poll(String planId, long started, long requestsBefore) {
        // excoord's rows first, the plan second: a task the push creates in between is simply not known yet, and
        // one the push updates in between shows a new etag that PlannerTaskChanges finds already stored
        Map<String, Known> known = new HashMap<>();
        jdbc.query("select item_id, task_id, task_etag from graph_item_sync where plan_id = ? and task_id is not null",
                rs -> {
                    known.put(rs.getString(2), new Known(rs.getLong(1), rs.getString(3)));
                }, planId);
        List<PlannerTaskState> tasks = graph.planTasks(planId);
        int changed = 0;
        PlannerTaskChanges.Tally tally = new PlannerTaskChanges.Tally();
        Set<String> present = new HashSet<>(tasks.size() * 2);
        for (PlannerTaskState task : tasks) {
            present.add(task.id());
            Known row = known.get(task.id());
            if (row == null || Objects.equals(row.etag(), task.etag())) {
                continue;
            }
            changed++;
            handle(() -> changes.changed(row.itemId(), row.etag(), task, tally), task.id());
        }
        for (Map.Entry<String, Known> entry : known.entrySet()) {
            if (!present.contains(entry.getKey())) {
                changed++;
                handle(() -> changes.deleted(entry.getValue().itemId(), entry.getKey(), tally), entry.getKey());
            }
        }
        return new BackSyncReport(planId, true, tasks.size(), changed, tally.applied, tally.putBack, tally.recreated,
                tally.deferred, graph.requestsSent() - requestsBefore, (System.nanoTime() - started) / 1_000_000);
    }

    /** One task's trouble must not stop the poll: it is logged, its etag stays, and the next poll sees it again. */
    private static void handle(Runnable work, String taskId) {
        try {
            work.run();
        } catch (DataAccessException | IllegalStateException e) {
            LOG.warn("Back-sync of task {} failed, retried at the next poll: {}", taskId, e.toString());
        }
    }

    private record Known(Long itemId, String etag) {
    }
}
