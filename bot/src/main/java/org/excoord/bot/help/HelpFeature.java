package org.excoord.bot.help;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.excoord.bot.conversation.Feature;
import org.excoord.bot.conversation.Reply;
import org.excoord.cards.Cards;
import org.excoord.cards.HelpCommand;
import org.excoord.directory.Actor;
import org.excoord.directory.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Welcome and help: what the bot can do for this person, as each feature lists its commands for them (in the
 * features' order), and the answer to a message it did not understand.
 */
@Component
@Order(100)
public class HelpFeature implements Feature {

    // read when help is drawn, not when the bean is made: help is a feature too
    private final ObjectProvider<Feature> features;

    public HelpFeature(ObjectProvider<Feature> features) {
        this.features = features;
    }

    @Override
    public Map<String, CommandHandler> commands() {
        CommandHandler help = asked -> Reply.of(helpCard(asked.actor()));
        return Map.of("help", help, "?", help, "hi", help, "hello", help, "", help);
    }

    @Override
    public Map<String, VerbHandler> verbs() {
        return Map.of();
    }

    @Override
    public List<HelpCommand> help(Actor actor) {
        return List.of(HelpCommand.of("help", "this list"));
    }

    /** The welcome on install: the same commands as help, their role's first. */
    public ObjectNode welcome(Actor actor) {
        return Cards.welcome(actor.displayName().split(" ")[0], commandsFor(actor), manager(actor), secretariat(actor),
                actor.isAdmin());
    }

    /** A message no feature claims: help, introduced by saying so. */
    public Reply unknown(Asked asked) {
        ObjectNode card = helpCard(asked.actor());
        ((ArrayNode) card.withArray("body")).insertObject(0).put("type", "TextBlock")
                .put("text", "I didn't understand that. Here is what I can do:").put("wrap", true);
        return Reply.of(card);
    }

    private ObjectNode helpCard(Actor actor) {
        return Cards.help(commandsFor(actor), manager(actor), secretariat(actor), actor.isAdmin());
    }

    // Spring leaves the asking bean out of its own stream of features: help's own line comes last
    private List<HelpCommand> commandsFor(Actor actor) {
        return Stream.concat(features.orderedStream().filter(f -> f != this), Stream.of(this))
                .flatMap(f -> f.help(actor).stream()).toList();
    }

    // the roles named above the role's commands; administrators may do what managers and the secretariat do
    private static boolean manager(Actor actor) {
        return actor.has(Role.MANAGER) || actor.isAdmin();
    }

    private static boolean secretariat(Actor actor) {
        return actor.has(Role.SECRETARIAT) || actor.isAdmin();
    }
}
