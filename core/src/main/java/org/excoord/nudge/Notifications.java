package org.excoord.nudge;

import java.time.Instant;
import java.util.List;

/**
 * Changes meant for someone, kept from the events of core in the transaction of the change (never for the person
 * who made it), and planned for telling: at once, or folded into one card when several arrive within
 * {@link NudgeRules#foldWindow()} of the last one told to that person; quiet hours held back.
 */
public interface Notifications {

    /** NOTIFICATION messages due at {@code at}: one per recipient, listing the notifications it folds. */
    List<PlannedNudge> plan(Instant at);

    /**
     * The notifications written so far in the current transaction (by the event listeners, for the change being made):
     * a card that changes state for someone else says who will be told.
     */
    List<Notification> writtenInThisTransaction();

    /** Marks the folded notifications as told by that log row (in the claim's transaction). */
    void told(List<Long> notificationIds, long logId);
}
