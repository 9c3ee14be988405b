package org.excoord.bot.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.excoord.cards.Cards;
import org.excoord.cards.HelpCommand;
import org.excoord.cards.Viewer;
import org.excoord.directory.Actor;

/**
 * One feature of the conversation (items, correspondence, authorities, …): the commands a person types and the card
 * verbs it answers, and how help lists its commands. {@link Conversation} routes to it; a new command or verb touches
 * one feature's files only. Every handler runs inside the turn's transaction, with the person already known. Help
 * lists the features' commands in the features' {@link org.springframework.core.annotation.Order}.
 */
public interface Feature {

    /** What a person typed is quoted back this long at most, cut at a word boundary with "…". */
    int ECHO_CHARS = 80;

    /**
     * Typed commands by their words in lower case ("my items"). A key ending in " *" ("item *") takes the rest of
     * the text as its argument, in the case it was typed.
     */
    Map<String, CommandHandler> commands();

    /** Card verbs: exact ("list.page"), or a family ending in "." ("item.") for the verbs not listed exactly. */
    Map<String, VerbHandler> verbs();

    /**
     * Type-ahead searches of the cards' pickers ({@code Input.ChoiceSet} with {@code choices.data} of type
     * {@code Data.Query}), by dataset: exact ("people.assignable"), or a family ending in ":" whose rest is the
     * search's argument ("people.assignable:" answers "people.assignable:42" with argument "42").
     */
    default Map<String, SearchHandler> searches() {
        return Map.of();
    }

    /**
     * The commands help and the welcome list for this person, those of their role marked {@link HelpCommand#forRole()};
     * a command the person may not use is left out rather than refused later.
     */
    default List<HelpCommand> help(Actor actor) {
        return List.of();
    }

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

    /**
     * A picker's search: the dataset's argument (null without one), what was typed (never null, at most
     * {@link SearchAnswer#MAX_TEXT} characters), the page asked for (bounded), who typed and where.
     */
    record Searched(String dataset, String argument, String text, int skip, int top, Actor actor, Viewer viewer,
            Turn turn) {
    }

    @FunctionalInterface
    interface CommandHandler {
        Reply answer(Asked asked);
    }

    /**
     * Declares a command whose answer is the asker's own (their items, their team's work, the inbox): asked in a
     * group chat or a channel, the router sends the answer to the asker's 1:1 chat and leaves a short note in the
     * thread, so one person's list is never posted to everyone. One line per command:
     * {@code "my items", personal("your items", mine)}.
     *
     * @param what how the note names the answer ("your items": "I sent your items to you in our 1:1 chat")
     */
    static CommandHandler personal(String what, CommandHandler handler) {
        return new Personal(what, handler);
    }

    /** A command declared with {@link #personal}; the router recognises it by this type. */
    record Personal(String what, CommandHandler handler) implements CommandHandler {

        @Override
        public Reply answer(Asked asked) {
            return handler.answer(asked);
        }
    }

    @FunctionalInterface
    interface SearchHandler {
        SearchAnswer search(Searched searched);
    }

    @FunctionalInterface
    interface VerbHandler {
        Reply act(Pressed pressed);
    }
}
