package org.excoord.graphsync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.excoord.graphsync.emulator.TaskSnapshot;
import org.excoord.graphsync.graph.GraphRequest.CreateTask;
import org.excoord.graphsync.graph.GraphRequest.DeleteTask;
import org.excoord.graphsync.graph.GraphRequest.GetTask;
import org.excoord.graphsync.graph.GraphRequest.GetTaskDetails;
import org.excoord.graphsync.graph.GraphRequest.UpdateTask;
import org.excoord.graphsync.graph.GraphRequest.UpdateTaskDetails;
import org.excoord.graphsync.graph.GraphRequest.TaskFields;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real SDK gateway against the emulator: Planner plans, buckets, tasks and details with their etags. */
class PlannerGatewayTests {

    static final String GROUP = "11111111-0000-0000-0000-000000000001";
    static final String ALEX = "22222222-0000-0000-0000-000000000001";
    static final String SAM = "22222222-0000-0000-0000-000000000002";

    GraphEmulator graph;
    SdkGraphGateway gateway;

    @BeforeEach
    void start() {
        graph = new GraphEmulator().start().addGroup(GROUP).addUser(ALEX, true).addUser(SAM, true);
        gateway = GatewayFixture.gateway(graph);
    }

    @AfterEach
    void stop() {
        gateway.close();
        graph.close();
    }

    @Test
    void createsAPlanOnceAndATaskWithEveryMirroredField() {
        PlanState plan = gateway.findOrCreatePlan(GROUP, "Unit A");
        assertThat(gateway.findOrCreatePlan(GROUP, "Unit A")).isEqualTo(plan);
        PlanState.Bucket bucket = gateway.createBucket(plan.id(), "EA-2026-000007 · Budget");

        List<GraphResponse> answers = gateway.batch(List.of(new CreateTask(plan.id(), new TaskFields(
                "AI-2026-000123 · Reply", bucket.id(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 2, 20), 3, 50,
                Map.of(ALEX, true)))));

        assertThat(answers).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(201);
            assertThat(a.task().etag()).startsWith("W/\"");
            assertThat(a.task().due()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(a.task().assigneeIds()).containsExactly(ALEX);
        });
        TaskSnapshot task = graph.tasks().get(0);
        assertThat(task.title()).isEqualTo("AI-2026-000123 · Reply");
        assertThat(task.bucketId()).isEqualTo(bucket.id());
        assertThat(task.dueDateTime().toString()).isEqualTo("2026-03-02T12:00Z");
        assertThat(task.start()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(task.priority()).isEqualTo(3);
        assertThat(task.percentComplete()).isEqualTo(50);
        assertThat(task.assigneeIds()).containsExactly(ALEX);
        assertThat(graph.plans(GROUP)).hasSize(1);
        assertThat(graph.counts().tokenRequests()).as("the token is reused").isEqualTo(1);
        assertThat(graph.unknownRequests()).isEmpty();
    }

    @Test
    void updatesWithTheEtagGetsTheNewOneBackAndAStaleEtagIs412() {
        PlannerTaskState created = create("AI-1 · first", Map.of(ALEX, true));

        GraphResponse updated = one(new UpdateTask(created.id(), created.etag(),
                new TaskFields("AI-1 · renamed", null, LocalDate.of(2026, 4, 1), null, null, 100, Map.of(ALEX, false, SAM, true))));

        assertThat(updated.status()).as("Prefer: return=representation").isEqualTo(200);
        assertThat(updated.task().etag()).isNotEqualTo(created.etag()).isEqualTo(graph.tasks().get(0).etag());
        assertThat(updated.task().assigneeIds()).containsExactly(SAM);
        assertThat(updated.task().percentComplete()).isEqualTo(100);
        assertThat(graph.tasks().get(0).completedBy()).as("the app completed it").isEqualTo("app:" + graph.clientId());
        assertThat(updated.task().completedBy()).as("not a person").isNull();

        GraphResponse stale = one(new UpdateTask(created.id(), created.etag(), fields("AI-1 · lost")));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(graph.tasks().get(0).title()).isEqualTo("AI-1 · renamed");

        GraphResponse deletedStale = one(new DeleteTask(created.id(), created.etag()));
        assertThat(deletedStale.status()).isEqualTo(412);
        GraphResponse deleted = one(new DeleteTask(created.id(), updated.task().etag()));
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(graph.tasks()).isEmpty();
        assertThat(one(new GetTask(created.id())).status()).isEqualTo(404);
    }

