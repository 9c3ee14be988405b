package org.excoord.cards;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of all the duties of an authority's analysis, in the order of the text, each marked as the agency's or
 * not, with the form to draft action items from the agency's duties on the page.
 *
 * @param duties one page ({@link Cards#DUTIES_PAGE_SIZE}), in the order of the text
 * @param page   zero-based
 * @param total  all duties of the analysis
 * @param drafts the agency's duties on this page as items, or null when the viewer may not create them
 * @param result what the last press did, or null
 */
public record DutiesCard(long authorityId, String number, String title, String agency, List<AnalysisCard.Duty> duties,
        int page, int total, AnalysisCard.Drafts drafts, AnalysisCard.Result result, LocalDate today) {
}
