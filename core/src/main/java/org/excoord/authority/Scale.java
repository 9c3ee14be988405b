package org.excoord.authority;

/** High / Medium / Low, for impact and risk levels and likelihoods. */
public enum Scale {
    HIGH, MEDIUM, LOW
}
