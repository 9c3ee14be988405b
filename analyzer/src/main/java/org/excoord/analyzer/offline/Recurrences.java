package org.excoord.analyzer.offline;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds how often a duty recurs: "quarterly", "annually thereafter", "on an annual basis", "every 60 days",
 * "biennially", "every 2 years", "semiannual reports". "Periodically" and "on a regular basis" name no period, so
 * they are no recurrence (nothing could be counted from them). An adverb that measures a target rather than
 * repeats an act ("annually diverting 50 percent") is not one either.
 */
public final class Recurrences {

    /**
     * How often a duty recurs.
     *
     * @param period      how often
     * @param text        the words of the text that say so
     * @param countedFrom what each occurrence counts from
     */
    public record Recurrence(Period period, String text, String countedFrom, LocalDate until) {

        public static final String PREVIOUS = "the previous occurrence";

        /** A recurrence the sentence gives no end for: until the authority is revoked. */
        public Recurrence(Period period, String text, String countedFrom) {
            this(period, text, countedFrom, null);
        }

        public Recurrence until(LocalDate end) {
            return new Recurrence(period, text, countedFrom, end);
        }

        /** In core's terms, for the obligation's deadline (and the recurring action item made of it). */
        public org.excoord.authority.analysis.AnalysisResult.Recurrence toCore() {
            return new org.excoord.authority.analysis.AnalysisResult.Recurrence(period.toString(), text, countedFrom,
                    until);
        }

        /** The period in days, roughly (a year is 365), for a core {@code Deadline}'s {@code days}. */
        public int approximateDays() {
            return period.getYears() * 365 + period.getMonths() * 30 + period.getDays();
        }

        public LocalDate after(LocalDate date) {
            return date == null ? null : date.plus(period);
        }
    }

