package org.excoord.action;

import org.excoord.directory.Actor;
import org.excoord.directory.Role;

/**
 * Who may see and change an executive action. Unclassified actions are visible to all staff; anything
 * classified higher only to its owner, the owner's managers, the secretariat, administrators and the
 * people working on its items.
 */
public final class ExecutiveActionPolicy {

    private ExecutiveActionPolicy() {
    }

    public static boolean mayCreate(Actor actor) {
        return actor.isAdmin() || actor.has(Role.MANAGER) || actor.has(Role.SECRETARIAT);
    }

    /**
     * @param ownerUnitPath the path of the owner's org unit, may be null
     * @param participant   whether the actor is assigned, originated or reviews an item of this action
     */
    public static boolean mayView(Actor actor, ExecutiveAction action, String ownerUnitPath, boolean participant) {
        if (!action.getClassification().isAboveUnclassified()) {
            return true;
        }
        return participant || mayChange(actor, action, ownerUnitPath) || actor.has(Role.SECRETARIAT);
    }

    /** Status, due date, owner and outcome: the owner, the owner's managers and administrators. */
    public static boolean mayChange(Actor actor, ExecutiveAction action, String ownerUnitPath) {
        return actor.isAdmin() || actor.is(action.getOwnerId()) || actor.manages(ownerUnitPath);
    }
}
