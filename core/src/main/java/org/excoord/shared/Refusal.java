package org.excoord.shared;

/**
 * Why a command was not carried out. Refusals are expected outcomes (a user without the right, a stale
 * version, a transition the workflow does not allow), so they are values rather than exceptions.
 *
 * @param kind    what sort of refusal, which the edges translate (404, 403, 400, 409)
 * @param message a sentence a user can act on, never null
 * @param field   the input field at fault for {@link Kind#INVALID}, otherwise null
 * @param subject the record the refusal protects, when known (the refusal trail audits classified ones), else null
 */
public record Refusal(Kind kind, String message, String field, Subject subject) {

    public enum Kind {
        NOT_FOUND, FORBIDDEN, INVALID, CONFLICT
    }

    /**
     * The record a refused command was about.
     *
     * @param classification the record's classification, or the one it inherits (an item that of its action)
     */
    public record Subject(String recordType, Object recordId, SecurityClassification classification) {

        public boolean isClassified() {
            return classification != null && classification.isAboveUnclassified();
        }
    }

    public Refusal(Kind kind, String message, String field) {
        this(kind, message, field, null);
    }

    public static Refusal notFound(String message) {
        return new Refusal(Kind.NOT_FOUND, message, null);
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Kind.FORBIDDEN, message, null);
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(Kind.INVALID, message, field);
    }

    public static Refusal conflict(String message) {
        return new Refusal(Kind.CONFLICT, message, null);
    }

    /** This refusal, naming the record it protects. */
    public Refusal about(String recordType, Object recordId, SecurityClassification classification) {
        return new Refusal(kind, message, field, new Subject(recordType, recordId, classification));
    }
}
