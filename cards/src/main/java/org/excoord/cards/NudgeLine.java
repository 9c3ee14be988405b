package org.excoord.cards;

import java.time.LocalDate;

/**
 * An action item as one line of a nudge card (a digest, a team digest, an escalation, a due-now nudge).
 *
 * @param mayStart  the viewer may start it now (it is New and theirs): the line offers Start
 * @param version   the version the viewer saw; sent back with Start so a stale press is refused
 * @param personId  whose item it is (the team digest groups by it); null for a team's item
 * @param assignee  the assignee's display name (the team digest's group title, the escalation's fact)
 * @param classified above Unclassified: outside a 1:1 chat only its number shows
 * @param status    the item's status as the item card names it ("In progress"), so a line acted on shows it
 */
public record NudgeLine(long itemId, String number, String subject, LocalDate dueDate, boolean overdue,
        boolean mayStart, long version, Long personId, String assignee, boolean classified, String status) {

    public NudgeLine(long itemId, String number, String subject, LocalDate dueDate, boolean overdue, boolean mayStart,
            long version, Long personId, String assignee, boolean classified) {
        this(itemId, number, subject, dueDate, overdue, mayStart, version, personId, assignee, classified, null);
    }
}