    @Test
    void detailsHaveTheirOwnEtagAndChangingThemMovesTheTasksEtag() {
        PlannerTaskState created = create("AI-2 · details", Map.of());
        GraphResponse details = one(new GetTaskDetails(created.id()));
        assertThat(details.details().etag()).isNotEqualTo(created.etag());

        GraphResponse withTaskEtag = one(new UpdateTaskDetails(created.id(), created.etag(), "wrong etag"));
        assertThat(withTaskEtag.status()).as("the task's etag on the details (PROTOCOL §9.1)").isEqualTo(412);

        GraphResponse changed = one(new UpdateTaskDetails(created.id(), details.details().etag(), "Reply to the Minister"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.details().description()).isEqualTo("Reply to the Minister");
        assertThat(changed.details().etag()).isNotEqualTo(details.details().etag());
        assertThat(graph.tasks().get(0).description()).isEqualTo("Reply to the Minister");

        GraphResponse task = one(new GetTask(created.id()));
        assertThat(task.task().etag()).as("hasDescription changed with it").isNotEqualTo(created.etag());
        assertThat(one(new UpdateTask(created.id(), created.etag(), fields("AI-2 · x"))).status()).isEqualTo(412);
        assertThat(one(new UpdateTask(created.id(), task.task().etag(), fields("AI-2 · x"))).status()).isEqualTo(200);
    }

    @Test
    void pagesThroughAPlanFollowingTheNextLink() {
        PlanState plan = gateway.findOrCreatePlan(GROUP, "Big unit");
        IntStream.range(0, 250).forEach(i -> graph.addTask(plan.id(), Map.of("title", "AI-2026-%06d · t".formatted(i))));
        String edited = graph.tasksOfPlan(plan.id()).get(7).id();
        graph.editTaskAsUser(edited, ALEX, Map.of("percentComplete", 100));
        graph.resetCounts();

        List<PlannerTaskState> tasks = gateway.planTasks(plan.id());

        assertThat(tasks).hasSize(250).extracting(PlannerTaskState::title).doesNotHaveDuplicates()
                .contains("AI-2026-000000 · t", "AI-2026-000249 · t");
        assertThat(graph.counts().of("GET /planner/plans/{id}/tasks")).as("pages of 100").isEqualTo(3);
        assertThat(tasks).filteredOn(t -> t.id().equals(edited)).singleElement()
                .satisfies(t -> assertThat(t.completedBy()).isEqualTo(ALEX));
        assertThat(gateway.requestsSent()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void plannerLimitsAnswer403WithTheirCodes() {
        graph.maxTasksPerPlan(1).maxBucketsPerPlan(1);
        PlanState plan = gateway.findOrCreatePlan(GROUP, "Small unit");
        Map<String, Boolean> crowd = new HashMap<>();
        IntStream.range(0, 21).forEach(i -> crowd.put("33333333-0000-0000-0000-%012d".formatted(i), true));

        GraphResponse tooMany = one(new CreateTask(plan.id(), new TaskFields("AI-3", null, null, null, null, null, crowd)));
        assertThat(tooMany.status()).isEqualTo(403);
        assertThat(tooMany.errorCode()).isEqualTo("MaximumAssigneesInTasks");

        graph.addUser("44444444-0000-0000-0000-000000000001", false);
        GraphResponse unlicensed = one(new CreateTask(plan.id(), new TaskFields("AI-3", null, null, null, null, null,
                Map.of("44444444-0000-0000-0000-000000000001", true))));
        assertThat(unlicensed.status()).isEqualTo(403);
        assertThat(unlicensed.errorCode()).isEqualTo(GraphEmulator.NO_LICENCE_CODE);

        assertThat(one(new CreateTask(plan.id(), fields("AI-4"))).status()).isEqualTo(201);
        GraphResponse full = one(new CreateTask(plan.id(), fields("AI-5")));
        assertThat(full.status()).isEqualTo(403);
        assertThat(full.errorCode()).isEqualTo("MaximumTasksInProject");

        gateway.createBucket(plan.id(), "General");
        assertThat(gateway.createBucket(plan.id(), "General").name()).as("found, not created again").isEqualTo("General");
        assertThatThrownBy(() -> gateway.createBucket(plan.id(), "EA-1"))
                .isInstanceOfSatisfying(GraphFailure.class, f -> {
                    assertThat(f.status()).isEqualTo(403);
                    assertThat(f.errorCode()).isEqualTo("MaximumBucketsInProject");
                });
        assertThat(gateway.buckets(plan.id())).extracting(PlanState.Bucket::name).containsExactly("General");
    }

    @Test
    void unknownIdsAre404() {
        assertThat(one(new GetTask("no-such-task-000000000000000")).status()).isEqualTo(404);
        assertThatThrownBy(() -> gateway.planTasks("no-such-plan-000000000000000"))
                .isInstanceOfSatisfying(GraphFailure.class, f -> assertThat(f.status()).isEqualTo(404));
        assertThatThrownBy(() -> gateway.findOrCreatePlan("99999999-0000-0000-0000-000000000000", "x"))
                .isInstanceOfSatisfying(GraphFailure.class, f -> assertThat(f.status()).isEqualTo(404));
    }

    private PlannerTaskState create(String title, Map<String, Boolean> assignees) {
        PlanState plan = gateway.findOrCreatePlan(GROUP, "Unit A");
        GraphResponse created = one(new CreateTask(plan.id(), new TaskFields(title, null, LocalDate.of(2026, 3, 2), null, 5, 0,
                assignees)));
        assertThat(created.status()).isEqualTo(201);
        return created.task();
    }

    private GraphResponse one(GraphRequest request) {
        List<GraphResponse> answers = gateway.batch(List.of(request));
        assertThat(answers).hasSize(1);
        return answers.get(0);
    }

    private static TaskFields fields(String title) {
        return new TaskFields(title, null, null, null, null, null, null);
    }
}
