package org.excoord.cards;

import java.time.LocalDate;

/**
 * A legal authority as one row of a list.
 *
 * @param number e.g. "EO 14028"; null when it has none
 */
public record AuthorityLine(long id, String title, String number, String statusLabel, LocalDate signed) {
}
