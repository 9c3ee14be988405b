/**
 * Adaptive Cards (schema 1.5, Universal Actions) for action items, executive actions, correspondence and
 * authorities, built with Jackson as {@code JsonNode}; owns the {@code Action.Execute} verbs. Knows no Bot
 * Framework types: the bot wraps the JSON in an attachment. Filled in by the Teams bot issue.
 */
package org.excoord.cards;
