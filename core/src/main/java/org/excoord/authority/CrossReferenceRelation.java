package org.excoord.authority;

/** How one authority relates to another (the original's Cites, Implements, Repeals, Interprets, plus Amends and Supersedes, which the sample orders need). */
public enum CrossReferenceRelation {
    CITES, IMPLEMENTS, REPEALS, INTERPRETS, AMENDS, SUPERSEDES
}
