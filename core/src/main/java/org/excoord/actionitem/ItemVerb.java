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
    // not from Deferred: deferring is a manager's decision, which only REOPEN (by those who may direct the work) undoes
    START("Start", EnumSet.of(ActionStatus.NEW, ActionStatus.RETURNED), ActionStatus.IN_PROGRESS, Right.WORK),
    REVERT_TO_NEW("Revert to New", EnumSet.of(ActionStatus.IN_PROGRESS), ActionStatus.NEW, Right.WORK),
    SUBMIT("Submit for review", EnumSet.of(ActionStatus.IN_PROGRESS), ActionStatus.SUBMITTED_FOR_REVIEW, Right.WORK),
    RESCIND("Rescind submission", EnumSet.of(ActionStatus.SUBMITTED_FOR_REVIEW), ActionStatus.IN_PROGRESS, Right.WORK),
    START_REVIEW("Start review", EnumSet.of(ActionStatus.SUBMITTED_FOR_REVIEW), ActionStatus.REVIEW_IN_PROGRESS, Right.REVIEW),
    APPROVE("Approve", EnumSet.of(ActionStatus.SUBMITTED_FOR_REVIEW, ActionStatus.REVIEW_IN_PROGRESS), ActionStatus.COMPLETE, Right.REVIEW),
    RETURN("Return", EnumSet.of(ActionStatus.SUBMITTED_FOR_REVIEW, ActionStatus.REVIEW_IN_PROGRESS), ActionStatus.RETURNED, Right.REVIEW),
    COMPLETE("Mark complete", EnumSet.of(ActionStatus.IN_PROGRESS), ActionStatus.COMPLETE, Right.WORK),
    /**
     * Back to work: a complete item to In Progress; a cancelled or deferred one to the state it was stopped from
     * (New when work had not begun, else In Progress; see {@link ActionItem#reopenStatus()}).
     */
    REOPEN("Reopen", EnumSet.of(ActionStatus.COMPLETE, ActionStatus.CANCELLED, ActionStatus.DEFERRED),
            ActionStatus.IN_PROGRESS, Right.MANAGE),
    /** Needs a date, today or later, until which the item waits ({@link ItemWorkflow#check}). */
    DEFER("Defer", EnumSet.of(ActionStatus.NEW, ActionStatus.IN_PROGRESS, ActionStatus.RETURNED), ActionStatus.DEFERRED, Right.MANAGE),
    /** Needs a reason, which is kept as a comment ({@link Comment.Kind#CANCEL_REASON}). */
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

    /** The usual target; {@link #targetFor} is the one a given item moves to. */
    public ActionStatus target() {
        return to;
    }

    /** Where {@code item} goes: a reopened cancelled or deferred item goes back to where it was stopped from. */
    public ActionStatus targetFor(ActionItem item) {
        if (this == REOPEN && item.getStatus() != ActionStatus.COMPLETE) {
            return item.reopenStatus();
        }
        return to;
    }

    public Right right() {
        return right;
    }
}
