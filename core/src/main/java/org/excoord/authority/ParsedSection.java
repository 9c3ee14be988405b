package org.excoord.authority;

/**
 * One section of a parsed authority.
 *
 * @param sectionId stable, human-readable id: {@code Preamble}, {@code Authority}, {@code Sec. 4},
 *                  {@code Sec. 4(b)}, {@code Sec. 4(e)(i)}, {@code Sec. 4(e)(i)(A)}, and numbered subsections
 *                  {@code Sec. 4.1}, {@code Sec. 4.1(a)(i)}; unique within the authority
 * @param parentId  the enclosing section's id, null at the top level ({@code Sec. 4} for {@code Sec. 4.1})
 * @param level     1 section (a numbered subsection too), 2 (a), 3 (i), 4 (A), 5 (1)
 * @param heading   the section's title when it has one ("Removing Barriers to Sharing Threat Information"), else null
 * @param text      the verbatim text, trimmed, including the text of its subsections
 * @param ordinal   position in document order, from 0
 */
public record ParsedSection(String sectionId, String parentId, int level, String heading, String text, int ordinal) {
}
