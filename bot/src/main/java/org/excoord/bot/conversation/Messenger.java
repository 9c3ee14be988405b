package org.excoord.bot.conversation;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Sends a card to a conversation the bot already has with someone (implemented by the Teams edge). */
public interface Messenger {

    /** @throws MessengerException when the channel refuses or cannot be reached */
    void send(ChatAddress to, ObjectNode card);

    /** The channel refused or failed to deliver a proactive message. */
    class MessengerException extends RuntimeException {
        public MessengerException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
