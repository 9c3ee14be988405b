package org.excoord.bot.help;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.excoord.bot.conversation.Feature;
import org.excoord.bot.conversation.Reply;
import org.excoord.cards.Cards;
import org.excoord.directory.Actor;
import org.excoord.directory.Role;
import org.springframework.stereotype.Component;

/** Welcome and help: what the bot can do for this person, and the answer to a message it did not understand. */
@Component
public class HelpFeature implements Feature {

    @Override
    public Map<String, CommandHandler> commands() {
        CommandHandler help = asked -> Reply.of(help(asked.actor()));
        return Map.of("help", help, "?", help, "hi", help, "hello", help, "", help);
    }

    @Override
    public Map<String, VerbHandler> verbs() {
        return Map.of();
    }

    /** The welcome on install: the same commands as help, their role's first. */
    public ObjectNode welcome(Actor actor) {
        return Cards.welcome(actor.displayName().split(" ")[0], manager(actor), secretariat(actor), actor.isAdmin());
    }

    /** A message no feature claims: help, introduced by saying so. */
    public Reply unknown(Asked asked) {
        ObjectNode card = help(asked.actor());
        ((ArrayNode) card.withArray("body")).insertObject(0).put("type", "TextBlock")
                .put("text", "I didn't understand that. Here is what I can do:").put("wrap", true);
        return Reply.of(card);
    }

    private static ObjectNode help(Actor actor) {
        return Cards.help(manager(actor), secretariat(actor), actor.isAdmin());
    }

    // administrators may do what managers and the secretariat do, so their help lists those commands too
    private static boolean manager(Actor actor) {
        return actor.has(Role.MANAGER) || actor.isAdmin();
    }

    private static boolean secretariat(Actor actor) {
        return actor.has(Role.SECRETARIAT) || actor.isAdmin();
    }
}
