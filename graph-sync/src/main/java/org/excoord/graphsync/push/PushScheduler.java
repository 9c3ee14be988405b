package org.excoord.graphsync.push;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Runs the application's {@link PushWorker} on its own scheduler thread with a fixed delay: rounds back to back while
 * they find work, then an idle poll. Stopping waits for the round in flight (its rows would otherwise stay leased
 * until the lease ends), so a shutdown is clean.
 */
public class PushScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PushScheduler.class);

    private final PushWorker worker;
    private final Duration idlePoll;
    private ThreadPoolTaskScheduler scheduler;
    private ScheduledFuture<?> loop;
    private volatile boolean running;

    PushScheduler(PushWorker worker, Duration idlePoll) {
        this.worker = worker;
        this.idlePoll = idlePoll;
    }

    @Override
    public synchronized void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("graph-push-");
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(30);
        scheduler.initialize();
        running = true;
        loop = scheduler.scheduleWithFixedDelay(this::tick, idlePoll);
        log.info("Planner/Outlook push worker {} started (idle poll {} ms)", worker.workerId(), idlePoll.toMillis());
    }

    private void tick() {
        try {
            RoundResult round;
            do {
                round = worker.runWhenWorthIt();
            } while (running && round.claimed() > 0);
        } catch (RuntimeException e) {
            // the next tick tries again; the rows of a broken round come back when their lease ends
            log.error("Planner/Outlook push round failed", e);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (loop != null) {
            loop.cancel(false);
        }
        if (scheduler != null) {
            scheduler.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
