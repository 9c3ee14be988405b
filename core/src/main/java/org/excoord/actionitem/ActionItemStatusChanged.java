package org.excoord.actionitem;

import java.time.Instant;
import org.excoord.shared.DomainEvent;

/** An action item moved from one status to another. */
public record ActionItemStatusChanged(Long itemId, org.excoord.shared.ActionStatus from, org.excoord.shared.ActionStatus to, Long byPersonId, Instant occurredAt) implements DomainEvent {
}
