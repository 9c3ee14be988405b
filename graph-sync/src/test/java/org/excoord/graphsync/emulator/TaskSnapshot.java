package org.excoord.graphsync.emulator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A Planner task with its details as the emulator holds it, for assertions.
 *
 * @param completedBy the user who completed it; {@code "app:<clientId>"} when the application did; null if open
 */
public record TaskSnapshot(String id, String planId, String bucketId, String etag, String title,
        OffsetDateTime dueDateTime, OffsetDateTime startDateTime, int priority, int percentComplete,
        Set<String> assigneeIds, String completedBy, String description, String detailsEtag) {

    /** The due date as excoord reads it: the UTC date. */
    public LocalDate due() {
        return dueDateTime == null ? null : dueDateTime.toLocalDate();
    }

    public LocalDate start() {
        return startDateTime == null ? null : startDateTime.toLocalDate();
    }
}
