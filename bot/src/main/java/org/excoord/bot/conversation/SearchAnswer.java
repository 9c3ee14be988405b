package org.excoord.bot.conversation;

import java.util.List;
import org.excoord.audit.RefusalTrail;
import org.excoord.cards.Option;
import org.excoord.shared.Refusal;

/**
 * The answer to a picker's type-ahead search: the choices found, or why the search was refused, as a status the
 * Teams edge sends back (400 bad input, 403 not allowed, 404 no such record; never a 5xx for a refusal).
 *
 * @param results the choices (title shown, value sent back with the card); empty when refused
 * @param message why it was refused; null when found
 * @param traced  the refusal was already logged by the domain ({@link RefusalTrail}): the router does not log it again
 */
public record SearchAnswer(int status, List<Option> results, String message, boolean traced) {

    /** The longest text a picker searches for. */
    public static final int MAX_TEXT = org.excoord.actionitem.ActionItemManagement.MAX_PEOPLE_QUERY;

    /** Teams asks for 15 choices (its dropdown shows no more); a search answers at most this many. */
    public static final int MAX_TOP = 50;

    public SearchAnswer {
        results = List.copyOf(results);
    }

    public static SearchAnswer found(List<Option> results) {
        return new SearchAnswer(200, results, null, false);
    }

    public static SearchAnswer refused(int status, String message) {
        return new SearchAnswer(status, List.of(), message, false);
    }

    /** A domain refusal, with its status: not found 404, forbidden 403, anything else 400. */
    public static SearchAnswer refused(Refusal refusal) {
        int status = switch (refusal.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            default -> 400;
        };
        return new SearchAnswer(status, List.of(), refusal.message(), RefusalTrail.isTraced(refusal));
    }

    public boolean isFound() {
        return status == 200;
    }
}
