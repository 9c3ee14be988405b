package org.excoord.authority.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * What an analyzer found.
 *
 * @param analyzer      which analyzer produced it: its id, kept for the cache and the audit ("offline-1")
 * @param analyzerLabel the same in words for people ("Offline analysis", "Azure OpenAI"); null in results stored
 *                      before it existed, until {@link AuthorityAnalysis} reads them
 * @param summary     a short paragraph
 * @param keyPoints   the main points, each tied to a section
 * @param obligations who must do what, by when
 * @param references  other executive orders the text cites
 * @param usage       what it cost (model tokens; zero for the offline analyzer)
 * @param notice      why this analyzer answered instead of the configured one, or null
 */
public record AnalysisResult(String analyzer, String analyzerLabel, String summary, List<KeyPoint> keyPoints, List<Obligation> obligations,
        List<Reference> references, Usage usage, String notice) {

    public AnalysisResult withNotice(String why) {
        return new AnalysisResult(analyzer, analyzerLabel, summary, keyPoints, obligations, references, usage, why);
    }

    public AnalysisResult withAnalyzerLabel(String label) {
        return new AnalysisResult(analyzer, label, summary, keyPoints, obligations, references, usage, notice);
    }

    /**
     * @param dropped points the model returned that did not survive verification (unknown section, quote not in it)
     */
    public record Usage(long promptTokens, long completionTokens, int calls, int dropped) {
        public static final Usage NONE = new Usage(0, 0, 0, 0);
    }

    /** A point of the summary: its words, its section, and the sentence it rests on. */
    public record KeyPoint(String text, String sectionId, String quote) {
    }

    /**
     * A duty the text imposes.
     *
     * @param actor    who must act ("the Secretary of Homeland Security"), as the text names them
     * @param action   what they must do
     * @param deadline when, if the text says; null otherwise
     * @param quote    the sentence, verbatim from the section (whitespace aside)
     */
    public record Obligation(String actor, String action, Deadline deadline, String sectionId, String quote) {
    }

    /**
     * A deadline as the text states it, resolved to a date when it counts from a known date.
     *
     * @param text   as written: "Within 60 days of the date of this order"
     * @param days   the period in days, if the deadline is a period
     * @param anchor what the period counts from: "the date of this order", "receipt of the recommendations …"
     * @param due    the date, when the anchor is the order's own date (signing date + days) or a date is written
     * @param recurrence how the duty recurs after its first due date ("and every 60 days thereafter"), or null;
     *                   null too in analyses stored before it existed
     */
    public record Deadline(String text, Integer days, String anchor, LocalDate due, Recurrence recurrence) {

        /** A deadline that does not recur (the shape before recurrences were kept). */
        public Deadline(String text, Integer days, String anchor, LocalDate due) {
            this(text, days, anchor, due, null);
        }

        public Deadline withRecurrence(Recurrence r) {
            return new Deadline(text, days, anchor, due, r);
        }
    }

    /**
     * How often a duty recurs, so that the action item made of it can recur too.
     *
     * @param period      ISO-8601 period: "P60D", "P3M", "P1Y"
     * @param text        the words of the text that say so ("every 60 days thereafter", "annually")
     * @param countedFrom what each occurrence counts from ("the previous occurrence")
     * @param until       the last day an occurrence may fall on, when the sentence itself gives an end ("until
     *                    2030", "through fiscal year 2027"); null: until the authority is revoked
     */
    public record Recurrence(String period, String text, String countedFrom, LocalDate until) {

        /** The period, or null when the stored text is not an ISO-8601 period. */
        public java.time.Period periodOrNull() {
            try {
                return period == null ? null : java.time.Period.parse(period);
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
    }

    /**
     * An executive order the text cites, and the section that cites it.
     *
     * @param authorityId the cited order in the catalog, when it is there (matched when the analysis is read)
     */
    public record Reference(String executiveOrderNumber, String relation, String sectionId, String quote,
            Long authorityId) {
    }

    /** The same analysis with each cited order matched to the catalog by {@code lookup} (EO number → id). */
    public AnalysisResult withReferencesMatched(java.util.function.Function<String, Long> lookup) {
        return new AnalysisResult(analyzer, analyzerLabel, summary, keyPoints, obligations, references.stream()
                .map(r -> new Reference(r.executiveOrderNumber(), r.relation(), r.sectionId(), r.quote(),
                        lookup.apply(r.executiveOrderNumber()))).toList(), usage, notice);
    }
}
