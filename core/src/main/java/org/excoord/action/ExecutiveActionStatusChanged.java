package org.excoord.action;

import java.time.Instant;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.DomainEvent;

/** An executive action moved from one status to another. */
public record ExecutiveActionStatusChanged(Long actionId, ActionStatus from, ActionStatus to, Long byPersonId,
        Instant occurredAt) implements DomainEvent {
}
