package org.excoord.nudge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a sweep at a moment would send, to whom and why: every digest, immediate nudge, escalation and secretariat
 * digest whose time has come at {@code at} in each person's time zone (working days, federal holidays skipped,
 * quiet hours kept), minus what the nudge log already holds for that person, kind, subject and day; snoozed and
 * muted items left out; delegated people's messages addressed to their delegate. One set-based pass: a handful of
 * statements for everyone, not one per person. Notifications are planned by {@link Notifications}.
 */
public interface NudgePlanner {

    List<PlannedNudge> plan(Instant at);

    /**
     * One person's digest as it would be drawn at {@code at} whether or not it is due or already sent: the digest
     * card's refresh redraws itself from this after a line was acted on. Empty when nothing is due, soon or overdue.
     */
    Optional<PlannedNudge> digestOf(Long personId, Instant at);

    /**
     * A manager's team digest as it would be drawn at {@code at}, due or not, sent or not: its refresh and its Nudge
     * and Reassign buttons redraw it from this. Empty when nothing of the team is overdue or due this week, or they
     * manage no unit.
     */
    Optional<PlannedNudge> teamDigestOf(Long managerId, Instant at);
}
