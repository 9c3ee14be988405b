package org.excoord.actionitem;

/**
 * Who an item is assigned to: a person or a team (never both), and the org unit answerable for it.
 * Both ids null means "unassigned, for triage".
 */
public record Assignee(Long personId, Long teamId, Long orgUnitId) {

    public Assignee {
        if (personId != null && teamId != null) {
            throw new IllegalArgumentException("an item is assigned to a person or a team, not both");
        }
    }

    public boolean isUnassigned() {
        return personId == null && teamId == null;
    }
}
