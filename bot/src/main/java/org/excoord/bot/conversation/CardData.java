package org.excoord.bot.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.excoord.cards.BackTo;
import org.excoord.shared.Inputs;

/** Reads a card's data, which is untrusted: text with control characters, dates out of range and bad numbers are refused. */
public final class CardData {

    /** Lists page no deeper than this (1,000 items): a page number from a card is bounded before it is multiplied. */
    public static final int MAX_PAGE = 99;

    private CardData() {
    }

    /** A card's text field, stripped; null if absent or blank. Text with control characters is refused. */
    public static String text(JsonNode data, String field) {
        JsonNode n = data == null ? null : data.get(field);
        if (n == null || n.isNull() || n.isContainerNode() || n.asText().isBlank()) {
            return null;
        }
        String t = n.asText().strip();
        String problem = Inputs.textProblem(t, true); // one-line or not is the domain's call
        if (problem != null) {
            throw new InvalidCardData(field, problem);
        }
        return t;
    }

    public static Long number(JsonNode data, String field) {
        String t = text(data, field);
        try {
            return t == null ? null : Long.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A card's page number, 0 if absent, and never beyond {@link #MAX_PAGE}: offsets are page times page size. */
    public static int page(JsonNode data) {
        Long n = number(data, "page");
        return n == null || n < 0 ? 0 : (int) Math.min(n, MAX_PAGE);
    }

    /**
     * The list a card was opened from ({@link BackTo#LIST_FIELD}, {@link BackTo#PAGE_FIELD}); null if the card
     * names none. A list that is not one of {@link BackTo#LISTS} is refused; the page is bounded like any other.
     * The way back to an executive action's items must name the action ({@link BackTo#ACTION_FIELD}) by a positive
     * id, or it is refused too; whether the presser may see that action is checked when Back is pressed, as when
     * the action is opened. The field is ignored beside the other lists, which have no action.
     */
    public static BackTo backTo(JsonNode data) {
        String list = text(data, BackTo.LIST_FIELD);
        if (list == null) {
            return null;
        }
        if (!BackTo.LISTS.contains(list)) {
            throw new InvalidCardData(BackTo.LIST_FIELD, "is not a list I know");
        }
        Long n = number(data, BackTo.PAGE_FIELD);
        int page = n == null || n < 0 ? 0 : (int) Math.min(n, BackTo.MAX_PAGE);
        if (list.equals(BackTo.DIGEST) && data != null && data.has(BackTo.FOR_PERSON_FIELD)) {
            // whether the presser still stands in for them is checked when Back is pressed, as on the digest itself
            Long person = number(data, BackTo.FOR_PERSON_FIELD);
            if (person == null || person <= 0) {
                throw new InvalidCardData(BackTo.FOR_PERSON_FIELD, "is not a person");
            }
            return BackTo.digestOf(person);
        }
        if (!list.equals(BackTo.ACTION)) {
            return new BackTo(list, page);
        }
        Long action = number(data, BackTo.ACTION_FIELD);
        if (action == null || action <= 0) {
            throw new InvalidCardData(BackTo.ACTION_FIELD, "is not an executive action");
        }
        return BackTo.action(action, page);
    }

    /**
     * The item list a paging or Back button asks for ("list"): {@code mine} when the card names none, refused
     * when it names one that is not an item list.
     */
    public static String itemList(JsonNode data) {
        String list = text(data, "list");
        if (list == null) {
            return BackTo.MINE;
        }
        if (!BackTo.ITEM_LISTS.contains(list)) {
            throw new InvalidCardData("list", "is not a list I know");
        }
        return list;
    }

    /** A card's date: null if absent; refused if it is no ISO date or outside the domain's range. */
    public static LocalDate date(JsonNode data, String field) {
        String t = text(data, field);
        if (t == null) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new InvalidCardData(field, "is not a date (YYYY-MM-DD)");
        }
        String problem = Inputs.dateProblem(d); // the domain's range, as REST has it
        if (problem != null) {
            throw new InvalidCardData(field, problem);
        }
        return d;
    }
}
