package org.excoord.bot.conversation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.Function;
import org.excoord.cards.Cards;
import org.excoord.cards.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers the answer to a {@linkplain Feature#personal personal} command asked in a group chat or a channel: the
 * answer goes to the asker's 1:1 chat with the bot and the thread gets a short note. Without a 1:1 chat (or when
 * Teams refuses to deliver), the note says so and how to open one; the answer is never posted in the thread.
 */
@Component
class PrivateAnswers {

    private static final Logger log = LoggerFactory.getLogger(PrivateAnswers.class);

    private final ChatAddresses addresses;
    private final Messenger messenger;
    private final ChatLinks links;

    PrivateAnswers(ChatAddresses addresses, Messenger messenger, ChatLinks links) {
        this.addresses = addresses;
        this.messenger = messenger;
        this.links = links;
    }

    /**
     * @param answer the command's card for the asker as a viewer in their 1:1 chat (built in the turn's transaction)
     * @return the note for the thread
     */
    ObjectNode deliver(Feature.Personal command, Feature.Asked asked, String typed,
            Function<Feature.Asked, ObjectNode> answer) {
        String who = asked.actor().displayName();
        Optional<ChatAddress> chat = addresses.personalChatOf(asked.actor().personId());
        if (chat.isEmpty()) {
            return openFirst(who + ", I keep " + command.what() + " out of shared chats, and we have no 1:1 chat yet."
                    + " To open one, select Chat, then New chat, look for excoord and type \"" + typed + "\" there.",
                    typed);
        }
        ObjectNode card = answer.apply(new Feature.Asked(asked.argument(), asked.actor(),
                new Viewer(chat.get().getUserMri(), true), asked.turn()));
        try {
            messenger.send(chat.get(), card);
        } catch (RuntimeException e) {
            // a refused or failed send (MessengerException, or the SDK failing before it sends) costs the delivery,
            // not the turn: the thread still gets a note, and the list is still not posted there
            log.warn("A private answer to person {} could not be delivered to their 1:1 chat: {}",
                    asked.actor().personId(), e.getMessage());
            return openFirst(who + ", I keep " + command.what() + " out of shared chats, and I couldn't reach our 1:1"
                    + " chat just now. Open it (Chat, then New chat, excoord) and type \"" + typed + "\" there.", typed);
        }
        return Cards.message(who + ", I sent " + command.what() + " to you in our 1:1 chat.");
    }

    private ObjectNode openFirst(String text, String typed) {
        return links.personalChat(typed).map(link -> Cards.message(text, "Open our 1:1 chat", link))
                .orElseGet(() -> Cards.message(text));
    }
}
