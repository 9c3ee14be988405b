package org.excoord.actionitem;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.excoord.shared.Refusal;

/**
 * How an action item recurs: when an occurrence is complete, the next is due one {@code period} after it (after its
 * due date, or after the day it was completed when it had none), as long as that falls on or before {@code until}
 * (null: until the authority behind its executive action is revoked).
 *
 * @param period how often; between {@link #SHORTEST} and {@link #LONGEST}
 * @param until  the last day an occurrence may be due, or null
 */
public record Recurrence(Period period, LocalDate until) {

    public static final Period SHORTEST = Period.ofDays(1);
    public static final Period LONGEST = Period.ofYears(5);
    private static final LocalDate FROM = LocalDate.of(2000, 1, 1);

    /** Null when {@code period} is a usable recurrence, otherwise why not (for the field {@code field}). */
    public static Refusal check(String field, Period period) {
        if (period == null || period.isNegative() || period.isZero()) {
            return Refusal.invalid(field, "a recurrence needs a positive period (P60D, P3M, P1Y)");
        }
        // compared as dates: "P12M" and "P1Y" are the same length, "P400D" is longer than "P1Y"
        if (FROM.plus(period).isBefore(FROM.plus(SHORTEST)) || FROM.plus(period).isAfter(FROM.plus(LONGEST))) {
            return Refusal.invalid(field, "a recurrence is between 1 day and 5 years");
        }
        return null;
    }

    /**
     * The recurrence of an ISO-8601 period ("P60D", as an analysis gives it) and an end, or null when the period is
     * missing, not a period, or outside the bounds an item may recur by.
     */
    public static Recurrence of(String isoPeriod, LocalDate until) {
        Period period = parse(isoPeriod);
        return period == null || check("recurrence", period) != null ? null : new Recurrence(period, until);
    }

    /** The ISO-8601 text ("P60D"), or null when it is not a period. */
    public static Period parse(String iso) {
        if (iso == null || iso.isBlank() || iso.length() > 20) {
            return null;
        }
        try {
            return Period.parse(iso.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** When the occurrence after one due on {@code due} (or completed on {@code completed}, if undated) is due. */
    public LocalDate nextDue(LocalDate due, LocalDate completed) {
        return (due != null ? due : completed).plus(period);
    }

    /** Whether an occurrence due on {@code due} is still within the recurrence's end. */
    public boolean allows(LocalDate due) {
        return until == null || !due.isAfter(until);
    }

    /** In plain words, for cards and the audit: "every 60 days", "annually", "every 3 months until 2030-12-31". */
    public String inWords() {
        return inWords(period) + (until == null ? "" : " until " + until);
    }

    /** "every 60 days", "every 2 weeks", "monthly", "quarterly", "every 6 months", "annually", "every 2 years". */
    public static String inWords(Period p) {
        Period n = p.normalized();
        if (n.getYears() > 0 && n.getMonths() == 0 && n.getDays() == 0) {
            return n.getYears() == 1 ? "annually" : "every " + n.getYears() + " years";
        }
        if (n.getYears() == 0 && n.getMonths() > 0 && n.getDays() == 0) {
            return switch (n.getMonths()) {
                case 1 -> "monthly";
                case 3 -> "quarterly";
                default -> "every " + n.getMonths() + " months";
            };
        }
        if (n.getYears() == 0 && n.getMonths() == 0) {
            int d = n.getDays();
            return d == 1 ? "daily" : d == 7 ? "weekly" : d % 7 == 0 ? "every " + d / 7 + " weeks" : "every " + d + " days";
        }
        return "every " + p; // a mixed period ("P1Y2M") is rare enough to show as written
    }
}
