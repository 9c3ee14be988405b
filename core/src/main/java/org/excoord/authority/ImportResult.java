package org.excoord.authority;

/**
 * What an import did.
 *
 * @param outcome CREATED for a new authority, REPLACED for a new text of a known authority (same order
 *                or document number), UNCHANGED when exactly this text was already stored
 */
public record ImportResult(LegalAuthority authority, Outcome outcome, int sections, int crossReferences) {

    public enum Outcome {
        CREATED, REPLACED, UNCHANGED
    }
}
