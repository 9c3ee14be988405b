package org.excoord.graphsync.emulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the emulator received. {@code total} counts every HTTP request (token requests included, faulted ones
 * too); {@code graph} the HTTP requests to {@code /v1.0} (a $batch counts once); {@code subRequests} the
 * sub-requests inside batches; {@code byKind} keys like {@code "POST /$batch"}, {@code "PATCH /planner/tasks/{id}"},
 * {@code "sub PATCH /planner/tasks/{id}"}, {@code "POST /{tenant}/oauth2/v2.0/token"}.
 */
public final class RequestCounts {

    private final AtomicLong total = new AtomicLong();
    private final AtomicLong graph = new AtomicLong();
    private final AtomicLong subRequests = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();
    private final Map<String, AtomicLong> byKind = new ConcurrentHashMap<>();

    void request(String kind, boolean isToken) {
        total.incrementAndGet();
        (isToken ? tokens : graph).incrementAndGet();
        byKind.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    void subRequest(String kind) {
        subRequests.incrementAndGet();
        byKind.computeIfAbsent("sub " + kind, k -> new AtomicLong()).incrementAndGet();
    }

    public long total() {
        return total.get();
    }

    /** HTTP requests to Graph ($batch envelopes count once), token requests apart. */
    public long graph() {
        return graph.get();
    }

    public long subRequests() {
        return subRequests.get();
    }

    public long tokenRequests() {
        return tokens.get();
    }

    public long of(String kind) {
        AtomicLong n = byKind.get(kind);
        return n == null ? 0 : n.get();
    }

    public Map<String, Long> byKind() {
        Map<String, Long> copy = new TreeMap<>();
        byKind.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    void reset() {
        total.set(0);
        graph.set(0);
        subRequests.set(0);
        tokens.set(0);
        byKind.clear();
    }

    @Override
    public String toString() {
        return "total=" + total() + " graph=" + graph() + " sub=" + subRequests() + " tokens=" + tokenRequests() + " "
                + byKind();
    }
}
