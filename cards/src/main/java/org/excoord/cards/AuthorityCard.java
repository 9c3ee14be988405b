package org.excoord.cards;

import java.time.LocalDate;
import java.util.List;

/**
 * A legal authority.
 *
 * @param references one line per cross-reference, e.g. "Cites EO 14028"
 */
public record AuthorityCard(long id, String title, String type, String statusLabel, String number,
        String citation, LocalDate signed, String dispositionNotes, List<String> references, int sectionCount) {
}
