package org.excoord.cards;

/**
 * Who a card is rendered for. {@code personalChat} matters because a group chat or channel may hold people
 * without access to classified details, while a 1:1 chat with the bot is seen by the viewer alone.
 *
 * @param mri the Teams user id ("29:…"), used to let this viewer refresh the card automatically
 * @param personalChat whether the card is shown in a 1:1 chat with the bot
 */
public record Viewer(String mri, boolean personalChat) {
}
