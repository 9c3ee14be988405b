package org.excoord.actionitem;

import java.time.Instant;

/** A comment as an item's card or details show it: with its author's name, read in the same query. */
public record RecentComment(Long id, Long authorId, String authorName, Comment.Kind kind, String body,
        Instant createdAt) {
}
