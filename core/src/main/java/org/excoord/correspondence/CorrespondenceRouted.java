package org.excoord.correspondence;

import java.time.Instant;
import org.excoord.shared.DomainEvent;

/** Correspondence was routed (or re-routed) to an org unit, whose managers should accept it. */
public record CorrespondenceRouted(Long executiveActionId, String referenceNumber, Long toOrgUnitId, Long byPersonId, Instant occurredAt) implements DomainEvent {
}
