package org.excoord.cards;

import java.time.LocalDate;
import java.util.List;

/**
 * An executive action with its progress and its action items.
 *
 * @param classified above Unclassified: details are shown only in a 1:1 chat
 * @param total number of action items; {@code complete} and {@code overdue} count among them
 */
public record ActionCard(long id, String number, String name, String statusLabel, String priority,
        LocalDate dueDate, String owner, String classificationLabel, boolean classified, String authority,
        int percentComplete, long total, long complete, long overdue, List<ItemLine> items) {
}
