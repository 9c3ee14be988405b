package org.excoord.graphsync.push;

/**
 * How many items the mirror holds in each state.
 *
 * @param pending    a change waits to be pushed (or is being pushed, or backs off)
 * @param synced     the task and event match the item
 * @param failed     stopped until a person acts
 * @param notLinked  the item's org unit has no plan
 * @param none       nothing to mirror (no assignee)
 */
public record SyncCounts(long pending, long synced, long failed, long notLinked, long none) {
}
