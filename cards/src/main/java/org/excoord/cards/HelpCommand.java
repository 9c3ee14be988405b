package org.excoord.cards;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A command as help and the welcome list it: what to type, what it does, whether it is the work of the reader's role
 * (listed first, under a line naming the role), and the button that does the same (none for a command that needs an
 * argument). Each feature of the bot declares its own; the card only lays them out.
 *
 * @param words what to type ("my items", "item &lt;number&gt;")
 * @param does what it does, in a few words
 * @param ofRole listed among the reader's role's commands rather than everyone's
 * @param buttonTitle the button's title, or null for no button
 * @param verb the button's verb ({@link CardVerbs}), or null
 * @param data the button's data, or null
 */
public record HelpCommand(String words, String does, boolean ofRole, String buttonTitle, String verb,
        ObjectNode data) {

    /** A command for everyone, without a button. */
    public static HelpCommand of(String words, String does) {
        return new HelpCommand(words, does, false, null, null, null);
    }

    /** The same command with a button that does it. */
    public HelpCommand button(String title, String buttonVerb, ObjectNode buttonData) {
        return new HelpCommand(words, does, ofRole, title, buttonVerb,
                buttonData == null ? Elements.object() : buttonData.deepCopy());
    }

    /** The same command, listed among the reader's role's commands. */
    public HelpCommand forRole() {
        return new HelpCommand(words, does, true, buttonTitle, verb, data);
    }

    /** The data of a button that opens the first page of an item list ({@link BackTo#ITEM_LISTS}). */
    public static ObjectNode firstPage(String list) {
        return BackCards.pagingData(new BackTo(list, 0));
    }

    /** The data of a button that opens the first page of the correspondence inbox. */
    public static ObjectNode firstPageOfTheInbox() {
        ObjectNode data = Elements.object();
        data.put("page", 0);
        return data;
    }
}
