package org.excoord.nudge;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.excoord.shared.WorkingDays;

/**
 * What a moment is in each time zone the people live in, computed once per zone in Java (a handful of rows) so that
 * the planner's SQL compares plain dates and times instead of calling time-zone or calendar functions per row.
 */
final class LocalDays {

    /** One zone's view of the moment; {@code zone} is the text as stored in {@code person.time_zone}. */
    record Day(String zone, LocalDate today, LocalTime time, boolean working, boolean quiet, LocalDate horizon,
            LocalDate weekEnd, boolean firstWorkingDayOfWeek, Instant digestOf, Instant acknowledgeBefore) {
    }

    static final ZoneId FALLBACK = ZoneId.of("America/New_York");

    private LocalDays() {
    }

    /** A stored zone that Java does not know is read as the default zone of {@code person.time_zone}. */
    static ZoneId zoneOf(String stored) {
        try {
            return stored == null ? FALLBACK : ZoneId.of(stored);
        } catch (java.time.DateTimeException e) {
            return FALLBACK;
        }
    }

    static List<Day> of(Collection<String> zones, Instant at, NudgeRules rules) {
        List<Day> days = new ArrayList<>(zones.size());
        for (String stored : zones) {
            days.add(of(stored, at, rules));
        }
        return days;
    }

    static Day of(String stored, Instant at, NudgeRules rules) {
        ZoneId zone = zoneOf(stored);
        ZonedDateTime local = at.atZone(zone);
        LocalDate today = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        boolean working = WorkingDays.isWorkingDay(today);
        boolean quiet = !working || time.isBefore(rules.quietStart()) || !time.isBefore(rules.quietEnd());
        LocalDate horizon = WorkingDays.plusWorkingDays(today, rules.dueSoonWorkingDays());
        LocalDate weekEnd = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // a weekly digest goes on the week's first working day: Tuesday after a Monday holiday
        LocalDate firstWorking = WorkingDays.isWorkingDay(monday) ? monday : WorkingDays.nextWorkingDay(monday);
        Instant digestOf = today.atTime(rules.digestTime()).atZone(zone).toInstant();
        return new Day(stored, today, time, working, quiet, horizon, weekEnd, working && firstWorking.equals(today),
                digestOf, acknowledgeBefore(today, zone, rules.acknowledgementWorkingDays()));
    }

    /**
     * Correspondence received before this instant is past its acknowledgement SLA today: received on day r, it is late
     * once {@code r + N working days} is before today. The latest such r is found by walking back; its next midnight is
     * the bound.
     */
    private static Instant acknowledgeBefore(LocalDate today, ZoneId zone, int workingDays) {
        LocalDate received = today.minusDays(1);
        while (!WorkingDays.plusWorkingDays(received, workingDays).isBefore(today)) {
            received = received.minusDays(1);
        }
        return received.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
