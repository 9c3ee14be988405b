package org.excoord.shared;

/** Builds the conflict refusal for a command carrying an out-of-date version of a record. */
public final class StaleVersion {

    private StaleVersion() {
    }

    /** Null when the versions agree, otherwise a conflict refusal naming who changed the record last and when. */
    public static Refusal check(String what, long expected, long actual, String lastChangedBy, java.time.Instant lastChangedAt) {
        if (expected == actual) {
            return null;
        }
        return Refusal.conflict(what + " was changed by " + lastChangedBy + " at " + lastChangedAt
                + " (your version " + expected + ", current " + actual + "); reload and try again");
    }
}
