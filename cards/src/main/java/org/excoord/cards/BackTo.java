package org.excoord.cards;

import java.util.Set;

/**
 * The list a card was opened from, so that the card can offer "Back to the list" to the same page. A card opened
 * from a list carries it in every button's data ({@link #LIST_FIELD}, {@link #PAGE_FIELD}, and for an executive
 * action's items {@link #ACTION_FIELD}), so the way back survives the presses on the card; the Back button asks for
 * the list again, it does not keep the rows.
 *
 * @param list one of {@link #LISTS}
 * @param page zero-based, at most {@link #MAX_PAGE}
 * @param actionId the executive action whose card listed the items when {@code list} is {@link #ACTION}, else null
 * @param forPersonId whose digest it was, when a delegate read it for the person they stand in for ({@link #DIGEST}
 *                    only, else null): Back draws that person's digest again, if the delegation still lasts
 */
public record BackTo(String list, int page, Long actionId, Long forPersonId) {

    public static final String MINE = "mine";
    public static final String OVERDUE = "overdue";
    public static final String TEAM = "team";
    public static final String INBOX = "inbox";
    public static final String AUTHORITIES = "authorities";
    /** The items on an executive action's card ({@link CardVerbs#ACTION_ITEMS}); the action is {@link #actionId}. */
    public static final String ACTION = "action";
    /** The assignee's digest ({@link CardVerbs#DIGEST_REFRESH}): one page, drawn as the records are now. */
    public static final String DIGEST = "digest";
    /** The manager's team digest ({@link CardVerbs#TEAM_DIGEST_REFRESH}). */
    public static final String TEAM_DIGEST = "teamDigest";

    /**
     * The lists a card can be opened from: the item lists of {@link CardVerbs#LIST_PAGE}, the inbox, the authorities,
     * an executive action's items and the two digests.
     */
    public static final Set<String> LISTS = Set.of(MINE, OVERDUE, TEAM, INBOX, AUTHORITIES, ACTION, DIGEST,
            TEAM_DIGEST);

    /** The lists {@link CardVerbs#LIST_PAGE} pages. */
    public static final Set<String> ITEM_LISTS = Set.of(MINE, OVERDUE, TEAM);

    /** The deepest page a card may name (lists page ten rows at a time, so 1,000 rows). */
    public static final int MAX_PAGE = 99;

    /** The data field that carries the list a card was opened from (distinct from a paging button's "list"). */
    public static final String LIST_FIELD = "backList";
    /** The data field that carries the page of that list. */
    public static final String PAGE_FIELD = "backPage";
    /** The data field that carries the executive action of {@link #ACTION}. */
    public static final String ACTION_FIELD = "backAction";
    /** The data field that carries {@link #forPersonId}. */
    public static final String FOR_PERSON_FIELD = "backForPerson";

    public static final String TO_THE_LIST = "Back to the list";
    public static final String TO_THE_INBOX = "Back to the inbox";
    public static final String TO_THE_ACTION = "Back to the action";
    public static final String TO_YOUR_DIGEST = "Back to your digest";
    /** A delegate's way back to the digest of the person they stand in for. */
    public static final String TO_THE_DIGEST = "Back to the digest";
    public static final String TO_THE_TEAM_DIGEST = "Back to the team digest";

    /**
     * @throws IllegalArgumentException for a list not in {@link #LISTS}, a page outside 0–{@link #MAX_PAGE}, or an
     *         action id missing (or not positive) for {@link #ACTION} or given for another list
     */
    public BackTo {
        if (list == null || !LISTS.contains(list)) {
            throw new IllegalArgumentException("not a list: " + list);
        }
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("not a page: " + page);
        }
        if (ACTION.equals(list) ? actionId == null || actionId <= 0 : actionId != null) {
            throw new IllegalArgumentException("not an executive action for " + list + ": " + actionId);
        }
        if (forPersonId != null && (!DIGEST.equals(list) || forPersonId <= 0)) {
            throw new IllegalArgumentException("not a person's digest for " + list + ": " + forPersonId);
        }
    }

    /** A list that is not an executive action's items, read by the one it belongs to. */
    public BackTo(String list, int page) {
        this(list, page, null, null);
    }

    public static BackTo inbox(int page) {
        return new BackTo(INBOX, page);
    }

    /** Page {@code page} of the items on executive action {@code actionId}'s card. */
    public static BackTo action(long actionId, int page) {
        return new BackTo(ACTION, page, actionId, null);
    }

    /** The digest of {@code personId}, read by a delegate who stands in for them. */
    public static BackTo digestOf(long personId) {
        return new BackTo(DIGEST, 0, null, personId);
    }

    public boolean isInbox() {
        return INBOX.equals(list);
    }

    public boolean isAction() {
        return ACTION.equals(list);
    }

    /** The verb of the Back button: the paging verb of the list it goes back to. */
    public String verb() {
        return switch (list) {
            case INBOX -> CardVerbs.CORR_PAGE;
            case AUTHORITIES -> CardVerbs.AUTHORITY_LIST;
            case ACTION -> CardVerbs.ACTION_ITEMS;
            case DIGEST -> CardVerbs.DIGEST_REFRESH;
            case TEAM_DIGEST -> CardVerbs.TEAM_DIGEST_REFRESH;
            default -> CardVerbs.LIST_PAGE;
        };
    }

    /** The Back button's title when the card names none: an action's card or a digest is not a list to its reader. */
    public String title() {
        return switch (list) {
            case ACTION -> TO_THE_ACTION;
            case DIGEST -> forPersonId == null ? TO_YOUR_DIGEST : TO_THE_DIGEST;
            case TEAM_DIGEST -> TO_THE_TEAM_DIGEST;
            default -> TO_THE_LIST;
        };
    }
}
