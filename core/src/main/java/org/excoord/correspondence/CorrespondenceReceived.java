package org.excoord.correspondence;

import java.time.Instant;
import org.excoord.shared.DomainEvent;

/** The secretariat logged a new piece of correspondence. */
public record CorrespondenceReceived(Long executiveActionId, String referenceNumber, Long receivingOrgUnitId, Instant occurredAt) implements DomainEvent {
}
