package org.excoord.audit;

import java.time.Instant;

/**
 * One row of the audit trail.
 *
 * @param before JSON of the changed fields before the change, null for a creation
 * @param after  JSON of the changed fields after the change
 */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorLabel, String recordType,
        String recordId, String action, String before, String after, boolean aiAssisted) {
}
