package org.excoord.graphsync.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ItemVerb;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.graphsync.graph.GraphRequest;
import org.excoord.shared.Priority;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The worker against an in-memory Graph: what reaches Planner and Outlook, and how few requests it takes. */
class PushWorkerTests extends PushIntegrationTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 9); // a Tuesday

    private FakeGraph graph;
    private PushWorker worker;
    private OrgUnit unit;
    private String planId;
    private Person boss;
    private Person alex;
    private Actor actor;

    @BeforeEach
    void world() {
        graph = new FakeGraph();
        worker = worker(graph);
        unit = fixtures.unit("Push Office", null);
        planId = link(unit);
        boss = fixtures.manager("Bo Boss", unit);
        alex = fixtures.person("Alex Wilber", unit);
        actor = fixtures.actor(boss);
    }

    @Test
    void aNewItemGetsOneTaskAndOneEventWithEveryFieldRight() {
        ActionItem created = create(actor, "Draft the zero trust plan", alex, DUE);
        ActionItem item = items.edit(created.getId(), created.getSubject(), "Cover identity first.", null,
                Priority.HIGH, created.getVersion(), actor).orElseThrow();

        RoundResult round = worker.drain(Duration.ofSeconds(20));

        assertThat(round.synced()).isEqualTo(1);
        FakeGraph.Task task = graph.tasksTitled(item.getNumber()).get(0);
        assertThat(graph.tasksTitled(item.getNumber())).hasSize(1);
        assertThat(task.title).isEqualTo(item.getNumber() + " · Draft the zero trust plan");
        assertThat(task.planId).isEqualTo(planId);
        assertThat(graph.bucketsOf(planId)).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("General");
            assertThat(b.id()).isEqualTo(task.bucketId);
        });
        assertThat(task.due).isEqualTo(DUE);
        assertThat(task.priority).isEqualTo(3);
        assertThat(task.percent).isZero();
        assertThat(task.assignees).containsExactly(alex.getEntraObjectId());
        assertThat(task.description).contains("Cover identity first.").contains(item.getNumber());

        assertThat(graph.eventsOf(item.getNumber())).singleElement().satisfies(e -> {
            assertThat(e.userId()).isEqualTo(alex.getEntraObjectId());
            assertThat(e.fields().subject()).isEqualTo("Due: " + item.getNumber() + " · Draft the zero trust plan");
            assertThat(e.fields().date()).isEqualTo(DUE);
            assertThat(e.fields().timeZone()).isEqualTo("America/New_York");
            assertThat(e.fields().category()).isEqualTo("Executive Coordination");
            assertThat(e.fields().reminderMinutesBeforeStart()).as("09:00 on Monday").isEqualTo(15 * 60);
            assertThat(e.fields().transactionId()).isEqualTo("excoord-" + item.getNumber() + "-1");
        });
        assertThat(state(item)).isEqualTo("SYNCED");
        String etag = jdbc.queryForObject("select task_etag from graph_item_sync where item_id = ?", String.class,
                item.getId());
        assertThat(etag).as("the description write moved the task's etag: not read back now, the next back-sync"
                + " poll stores it").isNull();
    }

    @Test
    void itemsOfAnExecutiveActionGoToItsBucketCreatedOnce() {
        var action = context.getBean(org.excoord.action.ExecutiveActionManagement.class)
                .create(new org.excoord.action.NewExecutiveAction("Zero trust rollout", null,
                        org.excoord.action.ActionCategory.DIRECTIVE_OR_ORDER, null, null, null, DUE, null, null, null,
                        null, null, null, null), actor).orElseThrow();
        ActionItem first = items.create(org.excoord.actionitem.NewActionItem.adHoc("Step one", alex.getId(), DUE,
                action.getId()), actor).orElseThrow();
        ActionItem second = items.create(org.excoord.actionitem.NewActionItem.adHoc("Step two", alex.getId(), DUE,
                action.getId()), actor).orElseThrow();

        worker.drain(Duration.ofSeconds(20));

        assertThat(graph.bucketsOf(planId)).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo(action.getNumber() + " · Zero trust rollout");
            assertThat(graph.tasksTitled(first.getNumber()).get(0).bucketId).isEqualTo(b.id());
            assertThat(graph.tasksTitled(second.getNumber()).get(0).bucketId).isEqualTo(b.id());
        });
        assertThat(graph.tasksTitled(first.getNumber()).get(0).description)
                .contains("Executive action: " + action.getNumber() + " · Zero trust rollout");
        assertThat(jdbc.queryForObject("select bucket_id from planner_bucket where plan_id = ? and bucket_key = ?",
                String.class, planId, action.getNumber())).isEqualTo(graph.bucketsOf(planId).get(0).id());
    }

    @Test
    void aClassifiedItemIsMirroredByNumberAndDueDateOnly() {
        Long type = context.getBean(org.excoord.action.ExecutiveActionTypeRepository.class)
                .findByName("Security Protocols").orElseThrow().getId();
        var secret = context.getBean(org.excoord.action.ExecutiveActionManagement.class)
                .create(new org.excoord.action.NewExecutiveAction("Harden the enclave", null, null, type,
                        org.excoord.shared.Priority.HIGH, org.excoord.shared.SecurityClassification.SECRET, null, null,
                        null, null, null, null, null, null), actor).orElseThrow();
        ActionItem item = items.create(new org.excoord.actionitem.NewActionItem("Rotate the enclave keys",
                "Keys are in vault 7.", null, null, alex.getId(), null, null, secret.getId(), null, null, DUE, null,
                null, 0), actor).orElseThrow();

        worker.drain(Duration.ofSeconds(20));

        assertThat(graph.tasksTitled(item.getNumber())).singleElement().satisfies(t -> {
            assertThat(t.title).isEqualTo(item.getNumber() + " · Classified item (open it in Teams)");
            assertThat(t.description).doesNotContain("vault").doesNotContain("enclave").contains(item.getNumber());
            assertThat(t.due).isEqualTo(DUE);
        });
        assertThat(graph.bucketsOf(planId)).extracting(b -> b.name()).containsExactly("General");
        assertThat(graph.eventsOf(item.getNumber())).singleElement().satisfies(e ->
                assertThat(e.fields().subject()).isEqualTo("Due: " + item.getNumber()
                        + " · Classified item (open it in Teams)"));
    }

    @Test
    void tenChangesBeforeAPushCostOnePush() {
        ActionItem item = create(actor, "Coalesce me", alex, DUE);
        for (int i = 1; i <= 9; i++) {
            item = items.changeDueDate(item.getId(), DUE.plusDays(i), item.getVersion(), actor).orElseThrow();
        }

        RoundResult round = worker.drain(Duration.ofSeconds(20));

        // create task + create event, details read, description write
        assertThat(round.subRequests()).isEqualTo(4);
        assertThat(round.batches()).isEqualTo(3);
        assertThat(graph.tasksTitled(item.getNumber())).singleElement()
                .satisfies(t -> assertThat(t.due).isEqualTo(DUE.plusDays(9)));
        assertThat(graph.eventsOf(item.getNumber())).singleElement()
                .satisfies(e -> assertThat(e.fields().date()).isEqualTo(DUE.plusDays(9)));
    }

    @Test
    void aChangeMadeDuringThePushLeavesTheRowReadyForTheNextOne() {
        ActionItem item = create(actor, "Moving target", alex, DUE);
        java.util.concurrent.atomic.AtomicBoolean changed = new java.util.concurrent.atomic.AtomicBoolean();
        GraphGatewayWrapper changing = GraphGatewayWrapper.before(graph, () -> {
            if (changed.compareAndSet(false, true)) {
                items.changeDueDate(item.getId(), DUE.plusDays(3), reload(item).getVersion(), actor).orElseThrow();
            }
        });
        PushWorker pushing = worker(changing);

        RoundResult first = pushing.runOnce();

        assertThat(first.synced()).isEqualTo(1);
        assertThat(state(item)).as("the change came after the claim").isEqualTo("PENDING");
        assertThat(graph.tasksTitled(item.getNumber()).get(0).due).isEqualTo(DUE);
        RoundResult second = pushing.runOnce();
        assertThat(second.claimed()).isEqualTo(1);
        assertThat(graph.tasksTitled(item.getNumber()).get(0).due).isEqualTo(DUE.plusDays(3));
        assertThat(state(item)).isEqualTo("SYNCED");
    }

    @Test
    void manyItemsShareBatches() {
        for (int i = 0; i < 30; i++) {
            create(actor, "Batch " + i, alex, DUE);
        }

        RoundResult round = worker.drain(Duration.ofSeconds(30));

        assertThat(round.synced()).isEqualTo(30);
        assertThat(round.subRequests()).isEqualTo(120);
        assertThat(round.batches()).as("60 + 30 + 30 sub-requests in 3 phases, 20 to a batch").isEqualTo(7);
        assertThat(graph.tasks()).hasSize(30);
        assertThat(graph.events()).hasSize(30);
    }

    @Test
    void aDueDateMoveMovesTheTaskAndTheEvent() {
        ActionItem item = create(actor, "Move me", alex, DUE);
        worker.drain(Duration.ofSeconds(20));

        items.changeDueDate(item.getId(), DUE.plusDays(6), reload(item).getVersion(), actor).orElseThrow();
        RoundResult round = worker.drain(Duration.ofSeconds(20));

        assertThat(round.subRequests()).as("the task's etag read (the description write moved it), one task PATCH,"
                + " one event PATCH").isEqualTo(3);
        assertThat(graph.tasksTitled(item.getNumber()).get(0).due).isEqualTo(DUE.plusDays(6));
        assertThat(graph.eventsOf(item.getNumber())).singleElement().satisfies(e -> {
            assertThat(e.fields().date()).isEqualTo(DUE.plusDays(6));
            assertThat(e.fields().reminderMinutesBeforeStart()).as("a Monday: Friday 09:00").isEqualTo(3 * 1440 - 540);
        });
    }

    @Test
    void aReassignmentMovesTheEventAndSwapsTheAssignment() {
        Person jordan = fixtures.person("Jordan New", unit);
        ActionItem item = create(actor, "Hand me over", alex, DUE);
        worker.drain(Duration.ofSeconds(20));

        items.assign(item.getId(), jordan.getId(), null, reload(item).getVersion(), actor).orElseThrow();
        worker.drain(Duration.ofSeconds(20));

        assertThat(graph.tasksTitled(item.getNumber())).singleElement()
                .satisfies(t -> assertThat(t.assignees).containsExactly(jordan.getEntraObjectId()));
        assertThat(graph.eventsOf(item.getNumber())).singleElement().satisfies(e -> {
            assertThat(e.userId()).isEqualTo(jordan.getEntraObjectId());
            assertThat(e.fields().transactionId()).isEqualTo("excoord-" + item.getNumber() + "-2");
        });
    }

    @Test
    void completingAnItemCompletesTheTaskAndRemovesTheEvent() {
        ActionItem item = create(actor, "Finish me", alex, DUE);
        worker.drain(Duration.ofSeconds(20));

        item = items.apply(item.getId(), ItemVerb.START, reload(item).getVersion(), null, actor).orElseThrow();
        worker.drain(Duration.ofSeconds(20));
        assertThat(graph.tasksTitled(item.getNumber()).get(0).percent).isEqualTo(50);

        items.apply(item.getId(), ItemVerb.COMPLETE, reload(item).getVersion(), null, actor).orElseThrow();
        worker.drain(Duration.ofSeconds(20));

        assertThat(graph.tasksTitled(item.getNumber())).singleElement()
                .satisfies(t -> assertThat(t.percent).isEqualTo(100));
        assertThat(graph.eventsOf(item.getNumber())).isEmpty();
        assertThat(state(item)).isEqualTo("SYNCED");
    }

    @Test
    void cancellingAnItemDeletesItsTaskAndEvent() {
        ActionItem item = create(actor, "Cancel me", alex, DUE);
        worker.drain(Duration.ofSeconds(20));
        assertThat(graph.tasksTitled(item.getNumber())).hasSize(1);

        items.apply(item.getId(), ItemVerb.CANCEL, reload(item).getVersion(), "no longer needed", actor)
                .orElseThrow();
        worker.drain(Duration.ofSeconds(20));

        assertThat(graph.tasksTitled(item.getNumber())).isEmpty();
        assertThat(graph.eventsOf(item.getNumber())).isEmpty();
        assertThat(state(item)).isEqualTo("SYNCED");
    }

    @Test
    void aTeamItemIsAssignedToTheMembersWithoutAnEvent() {
        Person sam = fixtures.person("Sam Member", unit);
        var team = fixtures.team("Cyber Team", unit, boss, alex, sam);
        ActionItem item = items.create(new org.excoord.actionitem.NewActionItem("Team work", null, null, null, null,
                team.getId(), null, null, null, null, DUE, null, null, 0), actor).orElseThrow();

        worker.drain(Duration.ofSeconds(20));

        assertThat(graph.tasksTitled(item.getNumber())).singleElement().satisfies(t -> assertThat(t.assignees)
                .containsExactlyInAnyOrder(alex.getEntraObjectId(), sam.getEntraObjectId()));
        assertThat(graph.eventsOf(item.getNumber())).isEmpty();
    }

    @Test
    void anItemOfAnUnlinkedUnitIsNotLinkedAndSendsNothing() {
        OrgUnit elsewhere = fixtures.unit("Unlinked Office", null);
        Person chief = fixtures.manager("Cy Chief", elsewhere);
        ActionItem item = create(fixtures.actor(chief), "Nowhere", chief, DUE);

        RoundResult round = worker.drain(Duration.ofSeconds(20));

        assertThat(round.subRequests()).isZero();
        assertThat(state(item)).isEqualTo("NOT_LINKED");
        // no mirror matched it: were it failed later, its failure line must say "never in Planner"
        assertThat(jdbc.queryForObject("select synced_at from graph_item_sync where item_id = ?", java.sql.Timestamp.class,
                item.getId())).isNull();
    }

    @Test
    void aFullPlanFailsTheItemWithAReasonAndIsNotRetried() {
        graph.inject(r -> r instanceof GraphRequest.CreateTask, 100,
                FakeGraph.status(403, "MaximumTasksInProject", null));
        ActionItem item = create(actor, "No room", alex, DUE);

        RoundResult first = worker.drain(Duration.ofSeconds(20));
        RoundResult again = worker.runOnce();

        assertThat(first.failed()).isEqualTo(1);
        assertThat(again.claimed()).as("no retry loop").isZero();
        assertThat(graph.calls("CreateTask")).isEqualTo(1);
        assertThat(state(item)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select failure_reason from graph_item_sync where item_id = ?", String.class,
                item.getId())).contains("the plan is full");
        assertThat(worker.counts().failed()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aRefusedEventFailsTheItemButKeepsTheTaskItMade() {
        graph.inject(r -> r instanceof GraphRequest.CreateEvent, 100,
                FakeGraph.status(403, "MailboxNotEnabledForRESTAPI", null));
        ActionItem item = create(actor, "No mailbox", alex, DUE);

        worker.drain(Duration.ofSeconds(20));

        assertThat(state(item)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select failure_reason from graph_item_sync where item_id = ?", String.class,
                item.getId())).contains("no Exchange Online mailbox");
        assertThat(jdbc.queryForObject("select task_id from graph_item_sync where item_id = ?", String.class,
                item.getId())).isEqualTo(graph.tasksTitled(item.getNumber()).get(0).id);
    }

    @Test
    void onlyTheThrottledSubRequestsAreSentAgain() {
        ActionItem item = create(actor, "Throttle me", alex, DUE);
        graph.inject(r -> r instanceof GraphRequest.CreateEvent, 1,
                FakeGraph.status(429, "TooManyRequests", Duration.ofMillis(200)));

        RoundResult round = worker.drain(Duration.ofSeconds(20));

        assertThat(graph.calls("CreateTask")).isEqualTo(1);
        assertThat(graph.calls("CreateEvent")).isEqualTo(2);
        assertThat(round.subRequests()).isEqualTo(5);
        assertThat(graph.eventsOf(item.getNumber())).hasSize(1);
        assertThat(state(item)).isEqualTo("SYNCED");
    }

    @Test
    void aStaleEtagIsReadAgainAndTheChangeReapplied() {
        ActionItem item = create(actor, "Contended", alex, DUE);
        worker.drain(Duration.ofSeconds(20));
        // the etag as a back-sync poll stores it; then someone else changes the task
        jdbc.update("update graph_item_sync set task_etag = ? where item_id = ?",
                graph.tasksTitled(item.getNumber()).get(0).etag(), item.getId());
        graph.touch(graph.tasksTitled(item.getNumber()).get(0).id, 50);

        items.changeDueDate(item.getId(), DUE.plusDays(2), reload(item).getVersion(), actor).orElseThrow();
        worker.drain(Duration.ofSeconds(20));

        assertThat(graph.calls("UpdateTask")).isEqualTo(2);
        assertThat(graph.tasksTitled(item.getNumber()).get(0).due).isEqualTo(DUE.plusDays(2));
        assertThat(state(item)).isEqualTo("SYNCED");
    }

    @Test
    void aTaskDeletedInPlannerIsCreatedAgain() {
        ActionItem item = create(actor, "Deleted elsewhere", alex, DUE);
        worker.drain(Duration.ofSeconds(20));
        graph.deleteTask(graph.tasksTitled(item.getNumber()).get(0).id);

        items.changeDueDate(item.getId(), DUE.plusDays(1), reload(item).getVersion(), actor).orElseThrow();
        worker.drain(Duration.ofSeconds(20));

        assertThat(graph.tasksTitled(item.getNumber())).singleElement()
                .satisfies(t -> assertThat(t.due).isEqualTo(DUE.plusDays(1)));
    }

    @Test
    void aServerErrorBacksOffAndTriesAgainLater() {
        graph.inject(r -> r instanceof GraphRequest.CreateTask, 1, FakeGraph.status(500, "generalException", null));
        ActionItem item = create(actor, "Flaky", alex, DUE);

        RoundResult first = worker.runOnce();

        assertThat(first.retrying()).isEqualTo(1);
        assertThat(state(item)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select attempts from graph_item_sync where item_id = ?", Integer.class,
                item.getId())).isEqualTo(1);
        jdbc.update("update graph_item_sync set ready_at = now() where item_id = ?", item.getId());
        worker.drain(Duration.ofSeconds(20));
        assertThat(graph.tasksTitled(item.getNumber())).hasSize(1);
        assertThat(graph.eventsOf(item.getNumber())).hasSize(1);
        assertThat(state(item)).isEqualTo("SYNCED");
        assertThat(Set.of(graph.calls("CreateTask"))).containsExactly(2);
    }
}