    private static final Map<String, Period> WORDS = Map.ofEntries(Map.entry("annual", Period.ofYears(1)),
            Map.entry("annually", Period.ofYears(1)), Map.entry("yearly", Period.ofYears(1)),
            Map.entry("semiannual", Period.ofMonths(6)), Map.entry("semiannually", Period.ofMonths(6)),
            Map.entry("biannual", Period.ofMonths(6)), Map.entry("biannually", Period.ofMonths(6)),
            Map.entry("quarterly", Period.ofMonths(3)), Map.entry("monthly", Period.ofMonths(1)),
            Map.entry("weekly", Period.ofWeeks(1)), Map.entry("daily", Period.ofDays(1)),
            Map.entry("biennial", Period.ofYears(2)), Map.entry("biennially", Period.ofYears(2)),
            Map.entry("triennial", Period.ofYears(3)), Map.entry("triennially", Period.ofYears(3)));
    private static final String ADJECTIVES = "annual|yearly|semi-?annual|biannual|quarterly|monthly|weekly|daily"
            + "|biennial|triennial";
    private static final String ADVERBS = "annually|yearly|semi-?annually|biannually|quarterly|monthly|weekly|daily"
            + "|biennially|triennially";
    private static final String NUMBER = "(\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen"
            + "|thirty|forty-five|sixty|ninety|other)";
    private static final Pattern EVERY = Pattern.compile("(?i)\\b(?:every|each)\\s+(?:" + NUMBER + "\\s+)?"
            + "(day|week|month|year|fiscal year|calendar year)s?(?:\\s+thereafter|\\s+(?:after|from|following)\\s+"
            + "(?:the date of\\s+)?this order)?\\b");
    private static final Pattern BASIS = Pattern.compile("(?i)\\bon\\s+an?\\s+(" + ADJECTIVES
            + ")\\s+basis(?:\\s+thereafter)?\\b");
    // "annually update", "report quarterly", "at least annually": an adverb of the act, not of a measure
    private static final Pattern ADVERB = Pattern.compile("(?i)\\b(?:at least\\s+)?(" + ADVERBS
            + ")(?:\\s+thereafter)?\\b(?!\\s+[a-z]+ing\\b)");
    // "annual Sustainability Plans", "semiannual reports", "an annual report": a recurring product
    private static final Pattern PRODUCT = Pattern.compile("(?i)\\b(" + ADJECTIVES + ")\\s+(?:[\\w-]+\\s+){0,3}?"
            + "(?:reports?|plans?|updates?|reviews?|assessments?|briefings?|certifications?|reporting|"
            + "inventor(?:y|ies)|evaluations?)\\b");
    private static final Pattern ACT = Pattern.compile("(?i)\\b(?:report|update|review|submit|provide|publish|"
            + "certify|conduct|assess|brief|evaluate|revise|reissue|notify|meet|convene)\\w*\\b");
    private static final Pattern SHALL_BEFORE = Pattern.compile("(?i)\\b(?:shall|must)\\s*,?\\s*$");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("thirty", 30), Map.entry("forty-five", 45),
            Map.entry("sixty", 60), Map.entry("ninety", 90), Map.entry("other", 2));

    private Recurrences() {
    }

    /**
     * The recurrence a sentence states, or null; with the end the same sentence gives, if it gives one ("until
     * 2030", "through fiscal year 2027", "until December 31, 2028").
     */
    public static Recurrence in(String sentence) {
        Recurrence r = recurrenceIn(sentence);
        return r == null ? null : r.until(until(sentence));
    }

    // only an end with a date or a year: "until the work is done" names none that can be counted to
    private static final Pattern UNTIL = Pattern.compile("(?i)\\b(?:until|through)\\s+(?:the\\s+end\\s+of\\s+)?"
            + "(?:(?:fiscal\\s+year|FY)\\s*(\\d{4})|(?:calendar\\s+year\\s+)?(\\d{4})\\b"
            + "|((?:January|February|March|April|May|June|July|August|September|October|November|December)"
            + "\\s+\\d{1,2},\\s+\\d{4}))");
    private static final java.time.format.DateTimeFormatter LONG_DATE = java.time.format.DateTimeFormatter
            .ofPattern("MMMM d, yyyy", Locale.US);

    /**
     * The last day a recurrence may fall on, when the sentence says: a fiscal year ends on September 30 of its
     * year; a year alone ("until 2030", "through 2030") is read as through its December 31; a date is itself.
     */
    public static LocalDate until(String sentence) {
        Matcher m = UNTIL.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        try {
            if (m.group(1) != null) {
                return LocalDate.of(Integer.parseInt(m.group(1)), 9, 30);
            }
            if (m.group(2) != null) {
                int year = Integer.parseInt(m.group(2));
                return year < 1900 || year > 2200 ? null : LocalDate.of(year, 12, 31);
            }
            return LocalDate.parse(m.group(3).replaceAll("\\s+", " "), LONG_DATE);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Recurrence recurrenceIn(String sentence) {
        Matcher every = EVERY.matcher(sentence);
        if (every.find()) {
            String n = every.group(1) == null ? "1" : every.group(1).toLowerCase(Locale.ROOT);
            int count = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
            String unit = every.group(2).toLowerCase(Locale.ROOT);
            Period period = unit.endsWith("year") ? Period.ofYears(count) : unit.equals("month")
                    ? Period.ofMonths(count) : unit.equals("week") ? Period.ofWeeks(count) : Period.ofDays(count);
            boolean fromOrder = every.group().toLowerCase(Locale.ROOT).endsWith("this order");
            return new Recurrence(period, every.group().strip(), fromOrder ? FROM_ORDER : Recurrence.PREVIOUS);
        }
        for (Pattern p : new Pattern[] {BASIS, ADVERB, PRODUCT}) {
            Matcher m = p.matcher(sentence);
            if (m.find() && (p != BASIS || ofAnAct(sentence, m))) {
                Period period = WORDS.get(m.group(1).toLowerCase(Locale.ROOT).replace("-", ""));
                return new Recurrence(period, m.group().strip(), Recurrence.PREVIOUS);
            }
        }
        return null;
    }

    /**
     * "provide a report on an annual basis" repeats an act; "use on an annual basis" measures a quantity. The
     * basis counts when "thereafter" follows, a verb of delivering comes shortly before it, or it follows "shall".
     */
    private static boolean ofAnAct(String sentence, Matcher basis) {
        String before = sentence.substring(Math.max(0, basis.start() - 80), basis.start());
        // "shall, on an annual basis, issue instructions": the basis is the duty's own, whatever its verb
        return basis.group().toLowerCase(Locale.ROOT).endsWith("thereafter") || ACT.matcher(before).find()
                || SHALL_BEFORE.matcher(before).find();
    }

    /**
     * The recurrence as a core deadline, for a duty that has no other: its words, its period in days, what it
     * counts from, and the first due date when that counts from the order ("every 60 days after the date of this
     * order"); otherwise no date (the text does not fix the first one).
     */
    public static org.excoord.authority.analysis.AnalysisResult.Deadline deadline(Recurrence r, LocalDate signed) {
        return new org.excoord.authority.analysis.AnalysisResult.Deadline(r.text(), r.approximateDays(),
                r.countedFrom(), r.countedFrom().equals(FROM_ORDER) ? r.after(signed) : null, r.toCore());
    }

    /** "every 60 days after the date of this order": the first is due one period after signing. */
    static final String FROM_ORDER = "the date of this order, then the previous occurrence";

    /** "… thereafter": the recurrence starts after a first deadline the sentence (or its list) gives. */
    static boolean followsAFirstDeadline(Recurrence recurrence) {
        return recurrence.text().toLowerCase(Locale.ROOT).endsWith("thereafter");
    }
}
