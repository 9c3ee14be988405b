package org.excoord.graphsync.push;

/**
 * What one round of a worker did.
 *
 * @param claimed     rows claimed
 * @param synced      rows that reached SYNCED, NOT_LINKED or NONE
 * @param failed      rows that became FAILED (a person must act)
 * @param retrying    rows that back off or were given back (throttled long, lease lost, out of phases)
 * @param batches     {@code $batch} requests sent
 * @param subRequests sub-requests in them (re-sent ones included)
 * @param planReads   plans read to reconcile creates whose answers were lost
 */
public record RoundResult(int claimed, int synced, int failed, int retrying, long batches, long subRequests,
        long planReads) {

    static final RoundResult NOTHING = new RoundResult(0, 0, 0, 0, 0, 0, 0);

    RoundResult plus(RoundResult other) {
        return new RoundResult(claimed + other.claimed, synced + other.synced, failed + other.failed,
                retrying + other.retrying, batches + other.batches, subRequests + other.subRequests,
                planReads + other.planReads);
    }
}
