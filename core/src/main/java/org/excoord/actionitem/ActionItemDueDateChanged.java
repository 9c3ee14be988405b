package org.excoord.actionitem;

import java.time.Instant;
import org.excoord.shared.DomainEvent;

/** An action item's due date moved. */
public record ActionItemDueDateChanged(Long itemId, java.time.LocalDate from, java.time.LocalDate to, Long byPersonId, Instant occurredAt) implements DomainEvent {
}
