package org.excoord.graphsync.backsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.directory.Role;
import org.excoord.graphsync.FakeGraphGateway;
import org.excoord.graphsync.GraphSyncIntegrationTest;
import org.excoord.graphsync.WithFakeGraph;
import org.excoord.graphsync.SyncFixtures;
import org.excoord.graphsync.graph.PlannerTaskState;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A plan of 5,000 of excoord's tasks in which nothing changed: the poll reads the plan's pages and excoord's rows
 * and writes nothing. The figures (requests, ms, bytes allocated) are logged for the README; only correctness is
 * asserted, a loaded machine must not fail it.
 */
@WithFakeGraph
class LargePlanBackSyncTests extends GraphSyncIntegrationTest {

    private static final Logger LOG = LoggerFactory.getLogger(LargePlanBackSyncTests.class);
    private static final int TASKS = 5_000;
    /** Far above the ids Hibernate hands out in a test run, so rows written by SQL never meet them. */
    private static final long ID_BASE = 8_000_000_000L;

    @Autowired
    BackSync backSync;
    @Autowired
    FakeGraphGateway graph;
    @Autowired
    ActionItemManagement items;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pollingAPlanOf5000UnchangedTasksReadsItsPagesAndWritesNothing() {
        SyncFixtures.LinkedUnit unit = new SyncFixtures(context, fixtures).linkedUnit(graph,
                fixtures.person("Ada Admin", null, Role.ADMIN));
        String plan = unit.link().planId();
        String assignee = unit.staff().getEntraObjectId();
        List<Object[]> itemRows = new ArrayList<>();
        List<Object[]> syncRows = new ArrayList<>();
        Date due = Date.valueOf(items.today().plusDays(30));
        for (int n = 0; n < TASKS; n++) {
            long id = ID_BASE + n;
            String number = "AI-9999-" + String.format("%06d", n);
            String title = number + " · Item " + n;
            PlannerTaskState task = graph.putTask(plan, title, due.toLocalDate(), 0, Set.of(assignee));
            itemRows.add(new Object[] {id, number, "Item " + n, unit.staff().getId(), unit.unit().getId(),
                    unit.manager().getId(), due});
            syncRows.add(new Object[] {id, plan, task.id(), task.etag(), title, due, assignee});
        }
        jdbc.batchUpdate("""
                insert into action_item (id, number, subject, item_type, status, priority, assignee_person_id,
                    org_unit_id, originator_id, due_date, created_at, updated_at)
                values (?, ?, ?, 'TASK_ASSIGNMENT', 'NEW', 'MEDIUM', ?, ?, ?, ?, now(), now())""", itemRows);
        jdbc.batchUpdate("""
                insert into graph_item_sync (item_id, change_seq, pushed_seq, ready_at, state, plan_id, task_id,
                    task_etag, pushed_title, pushed_due, pushed_assignees, pushed_percent, synced_at, updated_at)
                values (?, 1, 1, now(), 'SYNCED', ?, ?, ?, ?, ?, ?, 0, now(), now())""", syncRows);
        backSync.pollOnce(plan); // warm-up: class loading and the JIT, not part of the figure

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                .getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long auditsBefore = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        java.sql.Timestamp writesSince = jdbc.queryForObject("select now()", java.sql.Timestamp.class);
        BackSyncReport report = backSync.pollOnce(plan);
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;

        LOG.info("5,000-task plan, nothing changed: {} requests, {} ms, {} KiB allocated by the poll ({} tasks read,"
                + " {} changed)", report.requests(), report.millis(), allocated / 1024, report.tasksRead(),
                report.changed());
        assertThat(report.tasksRead()).isEqualTo(TASKS);
        assertThat(report.changed()).isZero();
        assertThat(report.requests()).isEqualTo((TASKS + FakeGraphGateway.PAGE - 1) / FakeGraphGateway.PAGE);
        assertThat(jdbc.queryForObject("select count(*) from graph_item_sync where plan_id = ? and updated_at >= ?",
                Long.class, plan, writesSince)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(auditsBefore);
    }
}
