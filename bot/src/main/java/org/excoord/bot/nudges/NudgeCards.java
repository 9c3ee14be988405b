package org.excoord.bot.nudges;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.excoord.directory.Actor;
import org.excoord.nudge.PlannedNudge;

/**
 * Draws a planned message's card from the records as they are at send time, for its recipient (the delegate, for a
 * delegated one: "for Megan Bowen, who is out of office"). At most 28 KB: lines beyond what fits are counted ("and
 * N more"). A digest's card refreshes itself (its own verb), so acting on a line redraws it in place.
 */
public interface NudgeCards {

    /** Teams refuses larger messages (413): a card stays under this. */
    int MAX_CARD_BYTES = 28 * 1024;

    /**
     * The card as the records are now; empty when nothing it would list is still due (acted on since planning), so
     * nothing is sent.
     */
    Optional<ObjectNode> draw(PlannedNudge nudge, Actor recipient, String recipientTeamsId);
}
