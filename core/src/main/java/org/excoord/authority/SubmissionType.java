package org.excoord.authority;

/** What an amendment record is. */
public enum SubmissionType {
    ORIGINAL, AMENDMENT, REPEAL, EXTENSION
}
