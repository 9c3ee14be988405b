package org.excoord.bot.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import java.util.concurrent.CompletionException;
import org.excoord.bot.conversation.ChatAddress;
import org.excoord.bot.conversation.Messenger;
import org.springframework.stereotype.Component;

/** Proactive messages through the SDK adapter, to a conversation remembered from an earlier turn. */
@Component
class TeamsMessenger implements Messenger {

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

    @Override
    public void send(ChatAddress to, ObjectNode card) {
        ConversationReference reference = new ConversationReference();
        reference.setChannelId("msteams");
        reference.setServiceUrl(to.getServiceUrl());
        ConversationAccount conversation = new ConversationAccount();
        conversation.setId(to.getConversationId());
        conversation.setTenantId(to.getTenantId());
        reference.setConversation(conversation);
        reference.setBot(new ChannelAccount(to.getBotId()));
        reference.setUser(new ChannelAccount(to.getUserMri()));
        try {
            adapter.continueConversation(properties.appId(), reference, context -> {
                // the SDK gives the continuation a random id, which would turn our message into a reply to nothing
                context.getActivity().setId(null);
                return context.sendActivity(TeamsBot.cardActivity(card)).thenApply(r -> null);
            }).join();
        } catch (CompletionException e) {
            throw new MessengerException("Teams did not take the message for " + to.getConversationId(), e.getCause());
        }
    }
}
