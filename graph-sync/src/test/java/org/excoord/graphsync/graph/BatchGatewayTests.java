package org.excoord.graphsync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.excoord.graphsync.emulator.Fault;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.excoord.graphsync.graph.GraphRequest.CreateTask;
import org.excoord.graphsync.graph.GraphRequest.GetTask;
import org.excoord.graphsync.graph.GraphRequest.TaskFields;
import org.excoord.graphsync.graph.GraphRequest.UpdateTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * $batch through the real SDK: each sub-response read on its own and returned in the requests' order (the
 * emulator shuffles them), sub-request throttling handed back with its Retry-After, whole-request failures retried.
 */
class BatchGatewayTests {

    static final String GROUP = "11111111-0000-0000-0000-000000000001";

    GraphEmulator graph;
    SdkGraphGateway gateway;
    String planId;

    @BeforeEach
    void start() {
        graph = new GraphEmulator().start().addGroup(GROUP);
        gateway = GatewayFixture.gateway(graph);
        planId = graph.addPlan(GROUP, "Unit A");
    }

    @AfterEach
    void stop() {
        gateway.close();
        graph.close();
    }

    @Test
    void eachSubResponseHasItsOwnStatusInTheRequestsOrder() {
        String taskId = graph.addTask(planId, Map.of("title", "AI-1 · old"));
        List<GraphResponse> answers = gateway.batch(List.of(create("AI-2 · new"), new GetTask("no-such-task-00000000000000"),
                new UpdateTask(taskId, "W/\"stale\"", title("AI-1 · lost")), new GetTask(taskId)));

        assertThat(answers).extracting(GraphResponse::status).containsExactly(201, 404, 412, 200);
        assertThat(answers.get(0).task().title()).isEqualTo("AI-2 · new");
        assertThat(answers.get(3).task().id()).isEqualTo(taskId);
        assertThat(answers.get(1).ok()).isFalse();
        assertThat(graph.counts().of("POST /$batch")).isEqualTo(1);
        assertThat(graph.counts().subRequests()).isEqualTo(4);
    }

