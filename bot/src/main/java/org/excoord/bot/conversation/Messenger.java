package org.excoord.bot.conversation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/**
 * Proactive messages through the Teams edge: a card sent to a conversation the bot has with someone, replaced later
 * in place, and a personal conversation opened with someone who never wrote to the bot. Each call is one attempt:
 * the caller decides about retries, from the status and code of the {@link MessengerException}.
 */
public interface Messenger {

    /**
     * @return the sent activity's id, to update it later (null if the channel gave none)
     * @throws MessengerException when the channel refuses or cannot be reached
     */
    String send(ChatAddress to, ObjectNode card);

    /** Replaces the card of activity {@code activityId} in {@code to}'s conversation. */
    void update(ChatAddress to, String activityId, ObjectNode card);

    /**
     * Opens (or finds) the 1:1 conversation between the bot and {@code userMri} in {@code tenantId}: Teams answers
     * 403 or 404 where the app is not installed for that person.
     *
     * @return the conversation's id
     */
    String createPersonalConversation(String serviceUrl, String tenantId, String botId, String userMri);

    /**
     * The channel refused or failed to deliver a proactive message.
     *
     * @param status     the HTTP status, 0 when there was no answer (connection refused, timeout)
     * @param code       the connector's error code ({@code BotNotInConversationRoster}, {@code ConversationBlockedByUser},
     *                   {@code ConversationNotFound}, ...), empty when it gave none
     * @param retryAfter the answer's Retry-After, null without one
     */
    class MessengerException extends RuntimeException {

        private final int status;
        private final String code;
        private final transient Duration retryAfter;

        public MessengerException(String message, Throwable cause) {
            this(message, cause, 0, "", null);
        }

        public MessengerException(String message, Throwable cause, int status, String code, Duration retryAfter) {
            super(message, cause);
            this.status = status;
            this.code = code == null ? "" : code;
            this.retryAfter = retryAfter;
        }

        public int status() { return status; }
        public String code() { return code; }
        public Duration retryAfter() { return retryAfter; }
    }
}
