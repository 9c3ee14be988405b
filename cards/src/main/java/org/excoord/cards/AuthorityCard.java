package org.excoord.cards;

import java.time.LocalDate;
import java.util.List;

/**
 * A legal authority.
 *
 * @param references one line per cross-reference, e.g. "Cites EO 14028"
 * @param sourceUrl the authority's source document (e.g. its Federal Register page), opened by a button; only an https
 *                  link is offered; null when none is recorded
 */
public record AuthorityCard(long id, String title, String type, String statusLabel, String number,
        String citation, LocalDate signed, String dispositionNotes, List<String> references, int sectionCount,
        String sourceUrl) {
}
