package org.excoord.cards;

import java.time.Instant;

/**
 * One action item whose Planner sync failed, as the admin's failure list shows it.
 *
 * @param reason   what a person can act on ("the plan is full"); may be null
 * @param attempts how often the push was tried
 * @param failedAt when it last failed; may be null
 */
public record SyncFailureLine(long itemId, String number, String reason, int attempts, Instant failedAt) {
}
