package org.excoord.authority;

/** How directly an impact bears on the org unit. */
public enum Relevance {
    DIRECT, INDIRECT, MINIMAL, NONE, UNKNOWN
}
