package org.excoord.correspondence;

import java.time.Instant;
import org.excoord.shared.DomainEvent;

/** A person now has the correspondence to answer. */
public record CorrespondenceAssigned(Long executiveActionId, String referenceNumber, Long personId, Long byPersonId, Instant occurredAt) implements DomainEvent {
}
