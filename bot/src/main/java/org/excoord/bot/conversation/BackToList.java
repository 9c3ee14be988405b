package org.excoord.bot.conversation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.excoord.cards.BackTo;
import org.excoord.cards.Cards;

/**
 * Keeps a list reachable from the cards opened from it: a press on such a card (its data names the list and page,
 * {@link CardData#backTo}) is answered with a card that offers "Back to the list" again. The list is read anew
 * when Back is pressed; nothing of the old rows is trusted.
 */
public final class BackToList {

    private BackToList() {
    }

    /**
     * The verbs, each answering with "Back to the list" (or "Back to the action", {@link BackTo#title()}) when the
     * pressed card came from a list. The list is read from the data before the handler runs, so a card naming an
     * unknown list changes nothing.
     */
    public static Map<String, Feature.VerbHandler> keep(Map<String, Feature.VerbHandler> verbs) {
        Map<String, Feature.VerbHandler> kept = new LinkedHashMap<>();
        verbs.forEach((verb, handler) -> kept.put(verb, pressed -> {
            BackTo back = CardData.backTo(pressed.data());
            return with(handler.act(pressed), back, back == null ? null : back.title());
        }));
        return kept;
    }

    /** The reply with a Back button on its card (and its follow-up's); unchanged when {@code back} is null. */
    public static Reply with(Reply reply, BackTo back, String title) {
        if (back == null || reply == null) {
            return reply;
        }
        return new Reply(Cards.withBack(reply.card(), back, title), reply.followUp() == null ? null
                : () -> Cards.withBack(reply.followUp().get(), back, title));
    }
}
