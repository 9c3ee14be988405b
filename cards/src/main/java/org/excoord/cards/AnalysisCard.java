package org.excoord.cards;

import java.time.LocalDate;
import java.util.List;

/**
 * What an analyzer found in an authority.
 *
 * @param analyzer    which analyzer ("offline-1"), so readers know how much to trust it
 * @param obligations      the first duties to show; {@code totalObligations} says how many there are
 * @param executiveActions where the viewer may create action items from the duties (none: no such button)
 */
public record AnalysisCard(long authorityId, String title, String number, String summary, List<Point> keyPoints,
        List<Duty> obligations, int totalObligations, String analyzer, List<Option> executiveActions) {

    /** A key point with the section it comes from. */
    public record Point(String text, String sectionId) {
    }

    /** Who must do what by when, and where the text says so. {@code due} null when the text gives no date. */
    public record Duty(String actor, String action, LocalDate due, String deadlineText, String sectionId) {
    }
}
