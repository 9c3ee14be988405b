package org.excoord.authority;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link AuthorityTextParser} found in a text. Metadata fields are null when the text does not state them.
 *
 * @param body the operative text (from the order's own heading on, for the Federal Register Markdown format;
 *             the whole text otherwise), with line endings normalized to {@code \n}; its hash identifies the text
 */
public record ParsedAuthority(String title, String executiveOrderNumber, String documentNumber, String citation,
        LocalDate signingDate, String body, List<ParsedSection> sections, List<CitedAuthority> citations) {
}
