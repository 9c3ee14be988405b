package org.excoord.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days: Monday to Friday. The project keeps no holiday calendar, so federal holidays count as working days;
 * a date that falls on one is a day early at worst, and the person sees and may change it.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /**
     * The day {@code days} working days after {@code from} (from a Friday, 1 working day is the Monday).
     *
     * @param days zero or more; zero gives {@code from} itself, or the next working day when it is a weekend day
     */
    public static LocalDate after(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate d = from;
        while (isWeekend(d)) {
            d = d.plusDays(1);
        }
        for (int left = days; left > 0; left--) {
            d = d.plusDays(1);
            while (isWeekend(d)) {
                d = d.plusDays(1);
            }
        }
        return d;
    }

    public static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
