package org.excoord.shared;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The allowed moves between {@link ActionStatus} values: New → In Progress → Submitted for Review →
 * Review In Progress → Complete, or Returned → In Progress; Cancelled and Deferred from any open state, and
 * back from them (reopened) to New or In Progress.
 * Action items add their verbs and approval rules on top of this graph.
 */
public final class StatusGraph {

    private static final Map<ActionStatus, EnumSet<ActionStatus>> NEXT = new EnumMap<>(ActionStatus.class);

    static {
        NEXT.put(ActionStatus.NEW, EnumSet.of(ActionStatus.IN_PROGRESS, ActionStatus.CANCELLED, ActionStatus.DEFERRED));
        NEXT.put(ActionStatus.IN_PROGRESS, EnumSet.of(ActionStatus.NEW, ActionStatus.SUBMITTED_FOR_REVIEW,
                ActionStatus.COMPLETE, ActionStatus.CANCELLED, ActionStatus.DEFERRED));
        NEXT.put(ActionStatus.SUBMITTED_FOR_REVIEW, EnumSet.of(ActionStatus.REVIEW_IN_PROGRESS, ActionStatus.COMPLETE,
                ActionStatus.RETURNED, ActionStatus.IN_PROGRESS, ActionStatus.CANCELLED));
        NEXT.put(ActionStatus.REVIEW_IN_PROGRESS, EnumSet.of(ActionStatus.COMPLETE, ActionStatus.RETURNED,
                ActionStatus.CANCELLED));
        NEXT.put(ActionStatus.RETURNED, EnumSet.of(ActionStatus.IN_PROGRESS, ActionStatus.CANCELLED, ActionStatus.DEFERRED));
        NEXT.put(ActionStatus.COMPLETE, EnumSet.of(ActionStatus.IN_PROGRESS));
        NEXT.put(ActionStatus.DEFERRED, EnumSet.of(ActionStatus.NEW, ActionStatus.IN_PROGRESS, ActionStatus.CANCELLED));
        NEXT.put(ActionStatus.CANCELLED, EnumSet.of(ActionStatus.NEW, ActionStatus.IN_PROGRESS));
    }

    private StatusGraph() {
    }

    public static boolean allows(ActionStatus from, ActionStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static Set<ActionStatus> next(ActionStatus from) {
        return EnumSet.copyOf(NEXT.get(from));
    }
}
