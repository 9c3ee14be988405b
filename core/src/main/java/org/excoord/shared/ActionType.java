package org.excoord.shared;

/** The kind of work an action item or process step stands for ("Action Type" in the original). */
public enum ActionType {
    TASK_ASSIGNMENT("Task Assignment"),
    APPROVAL("Approval"),
    DECISION("Decision"),
    NOTIFICATION("Notification"),
    WAIT("Wait"),
    DATA_ENTRY("Data Entry"),
    AUTOMATION("Automation"),
    BRANCH("Branch"),
    PROCESS("Process or Sub-process");

    private final String label;

    ActionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Approval and decision items are finished by a reviewer's approval, never by the assignee alone. */
    public boolean needsReview() {
        return this == APPROVAL || this == DECISION;
    }
}
