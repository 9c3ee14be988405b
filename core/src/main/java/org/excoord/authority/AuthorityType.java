package org.excoord.authority;

/** The kind of legal authority. */
public enum AuthorityType {
    STATUTE, REGULATION, EXECUTIVE_ORDER, MEMO, GUIDANCE, POLICY
}
