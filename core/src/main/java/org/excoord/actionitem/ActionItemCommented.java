package org.excoord.actionitem;

import java.time.Instant;
import org.excoord.shared.DomainEvent;

/** Someone commented on an action item. */
public record ActionItemCommented(Long itemId, Long commentId, Long authorId, Instant occurredAt) implements DomainEvent {
}
