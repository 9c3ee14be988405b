package org.excoord.bot.conversation;

/**
 * One incoming turn, as far as the product cares.
 *
 * @param aadObjectId the user's Entra object id (maps the Teams user to a person)
 * @param userMri     the user's Teams id ("29:…"), used in cards' {@code refresh.userIds}
 * @param text        the message text with {@code <at>…</at>} mentions removed, or null
 */
public record Turn(String aadObjectId, String userMri, String userName, ChatKind chat, String text) {
}
