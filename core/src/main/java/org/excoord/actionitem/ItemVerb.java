package org.excoord.actionitem;

import java.util.EnumSet;
import java.util.Set;
import org.excoord.shared.ActionStatus;

/**
 * What a user can do to an action item's status, the buttons of the original app (Mark In Progress,
 * Submit, Approve, Return, Rescind, Mark Complete, Revert …) with the states each starts from, the state it
 * leads to and the kind of right it needs.
 */
public enum ItemVerb {
    START("Start", EnumSet.of(ActionStatus.NEW, ActionStatus.RETURNED, ActionStatus.DEFERRED), ActionStatus.IN_PROGRESS, Right.WORK),
    REVERT_TO_NEW("Revert to New", EnumSet.of(ActionStatus.IN_PROGRESS), ActionStatus.NEW, Right.WORK),
    SUBMIT("Submit for review", EnumSet.of(ActionStatus.IN_PROGRESS), ActionStatus.SUBMITTED_FOR_REVIEW, Right.WORK),
    RESCIND("Rescind submission", EnumSet.of(ActionStatus.SUBMITTED_FOR_REVIEW), ActionStatus.IN_PROGRESS, Right.WORK),
    START_REVIEW("Start review", EnumSet.of(ActionStatus.SUBMITTED_FOR_REVIEW), ActionStatus.REVIEW_IN_PROGRESS, Right.REVIEW),
    APPROVE("Approve", EnumSet.of(ActionStatus.SUBMITTED_FOR_REVIEW, ActionStatus.REVIEW_IN_PROGRESS), ActionStatus.COMPLETE, Right.REVIEW),
    RETURN("Return", EnumSet.of(ActionStatus.SUBMITTED_FOR_REVIEW, ActionStatus.REVIEW_IN_PROGRESS), ActionStatus.RETURNED, Right.REVIEW),
    COMPLETE("Mark complete", EnumSet.of(ActionStatus.IN_PROGRESS), ActionStatus.COMPLETE, Right.WORK),
    REOPEN("Revert to In Progress", EnumSet.of(ActionStatus.COMPLETE), ActionStatus.IN_PROGRESS, Right.MANAGE),
    DEFER("Defer", EnumSet.of(ActionStatus.NEW, ActionStatus.IN_PROGRESS, ActionStatus.RETURNED), ActionStatus.DEFERRED, Right.MANAGE),
    CANCEL("Cancel", EnumSet.of(ActionStatus.NEW, ActionStatus.IN_PROGRESS, ActionStatus.SUBMITTED_FOR_REVIEW,
            ActionStatus.REVIEW_IN_PROGRESS, ActionStatus.RETURNED, ActionStatus.DEFERRED), ActionStatus.CANCELLED, Right.MANAGE);

    /** The kind of right a verb needs; see {@link ActionItemPolicy}. */
    public enum Right {
        /** Doing the work: the assignee (or a member of the assigned team) and the people who manage it. */
        WORK,
        /** Judging the work: the reviewer and managers, never the assignee. */
        REVIEW,
        /** Directing the work: the originator, the executive action's owner, managers. */
        MANAGE
    }

    private final String label;
    private final Set<ActionStatus> from;
    private final ActionStatus to;
    private final Right right;

    ItemVerb(String label, Set<ActionStatus> from, ActionStatus to, Right right) {
        this.label = label;
        this.from = from;
        this.to = to;
        this.right = right;
    }

    public String label() {
        return label;
    }

    public boolean appliesTo(ActionStatus status) {
        return from.contains(status);
    }

    public ActionStatus target() {
        return to;
    }

    public Right right() {
        return right;
    }
}
