package org.excoord.bot.conversation;

import java.util.Optional;

/** Links that open Teams (implemented by the Teams edge, which knows the bot's app id). */
public interface ChatLinks {

    /**
     * A link that opens the person's 1:1 chat with the bot with {@code message} typed in; empty when there is no bot
     * to chat with (the local default runs without an app id).
     */
    Optional<String> personalChat(String message);
}
