package org.excoord.graphsync.backsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.RecentComment;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.graphsync.FakeGraphGateway;
import org.excoord.graphsync.GraphSyncIntegrationTest;
import org.excoord.graphsync.GraphSyncProperties;
import org.excoord.graphsync.SyncFixtures;
import org.excoord.graphsync.WithFakeGraph;
import org.excoord.graphsync.graph.PlannerTaskState;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.ActionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@WithFakeGraph
class BackSyncTests extends GraphSyncIntegrationTest {

    @Autowired
    BackSync backSync;
    @Autowired
    FakeGraphGateway graph;
    @Autowired
    ActionItemManagement items;
    @Autowired
    JdbcTemplate jdbc;

    SyncFixtures sync;
    SyncFixtures.LinkedUnit unit;
    String plan;
    LocalDate due;

    @BeforeEach
    void linkedUnit() {
        sync = new SyncFixtures(context, fixtures);
        unit = sync.linkedUnit(graph, fixtures.person("Ada Admin", null, Role.ADMIN));
        plan = unit.link().planId();
        due = items.today().plusDays(10);
    }

    @Test
    void theAssigneeSettingTheTaskTo50PercentStartsTheItemAuditedViaPlanner() {
        ActionItem item = sync.item(unit, ActionType.TASK_ASSIGNMENT, due);
        PlannerTaskState task = sync.pushed(graph, unit, item, 0);
        PlannerTaskState changed = graph.change(plan, task.id(), t -> percent(t, 50, null));

        BackSyncReport report = backSync.pollOnce(plan);

        assertThat(status(item)).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(auditLabels(item, "START")).containsExactly("Alex Wilber (via Planner)");
        assertThat(storedEtag(item)).isEqualTo(changed.etag());
        assertThat(report.polled()).isTrue();
        assertThat(report.changed()).isEqualTo(1);
        assertThat(report.applied()).isEqualTo(1);
        assertThat(report.putBack()).isZero();
    }

    @Test
    void theAssigneeCompletingATaskCompletesAnItemThatNeedsNoReview() {
        ActionItem item = sync.item(unit, ActionType.TASK_ASSIGNMENT, due);
        PlannerTaskState task = sync.pushed(graph, unit, item, 0);
        graph.change(plan, task.id(), t -> percent(t, 100, unit.staff().getEntraObjectId()));

        backSync.pollOnce(plan);

        assertThat(status(item)).isEqualTo(ActionStatus.COMPLETE);
        assertThat(auditLabels(item, "START")).containsExactly("Alex Wilber (via Planner)");
        assertThat(auditLabels(item, "COMPLETE")).containsExactly("Alex Wilber (via Planner)");
    }

    @Test
    void completingAnApprovalInPlannerSubmitsItForReview() {
        ActionItem item = sync.item(unit, ActionType.APPROVAL, due);
        PlannerTaskState task = sync.pushed(graph, unit, item, 0);
        graph.change(plan, task.id(), t -> percent(t, 100, unit.staff().getEntraObjectId()));

        backSync.pollOnce(plan);

        assertThat(status(item)).isEqualTo(ActionStatus.SUBMITTED_FOR_REVIEW);
        assertThat(auditLabels(item, "SUBMIT")).containsExactly("Alex Wilber (via Planner)");
        assertThat(comments(item)).isEmpty();
    }

    @Test
    void completingInPlannerAnItemAlreadySubmittedChangesNothingButPutsTheTaskBackTo50Percent() {
        ActionItem item = sync.item(unit, ActionType.APPROVAL, due);
        PlannerTaskState task = sync.pushed(graph, unit, item, 0);
        graph.change(plan, task.id(), t -> percent(t, 100, unit.staff().getEntraObjectId()));
        backSync.pollOnce(plan);
        jdbc.update("update graph_item_sync set pushed_seq = change_seq, pushed_percent = 50 where item_id = ?",
                item.getId());
        graph.change(plan, task.id(), t -> percent(t, 100, unit.staff().getEntraObjectId()));
        int audits = audits(item);

        backSync.pollOnce(plan);

        assertThat(status(item)).isEqualTo(ActionStatus.SUBMITTED_FOR_REVIEW);
        assertThat(audits(item)).isEqualTo(audits);
        assertThat(pendingPush(item)).isTrue();
        assertThat(comments(item)).isEmpty();
    }

