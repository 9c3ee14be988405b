package org.excoord.bot.conversation;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Thrown by a handler whose change is made of several steps when one is refused: the turn's transaction rolls back
 * (all or nothing) and the person sees {@link #card}. It asks nothing of the transaction, so it works whether or not
 * one is active.
 */
public final class UndoTurn extends RuntimeException {

    private final transient ObjectNode card;

    public UndoTurn(ObjectNode card) {
        super(null, null, false, false);
        this.card = card;
    }

    ObjectNode card() {
        return card;
    }
}