    @Test
    void throttledSubRequestsComeBackWithTheirRetryAfterAndAreNotRetriedInside() {
        graph.faults().retryAfter(Duration.ofSeconds(7)).nextSubRequests(Fault.NONE, Fault.THROTTLED, Fault.NONE, Fault.UNAVAILABLE);
        List<GraphResponse> answers = gateway.batch(List.of(create("AI-1"), create("AI-2"), create("AI-3"), create("AI-4")));

        assertThat(answers).extracting(GraphResponse::status).containsExactly(201, 429, 201, 503);
        assertThat(answers.get(1).throttled()).isTrue();
        assertThat(answers.get(1).retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(answers.get(3).retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(answers.get(1).errorCode()).isEqualTo("TooManyRequests");
        assertThat(graph.tasksOfPlan(planId)).extracting(t -> t.title()).containsExactlyInAnyOrder("AI-1", "AI-3");
        assertThat(gateway.requestsSent()).as("one batch, no retry of the envelope").isEqualTo(1);
    }

    @Test
    void aThrottledOrUnavailableEnvelopeIsRetriedAsAWholeWithFreshModels() {
        String taskId = graph.addTask(planId, Map.of("title", "AI-1 · old"));
        String etag = graph.task(taskId).orElseThrow().etag();
        // Retry-After 1 s (the fixture caps waits at 100 ms); with 0, OkHttp itself would resend a 503 once at once
        graph.faults().retryAfter(Duration.ofSeconds(1)).next(Fault.UNAVAILABLE, Fault.THROTTLED);

        List<GraphResponse> answers = gateway.batch(List.of(new UpdateTask(taskId, etag, title("AI-1 · new"))));

        assertThat(answers.get(0).status()).isEqualTo(200);
        // a model object already serialised once would go out as {} (STACK.md §3): the title proves it did not
        assertThat(graph.task(taskId).orElseThrow().title()).isEqualTo("AI-1 · new");
        assertThat(graph.counts().of("POST /$batch")).isEqualTo(3);
        assertThat(gateway.requestsSent()).isEqualTo(3);
    }

    @Test
    void aBatchWithoutCreatesIsSentAgainAfterADroppedConnectionAndASlowAnswer() {
        GraphRetrySettings shortTimeout = new GraphRetrySettings(4, Duration.ofMillis(10), Duration.ofMillis(100),
                Duration.ofMillis(700));
        try (SdkGraphGateway impatient = GatewayFixture.gateway(graph, shortTimeout)) {
            impatient.findOrCreatePlan(GROUP, "Unit A");
            String taskId = impatient.batch(List.of(create("AI-1"))).get(0).task().id();
            graph.resetCounts();
            graph.faults().slow(0, Duration.ofSeconds(2)).next(Fault.DROPPED, Fault.SLOW);
            List<GraphResponse> answers = impatient.batch(List.of(new GraphRequest.GetTask(taskId)));

            assertThat(answers.get(0).status()).isEqualTo(200);
            assertThat(graph.counts().of("POST /$batch")).isEqualTo(3);
        }
    }

    @Test
    void aBatchHoldingATaskCreateIsNotSentAgainAfterAFailureGraphMayHaveCarriedOut() {
        graph.resetCounts();
        graph.faults().next(Fault.DROPPED_AFTER_PROCESSING);

        assertThatThrownBy(() -> gateway.batch(List.of(create("AI-1"))))
                .isInstanceOfSatisfying(GraphFailure.class, f -> assertThat(f.status()).isZero());
        assertThat(graph.counts().of("POST /$batch")).as("not re-sent: Planner has no idempotency key").isEqualTo(1);
        assertThat(graph.tasksOfPlan(planId)).as("Graph made it; the push reconciles from the plan").hasSize(1);
    }

    @Test
    void afterTheLastAttemptTheFailureSaysWhat() {
        graph.faults().retryAfter(Duration.ofSeconds(1)).unavailable(1.0);
        assertThatThrownBy(() -> gateway.batch(List.of(create("AI-1"))))
                .isInstanceOfSatisfying(GraphFailure.class, f -> assertThat(f.status()).isEqualTo(503));
        assertThat(graph.counts().of("POST /$batch")).isEqualTo((long) GatewayFixture.FAST.maxAttempts());
        graph.faults().clear();
        assertThat(graph.tasksOfPlan(planId)).isEmpty();
    }

    @Test
    void twentyRequestsGoInOneBatchAndTheRequestCounterMatchesTheServers() {
        List<GraphRequest> twenty = new ArrayList<>();
        IntStream.range(0, GraphGateway.MAX_BATCH).forEach(i -> twenty.add(create("AI-" + i)));
        graph.resetCounts();

        List<GraphResponse> answers = gateway.batch(twenty);

        assertThat(answers).hasSize(20).allSatisfy(a -> assertThat(a.status()).isEqualTo(201));
        assertThat(answers).extracting(a -> a.task().title()).containsExactlyElementsOf(
                IntStream.range(0, 20).mapToObj(i -> "AI-" + i).toList());
        assertThat(graph.counts().graph()).isEqualTo(1);
        assertThat(graph.counts().subRequests()).isEqualTo(20);
        assertThat(gateway.requestsSent()).isEqualTo(1);
        twenty.add(create("AI-21"));
        assertThatThrownBy(() -> gateway.batch(twenty)).isInstanceOf(IllegalArgumentException.class);
        assertThat(gateway.batch(List.of())).isEmpty();
    }

    private CreateTask create(String title) {
        return new CreateTask(planId, new TaskFields(title, null, LocalDate.of(2026, 3, 2), null, 5, 0, Map.of()));
    }

    private static TaskFields title(String title) {
        return new TaskFields(title, null, null, null, null, null, null);
    }
}