    @Test
    void aDueDateChangedInPlannerIsPutBackWithOneComment() {
        ActionItem item = sync.item(unit, ActionType.TASK_ASSIGNMENT, due);
        PlannerTaskState task = sync.pushed(graph, unit, item, 0);
        LocalDate moved = due.minusDays(2);
        graph.change(plan, task.id(), t -> new PlannerTaskState(t.id(), t.planId(), t.bucketId(), t.etag(), t.title(),
                moved, t.start(), t.priority(), t.percentComplete(), t.assigneeIds(), t.completedBy()));

        BackSyncReport report = backSync.pollOnce(plan);
        backSync.pollOnce(plan);

        assertThat(report.putBack()).isEqualTo(1);
        assertThat(pendingPush(item)).isTrue();
        // what Planner holds now, so that the push sees the item's due date differ and sends it back
        assertThat(row(item).get("pushed_due")).hasToString(moved.toString());
        assertThat(items.view(item.getId(), fixtures.actor(unit.manager())).orElseThrow().getDueDate()).isEqualTo(due);
        assertThat(comments(item)).extracting(RecentComment::body).containsExactly("Changed in Planner and put back:"
                + " due date " + due + " → " + moved + "; excoord owns due dates, assignees and titles — change them"
                + " in Teams");
        assertThat(comments(item)).extracting(RecentComment::authorId).containsOnlyNulls();
    }

    @Test
    void titleAndAssigneesChangedInPlannerArePutBackInOneComment() {
        ActionItem item = sync.item(unit, ActionType.TASK_ASSIGNMENT, due);
        PlannerTaskState task = sync.pushed(graph, unit, item, 0);
        graph.change(plan, task.id(), t -> new PlannerTaskState(t.id(), t.planId(), t.bucketId(), t.etag(),
                "My own title", t.due(), t.start(), t.priority(), t.percentComplete(),
                Set.of(unit.manager().getEntraObjectId()), t.completedBy()));

        backSync.pollOnce(plan);

        assertThat(pendingPush(item)).isTrue();
        assertThat(comments(item)).singleElement().extracting(RecentComment::body).asString()
                .startsWith("Changed in Planner and put back: title \"" + item.getNumber() + " · " + item.getSubject()
                        + "\" → \"My own title\"; assignees Alex Wilber → Morgan Manager; excoord owns");
        assertThat(status(item)).isEqualTo(ActionStatus.NEW);
    }

    @Test
    void unchangedEtagsCostNoCoreCallAndNoWrite() {
        ActionItem item = sync.item(unit, ActionType.TASK_ASSIGNMENT, due);
        sync.pushed(graph, unit, item, 0);
        Map<String, Object> rowBefore = row(item);
        int auditBefore = audits(item);
        long requests = graph.requestsSent();

        BackSyncReport report = backSync.pollOnce(plan);

        assertThat(report.tasksRead()).isEqualTo(1);
        assertThat(report.changed()).isZero();
        assertThat(report.requests()).isEqualTo(1);
        assertThat(graph.requestsSent()).isEqualTo(requests + 1);
        assertThat(row(item)).isEqualTo(rowBefore);
        assertThat(audits(item)).isEqualTo(auditBefore);
        assertThat(comments(item)).isEmpty();
    }

    @Test
    void progressThePersonMayNotMakeIsExplainedAndPutBack() {
        ActionItem item = sync.item(unit, ActionType.TASK_ASSIGNMENT, due);
        PlannerTaskState task = sync.pushed(graph, unit, item, 0);
        Person outsider = fixtures.person("Olga Outsider", fixtures.unit("Other Office", null));
        graph.change(plan, task.id(), t -> percent(t, 100, outsider.getEntraObjectId()));

        backSync.pollOnce(plan);

        assertThat(status(item)).isEqualTo(ActionStatus.NEW);
        assertThat(pendingPush(item)).isTrue();
        assertThat(comments(item)).singleElement().extracting(RecentComment::body).asString()
                .startsWith("Olga Outsider completed the task in Planner, but excoord could not \"Start\": only the"
                        + " assignee of " + item.getNumber())
                .endsWith("The task is put back.");
    }

    @Test
    void aTaskDeletedInPlannerIsForgottenAndCreatedAgain() {
        ActionItem item = sync.item(unit, ActionType.TASK_ASSIGNMENT, due);
        PlannerTaskState task = sync.pushed(graph, unit, item, 0);
        graph.delete(plan, task.id());

        BackSyncReport report = backSync.pollOnce(plan);

        assertThat(report.recreated()).isEqualTo(1);
        assertThat(row(item)).containsEntry("task_id", null).containsEntry("task_etag", null);
        assertThat(pendingPush(item)).isTrue();
        assertThat(comments(item)).singleElement().extracting(RecentComment::body).asString()
                .contains("was deleted in Planner and is created again");
    }

    @Test
    void tasksExcoordDoesNotKnowAreIgnored() {
        PlannerTaskState foreign = graph.putTask(plan, "Someone's own task", due, 0, Set.of());
        graph.change(plan, foreign.id(), t -> percent(t, 100, unit.staff().getEntraObjectId()));

        BackSyncReport report = backSync.pollOnce(plan);

        assertThat(report.tasksRead()).isEqualTo(1);
        assertThat(report.changed()).isZero();
    }

