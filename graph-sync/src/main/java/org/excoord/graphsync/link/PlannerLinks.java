package org.excoord.graphsync.link;

import org.excoord.directory.Actor;
import org.excoord.shared.Outcome;

/**
 * Links org units to a Microsoft 365 group and a plan in it ({@code PUT /api/v1/org-units/{id}/planner}). Linking
 * finds the group's plan excoord made before (by title) or creates it, and marks the unit's open items for sync.
 */
public interface PlannerLinks {

    /** Admins only; refused (invalid) when graph-sync is off or the group is unknown to Graph. */
    Outcome<PlannerLinkView> link(Long orgUnitId, String groupId, Actor actor);

    /** The unit's link; for admins and those who manage the unit. Not found when the unit has none. */
    Outcome<PlannerLinkView> view(Long orgUnitId, Actor actor);
}
