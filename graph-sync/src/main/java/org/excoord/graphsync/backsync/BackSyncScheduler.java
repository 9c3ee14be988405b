package org.excoord.graphsync.backsync;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.excoord.graphsync.GraphSyncProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs {@link BackSync#pollDue()} every {@code excoord.graph.poll-interval} (default 60 s) on one thread of its
 * own, with a fixed delay so that a slow poll is never overlapped by the next on the same replica (other replicas
 * are kept off by the plans' leases). Only when graph-sync is on, and unless
 * {@code excoord.graph.back-sync.scheduled=false} (tests and the benchmark call {@link BackSync#pollOnce} themselves,
 * as {@code excoord.graph.push.scheduled} does for the push). Its own executor rather than {@code @Scheduled}:
 * the app enables no scheduling, and a Duration property needs no expression.
 */
@Component
@ConditionalOnExpression("${excoord.graph.enabled:false} and ${excoord.graph.back-sync.scheduled:true}")
class BackSyncScheduler implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(BackSyncScheduler.class);

    private final BackSync backSync;
    private final GraphSyncProperties properties;
    private ScheduledExecutorService executor;

    BackSyncScheduler(BackSync backSync, GraphSyncProperties properties) {
        this.backSync = backSync;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "excoord-back-sync");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(1, properties.pollInterval().toMillis());
        executor.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info("Back-sync polls linked plans every {}", properties.pollInterval());
    }

    /** A failed round must not end the schedule (an exception would cancel it): the next round tries again. */
    void tick() {
        try {
            backSync.pollDue();
        } catch (RuntimeException e) {
            LOG.warn("Back-sync round failed, next round in {}: {}", properties.pollInterval(), e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
