package org.excoord.graphsync;

/**
 * Links back to Teams that the mirror puts in task descriptions and event bodies. The bot provides it (it knows
 * its app id); without one the mirror writes no link.
 */
public interface TeamsLinks {

    /** A link that opens the item in the bot's chat, or null when there is none. */
    String itemLink(String itemNumber);
}
