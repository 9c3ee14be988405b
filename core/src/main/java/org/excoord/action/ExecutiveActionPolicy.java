package org.excoord.action;

import org.excoord.directory.Actor;
import org.excoord.directory.Role;

/**
 * Who may see and change an executive action. Unclassified actions are visible to all staff; anything
 * classified higher only to the people cleared for it: its owner, the owner's managers, the secretariat and
 * administrators.
 *
 * <p>Working on one of its items clears nobody: anyone may be handed an item, and a person who could give
 * themselves an item under an action would otherwise clear themselves. So an item's assignee sees the item, and
 * of its classified action only the number and the classification ({@link ActionReference}). For the same
 * reason, creating or linking anything under an action (items, processes, sub-actions) requires the right to
 * change it.
 */
public final class ExecutiveActionPolicy {

    private ExecutiveActionPolicy() {
    }

    public static boolean mayCreate(Actor actor) {
        return actor.isAdmin() || actor.has(Role.MANAGER) || actor.has(Role.SECRETARIAT);
    }

    /** @param ownerUnitPath the path of the owner's org unit, may be null */
    public static boolean mayView(Actor actor, ExecutiveAction action, String ownerUnitPath) {
        if (!action.getClassification().isAboveUnclassified()) {
            return true;
        }
        return mayChange(actor, action, ownerUnitPath) || actor.has(Role.SECRETARIAT);
    }

    /** Status, due date, owner and outcome: the owner, the owner's managers and administrators. */
    public static boolean mayChange(Actor actor, ExecutiveAction action, String ownerUnitPath) {
        return actor.isAdmin() || actor.is(action.getOwnerId()) || actor.manages(ownerUnitPath);
    }

    /** Creating or linking a record under the action (an item, a process, a sub-action): whoever may change it. */
    public static boolean mayAddUnder(Actor actor, ExecutiveAction action, String ownerUnitPath) {
        return mayChange(actor, action, ownerUnitPath);
    }
}
