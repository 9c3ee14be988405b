package org.excoord.cards;

import java.time.LocalDate;

/** An action item as one row of a list. */
public record ItemLine(long id, String number, String subject, String statusLabel, LocalDate dueDate,
        boolean overdue, String assignee, boolean classified) {
}
