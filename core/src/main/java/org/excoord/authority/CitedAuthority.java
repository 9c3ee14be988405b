package org.excoord.authority;

/**
 * A mention of another executive order in an authority's text.
 *
 * @param executiveOrderNumber the cited order's number, e.g. "14028"
 * @param relation             AMENDS or REPEALS when the sentence says so, else CITES
 * @param sectionId            the section of the first such mention, may be null
 * @param context              the sentence of the first such mention, at most 300 characters
 */
public record CitedAuthority(String executiveOrderNumber, Relation relation, String sectionId, String context) {

    public enum Relation {
        CITES, AMENDS, REPEALS
    }
}
