package org.excoord.analyzer.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Scores an analyzer's dated duties against a reference: recall and precision of (section, due date), each found
 * duty matched at most once (two duties of one section with one due date are two); a reference duty whose due
 * date is null (counted from another event, or only recurring) is matched by a dated duty of its section with no
 * date. Also lists the quotes that are not verbatim in their section (whitespace aside) or start mid-sentence.
 */
public final class Scorer {

    private static final Pattern SENTENCE_END = Pattern.compile("[.;:!?][\"”’)]*$");
    private static final Pattern MARKER = Pattern.compile("^\\((?:\\d{1,2}|[A-Za-z]{1,5})\\)\\s");
    private static final Pattern SECTION_HEADING = Pattern.compile("#{2,4}\\s+(?:Section|Sec\\.)\\s+\\d+\\.?$");

    private Scorer() {
    }

    /** A dated duty an analyzer found: a deadline, a due date or a recurrence. */
    public record Found(String section, LocalDate due, String quote) {
    }

    /** The text of a section (children included) and its heading, as the parser gives them. */
    public record Section(String text, String heading) {
    }

    public record Score(List<ReferenceSet.Duty> expected, List<Found> found, List<ReferenceSet.Duty> misses,
            List<Found> falsePositives, List<Found> notVerbatim, List<Found> midSentence) {

        public double recall() {
            return expected.isEmpty() ? 1 : (expected.size() - misses.size()) / (double) expected.size();
        }

        public double precision() {
            return found.isEmpty() ? 1 : (found.size() - falsePositives.size()) / (double) found.size();
        }

        public String report() {
            StringBuilder s = new StringBuilder(String.format("recall %.3f (%d/%d), precision %.3f (%d/%d)",
                    recall(), expected.size() - misses.size(), expected.size(), precision(),
                    found.size() - falsePositives.size(), found.size()));
            misses.forEach(m -> s.append("\n  missed ").append(m.section()).append(" due ").append(m.due())
                    .append(": ").append(abbreviated(m.quote())));
            falsePositives.forEach(f -> s.append("\n  false positive ").append(f.section()).append(" due ")
                    .append(f.due()).append(": ").append(abbreviated(f.quote())));
            notVerbatim.forEach(f -> s.append("\n  not verbatim ").append(f.section()).append(": ")
                    .append(abbreviated(f.quote())));
            midSentence.forEach(f -> s.append("\n  starts mid-sentence ").append(f.section()).append(": ")
                    .append(abbreviated(f.quote())));
            return s.toString();
        }
    }

    public static Score score(List<ReferenceSet.Duty> reference, List<Found> found, Map<String, Section> sections) {
        List<Found> unmatched = new ArrayList<>(found);
        List<ReferenceSet.Duty> misses = new ArrayList<>();
        for (ReferenceSet.Duty duty : reference) {
            Found match = unmatched.stream()
                    .filter(f -> f.section().equals(duty.section()) && Objects.equals(f.due(), duty.due()))
                    .findFirst().orElse(null);
            if (match == null) {
                misses.add(duty);
            } else {
                unmatched.remove(match);
            }
        }
        List<Found> notVerbatim = new ArrayList<>();
        List<Found> midSentence = new ArrayList<>();
        for (Found f : found) {
            Section section = sections.get(f.section());
            String text = section == null ? "" : normalized(section.text());
            String quote = normalized(f.quote());
            int at = text.indexOf(quote);
            if (at < 0 || quote.isEmpty()) {
                notVerbatim.add(f);
            } else if (!startsASentence(text.substring(0, at).strip(), quote, section.heading())) {
                midSentence.add(f);
            }
        }
        return new Score(reference, found, misses, unmatched, notVerbatim, midSentence);
    }

    /**
     * A quote starts a sentence when it opens with a list marker, or with no lower-case letter after what ends a
     * sentence, the section's heading, or nothing.
     */
    static boolean startsASentence(String before, String quote, String heading) {
        if (MARKER.matcher(quote).find()) {
            return true;
        }
        if (Character.isLowerCase(quote.codePointAt(0))) {
            return false;
        }
        String b = before.replaceAll("\\*+$", "").strip();
        if (heading != null && !heading.isBlank() && b.endsWith(normalized(heading))) {
            b = b.substring(0, b.length() - normalized(heading).length()).replaceAll("\\*+$", "").strip();
        }
        return b.isEmpty() || SENTENCE_END.matcher(b).find() || SECTION_HEADING.matcher(b).find();
    }

    static String normalized(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String abbreviated(String s) {
        String n = normalized(s);
        return n.length() <= 110 ? n : n.substring(0, 107) + "…";
    }
}
