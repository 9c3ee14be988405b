package org.excoord.actionitem;

import java.time.Instant;
import org.excoord.shared.DomainEvent;

/** An action item changed hands. */
public record ActionItemAssigned(Long itemId, Long fromPersonId, Long fromTeamId, Long toPersonId, Long toTeamId, Long byPersonId, Instant occurredAt) implements DomainEvent {
}
