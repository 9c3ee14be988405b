package org.excoord.nudge;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.excoord.shared.Priority;

/**
 * When and how much the sweep tells people ({@code excoord.nudges.*}, bound by the bot).
 *
 * @param digestTime              the default local time of the morning digest
 * @param dueSoonWorkingDays      "due soon" reaches this many working days ahead
 * @param quietStart              nothing is sent before this local time…
 * @param quietEnd                …nor from this local time on, nor on weekends (urgent kinds aside, by setting)
 * @param escalationWorkingDays   per priority: an item this many working days overdue escalates one level, and one
 *                                more per further as many days
 * @param maxEscalationLevels     escalation stops this many levels up the org-unit chain
 * @param escalationCatchUpWorkingDays a step reached more than this many working days ago is not sent any more (after
 *                                an outage, or on the first morning, the steps of the last days are caught up, not
 *                                every step since the oldest overdue item: the team digest lists those)
 * @param acknowledgementWorkingDays the secretariat's SLA: correspondence not acknowledged within this many working days
 * @param foldWindow              notifications arriving within this window of the last one told are folded into one card
 * @param claimTimeout            a claim left unsent this long (a crash) is taken again
 */
public record NudgeRules(LocalTime digestTime, int dueSoonWorkingDays, LocalTime quietStart, LocalTime quietEnd,
        Map<Priority, Integer> escalationWorkingDays, int maxEscalationLevels, int escalationCatchUpWorkingDays,
        int acknowledgementWorkingDays, Duration foldWindow, Duration claimTimeout) {

    public NudgeRules {
        escalationWorkingDays = Map.copyOf(escalationWorkingDays);
    }

    public static NudgeRules defaults() {
        return new NudgeRules(LocalTime.of(8, 30), 3, LocalTime.of(7, 0), LocalTime.of(19, 0),
                Map.of(Priority.CRITICAL, 1, Priority.HIGH, 1, Priority.MEDIUM, 3, Priority.LOW, 5), 5, 5, 2,
                Duration.ofMinutes(3), Duration.ofMinutes(5));
    }
}
