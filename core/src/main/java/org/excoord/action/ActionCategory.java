package org.excoord.action;

/** The ten executive action categories of the original data model. */
public enum ActionCategory {
    AGREEMENT("Agreement"),
    DIRECTIVE_OR_ORDER("Directive or Order"),
    INFORMATION_REQUEST("Information Request"),
    PLANNING_AND_STRATEGY("Planning and Strategy"),
    REGULATORY_AND_COMPLIANCE("Regulatory and Compliance"),
    COMMUNICATION("Communication"),
    HUMAN_RESOURCES("Human Resources"),
    PROCUREMENT_AND_BUDGETING("Procurement and Budgeting"),
    PROGRAM_AND_PROJECT_MANAGEMENT("Program and Project Management"),
    SECURITY_AND_SAFETY("Security and Safety");

    private final String label;

    ActionCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
