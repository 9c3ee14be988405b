package org.excoord.shared;

/**
 * The "Action Status" choice set of the original data model, used by executive actions, action items,
 * analyses, impacts and risk items.
 */
public enum ActionStatus {
    NEW("New (Not Started)"),
    IN_PROGRESS("In Progress"),
    SUBMITTED_FOR_REVIEW("Submitted for Review"),
    REVIEW_IN_PROGRESS("Review In Progress"),
    RETURNED("Returned"),
    COMPLETE("Complete"),
    CANCELLED("Cancelled"),
    DEFERRED("Deferred");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    /** The label users see. */
    public String label() {
        return label;
    }

    /** Whether work is still expected (the hot "open items" queries use the same set). */
    public boolean isOpen() {
        return switch (this) {
            case NEW, IN_PROGRESS, SUBMITTED_FOR_REVIEW, REVIEW_IN_PROGRESS, RETURNED -> true;
            case COMPLETE, CANCELLED, DEFERRED -> false;
        };
    }

    /** Started and not yet closed: the state a parent must be in before its children may start. */
    public boolean isUnderway() {
        return this == IN_PROGRESS || this == SUBMITTED_FOR_REVIEW || this == REVIEW_IN_PROGRESS || this == RETURNED;
    }
}
