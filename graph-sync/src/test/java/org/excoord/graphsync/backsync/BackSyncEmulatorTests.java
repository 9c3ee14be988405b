package org.excoord.graphsync.backsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.actionitem.RecentComment;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.graphsync.GraphSyncIntegrationTest;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.excoord.graphsync.graph.GraphGateway;
import org.excoord.graphsync.graph.GraphRequest;
import org.excoord.graphsync.graph.GraphResponse;
import org.excoord.graphsync.link.PlannerLinkView;
import org.excoord.graphsync.link.PlannerLinks;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.ActionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Links and back-sync through the real SDK gateway (msgraph v6 + azure-identity, token over TLS) against the
 * loopback Graph emulator: the plan is found or created in the group, people's changes in Planner come back, and a
 * 5,000-task plan with nothing changed costs its pages and nothing else.
 */
@TestPropertySource(properties = {"excoord.graph.enabled=true", "excoord.graph.poll-interval=1h",
        "excoord.graph.push.scheduled=false", "excoord.graph.out-of-office.scheduled=false"})
class BackSyncEmulatorTests extends GraphSyncIntegrationTest {

    private static final Logger LOG = LoggerFactory.getLogger(BackSyncEmulatorTests.class);
    private static final long ID_BASE = 8_100_000_000L;
    private static GraphEmulator emulator;

    @Autowired
    BackSync backSync;
    @Autowired
    GraphGateway gateway;
    @Autowired
    PlannerLinks links;
    @Autowired
    ActionItemManagement items;
    @Autowired
    JdbcTemplate jdbc;

    OrgUnit unit;
    Person manager;
    Person staff;
    PlannerLinkView link;

    static synchronized GraphEmulator emulator() {
        if (emulator == null) {
            emulator = new GraphEmulator().start();
        }
        return emulator;
    }

    @DynamicPropertySource
    static void graph(DynamicPropertyRegistry registry) {
        registry.add("excoord.graph.base-url", () -> emulator().baseUrl());
        registry.add("excoord.graph.login-host", () -> emulator().loginHost());
        registry.add("excoord.graph.tenant-id", () -> emulator().tenantId());
        registry.add("excoord.graph.client-id", () -> emulator().clientId());
        registry.add("excoord.graph.client-secret", () -> emulator().clientSecret());
    }

    @BeforeEach
    void linkedUnit() {
        unit = fixtures.unit("Policy Office", null);
        manager = fixtures.manager("Morgan Manager", unit);
        staff = fixtures.person("Alex Wilber", unit);
        emulator().addUser(staff.getEntraObjectId(), true).addUser(manager.getEntraObjectId(), true);
        String group = UUID.randomUUID().toString();
        emulator().addGroup(group);
        link = links.link(unit.getId(), group, fixtures.actor(fixtures.person("Ada Admin", null, Role.ADMIN)))
                .orElseThrow();
    }

    @Test
    void linkingFindsOrCreatesThePlanInTheGroupWithItsGeneralBucket() {
        assertThat(emulator().plans(link.groupId())).containsEntry(link.planId(), "Executive Coordination · "
                + unit.getName());
        assertThat(emulator().buckets(link.planId())).containsValue("General");
        assertThat(link.buckets()).extracting(PlannerLinkView.Bucket::key).containsExactly("general");

        PlannerLinkView again = links.link(unit.getId(), link.groupId(), fixtures.actor(fixtures.person("Ada Admin",
                null, Role.ADMIN))).orElseThrow();

        assertThat(again.planId()).isEqualTo(link.planId());
        assertThat(emulator().plans(link.groupId())).hasSize(1);
        assertThat(emulator().buckets(link.planId())).hasSize(1);
    }

    @Test
    void completedInPlannerByTheAssigneeTheItemCompletesAsThemAndAMovedDueDateIsPutBack() {
        LocalDate due = items.today().plusDays(10);
        ActionItem done = item(ActionType.TASK_ASSIGNMENT, due);
        ActionItem moved = item(ActionType.TASK_ASSIGNMENT, due);
        String doneTask = pushed(done);
        String movedTask = pushed(moved);
        emulator().editTaskAsUser(doneTask, staff.getEntraObjectId(), Map.of("percentComplete", 100));
        emulator().editTaskAsUser(movedTask, staff.getEntraObjectId(), Map.of("dueDateTime",
                due.plusDays(3) + "T12:00:00Z"));

        BackSyncReport report = backSync.pollOnce(link.planId());

        assertThat(report.changed()).isEqualTo(2);
        assertThat(status(done)).isEqualTo(ActionStatus.COMPLETE);
        assertThat(jdbc.queryForList("select actor_label from audit_entry where record_type = 'ActionItem'"
                + " and record_id = ? and action = 'COMPLETE'", String.class, String.valueOf(done.getId())))
                .containsExactly("Alex Wilber (via Planner)");
        assertThat(items.recentComments(moved.getId(), 10)).extracting(RecentComment::body).containsExactly(
                "Changed in Planner and put back: due date " + due + " → " + due.plusDays(3) + "; excoord owns due"
                        + " dates, assignees and titles — change them in Teams");
        assertThat(jdbc.queryForObject("select pushed_seq < change_seq from graph_item_sync where item_id = ?",
                Boolean.class, moved.getId())).isTrue();
        assertThat(backSync.pollOnce(link.planId()).changed()).isZero();
    }

