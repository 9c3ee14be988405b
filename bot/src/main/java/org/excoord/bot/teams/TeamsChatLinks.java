package org.excoord.bot.teams;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.excoord.bot.conversation.ChatLinks;
import org.excoord.graphsync.TeamsLinks;
import org.springframework.stereotype.Component;

/**
 * Links back to Teams for the Planner mirror: a deep link that opens the 1:1 chat with the bot with "item
 * AI-2026-000123" typed in, so one press shows the item's card. Without an app id (the local embedded default)
 * there is no bot to chat with, and no link. The same link without an item opens the chat for a note that sends a
 * person there (a personal list asked for in a group chat).
 */
@Component
class TeamsChatLinks implements TeamsLinks, ChatLinks {

    static final String CHAT = "https://teams.microsoft.com/l/chat/0/0";

    private final String appId;

    TeamsChatLinks(TeamsProperties properties) {
        this.appId = properties.appId();
    }

    @Override
    public String itemLink(String itemNumber) {
        if (appId.isEmpty() || itemNumber == null || itemNumber.isBlank()) {
            return null;
        }
        // "28:" is the bot's prefix as Teams' documented deep link writes it; the rest is encoded
        return CHAT + "?users=28:" + encode(appId) + "&message=" + encode("item " + itemNumber.strip());
    }

    @Override
    public Optional<String> personalChat(String message) {
        if (appId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CHAT + "?users=28:" + encode(appId)
                + (message == null || message.isBlank() ? "" : "&message=" + encode(message.strip())));
    }

    // form encoding writes a space as "+", which Teams would type into the message as is: a link wants "%20"
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
