package org.excoord.graphsync.outofoffice;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link OutOfOfficeRefresher#runOnce()} every {@code excoord.graph.out-of-office-interval} (30 min), first
 * {@code excoord.graph.out-of-office.initial-delay} (1 min) after start-up, on one replica at a time: ShedLock's row
 * in {@code shedlock} is taken for the round (and at least a minute, so that a replica whose clock is a little behind
 * does not start the same round again right after); a round that dies holds it 20 minutes at most.
 */
class OutOfOfficeSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(OutOfOfficeSchedule.class);

    private final OutOfOfficeRefresher refresher;

    OutOfOfficeSchedule(OutOfOfficeRefresher refresher) {
        this.refresher = refresher;
    }

    @Scheduled(fixedDelayString = "${excoord.graph.out-of-office-interval:30m}",
            initialDelayString = "${excoord.graph.out-of-office.initial-delay:1m}")
    @SchedulerLock(name = "graph-out-of-office", lockAtMostFor = "PT20M", lockAtLeastFor = "PT1M")
    public void refresh() {
        // an exception would only be logged by the scheduler; say what failed, and the next round tries again
        try {
            refresher.runOnce();
        } catch (RuntimeException e) {
            LOG.warn("Out-of-office round failed, the next one tries again: {}", e.toString());
        }
    }
}
