package org.excoord.bot.conversation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.excoord.cards.Cards;
import org.excoord.shared.Refusal;

/** How a refusal by the domain reads on a card. */
public final class Refusals {

    private Refusals() {
    }

    public static ObjectNode card(Refusal refusal) {
        return Cards.message(switch (refusal.kind()) {
            case NOT_FOUND -> "I couldn't find that. " + refusal.message();
            case FORBIDDEN -> "You don't have access to that. " + refusal.message();
            default -> refusal.message();
        });
    }
}
