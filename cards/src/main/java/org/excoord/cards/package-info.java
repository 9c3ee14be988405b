/**
 * Adaptive Cards (schema 1.5, Universal Actions) for action items, executive actions, correspondence and
 * authorities, built with Jackson 2 as {@code ObjectNode}; owns the {@code Action.Execute} verbs
 * ({@link org.excoord.cards.CardVerbs}). Knows no Bot Framework types: the bot maps its domain objects into the
 * model records, calls {@link org.excoord.cards.Cards} and wraps the JSON in an attachment.
 */
package org.excoord.cards;
