package org.excoord.cards;

import java.util.List;

/**
 * An overdue item escalated to a manager: its level (1 = the item's unit's manager, 2 = one level up …), how many
 * working days overdue, its assignee; Nudge, Reassign and Open.
 *
 * @param reassignTo the likely people for the Reassign picker (the type-ahead searches the rest)
 */
public record EscalationCard(NudgeLine item, int level, int workingDaysOverdue, String unitName,
        List<Option> reassignTo) {

    public EscalationCard {
        reassignTo = reassignTo == null ? List.of() : List.copyOf(reassignTo);
    }
}
