package org.excoord.graphsync.emulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Fault injection, thread-safe and seedable. Rates apply to every Graph request (token requests apart) or
 * sub-request independently; scripted faults ({@link #next}, {@link #nextSubRequests}, {@link #staleEtagOnce})
 * are used first, in order, which is what a deterministic test wants. Faults never change state, except
 * {@link Fault#DROPPED_AFTER_PROCESSING}, which is the point of it.
 */
public final class Faults {

    private Random random = new Random(42);
    private double throttle;
    private double subThrottle;
    private double unavailable;
    private double subUnavailable;
    private double drop;
    private double slow;
    private double staleEtag;
    private Duration retryAfter = Duration.ofSeconds(1);
    private Duration delay = Duration.ofSeconds(2);
    private final Deque<Fault> nextRequests = new ArrayDeque<>();
    private final Deque<Fault> nextSubRequests = new ArrayDeque<>();
    private final Set<String> staleOnce = new HashSet<>();

    /** Makes the random faults reproducible. */
    public synchronized Faults seed(long seed) {
        random = new Random(seed);
        return this;
    }

    /** This fraction of whole requests ($batch envelopes included) is answered 429. */
    public synchronized Faults throttle(double rate) {
        throttle = rate;
        return this;
    }

    /** This fraction of $batch sub-requests is answered 429 (the envelope stays 200). */
    public synchronized Faults throttleSubRequests(double rate) {
        subThrottle = rate;
        return this;
    }

    public synchronized Faults unavailable(double rate) {
        unavailable = rate;
        return this;
    }

    public synchronized Faults unavailableSubRequests(double rate) {
        subUnavailable = rate;
        return this;
    }

    /** This fraction of whole requests is dropped (connection closed, no answer, nothing done). */
    public synchronized Faults drop(double rate) {
        drop = rate;
        return this;
    }

    /** This fraction of whole requests is answered after {@code delay}. */
    public synchronized Faults slow(double rate, Duration delay) {
        slow = rate;
        this.delay = delay;
        return this;
    }

    /** This fraction of requests and sub-requests that carry If-Match is answered 412. */
    public synchronized Faults staleEtags(double rate) {
        staleEtag = rate;
        return this;
    }

    /** The Retry-After of 429 and 503 answers (whole seconds on the wire; at least 0). */
    public synchronized Faults retryAfter(Duration retryAfter) {
        this.retryAfter = retryAfter;
        return this;
    }

    /** The next whole Graph requests (not token requests) meet these faults, one each, in order. */
    public synchronized Faults next(Fault... faults) {
        nextRequests.addAll(java.util.List.of(faults));
        return this;
    }

    /** The next sub-requests (in the order the emulator runs them) meet these faults, one each. */
    public synchronized Faults nextSubRequests(Fault... faults) {
        nextSubRequests.addAll(java.util.List.of(faults));
        return this;
    }

    /** The next request with If-Match on this task (or its details) is answered 412, once. */
    public synchronized Faults staleEtagOnce(String taskId) {
        staleOnce.add(taskId);
        return this;
    }

    /** No faults any more (the seed stays). */
    public synchronized Faults clear() {
        throttle = subThrottle = unavailable = subUnavailable = drop = slow = staleEtag = 0;
        nextRequests.clear();
        nextSubRequests.clear();
        staleOnce.clear();
        return this;
    }

    public synchronized Duration retryAfter() {
        return retryAfter;
    }

    public synchronized Duration delay() {
        return delay;
    }

    /** The fault for a whole request, or null. */
    synchronized Fault forRequest(boolean hasIfMatch) {
        if (!nextRequests.isEmpty()) {
            Fault next = nextRequests.poll();
            return next == Fault.NONE ? null : next;
        }
        if (hit(drop)) {
            return Fault.DROPPED;
        }
        if (hit(throttle)) {
            return Fault.THROTTLED;
        }
        if (hit(unavailable)) {
            return Fault.UNAVAILABLE;
        }
        if (hit(slow)) {
            return Fault.SLOW;
        }
        return hasIfMatch && hit(staleEtag) ? Fault.STALE_ETAG : null;
    }

    /** The fault for a sub-request, or null. */
    synchronized Fault forSubRequest(boolean hasIfMatch) {
        if (!nextSubRequests.isEmpty()) {
            Fault next = nextSubRequests.poll();
            return next == Fault.NONE ? null : next;
        }
        if (hit(subThrottle)) {
            return Fault.THROTTLED;
        }
        if (hit(subUnavailable)) {
            return Fault.UNAVAILABLE;
        }
        return hasIfMatch && hit(staleEtag) ? Fault.STALE_ETAG : null;
    }

    /** True (once) when the task was marked with {@link #staleEtagOnce}. */
    synchronized boolean takeStaleOnce(String taskId) {
        return staleOnce.remove(taskId);
    }

    private boolean hit(double rate) {
        return rate > 0 && random.nextDouble() < rate;
    }
}
