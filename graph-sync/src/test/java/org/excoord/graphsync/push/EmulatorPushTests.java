package org.excoord.graphsync.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ItemVerb;
import org.excoord.actionitem.NewActionItem;
import org.excoord.actionitem.RecentComment;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.graphsync.backsync.BackSync;
import org.excoord.graphsync.backsync.BackSyncReport;
import org.excoord.graphsync.emulator.EventSnapshot;
import org.excoord.graphsync.emulator.Fault;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.excoord.graphsync.emulator.TaskSnapshot;
import org.excoord.graphsync.graph.GraphGateway;
import org.excoord.shared.Priority;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The push through the real SDK gateway (msgraph-sdk-java v6 + azure-identity) against the loopback Graph emulator:
 * what Planner and Outlook hold afterwards, field by field, and the requests it took.
 */
class EmulatorPushTests extends PushIntegrationTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 9); // a Tuesday
    private static final String PROPERTY = "String {6f0c2b1e-0000-4000-8000-000000000001} Name ExcoordItemNumber";

    private GraphEmulator graph;
    private GraphGateway gateway;
    private PushWorker worker;
    private OrgUnit unit;
    private String planId;
    private Person boss;
    private Person alex;
    private Actor actor;

    @BeforeEach
    void world() {
        graph = emulator();
        graph.faults().clear();
        gateway = context.getBean(GraphGateway.class);
        worker = worker(gateway);
        unit = fixtures.unit("Emulated Office", null);
        String group = UUID.randomUUID().toString();
        planId = graph.addPlan(group, "Executive Coordination");
        linkTo(unit, group, planId);
        boss = user(fixtures.manager("Bo Emulated", unit));
        alex = user(fixtures.person("Alex Wilber", unit));
        actor = fixtures.actor(boss);
        graph.resetCounts();
    }

    private Person user(Person person) {
        graph.addUser(person.getEntraObjectId(), true);
        return person;
    }

    private void linkTo(OrgUnit org, String group, String plan) {
        jdbc.update("insert into planner_link (org_unit_id, group_id, plan_id, plan_title, linked_at, linked_by)"
                + " values (?, ?, ?, 'Executive Coordination', now(), 'test')", org.getId(), group, plan);
    }

    @Test
    void aNewItemGetsOneTaskAndOneEventWithEveryFieldRight() {
        ActionItem created = create(actor, "Draft the zero trust plan", alex, DUE);
        ActionItem item = items.edit(created.getId(), created.getSubject(), "Cover identity first.", null,
                Priority.CRITICAL, created.getVersion(), actor).orElseThrow();

        worker.drain(Duration.ofSeconds(30));

        TaskSnapshot task = single(tasksOf(item));
        assertThat(task.title()).isEqualTo(item.getNumber() + " · Draft the zero trust plan");
        assertThat(graph.buckets(planId)).containsEntry(task.bucketId(), "General");
        assertThat(task.dueDateTime().toString()).isEqualTo("2027-03-09T12:00Z");
        assertThat(task.priority()).isEqualTo(1);
        assertThat(task.percentComplete()).isZero();
        assertThat(task.assigneeIds()).containsExactly(alex.getEntraObjectId());
        assertThat(task.description()).contains("Cover identity first.").contains(item.getNumber());
        assertThat(column(item, "task_etag")).as("the description write moved the task's etag: not read back now,"
                + " the next back-sync poll stores it").isNull();
        assertThat(task.detailsEtag()).isEqualTo(column(item, "details_etag"));

        EventSnapshot event = single(graph.events(alex.getEntraObjectId()).stream()
                .filter(e -> item.getNumber().equals(e.extendedProperties().get(PROPERTY))).toList());
        assertThat(event.subject()).isEqualTo("Due: " + item.getNumber() + " · Draft the zero trust plan");
        assertThat(event.isAllDay()).isTrue();
        assertThat(event.start()).startsWith("2027-03-09T00:00:00");
        assertThat(event.end()).startsWith("2027-03-10T00:00:00");
        assertThat(event.showAs()).isEqualTo("free");
        assertThat(event.isReminderOn()).isTrue();
        assertThat(event.reminderMinutesBeforeStart()).as("09:00 the Monday before").isEqualTo(15 * 60);
        assertThat(event.categories()).containsExactly("Executive Coordination");
        assertThat(event.attendees()).isZero();
        assertThat(event.bodyContentType()).isEqualToIgnoringCase("html");
        assertThat(event.transactionId()).isEqualTo("excoord-" + item.getNumber() + "-1");
        assertThat(state(item)).isEqualTo("SYNCED");
        assertThat(graph.unknownRequests()).isEmpty();
    }

    @Test
    void tenChangesBeforeAPushCostOnePush() {
        ActionItem item = create(actor, "Coalesce me", alex, DUE);
        for (int i = 1; i <= 9; i++) {
            item = items.changeDueDate(item.getId(), DUE.plusDays(i), item.getVersion(), actor).orElseThrow();
        }

        worker.drain(Duration.ofSeconds(30));

        assertThat(graph.counts().subRequests()).as("task and event create, details read, description")
                .isEqualTo(4);
        assertThat(graph.counts().of("POST /$batch")).isEqualTo(3);
        assertThat(single(tasksOf(item)).due()).isEqualTo(DUE.plusDays(9));
        assertThat(single(eventsOf(item, alex)).start()).startsWith(DUE.plusDays(9) + "T00:00:00");
    }

    @Test
    void dueDateMoveReassignCompleteAndCancelReachPlannerAndOutlook() {
        Person jordan = user(fixtures.person("Jordan New", unit));
        ActionItem item = create(actor, "Walk me through", alex, DUE);
        worker.drain(Duration.ofSeconds(30));

        items.changeDueDate(item.getId(), DUE.plusDays(6), reload(item).getVersion(), actor).orElseThrow();
        worker.drain(Duration.ofSeconds(30));
        assertThat(single(tasksOf(item)).due()).isEqualTo(DUE.plusDays(6));
        assertThat(single(eventsOf(item, alex)).start()).startsWith(DUE.plusDays(6) + "T00:00:00");

        items.assign(item.getId(), jordan.getId(), null, reload(item).getVersion(), actor).orElseThrow();
        worker.drain(Duration.ofSeconds(30));
        assertThat(single(tasksOf(item)).assigneeIds()).containsExactly(jordan.getEntraObjectId());
        assertThat(eventsOf(item, alex)).as("gone from the old assignee's calendar").isEmpty();
        assertThat(single(eventsOf(item, jordan)).transactionId()).isEqualTo("excoord-" + item.getNumber() + "-2");

        items.apply(item.getId(), ItemVerb.START, reload(item).getVersion(), null, actor).orElseThrow();
        items.apply(item.getId(), ItemVerb.COMPLETE, reload(item).getVersion(), null, actor).orElseThrow();
        worker.drain(Duration.ofSeconds(30));
        assertThat(single(tasksOf(item)).percentComplete()).isEqualTo(100);
        assertThat(eventsOf(item, jordan)).isEmpty();

        ActionItem other = create(actor, "Cancel me", alex, DUE);
        worker.drain(Duration.ofSeconds(30));
        assertThat(tasksOf(other)).hasSize(1);
        items.apply(other.getId(), ItemVerb.CANCEL, reload(other).getVersion(), "not needed", actor).orElseThrow();
        worker.drain(Duration.ofSeconds(30));
        assertThat(tasksOf(other)).isEmpty();
        assertThat(eventsOf(other, alex)).isEmpty();
        assertThat(state(other)).isEqualTo("SYNCED");
    }

    @Test
    void aClearedDueDateLeavesThePlannerTaskAndTheCalendarAndStaysCleared() {
        ActionItem item = create(actor, "Undate me", alex, DUE);
        worker.drain(Duration.ofSeconds(30));
        assertThat(single(tasksOf(item)).due()).isEqualTo(DUE);
        assertThat(eventsOf(item, alex)).hasSize(1);

        items.changeDueDate(item.getId(), null, reload(item).getVersion(), actor).orElseThrow();
        worker.drain(Duration.ofSeconds(30));

        TaskSnapshot task = single(tasksOf(item));
        assertThat(task.dueDateTime()).as("\"dueDateTime\": null reached Planner").isNull();
        assertThat(task.title()).isEqualTo(item.getNumber() + " · Undate me");
        assertThat(eventsOf(item, alex)).as("an undated item has no due-date event").isEmpty();
        assertThat(column(item, "pushed_due")).isNull();
        assertThat(state(item)).isEqualTo("SYNCED");

        // Alex starts it in Planner: the poll compares the owned fields, and no due date on either side is equal
        BackSync backSync = context.getBean(BackSync.class);
        graph.editTaskAsUser(task.id(), alex.getEntraObjectId(), java.util.Map.of("percentComplete", 50));
        BackSyncReport started = backSync.pollOnce(planId);
        assertThat(started.applied()).isEqualTo(1);
        assertThat(started.putBack()).isZero();
        worker.drain(Duration.ofSeconds(30));
        assertThat(reload(item).getDueDate()).isNull();
        assertThat(single(tasksOf(item)).dueDateTime()).isNull();
        assertThat(items.recentComments(item.getId(), 10)).extracting(RecentComment::body)
                .noneMatch(body -> body.contains("put back"));

        // a due date set in Planner on an undated item is excoord's field changed: put back, i.e. cleared again
        graph.editTaskAsUser(task.id(), alex.getEntraObjectId(), java.util.Map.of("dueDateTime", "2027-04-01T12:00:00Z"));
        assertThat(backSync.pollOnce(planId).putBack()).isEqualTo(1);
        worker.drain(Duration.ofSeconds(30));
        assertThat(single(tasksOf(item)).dueDateTime()).isNull();
        assertThat(eventsOf(item, alex)).isEmpty();
        assertThat(state(item)).isEqualTo("SYNCED");
    }

    @Test
    void aTeamItemIsAssignedToItsMembersWithoutAnEvent() {
        Person sam = user(fixtures.person("Sam Member", unit));
        var team = fixtures.team("Cyber Team", unit, boss, alex, sam);
        ActionItem item = items.create(new NewActionItem("Team work", null, null, null, null, team.getId(), null,
                null, null, null, DUE, null, null, 0), actor).orElseThrow();

        worker.drain(Duration.ofSeconds(30));

        assertThat(single(tasksOf(item)).assigneeIds())
                .containsExactlyInAnyOrder(alex.getEntraObjectId(), sam.getEntraObjectId());
        assertThat(graph.allEvents().values().stream().flatMap(List::stream)
                .filter(e -> item.getNumber().equals(e.extendedProperties().get(PROPERTY)))).isEmpty();
    }

    @Test
    void aTeamOfMoreThanTwentyLeavesTheTaskUnassigned() {
        List<Person> members = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            members.add(user(fixtures.person("Member " + i, unit)));
        }
        var team = fixtures.team("Big Team", unit, boss, members.toArray(Person[]::new));
        ActionItem item = items.create(new NewActionItem("Everyone", null, null, null, null, team.getId(), null,
                null, null, null, DUE, null, null, 0), actor).orElseThrow();

        worker.drain(Duration.ofSeconds(30));

        assertThat(single(tasksOf(item)).assigneeIds()).isEmpty();
        assertThat(state(item)).isEqualTo("SYNCED");
    }

    @Test
    void anAssigneeWithoutALicenceFailsWithAReasonAndIsNotRetried() {
        Person nolic = fixtures.person("Nola Licence", unit);
        graph.addUser(nolic.getEntraObjectId(), false);
        ActionItem item = create(actor, "Cannot assign", nolic, DUE);

        RoundResult first = worker.drain(Duration.ofSeconds(30));
        long sent = graph.counts().subRequests();
        RoundResult again = worker.runOnce();

        assertThat(first.failed()).isEqualTo(1);
        assertThat(again.claimed()).isZero();
        assertThat(graph.counts().subRequests()).as("no retry loop").isEqualTo(sent);
        assertThat(state(item)).isEqualTo("FAILED");
        assertThat(column(item, "failure_reason")).contains("no Planner licence");
    }

    @Test
    void aFullPlanFailsWithAReason() {
        graph.maxTasksPerPlan(0);
        try {
            ActionItem item = create(actor, "No room", alex, DUE);
            worker.drain(Duration.ofSeconds(30));
            assertThat(state(item)).isEqualTo("FAILED");
            assertThat(column(item, "failure_reason")).contains("the plan is full");
            assertThat(worker.runOnce().claimed()).isZero();
        } finally {
            graph.maxTasksPerPlan(9000);
        }
    }

    @Test
    void onlyTheThrottledSubRequestIsSentAgain() {
        ActionItem item = create(actor, "Throttle me", alex, DUE);
        graph.faults().retryAfter(Duration.ofMillis(300)).nextSubRequests(Fault.THROTTLED);

        worker.drain(Duration.ofSeconds(30));

        assertThat(graph.counts().subRequests()).isEqualTo(5);
        assertThat(tasksOf(item)).hasSize(1);
        assertThat(eventsOf(item, alex)).hasSize(1);
        assertThat(state(item)).isEqualTo("SYNCED");
    }

    @Test
    void aStaleEtagIsReadAgainAndTheChangeReapplied() {
        ActionItem item = create(actor, "Contended", alex, DUE);
        worker.drain(Duration.ofSeconds(30));
        graph.faults().staleEtagOnce(single(tasksOf(item)).id());

        items.changeDueDate(item.getId(), DUE.plusDays(2), reload(item).getVersion(), actor).orElseThrow();
        worker.drain(Duration.ofSeconds(30));

        assertThat(single(tasksOf(item)).due()).isEqualTo(DUE.plusDays(2));
        assertThat(state(item)).isEqualTo("SYNCED");
        assertThat(single(tasksOf(item)).etag()).isEqualTo(column(item, "task_etag"));
    }

    @Test
    void aWorkerKilledMidBatchLeavesNoDuplicateThroughTheRealClient() {
        List<ActionItem> created = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            created.add(create(actor, "Survive " + i, alex, DUE));
        }

        assertThatThrownBy(() -> worker(new CrashingGateway(gateway, 9)).runOnce())
                .isInstanceOf(CrashingGateway.SimulatedCrash.class);
        expireLeases();
        worker(gateway).drain(Duration.ofSeconds(30));

        for (ActionItem item : created) {
            assertThat(tasksOf(item)).as(item.getNumber()).hasSize(1);
            assertThat(eventsOf(item, alex)).as(item.getNumber()).hasSize(1);
            assertThat(state(item)).isEqualTo("SYNCED");
        }
    }

    @Test
    void aConnectionDroppedAfterGraphMadeTheTaskLeavesNoDuplicate() {
        create(actor, "Warm up: the bucket and the token exist", alex, DUE);
        worker.drain(Duration.ofSeconds(30));
        ActionItem item = create(actor, "Dropped", alex, DUE);
        graph.faults().next(Fault.DROPPED_AFTER_PROCESSING); // the next request is the first $batch

        worker.drain(Duration.ofSeconds(30));
        jdbc.update("update graph_item_sync set ready_at = now() where item_id = ?", item.getId());
        worker.drain(Duration.ofSeconds(30));

        assertThat(tasksOf(item)).hasSize(1);
        assertThat(eventsOf(item, alex)).hasSize(1);
        assertThat(state(item)).isEqualTo("SYNCED");
    }

    @Test
    void underTenPercentThrottlingEveryItemEndsWithOneTaskAndOneEvent() {
        List<ActionItem> created = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            created.add(create(actor, "Throttled " + i, alex, DUE.plusDays(i % 5)));
        }
        graph.faults().seed(9).retryAfter(Duration.ofMillis(100)).throttleSubRequests(0.1);
        try {
            worker.drain(Duration.ofSeconds(60));
            for (int i = 0; i < 20; i++) {
                ActionItem item = created.get(i);
                items.changeDueDate(item.getId(), DUE.plusDays(10), reload(item).getVersion(), actor).orElseThrow();
            }
            worker.drain(Duration.ofSeconds(60));
        } finally {
            graph.faults().clear();
        }

        for (int i = 0; i < created.size(); i++) {
            ActionItem item = created.get(i);
            LocalDate due = i < 20 ? DUE.plusDays(10) : DUE.plusDays(i % 5);
            assertThat(single(tasksOf(item)).due()).as(item.getNumber()).isEqualTo(due);
            assertThat(single(eventsOf(item, alex)).start()).as(item.getNumber()).startsWith(due + "T00:00:00");
            assertThat(state(item)).isEqualTo("SYNCED");
        }
        assertThat(graph.counts().subRequests()).as("40 × 5 + 20 × 2 sub-requests, plus the throttled ones again")
                .isBetween(240L, 320L);
    }

    private List<TaskSnapshot> tasksOf(ActionItem item) {
        return graph.tasksOfPlan(planId).stream().filter(t -> t.title().startsWith(item.getNumber() + " ")).toList();
    }

    private List<EventSnapshot> eventsOf(ActionItem item, Person person) {
        return graph.events(person.getEntraObjectId()).stream()
                .filter(e -> item.getNumber().equals(e.extendedProperties().get(PROPERTY))).toList();
    }

    private String column(ActionItem item, String column) {
        return jdbc.queryForObject("select " + column + " from graph_item_sync where item_id = ?", String.class,
                item.getId());
    }

    private static <T> T single(List<T> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }
}
