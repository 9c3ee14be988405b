package org.excoord.cards;

/** A choice of an {@code Input.ChoiceSet}: {@code value} is sent back to the bot, {@code title} is shown. */
public record Option(String value, String title) {
}
