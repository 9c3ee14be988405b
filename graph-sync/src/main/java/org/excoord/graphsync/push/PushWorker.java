package org.excoord.graphsync.push;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.excoord.graphsync.GraphSyncProperties;
import org.excoord.graphsync.graph.GraphGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes marked items to Planner and Outlook. A round claims up to {@code itemsPerRound} ready rows with a lease
 * (FOR UPDATE SKIP LOCKED, so replicas share the rows without doubles), reads the items' current state, sends what
 * differs from what was last pushed in batched phases, then records the sequence it read at claim. Any number of
 * workers (ids must differ) may run on one database; {@link PushScheduler} runs the application's one in a loop.
 */
public class PushWorker {

    private static final Logger log = LoggerFactory.getLogger(PushWorker.class);

    /** Transient failures in a row before an item is FAILED with the last reason. */
    static final int MAX_ATTEMPTS = 8;
    /** Retry-After up to this long is waited for within the round; longer ones give the row back. */
    static final Duration MAX_INLINE_WAIT = Duration.ofSeconds(10);

    private final String workerId;
    private final GraphGateway gateway;
    private final SyncRows rows;
    private final MirrorTargets targets;
    private final PlannerBuckets buckets;
    private final GraphSyncProperties properties;

    PushWorker(String workerId, GraphGateway gateway, SyncRows rows, MirrorTargets targets, PlannerBuckets buckets,
            GraphSyncProperties properties) {
        this.workerId = workerId;
        this.gateway = gateway;
        this.rows = rows;
        this.targets = targets;
        this.buckets = buckets;
        this.properties = properties;
    }

    public String workerId() {
        return workerId;
    }

    /**
     * Ready items that fill a round's batches: a new item's task and event creates, details read and description
     * write are four requests, so twenty items make full batches of twenty in every phase.
     */
    static final int FULL_ROUND = 20;

    /**
     * What the scheduler runs: a round once enough items are ready to fill its batches, or once the oldest ready one
     * has waited another debounce — a trickle of changes is sent in fuller batches, at most one debounce later.
     */
    public RoundResult runWhenWorthIt() {
        SyncRows.Backlog backlog = rows.backlog(FULL_ROUND);
        if (backlog.ready() == 0
                || backlog.ready() < FULL_ROUND && backlog.waited().compareTo(properties.debounce()) < 0) {
            return RoundResult.NOTHING;
        }
        return runOnce();
    }

    /** Runs one round synchronously: claims what is ready now and pushes it. */
    public RoundResult runOnce() {
        List<ItemSyncRow> claimed = rows.claim(workerId, properties.itemsPerRound(), properties.lease());
        if (claimed.isEmpty()) {
            return RoundResult.NOTHING;
        }
        Map<Long, Desired> desired = targets.of(claimed.stream().map(r -> r.itemId).toList());
        List<ItemPush> pushes = new ArrayList<>(claimed.size());
        for (ItemSyncRow row : claimed) {
            pushes.add(new ItemPush(row, desired.get(row.itemId)));
        }
        PushRound round = new PushRound(workerId, gateway, rows, buckets, MAX_INLINE_WAIT, properties.lease());
        round.run(pushes);
        int synced = 0;
        int failed = 0;
        int retrying = 0;
        for (ItemPush push : pushes) {
            switch (push.end()) {
                case SETTLED -> {
                    rows.finish(workerId, push.row, push.desired.outcome(), null, null);
                    synced++;
                }
                case FAILED -> {
                    log.warn("Item {} failed to sync: {} ({})", push.desired.number(), push.failureReason(),
                            push.failureCode());
                    rows.finish(workerId, push.row, "FAILED", push.failureCode(), push.failureReason());
                    failed++;
                }
                case BACK_OFF -> {
                    rows.backOff(workerId, push.row, backoff(push.row.attempts), MAX_ATTEMPTS, push.failureCode(),
                            push.failureReason());
                    retrying++;
                }
                case DEFERRED -> {
                    rows.release(workerId, push.row, push.deferFor());
                    retrying++;
                }
            }
        }
        return new RoundResult(claimed.size(), synced, failed, retrying, round.batches(), round.subRequests(),
                round.planReads());
    }

    /**
     * Runs rounds until no change waits or {@code timeout} passed, waiting for debounces and backoffs that are due
     * within it; returns the sum of the rounds.
     */
    public RoundResult drain(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        RoundResult total = RoundResult.NOTHING;
        while (Instant.now().isBefore(deadline)) {
            RoundResult round = runOnce();
            total = total.plus(round);
            if (round.claimed() == 0) {
                if (rows.counts().pending() == 0) {
                    return total;
                }
                pause(Duration.ofMillis(50));
            }
        }
        return total;
    }

    /** How many items are pending, synced, failed, not linked or have nothing to mirror (all workers). */
    public SyncCounts counts() {
        return rows.counts();
    }

    /** Exponential from 2 s, capped at 10 min, with full jitter on the upper half (replicas do not retry in step). */
    static Duration backoff(int attempts) {
        long base = Math.min(600_000L, 2_000L << Math.min(attempts, 20));
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while draining", e);
        }
    }
}
