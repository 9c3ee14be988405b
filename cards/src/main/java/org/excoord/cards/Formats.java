package org.excoord.cards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How dates, times and enum names read on a card, in one place.
 *
 * <p>An instant is written as the Adaptive Cards date and time functions ({@code {{DATE(…, SHORT)}}
 * {{TIME(…)}}}): Teams and Microsoft's renderer show them in each reader's own locale and time zone, which a
 * card shared by a whole chat could not do otherwise ("Tue, Dec 1, 2026 1:44 PM"). A calendar date (a due
 * date) has no time zone, so it is written out in the same shape ("Tue, Dec 1, 2026"); passing it through
 * {@code DATE()} would move it a day for readers west of UTC.
 */
final class Formats {

    // the functions want RFC 3339 without fractions: "2026-12-01T18:44:00Z"
    private static final DateTimeFormatter RFC_3339 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** What {@link #instant} writes, so text checks can tell the card's own functions from a person's text. */
    static final Pattern INSTANT = Pattern.compile(
            "\\{\\{DATE\\(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z, SHORT\\)}} \\{\\{TIME\\(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z\\)}}");

    /** The methods of receipt in the order the secretariat meets them most, with their readable titles. */
    static final List<Option> METHODS = List.of(new Option("MAIL", "Postal mail"), new Option("EMAIL", "Email"),
            new Option("PORTAL", "Web portal"), new Option("PHONE", "Phone"), new Option("FAX", "Fax"),
            new Option("IN_PERSON", "In person"));

    // An enum constant as the bot may pass it ("HIGH", "IN_PROGRESS"); anything else is already a label.
    private static final Pattern ENUM_NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private Formats() {
    }

    /** "Tue, Dec 1, 2026". */
    static String date(LocalDate date) {
        return org.excoord.authority.PlainText.date(date);
    }

    /** The value an {@code Input.Date} expects. */
    static String isoDate(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * The instant as card text (already escaped: it goes into a card as it is) that Teams shows in the reader's
     * time zone; seconds are dropped, the functions do not show them.
     */
    static String instant(Instant instant) {
        if (instant == null) {
            return null;
        }
        String at = RFC_3339.format(instant.truncatedTo(ChronoUnit.SECONDS));
        return "{{DATE(" + at + ", SHORT)}} {{TIME(" + at + ")}}";
    }

    /** "Tue, Dec 1, 2026 — Overdue": the word carries the meaning, colour (where the caller adds it) only repeats it. */
    static String due(LocalDate date, boolean overdue) {
        if (date == null) {
            return overdue ? "Overdue" : null;
        }
        return overdue ? date(date) + " — Overdue" : date(date);
    }

    /**
     * The one label function: an enum name such as {@code HIGH}, {@code IN_PERSON} or {@code REVERT_TO_NEW}
     * becomes "High", "In person", "Revert to new"; a text that is already a label ("In Progress") is kept, so
     * every status, priority, state and level on a card reads the same whoever built the model.
     */
    static String label(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (Option method : METHODS) {
            if (method.value().equals(name)) {
                return method.title();
            }
        }
        if (!ENUM_NAME.matcher(name).matches() || name.length() < 2) {
            return name;
        }
        String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * An authority's status in the words of its kind: an executive order that is no longer in force was
     * "revoked" (the Federal Register's word, and the word of its disposition notes), a statute "repealed".
     */
    static String authorityStatus(String status, boolean executiveOrder) {
        String label = label(status);
        return executiveOrder && "Repealed".equalsIgnoreCase(label) ? "Revoked" : label;
    }
}
