package org.excoord.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The federal working-day calendar: Monday to Friday, less the legal public holidays of 5 U.S.C. 6103(a) on the day
 * they are observed (6103(b): a holiday on a Saturday is observed the Friday before, on a Sunday the Monday after).
 * One calendar for every feature that counts working days (the due-date event's reminder, default due dates, the
 * digests), so that they agree.
 *
 * <table>
 * <caption>The holidays</caption>
 * <tr><th>holiday (5 U.S.C. 6103(a))</th><th>date</th></tr>
 * <tr><td>New Year's Day</td><td>January 1</td></tr>
 * <tr><td>Birthday of Martin Luther King, Jr.</td><td>third Monday of January</td></tr>
 * <tr><td>Washington's Birthday</td><td>third Monday of February</td></tr>
 * <tr><td>Memorial Day</td><td>last Monday of May</td></tr>
 * <tr><td>Juneteenth National Independence Day</td><td>June 19 (from 2021, Pub. L. 117-17)</td></tr>
 * <tr><td>Independence Day</td><td>July 4</td></tr>
 * <tr><td>Labor Day</td><td>first Monday of September</td></tr>
 * <tr><td>Columbus Day</td><td>second Monday of October</td></tr>
 * <tr><td>Veterans Day</td><td>November 11</td></tr>
 * <tr><td>Thanksgiving Day</td><td>fourth Thursday of November</td></tr>
 * <tr><td>Christmas Day</td><td>December 25</td></tr>
 * </table>
 *
 * <p>Not in the table: Inauguration Day (a holiday only in the Washington, DC area, every fourth January 20), days off
 * granted by an executive order (such as a Christmas Eve), and state holidays. The rules are today's; years before
 * 2021 have no Juneteenth, and no attempt is made at older history. New Year's Day on a Saturday is observed on
 * December 31 of the year before, so that year has twelve observed holidays (2027 does).
 *
 * <p>A hand-written table rather than a library: the maintained one on Maven Central (jollyday) has no Columbus Day
 * in its country-wide United States calendar (it lists it per state) and needs an XML binding at run time; the rules
 * above are eleven lines.
 */
public final class WorkingDays {

    private static final Map<Integer, Map<LocalDate, String>> OBSERVED = new ConcurrentHashMap<>();

    private WorkingDays() {
    }

    /** Monday to Friday and not an observed federal holiday. */
    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !observedHolidays(date.getYear())
                .containsKey(date);
    }

    /** The holiday observed on this date (e.g. "Independence Day" on Friday 3 July 2026), if any. */
    public static Optional<String> holiday(LocalDate date) {
        return Optional.ofNullable(observedHolidays(date.getYear()).get(date));
    }

    /** The last working day strictly before {@code date}. */
    public static LocalDate previousWorkingDay(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The first working day strictly after {@code date}. */
    public static LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * {@code days} working days after {@code date} (before it when negative); {@code date} itself need not be a
     * working day, and 0 returns it unchanged. Friday plus 1 is Monday (or Tuesday after a Monday holiday).
     */
    public static LocalDate plusWorkingDays(LocalDate date, int days) {
        LocalDate day = date;
        for (int i = 0; i < Math.abs(days); i++) {
            day = days > 0 ? nextWorkingDay(day) : previousWorkingDay(day);
        }
        return day;
    }

    /** How many working days lie after {@code from} up to and including {@code to} (0 when {@code to} is not later). */
    public static int workingDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                days++;
            }
        }
        return days;
    }

    /** The federal holidays observed in {@code year}, by the date they are observed on, in date order. */
    public static Map<LocalDate, String> observedHolidays(int year) {
        return OBSERVED.computeIfAbsent(year, WorkingDays::compute);
    }

    private static Map<LocalDate, String> compute(int year) {
        Map<LocalDate, String> observed = new TreeMap<>();
        // next year's New Year's Day falls on December 31 of this one when it is a Saturday
        for (int y = year; y <= year + 1; y++) {
            for (Map.Entry<LocalDate, String> holiday : legal(y).entrySet()) {
                LocalDate day = observedOn(holiday.getKey());
                if (day.getYear() == year) {
                    observed.put(day, holiday.getValue());
                }
            }
        }
        return Collections.unmodifiableMap(observed);
    }

    /** The holidays of 5 U.S.C. 6103(a) in {@code year}, on their legal dates. */
    private static Map<LocalDate, String> legal(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), "New Year's Day");
        days.put(nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY), "Birthday of Martin Luther King, Jr.");
        days.put(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY), "Washington's Birthday");
        days.put(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Memorial Day");
        if (year >= 2021) {
            days.put(LocalDate.of(year, Month.JUNE, 19), "Juneteenth National Independence Day");
        }
        days.put(LocalDate.of(year, Month.JULY, 4), "Independence Day");
        days.put(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY), "Labor Day");
        days.put(nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY), "Columbus Day");
        days.put(LocalDate.of(year, Month.NOVEMBER, 11), "Veterans Day");
        days.put(nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY), "Thanksgiving Day");
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day");
        return days;
    }

    private static LocalDate nth(int year, Month month, int n, DayOfWeek day) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** 5 U.S.C. 6103(b): Saturday → the Friday before, Sunday → the Monday after. */
    private static LocalDate observedOn(LocalDate legal) {
        return switch (legal.getDayOfWeek()) {
            case SATURDAY -> legal.minusDays(1);
            case SUNDAY -> legal.plusDays(1);
            default -> legal;
        };
    }
}
