package org.excoord.cards;

import java.time.Instant;

/**
 * One action item whose Planner sync failed, as the admin's failure list shows it.
 *
 * @param reason   what a person can act on ("the plan is full"); may be null
 * @param attempts how often the push was tried
 * @param syncedAt when the mirror last matched the item; null when it never did
 */
public record SyncFailureLine(long itemId, String number, String reason, int attempts, Instant syncedAt) {
}
