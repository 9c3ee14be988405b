package org.excoord.directory;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The person carrying out a command, with what the authorization rules need to know about them.
 *
 * @param personId     the person, or null for the system itself (seeding, schedulers)
 * @param displayName  how the audit and the cards name them
 * @param orgUnitId    their own org unit, may be null
 * @param roles        their roles
 * @param managedPaths org-unit paths of the units they manage; everything below these is theirs to manage
 * @param teamIds      teams they belong to
 * @param delegatorIds the people this actor stands in for today by an active delegation (out of office): their
 *                     assigned items are this actor's to see and work on, and each such act is audited as
 *                     "Actor on behalf of Delegator"
 */
public record Actor(Long personId, String displayName, Long orgUnitId, Set<Role> roles, List<String> managedPaths,
        Set<Long> teamIds, Set<Long> delegatorIds) {

    public Actor {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        managedPaths = List.copyOf(managedPaths);
        teamIds = Set.copyOf(teamIds);
        delegatorIds = Set.copyOf(delegatorIds);
    }

    /** An actor who stands in for nobody. */
    public Actor(Long personId, String displayName, Long orgUnitId, Set<Role> roles, List<String> managedPaths,
            Set<Long> teamIds) {
        this(personId, displayName, orgUnitId, roles, managedPaths, teamIds, Set.of());
    }

    /** Whether this actor stands in for that person today (an active delegation from them). */
    public boolean standsInFor(Long otherPersonId) {
        return otherPersonId != null && delegatorIds.contains(otherPersonId);
    }

    /** This actor with their own rights only: what they may do without any delegation. */
    public Actor withoutDelegations() {
        return delegatorIds.isEmpty() ? this
                : new Actor(personId, displayName, orgUnitId, roles, managedPaths, teamIds, Set.of());
    }

    /**
     * This actor as the audit names them when they act for a delegator: "Dana Delegate on behalf of Pat Person". The
     * rights are unchanged; only the label differs.
     */
    public Actor onBehalfOf(String delegatorName) {
        return new Actor(personId, displayName + " on behalf of " + delegatorName, orgUnitId, roles, managedPaths,
                teamIds, delegatorIds);
    }

    /** The system acting on its own behalf (demo seed, scheduled jobs): an administrator without a person. */
    public static Actor system() {
        return new Actor(null, "system", null, EnumSet.of(Role.ADMIN), List.of(), Set.of());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean is(Long otherPersonId) {
        return personId != null && personId.equals(otherPersonId);
    }

    /** Whether the unit at {@code orgUnitPath} is one this actor manages, directly or through an ancestor. */
    public boolean manages(String orgUnitPath) {
        if (orgUnitPath == null) {
            return false;
        }
        for (String managed : managedPaths) {
            if (orgUnitPath.startsWith(managed)) {
                return true;
            }
        }
        return false;
    }

    public boolean isMemberOf(Long teamId) {
        return teamId != null && teamIds.contains(teamId);
    }
}
