package org.excoord.bot.conversation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Supplier;

/**
 * A card to show now, and, for slow work, the card that replaces it when the work is done (Teams waits at most
 * 15 seconds for an answer, a model may take longer).
 *
 * @param followUp null when the card is the whole answer
 */
public record Reply(ObjectNode card, Supplier<ObjectNode> followUp) {

    public static Reply of(ObjectNode card) {
        return new Reply(card, null);
    }
}
