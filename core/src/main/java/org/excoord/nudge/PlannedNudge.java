package org.excoord.nudge;

import java.time.LocalDate;
import java.util.List;

/**
 * One message a sweep at some moment would send. Planning decides who, what and why; the card is drawn when it is
 * sent, from the records as they are then.
 *
 * @param personId    whom it concerns (the key of the nudge log); for a delegated message, the delegator
 * @param recipientId who gets it: the person, or their active delegate
 * @param kind        what it is
 * @param subjectId   the item, correspondence or first notification it is about; 0 for digests
 * @param day         the person's local day it belongs to (for an escalation, the day its step was reached)
 * @param reason      why, in plain words, for the admin preview ("3 overdue, 1 due today")
 * @param itemIds     the records it lists, in the card's order (items; correspondence ids for the secretariat and
 *                    correspondence kinds; notification ids for NOTIFICATION); at most {@link #MAX_LINES}
 * @param total       how many records it is about in all (the card says "and N more" beyond {@code itemIds})
 * @param level       for an escalation, the step (1 = the item's unit's manager, 2 = one level up, …); else 0
 */
public record PlannedNudge(Long personId, Long recipientId, NudgeKind kind, long subjectId, LocalDate day,
        String reason, List<Long> itemIds, int total, int level) {

    /** A digest lists at most this many lines; the rest are counted. */
    public static final int MAX_LINES = 20;

    public PlannedNudge {
        itemIds = List.copyOf(itemIds);
    }

    public boolean delegated() {
        return !personId.equals(recipientId);
    }
}
