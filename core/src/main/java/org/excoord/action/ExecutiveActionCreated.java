package org.excoord.action;

import java.time.Instant;
import org.excoord.shared.DomainEvent;

/** A new executive action was recorded. */
public record ExecutiveActionCreated(Long actionId, String number, Long ownerId, boolean received, Instant occurredAt)
        implements DomainEvent {
}
