package org.excoord.graphsync.status;

import java.time.Instant;

/**
 * How far an action item's Planner task and Outlook event are, as the item card and the REST item show it.
 *
 * @param reason   for FAILED: what a person can act on ("the plan is full (Planner allows 9,000 tasks)", "Alex
 *                 Wilber has no Planner licence"); null otherwise
 * @param taskUrl  "Open in Planner": the task in Planner on the web, null until the task exists
 * @param syncedAt when the mirror last matched the item
 */
public record ItemSyncStatus(Long itemId, String itemNumber, State state, String reason, String taskUrl,
        Instant syncedAt, int attempts) {

    public enum State {
        /** A change waits to be pushed (or is being pushed). */
        PENDING("Syncing to Planner"),
        /** The task and the event match the item. */
        SYNCED("In Planner"),
        /** It stopped: a person must act (reason); an admin retries after fixing the cause. */
        FAILED("Planner sync failed"),
        /** The item's org unit has no plan linked: nothing is mirrored. */
        NOT_LINKED("Not in Planner");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
