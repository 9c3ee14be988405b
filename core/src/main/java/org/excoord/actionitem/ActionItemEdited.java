package org.excoord.actionitem;

import java.time.Instant;
import org.excoord.shared.DomainEvent;

/** The subject, details, next steps or priority of an item changed (mirrors such as Planner show them). */
public record ActionItemEdited(Long itemId, Long byPersonId, Instant occurredAt) implements DomainEvent {
}
