package org.excoord.authority;

/** Whether an authority is in force. */
public enum AuthorityStatus {
    ACTIVE, SUPERSEDED, REPEALED, PENDING
}
