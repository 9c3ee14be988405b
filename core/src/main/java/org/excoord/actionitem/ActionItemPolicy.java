package org.excoord.actionitem;

import org.excoord.directory.Actor;
import org.excoord.directory.Role;

/**
 * Who may do what to an action item. Pure: everything it needs comes in {@link ItemContext}.
 *
 * <ul>
 *   <li>view and comment: anyone involved (assignee, team member, originator, reviewer, the executive action's
 *       owner), managers of the item's org unit (or an ancestor), the secretariat, administrators;</li>
 *   <li>work (start, submit, complete): the assignee or a member of the assigned team, and their managers;</li>
 *   <li>review (approve, return): the reviewer (the originator when none is named) and managers, never the
 *       assignee — nobody approves their own work;</li>
 *   <li>manage (reassign, due date, defer, cancel, reopen): the originator, the executive action's owner,
 *       managers, administrators.</li>
 * </ul>
 */
public final class ActionItemPolicy {

    private ActionItemPolicy() {
    }

    /**
     * What the rules need to know about an item beyond the item itself.
     *
     * @param orgUnitPath   path of the item's org unit, may be null
     * @param actionOwnerId owner of the item's executive action, may be null
     */
    public record ItemContext(ActionItem item, String orgUnitPath, Long actionOwnerId) {
    }

    public static boolean mayView(Actor actor, ItemContext c) {
        return isWorker(actor, c.item()) || actor.is(c.item().getOriginatorId()) || actor.is(reviewerOf(c.item()))
                || actor.is(c.actionOwnerId()) || actor.manages(c.orgUnitPath()) || actor.has(Role.SECRETARIAT)
                || actor.isAdmin();
    }

    public static boolean may(Actor actor, ItemVerb.Right right, ItemContext c) {
        return switch (right) {
            case WORK -> isWorker(actor, c.item()) || actor.manages(c.orgUnitPath()) || actor.isAdmin();
            case REVIEW -> !actor.is(c.item().getAssigneePersonId()) && !actor.standsInFor(c.item().getAssigneePersonId())
                    && (actor.is(reviewerOf(c.item())) || actor.manages(c.orgUnitPath()) || actor.isAdmin());
            case MANAGE -> mayManage(actor, c);
        };
    }

    public static boolean mayManage(Actor actor, ItemContext c) {
        return actor.is(c.item().getOriginatorId()) || actor.is(c.actionOwnerId()) || actor.manages(c.orgUnitPath())
                || actor.isAdmin();
    }

    /** Staff may task themselves and their own unit; managers, the secretariat and administrators anyone. */
    public static boolean mayAssignTo(Actor actor, Long personId, Long personOrgUnitId) {
        return actor.is(personId) || actor.isAdmin() || actor.has(Role.MANAGER) || actor.has(Role.SECRETARIAT)
                || (actor.orgUnitId() != null && actor.orgUnitId().equals(personOrgUnitId));
    }

    /** The person who reviews the item: the named reviewer, else its originator. */
    public static Long reviewerOf(ActionItem item) {
        return item.getReviewerId() != null ? item.getReviewerId() : item.getOriginatorId();
    }

    /**
     * Whether the actor may do it only thanks to a delegation (not with their own rights): such an act is audited as
     * "on behalf of" the assignee.
     */
    public static boolean onlyByDelegation(Actor actor, ItemVerb.Right right, ItemContext c) {
        return actor.standsInFor(c.item().getAssigneePersonId()) && may(actor, right, c)
                && !may(actor.withoutDelegations(), right, c);
    }

    /** As {@link #onlyByDelegation(Actor, ItemVerb.Right, ItemContext)} for viewing and commenting. */
    public static boolean viewsOnlyByDelegation(Actor actor, ItemContext c) {
        return actor.standsInFor(c.item().getAssigneePersonId()) && !mayView(actor.withoutDelegations(), c);
    }

    private static boolean isWorker(Actor actor, ActionItem item) {
        return actor.is(item.getAssigneePersonId()) || actor.standsInFor(item.getAssigneePersonId())
                || actor.isMemberOf(item.getAssigneeTeamId());
    }
}
