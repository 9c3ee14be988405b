package org.excoord.nudge;

import java.time.Instant;
import java.util.Optional;

/**
 * The claims that make each message go out once per person, kind, subject and day. A claim is a row written (or a
 * stale one taken over) in its own committed transaction before the send; its outcome is written right after.
 * Retries need no list of their own: the planner leaves out only final rows (SENT, UNREACHABLE, BLOCKED, EMAILED) and
 * live claims, so a crashed claim or a failed send whose retry time has come is planned again.
 */
public interface NudgeLog {

    /** A claimed message: the log row's id, the attempt it is. */
    record Claim(long id, PlannedNudge nudge, int attempt) {
    }

    enum Outcome { SENT, FAILED, UNREACHABLE, BLOCKED, EMAILED }

    /**
     * Claims the message for this sweep, or returns empty when it is SENT (or in any final state) or another worker's
     * claim is still live. A FAILED row whose retry time has come, or a CLAIMED one whose claim expired, is taken over.
     */
    Optional<Claim> claim(PlannedNudge nudge, long sweepId, Instant now);

    /** The outcome of a claimed send; {@code retryAt} for a FAILED one that may be tried again (null: give up). */
    void record(Claim claim, Outcome outcome, String conversationId, String activityId, String detail,
            Instant retryAt, Instant now);

    /** The last message of this kind sent to the person that day, to update it in place (a digest's refresh). */
    Optional<String> sentActivityOf(Long personId, NudgeKind kind, java.time.LocalDate day);
}
