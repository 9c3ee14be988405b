package org.excoord.actionitem;

import java.time.LocalDate;
import java.util.Map;
import org.excoord.shared.ActionStatus;

/**
 * The roll-up of an executive action's items.
 *
 * @param byStatus        item counts per status
 * @param total           all items except cancelled ones
 * @param complete        complete items
 * @param overdue         open items past their due date
 * @param percentComplete complete / total, 0 when there are no items
 * @param nextDue         the earliest due date among open items, null when none
 */
public record Progress(Map<ActionStatus, Long> byStatus, long total, long complete, long overdue, int percentComplete,
        LocalDate nextDue) {
}