    @Test
    void aPlanAnotherReplicaIsPollingIsNotReadAgain() {
        jdbc.update("update planner_link set poll_claimed_until = now() + interval '1 minute' where plan_id = ?", plan);
        long reads = graph.planReads();

        BackSyncReport report = backSync.pollOnce(plan);

        assertThat(report.polled()).isFalse();
        assertThat(graph.planReads()).isEqualTo(reads);
    }

    @Test
    void aRoundPollsEveryDuePlanOnceAndThenWaitsForTheInterval() {
        List<BackSyncReport> first = backSync.pollDue();
        List<BackSyncReport> second = backSync.pollDue();

        assertThat(first).extracting(BackSyncReport::planId).contains(plan).doesNotHaveDuplicates();
        assertThat(second).extracting(BackSyncReport::planId).doesNotContain(plan);
        assertThat(jdbc.queryForMap("select polled_at is not null as polled, poll_claimed_until from planner_link"
                + " where plan_id = ?", plan)).containsEntry("polled", true).containsEntry("poll_claimed_until", null);
    }

    @Test
    void twoReplicasPollingOnePlanAtOnceReadItOnce() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        graph.beforePlanRead(() -> {
            inside.countDown();
            await(release);
        });
        try {
            CompletableFuture<BackSyncReport> first = CompletableFuture.supplyAsync(() -> backSync.pollOnce(plan));
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
            graph.beforePlanRead(() -> { });

            BackSyncReport second = backSync.pollOnce(plan);
            release.countDown();

            assertThat(second.polled()).isFalse();
            assertThat(first.get(30, TimeUnit.SECONDS).polled()).isTrue();
        } finally {
            graph.beforePlanRead(() -> { });
            release.countDown();
        }
    }

    @Test
    void aPlanGraphCannotReadIsLoggedAndReleasedWithoutStoppingTheRound() {
        SyncFixtures.LinkedUnit other = sync.linkedUnit(graph, fixtures.person("Ada Admin", null, Role.ADMIN));
        graph.failPlan(plan);

        List<BackSyncReport> round = backSync.pollDue();

        assertThat(round).extracting(BackSyncReport::planId).contains(other.link().planId()).doesNotContain(plan);
        assertThat(jdbc.queryForMap("select polled_at is not null as polled, poll_claimed_until from planner_link"
                + " where plan_id = ?", plan)).containsEntry("polled", true).containsEntry("poll_claimed_until", null);
    }

    @Test
    void theSchedulerBringsBackAChangeWithinAPollInterval() {
        ActionItem item = sync.item(unit, ActionType.TASK_ASSIGNMENT, due);
        PlannerTaskState task = sync.pushed(graph, unit, item, 0);
        graph.change(plan, task.id(), t -> percent(t, 50, null));
        GraphSyncProperties everyTenthOfASecond = new GraphSyncProperties(true, null, null, null, null, null, null,
                null, Duration.ofMillis(100), null, null, null, null, null);
        BackSyncScheduler scheduler = new BackSyncScheduler(backSync, everyTenthOfASecond);

        scheduler.start();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(status(item)).isEqualTo(ActionStatus.IN_PROGRESS));
        } finally {
            scheduler.stop();
        }

        assertThat(scheduler.isRunning()).isFalse();
        assertThat(auditLabels(item, "START")).containsExactly("Alex Wilber (via Planner)");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static PlannerTaskState percent(PlannerTaskState t, int percent, String completedBy) {
        return new PlannerTaskState(t.id(), t.planId(), t.bucketId(), t.etag(), t.title(), t.due(), t.start(),
                t.priority(), percent, t.assigneeIds(), completedBy);
    }

    private ActionStatus status(ActionItem item) {
        return ActionStatus.valueOf(jdbc.queryForObject("select status from action_item where id = ?", String.class,
                item.getId()));
    }

    private List<String> auditLabels(ActionItem item, String action) {
        return jdbc.queryForList("select actor_label from audit_entry where record_type = 'ActionItem'"
                + " and record_id = ? and action = ? order by id", String.class, String.valueOf(item.getId()), action);
    }

    private int audits(ActionItem item) {
        return jdbc.queryForObject("select count(*) from audit_entry where record_type = 'ActionItem'"
                + " and record_id = ?", Integer.class, String.valueOf(item.getId()));
    }

    private List<RecentComment> comments(ActionItem item) {
        return items.recentComments(item.getId(), 10);
    }

    private String storedEtag(ActionItem item) {
        return jdbc.queryForObject("select task_etag from graph_item_sync where item_id = ?", String.class,
                item.getId());
    }

    private boolean pendingPush(ActionItem item) {
        return jdbc.queryForObject("select pushed_seq < change_seq and ready_at <= now() from graph_item_sync"
                + " where item_id = ?", Boolean.class, item.getId());
    }

    private Map<String, Object> row(ActionItem item) {
        return jdbc.queryForMap("select * from graph_item_sync where item_id = ?", item.getId());
    }
}
