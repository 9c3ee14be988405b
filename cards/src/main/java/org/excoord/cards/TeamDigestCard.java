package org.excoord.cards;

import java.util.List;

/**
 * A manager's digest of their unit subtree: overdue and due-this-week items grouped by person (in the order of
 * {@code lines}), each with Open, Nudge and Reassign.
 *
 * @param weekly the manager chose a weekly digest (the heading says "this week")
 * @param more   lines beyond these
 * @param reassignTo a few people of the team for the Reassign pickers (at least one: a picker needs a choice; the
 *                   type-ahead searches the rest)
 */
public record TeamDigestCard(String unitName, List<NudgeLine> lines, int more, boolean weekly, List<Option> reassignTo) {

    public TeamDigestCard {
        lines = lines == null ? List.of() : List.copyOf(lines);
        reassignTo = reassignTo == null ? List.of() : List.copyOf(reassignTo).subList(0, Math.min(10, reassignTo.size()));
    }
}
