package org.excoord.actionitem;

import java.time.Instant;
import org.excoord.shared.DomainEvent;

/** A sequential step's predecessor closed, so this item can start now. */
public record ActionItemOpened(Long itemId, Long predecessorId, Instant occurredAt) implements DomainEvent {
}
