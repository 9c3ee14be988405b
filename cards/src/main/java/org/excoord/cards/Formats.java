package org.excoord.cards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;

/**
 * How dates, times and enum names read on a card. Instants are shown in UTC and say so: a card is one JSON
 * for everyone in a chat, so it cannot be in each reader's time zone.
 */
final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm 'UTC'", Locale.US).withZone(ZoneOffset.UTC);

    /** The methods of receipt in the order the secretariat meets them most, with their readable titles. */
    static final List<Option> METHODS = List.of(new Option("MAIL", "Postal mail"), new Option("EMAIL", "Email"),
            new Option("PORTAL", "Web portal"), new Option("PHONE", "Phone"), new Option("FAX", "Fax"),
            new Option("IN_PERSON", "In person"));

    private Formats() {
    }

    static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    /** The value an {@code Input.Date} expects. */
    static String isoDate(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String instant(Instant instant) {
        return instant == null ? null : INSTANT.format(instant);
    }

    /** "Dec 1, 2026 — Overdue": the word carries the meaning, colour (where the caller adds it) only repeats it. */
    static String due(LocalDate date, boolean overdue) {
        if (date == null) {
            return overdue ? "Overdue" : null;
        }
        return overdue ? date(date) + " — Overdue" : date(date);
    }

    /** A readable form of an enum name such as {@code IN_PERSON} or {@code REVERT_TO_NEW}. */
    static String enumName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (Option method : METHODS) {
            if (method.value().equals(name)) {
                return method.title();
            }
        }
        String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
