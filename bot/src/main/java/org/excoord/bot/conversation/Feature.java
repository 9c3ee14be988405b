package org.excoord.bot.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.excoord.cards.Cards;
import org.excoord.cards.Viewer;
import org.excoord.directory.Actor;

/**
 * One feature of the conversation (items, correspondence, authorities, …): the commands a person types and the card
 * verbs it answers. {@link Conversation} routes to it; a new command or verb touches one feature's files only.
 * Every handler runs inside the turn's transaction, with the person already known.
 */
public interface Feature {

    /**
     * Typed commands by their words in lower case ("my items"). A key ending in " *" ("item *") takes the rest of
     * the text as its argument, in the case it was typed.
     */
    Map<String, CommandHandler> commands();

    /** Card verbs: exact ("list.page"), or a family ending in "." ("item.") for the verbs not listed exactly. */
    Map<String, VerbHandler> verbs();

    /**
     * The card to show when someone else's change to the same version won between the check and the commit; nothing
     * was changed.
     */
    default Reply afterLostRace(Pressed pressed) {
        return Reply.of(Cards.message("Someone else changed this at the same moment; nothing was changed. "
                + "Open it again to see the current version."));
    }

    /** A typed command: its argument (null without one), who asked, and where. */
    record Asked(String argument, Actor actor, Viewer viewer, Turn turn) {
    }

    /** A pressed card button: its verb, its data merged with the card's inputs (untrusted), who pressed, and where. */
    record Pressed(String verb, JsonNode data, Actor actor, Viewer viewer, Turn turn) {

        public String text(String field) {
            return CardData.text(data, field);
        }

        public Long number(String field) {
            return CardData.number(data, field);
        }
    }

    @FunctionalInterface
    interface CommandHandler {
        Reply answer(Asked asked);
    }

    @FunctionalInterface
    interface VerbHandler {
        Reply act(Pressed pressed);
    }
}
