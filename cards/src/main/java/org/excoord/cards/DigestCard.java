package org.excoord.cards;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's morning digest: what is overdue, due today and due soon, each line with Open, Start (when it can
 * start) and Snooze; "and N more" beyond what the card lists. The card refreshes itself ({@link CardVerbs#DIGEST_REFRESH})
 * for {@code viewerMri}, so a press on a line redraws it in place.
 *
 * @param more       lines that exist beyond these (the planner's total minus what it listed)
 * @param today      the viewer's day: the earliest snooze date is the day after
 * @param notice     a line on top, e.g. "AI-2026-000042 is now In Progress."; null when none
 */
public record DigestCard(List<NudgeLine> overdue, List<NudgeLine> dueToday, List<NudgeLine> dueSoon, int more,
        LocalDate today, String notice) {

    public DigestCard {
        overdue = overdue == null ? List.of() : List.copyOf(overdue);
        dueToday = dueToday == null ? List.of() : List.copyOf(dueToday);
        dueSoon = dueSoon == null ? List.of() : List.copyOf(dueSoon);
    }

    public int size() {
        return overdue.size() + dueToday.size() + dueSoon.size();
    }
}
