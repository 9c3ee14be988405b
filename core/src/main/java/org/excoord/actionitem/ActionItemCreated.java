package org.excoord.actionitem;

import java.time.Instant;
import org.excoord.shared.DomainEvent;

/** A new action item exists (ad hoc or from a process template). */
public record ActionItemCreated(Long itemId, String number, Long assigneePersonId, Long assigneeTeamId, java.time.LocalDate dueDate, Long byPersonId, Instant occurredAt) implements DomainEvent {
}
