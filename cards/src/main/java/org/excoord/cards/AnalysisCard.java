package org.excoord.cards;

import java.time.LocalDate;
import java.util.List;

/**
 * What an analyzer found in an authority, as a compact card: the title, a short summary, the agency's soonest
 * duties, and the ways on (all duties, paged; drafting action items; the source document).
 *
 * @param analyzerLabel  the analyzer's name for people ("Azure OpenAI"); null reads "automatic analysis"
 * @param sourceUrl      the authority's published text; shown as a link only when it is an https URL
 * @param agency         the agency the duties are sorted for ("Department of Public Administration")
 * @param topDuties      the agency's duties to show, soonest first (the builder shows at most five)
 * @param agencyDuties   how many of the duties are the agency's
 * @param totalDuties    how many duties the text imposes in all
 * @param drafts         the duties a person may turn into action items here; null when the viewer may not
 * @param result         what the last press did ("Created AI-…"), or null
 * @param today          the agency's today: a duty's date before it "was due"
 */
public record AnalysisCard(long authorityId, String number, String title, String summary, String analyzerLabel,
        String sourceUrl, String agency, List<Duty> topDuties, int agencyDuties, int totalDuties, Drafts drafts,
        Result result, LocalDate today) {

    /**
     * A duty: what to do, who the text addresses, by when, and where it says so.
     *
     * @param index     its position in the analysis (stable: one analysis per text and analyzer)
     * @param what      the instruction ("Provide a report on …")
     * @param actor     as the text names them ("the head of each agency")
     * @param due       the text's date, or null
     * @param deadline  the text's words when it states a deadline without a date ("within 90 days of receipt …")
     * @param forAgency addressed to the agency or to every agency
     */
    public record Duty(int index, String what, String actor, LocalDate due, String deadline, String sectionId,
            boolean forAgency) {
    }

    /**
     * The form that turns picked duties into action items under an executive action. Nothing is picked in advance.
     *
     * @param executiveActions where the viewer may add items
     * @param earliestDue      the earliest due date the date pickers allow (today)
     */
    public record Drafts(List<Draft> drafts, List<Option> executiveActions, LocalDate earliestDue) {
    }

    /**
     * One duty as the action item it would become.
     *
     * @param subject        the item's subject ("Provide a report on … (Sec. 3(b))")
     * @param assignee       who it goes to, in words ("Lynne Robbins (Cybersecurity Division)", "You, to triage")
     * @param proposedDue    the date picker's default
     * @param textDue        the text's own date, or null
     * @param passedAtImport the text's date had passed when the authority was imported (so it is no due date)
     * @param recurrence     how the item will recur, when the duty does ("Recurs every 60 days" on the card); null
     *                       for a duty done once
     */
    public record Draft(int index, String subject, String assignee, LocalDate proposedDue, LocalDate textDue,
            String textDeadline, boolean passedAtImport, org.excoord.actionitem.Recurrence recurrence) {

        /** A draft of a duty done once. */
        public Draft(int index, String subject, String assignee, LocalDate proposedDue, LocalDate textDue,
                String textDeadline, boolean passedAtImport) {
            this(index, subject, assignee, proposedDue, textDue, textDeadline, passedAtImport, null);
        }
    }

    /**
     * What the last press did, shown above the buttons.
     *
     * @param undoItems the ids of the items an "Undo" would cancel ("12,13"); null for no Undo button
     */
    public record Result(String line, String undoItems) {
    }
}