    @Test
    void aPlanOf5000UnchangedTasksCostsItsPagesOnly() {
        int tasks = 5_000;
        List<Object[]> itemRows = new ArrayList<>();
        List<Object[]> syncRows = new ArrayList<>();
        LocalDate due = items.today().plusDays(30);
        Map<String, Object> assignment = Map.of(staff.getEntraObjectId(), Map.of("@odata.type",
                "#microsoft.graph.plannerAssignment", "orderHint", " !"));
        for (int n = 0; n < tasks; n++) {
            long id = ID_BASE + n;
            String number = "AI-9998-" + String.format("%06d", n);
            String title = number + " · Item " + n;
            String taskId = emulator().addTask(link.planId(), Map.of("title", title, "dueDateTime", due + "T12:00:00Z",
                    "assignments", assignment));
            itemRows.add(new Object[] {id, number, "Item " + n, staff.getId(), unit.getId(), manager.getId(),
                    Date.valueOf(due)});
            syncRows.add(new Object[] {id, link.planId(), taskId, emulator().task(taskId).orElseThrow().etag(), title,
                    Date.valueOf(due), staff.getEntraObjectId()});
        }
        jdbc.batchUpdate("""
                insert into action_item (id, number, subject, item_type, status, priority, assignee_person_id,
                    org_unit_id, originator_id, due_date, created_at, updated_at)
                values (?, ?, ?, 'TASK_ASSIGNMENT', 'NEW', 'MEDIUM', ?, ?, ?, ?, now(), now())""", itemRows);
        jdbc.batchUpdate("""
                insert into graph_item_sync (item_id, change_seq, pushed_seq, ready_at, state, plan_id, task_id,
                    task_etag, pushed_title, pushed_due, pushed_assignees, pushed_percent, synced_at, updated_at)
                values (?, 1, 1, now(), 'SYNCED', ?, ?, ?, ?, ?, ?, 0, now(), now())""", syncRows);
        backSync.pollOnce(link.planId()); // warm-up (JIT, the SDK's parsers), not part of the figure

        long emulatorRequests = emulator().counts().graph();
        java.sql.Timestamp since = jdbc.queryForObject("select now()", java.sql.Timestamp.class);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management
                .ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        BackSyncReport report = backSync.pollOnce(link.planId());
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long served = emulator().counts().graph() - emulatorRequests;

        LOG.info("5,000-task plan through the SDK and the emulator, nothing changed: {} requests ({} served), {} ms,"
                + " {} KiB allocated on the polling thread", report.requests(), served, report.millis(),
                allocated / 1024);
        assertThat(report.tasksRead()).isEqualTo(tasks);
        assertThat(report.changed()).isZero();
        assertThat(report.requests()).isEqualTo(served).isEqualTo(tasks / 100);
        assertThat(jdbc.queryForObject("select count(*) from graph_item_sync where plan_id = ? and updated_at >= ?",
                Long.class, link.planId(), since)).isZero();
    }

    private ActionItem item(ActionType type, LocalDate due) {
        return items.create(new NewActionItem("Draft the zero trust plan", null, type, null, staff.getId(), null, null,
                null, null, null, due, null, null, 0), fixtures.actor(manager)).orElseThrow();
    }

    /** Creates the item's task the way the push does (a $batch through the gateway) and stores what it pushed. */
    private String pushed(ActionItem item) {
        String title = item.getNumber() + " · " + item.getSubject();
        GraphResponse created = gateway.batch(List.of(new GraphRequest.CreateTask(link.planId(),
                new GraphRequest.TaskFields(title, null, item.getDueDate(), null, 5, 0,
                        Map.of(staff.getEntraObjectId(), true))))).get(0);
        assertThat(created.status()).isEqualTo(201);
        jdbc.update("""
                insert into graph_item_sync (item_id, change_seq, pushed_seq, ready_at, state, plan_id, task_id,
                    task_etag, pushed_title, pushed_due, pushed_assignees, pushed_percent, synced_at, updated_at)
                values (?, 1, 1, now(), 'SYNCED', ?, ?, ?, ?, ?, ?, 0, now(), now())
                on conflict (item_id) do update set pushed_seq = graph_item_sync.change_seq, state = 'SYNCED',
                    plan_id = excluded.plan_id, task_id = excluded.task_id, task_etag = excluded.task_etag,
                    pushed_title = excluded.pushed_title, pushed_due = excluded.pushed_due,
                    pushed_assignees = excluded.pushed_assignees, pushed_percent = 0""",
                item.getId(), link.planId(), created.task().id(), created.task().etag(), title,
                Date.valueOf(item.getDueDate()), staff.getEntraObjectId());
        return created.task().id();
    }

    private ActionStatus status(ActionItem item) {
        return ActionStatus.valueOf(jdbc.queryForObject("select status from action_item where id = ?", String.class,
                item.getId()));
    }
}
