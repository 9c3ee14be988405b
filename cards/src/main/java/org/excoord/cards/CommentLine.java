package org.excoord.cards;

import java.time.Instant;

/** A comment on an action item as the item card shows it. */
public record CommentLine(String author, String body, Instant at) {
}
