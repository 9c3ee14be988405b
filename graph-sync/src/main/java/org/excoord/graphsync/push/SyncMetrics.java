package org.excoord.graphsync.push;

/** How many items the mirror holds per state, across all workers (for health pages, tests and the benchmark). */
public class SyncMetrics {

    private final SyncRows rows;

    SyncMetrics(SyncRows rows) {
        this.rows = rows;
    }

    public SyncCounts counts() {
        return rows.counts();
    }
}
