package org.excoord.bot.conversation;

/** A field of a card's data that cannot be used; the press is answered with a card naming it, nothing changes. */
public final class InvalidCardData extends RuntimeException {

    InvalidCardData(String field, String problem) {
        super("That card's " + field + " " + problem + "; nothing was changed.", null, false, false);
    }
}
