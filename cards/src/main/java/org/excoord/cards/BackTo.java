package org.excoord.cards;

import java.util.Set;

/**
 * The list a card was opened from, so that the card can offer "Back to the list" to the same page. A card opened
 * from a list carries it in every button's data ({@link #LIST_FIELD}, {@link #PAGE_FIELD}), so the way back survives
 * the presses on the card; the Back button asks for the list again, it does not keep the rows.
 *
 * @param list one of {@link #LISTS}
 * @param page zero-based, at most {@link #MAX_PAGE}
 */
public record BackTo(String list, int page) {

    public static final String MINE = "mine";
    public static final String OVERDUE = "overdue";
    public static final String TEAM = "team";
    public static final String INBOX = "inbox";

    /** The lists a card can be opened from: the item lists of {@link CardVerbs#LIST_PAGE} and the inbox. */
    public static final Set<String> LISTS = Set.of(MINE, OVERDUE, TEAM, INBOX);

    /** The deepest page a card may name (lists page ten rows at a time, so 1,000 rows). */
    public static final int MAX_PAGE = 99;

    /** The data field that carries the list a card was opened from (distinct from a paging button's "list"). */
    public static final String LIST_FIELD = "backList";
    /** The data field that carries the page of that list. */
    public static final String PAGE_FIELD = "backPage";

    public static final String TO_THE_LIST = "Back to the list";
    public static final String TO_THE_INBOX = "Back to the inbox";

    /** @throws IllegalArgumentException for a list not in {@link #LISTS} or a page outside 0–{@link #MAX_PAGE} */
    public BackTo {
        if (list == null || !LISTS.contains(list)) {
            throw new IllegalArgumentException("not a list: " + list);
        }
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("not a page: " + page);
        }
    }

    public static BackTo inbox(int page) {
        return new BackTo(INBOX, page);
    }

    public boolean isInbox() {
        return INBOX.equals(list);
    }

    /** The verb of the Back button: the inbox's paging, or the item lists'. */
    public String verb() {
        return isInbox() ? CardVerbs.CORR_PAGE : CardVerbs.LIST_PAGE;
    }
}
