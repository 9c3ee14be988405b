package org.excoord.cards;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A piece of correspondence as one row of the secretariat's inbox.
 *
 * @param state the routing state enum name: UNROUTED, ROUTED, ACCEPTED, ASSIGNED or RESOLVED
 */
public record CorrespondenceLine(long id, String referenceNumber, String subject, String from, Instant receivedAt,
        String state, LocalDate dueDate, boolean overdue) {
}
