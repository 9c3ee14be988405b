package org.excoord.graphsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.excoord.graphsync.emulator.Fault;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.excoord.graphsync.emulator.TaskSnapshot;
import org.junit.jupiter.api.Test;

/**
 * Several workers share one gateway against a throttling emulator: every 201 is one task, every 429 none, and
 * both sides count the same HTTP requests (the envelope retries included).
 */
class ConcurrentBatchTests {

    @Test
    void workersShareTheGatewayAndTheCountsAgree() throws Exception {
        try (GraphEmulator graph = new GraphEmulator().start().addGroup("g1");
                SdkGraphGateway gateway = GatewayFixture.gateway(graph, new GraphRetrySettings(8, Duration.ofMillis(5),
                        Duration.ofMillis(50), Duration.ofSeconds(10)))) {
            String plan = graph.addPlan("g1", "Unit A");
            // whole-request 429s scripted (two of the 20 batches: a rate could miss all 20 draws), sub-requests at 10 %
            graph.faults().seed(11).throttleSubRequests(0.1).retryAfter(Duration.ofSeconds(1))
                    .next(Fault.THROTTLED, Fault.NONE, Fault.THROTTLED);
            ExecutorService workers = Executors.newFixedThreadPool(4);
            List<Future<List<GraphResponse>>> runs = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int worker = w;
                runs.add(workers.submit(() -> {
                    List<GraphResponse> answers = new ArrayList<>();
                    for (int b = 0; b < 5; b++) {
                        List<GraphRequest> batch = new ArrayList<>();
                        for (int i = 0; i < 20; i++) {
                            batch.add(new GraphRequest.CreateTask(plan, new GraphRequest.TaskFields(
                                    "AI-%d-%d-%02d".formatted(worker, b, i), null, LocalDate.of(2026, 3, 2), null, 5, 0, Map.of())));
                        }
                        answers.addAll(gateway.batch(batch));
                    }
                    return answers;
                }));
            }
            List<GraphResponse> answers = new ArrayList<>();
            for (Future<List<GraphResponse>> run : runs) {
                answers.addAll(run.get(120, TimeUnit.SECONDS));
            }
            workers.shutdown();

            assertThat(answers).hasSize(400).allSatisfy(a -> assertThat(a.status()).isIn(201, 429));
            List<String> created = answers.stream().filter(GraphResponse::ok).map(a -> a.task().title()).toList();
            assertThat(graph.tasksOfPlan(plan)).extracting(TaskSnapshot::title).containsExactlyInAnyOrderElementsOf(created);
            assertThat(created).doesNotHaveDuplicates();
            assertThat(answers).filteredOn(GraphResponse::throttled).isNotEmpty();
            assertThat(gateway.requestsSent()).as("20 batches, two of them sent again").isEqualTo(graph.counts().graph())
                    .isEqualTo(22);
        }
    }
}
