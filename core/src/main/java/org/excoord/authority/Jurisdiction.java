package org.excoord.authority;

/** The level of government that issued an authority. */
public enum Jurisdiction {
    FEDERAL, STATE, LOCAL
}
