package org.excoord.bot.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import org.springframework.stereotype.Component;

/**
 * Replaces a card within a turn's conversation through the SDK adapter. Proactive messages (sent outside a turn,
 * paced and retried by their caller) go through {@link ProactiveConnector}.
 */
@Component
class TeamsMessenger {

    private final TeamsBotAdapter adapter;
    private final TeamsProperties properties;

    TeamsMessenger(TeamsBotAdapter adapter, TeamsProperties properties) {
        this.adapter = adapter;
        this.properties = properties;
    }

    /** Replaces a card the bot sent earlier in a conversation (a slow answer that was shown as "working on it"). */
    void update(ConversationReference conversation, String activityId, ObjectNode card) {
        adapter.continueConversation(properties.appId(), conversation, context -> {
            Activity update = TeamsBot.cardActivity(card);
            update.setId(activityId);
            return context.updateActivity(update).thenApply(r -> null);
        }).join();
    }
}
