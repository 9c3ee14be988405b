package org.excoord.nudge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.excoord.shared.Priority;
import org.excoord.shared.WorkingDays;

/**
 * For each local "today" and priority, the escalation of every due date that is at least one step overdue: its level
 * (working days overdue / N, capped) and the day each step up to it was reached. A few thousand rows computed in Java
 * from {@link WorkingDays}, joined to the items on (priority, due date): the SQL never counts working days per item.
 * Only due dates with a step inside the catch-up window ({@link NudgeRules#escalationCatchUpWorkingDays()}) get a row,
 * so the items the join reaches are the few whose escalation is news, not every overdue item.
 */
final class EscalationCalendar {

    record Row(LocalDate today, String priority, LocalDate due, int level, List<LocalDate> steps) {
    }

    private EscalationCalendar() {
    }

    /** The oldest step day still sent on {@code today}: that many working days back. */
    static LocalDate catchUpFrom(LocalDate today, NudgeRules rules) {
        LocalDate from = today;
        for (int i = 0; i < rules.escalationCatchUpWorkingDays(); i++) {
            from = WorkingDays.previousWorkingDay(from);
        }
        return from;
    }

    static List<Row> of(Collection<LocalDate> todays, LocalDate earliestDue, NudgeRules rules) {
        List<Row> rows = new ArrayList<>();
        if (earliestDue == null) {
            return rows;
        }
        for (LocalDate today : todays) {
            // the working days after earliestDue up to today, in order: ordinal k is the (k+1)-th working day after
            List<LocalDate> working = new ArrayList<>();
            for (LocalDate d = earliestDue.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
                if (WorkingDays.isWorkingDay(d)) {
                    working.add(d);
                }
            }
            for (Priority priority : Priority.values()) {
                int n = Math.max(1, rules.escalationWorkingDays().getOrDefault(priority, 3));
                int before = 0; // working days in (earliestDue, due]
                for (LocalDate due = earliestDue; due.isBefore(today); due = due.plusDays(1)) {
                    if (due.isAfter(earliestDue) && WorkingDays.isWorkingDay(due)) {
                        before++;
                    }
                    int overdue = working.size() - before; // working days in (due, today]
                    int level = Math.min(overdue / n, rules.maxEscalationLevels());
                    if (level < 1) {
                        continue;
                    }
                    List<LocalDate> steps = new ArrayList<>(level);
                    for (int k = 1; k <= level; k++) {
                        steps.add(working.get(before + k * n - 1));
                    }
                    // steps ascend: when even the last one is older than the catch-up window, none is sent again
                    if (!steps.get(level - 1).isBefore(catchUpFrom(today, rules))) {
                        rows.add(new Row(today, priority.name(), due, level, steps));
                    }
                }
            }
        }
        return rows;
    }
}
