package org.excoord.bot.nudges;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * Delivers a card to a person's 1:1 chat with the bot, paced under Teams' limits (per conversation 7/1 s, 8/2 s,
 * 60/30 s, 1,800/h; per app per tenant 30/s) and retried with jittered back-off on 429, 412, 502, 504. Never throws
 * for one person's failure: the sweep goes on for the others.
 */
public interface Delivery {

    enum Result {
        /** Teams took it. */
        SENT,
        /** Not reachable in Teams (not in the roster, conversation gone, never used the bot and cannot be reached). */
        UNREACHABLE,
        /** The person blocked the bot: nothing more is sent to them. */
        BLOCKED,
        /** Not reachable in Teams, so it went by email instead (graph-sync on). */
        EMAILED,
        /** A transient failure that outlived the retries: try again later. */
        FAILED
    }

    /**
     * @param conversationId where it went (Teams), null otherwise
     * @param activityId     the sent activity's id, to update it in place later
     * @param detail         why, for anything but SENT (for the admins' view; no message content)
     * @param retryAt        for FAILED, when to try again
     */
    record Delivered(Result result, String conversationId, String activityId, String detail, Instant retryAt) {
    }

    /** Sends {@code card} to the person; {@code subject} is the email's subject if it must go by email. */
    Delivered deliver(Long personId, ObjectNode card, String subject);

    /** Replaces a card sent earlier (a digest after its line was acted on); false when Teams refused. */
    boolean update(Long personId, String conversationId, String activityId, ObjectNode card);
}
