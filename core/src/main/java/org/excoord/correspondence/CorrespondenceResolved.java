package org.excoord.correspondence;

import java.time.Instant;
import org.excoord.shared.DomainEvent;

/** Correspondence was answered or closed. */
public record CorrespondenceResolved(Long executiveActionId, String referenceNumber, Long byPersonId, Instant occurredAt) implements DomainEvent {
}
