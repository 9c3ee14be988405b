package org.excoord.graphsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.excoord.graphsync.emulator.TaskSnapshot;
import org.excoord.graphsync.graph.GraphRequest.CreateTask;
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
}
