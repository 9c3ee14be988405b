package org.excoord.analyzer.offline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.excoord.authority.analysis.AnalysisResult.Deadline;

/** Finds the deadline in a sentence: "within 60 days of the date of this order", "by December 31, 2023", … */
public final class Deadlines {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty-five", 45), Map.entry("sixty", 60), Map.entry("ninety", 90));
    private static final String NUMBER = "(\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|fifteen"
            + "|twenty|thirty|forty-five|sixty|ninety)";
    private static final Pattern PERIOD = Pattern.compile("(?i)\\b(?:within|no later than|not later than)\\s+" + NUMBER
            + "\\s+(day|week|month|year)s?\\s+(?:of|after|from|following)\\s+((?:the date of )?(?:this order|[^,;:]{3,120}))");
    private static final Pattern DATE = Pattern.compile("(?i)\\b(?:by|no later than|not later than|before)\\s+"
            + "((?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},\\s+\\d{4})");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private Deadlines() {
    }

    public static Deadline in(String sentence, LocalDate signed) {
        Matcher period = PERIOD.matcher(sentence);
        if (period.find()) {
            int n = NUMBERS.getOrDefault(period.group(1).toLowerCase(Locale.ROOT), -1);
            if (n < 0) {
                n = Integer.parseInt(period.group(1));
            }
            int days = switch (period.group(2).toLowerCase(Locale.ROOT)) {
                case "week" -> n * 7;
                case "month" -> n * 30;
                case "year" -> n * 365;
                default -> n;
            };
            String anchor = period.group(3).strip();
            boolean fromOrder = anchor.toLowerCase(Locale.ROOT).matches("(the date of )?this order");
            LocalDate due = fromOrder && signed != null ? dueFrom(signed, n, period.group(2)) : null;
            return new Deadline(sentence.substring(period.start(), period.end()).strip(), days, anchor, due);
        }
        Matcher date = DATE.matcher(sentence);
        if (date.find()) {
            try {
                return new Deadline(date.group().strip(), null, null, LocalDate.parse(date.group(1), LONG_DATE));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    /** Months and years count on the calendar ("within 1 year" of May 12, 2021 is May 12, 2022). */
    private static LocalDate dueFrom(LocalDate signed, int n, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "week" -> signed.plusWeeks(n);
            case "month" -> signed.plusMonths(n);
            case "year" -> signed.plusYears(n);
            default -> signed.plusDays(n);
        };
    }
}
