package org.excoord.graphsync.push;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.excoord.graphsync.Cloud;
import org.excoord.graphsync.GraphSyncProperties;
import org.excoord.graphsync.graph.GraphGateway;
import org.excoord.graphsync.graph.GraphResponse;
import org.excoord.graphsync.graph.GraphRetrySettings;
import org.excoord.graphsync.graph.SdkGraphGateway;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A push worker in a JVM of its own that {@link KilledWorkerTests} kills with SIGKILL: either this process kills
 * itself right after Graph answered its {@code -Dkill.after.batch}-th batch (Graph has done the work, excoord has not
 * recorded it), or the test kills it from the emulator while a batch is being applied. Nothing of it runs after the
 * signal: no finally block, no shutdown hook, no commit. Exits 0 only if it pushed everything without being killed.
 */
public final class KilledWorkerMain {

    private KilledWorkerMain() {
    }

    public static void main(String[] args) {
        int killAfterBatch = Integer.getInteger("kill.after.batch", 0);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(org.excoord.graphsync.GraphSyncTestApplication.class,
                org.excoord.graphsync.TestClockConfiguration.class)
                .web(WebApplicationType.NONE).run(args)) {
            GraphSyncProperties properties = context.getBean(GraphSyncProperties.class);
            SdkGraphGateway real = SdkGraphGateway.create(properties, Cloud.WORLDWIDE,
                    new GraphRetrySettings(3, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(10)));
            AtomicInteger batches = new AtomicInteger();
            GraphGateway gateway = new GraphGatewayWrapper(real, (requests, send) -> {
                List<GraphResponse> answered = send.apply(requests);
                if (batches.incrementAndGet() == killAfterBatch) {
                    killMyself();
                }
                return answered;
            });
            context.getBean(PushWorkers.class).create("doomed-" + ProcessHandle.current().pid(), gateway)
                    .drain(Duration.ofMinutes(2));
        }
    }

    /** Sends SIGKILL to this very process (what {@code kill -9} does), then waits for it to land. */
    static void killMyself() {
        try {
            new ProcessBuilder("kill", "-KILL", String.valueOf(ProcessHandle.current().pid())).start();
        } catch (IOException e) {
            Runtime.getRuntime().halt(137);
        }
        while (!Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
    }
}
