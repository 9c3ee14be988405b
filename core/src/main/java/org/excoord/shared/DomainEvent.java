package org.excoord.shared;

import java.time.Instant;

/**
 * Something that happened in the domain. Services publish events inside their transaction; listeners
 * in other modules (sync, bot, nudges) receive them only after the transaction commits.
 */
public interface DomainEvent {

    /** When it happened. */
    Instant occurredAt();
}
