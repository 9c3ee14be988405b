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
 */
public record Actor(Long personId, String displayName, Long orgUnitId, Set<Role> roles, List<String> managedPaths,
        Set<Long> teamIds) {

    public Actor {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        managedPaths = List.copyOf(managedPaths);
        teamIds = Set.copyOf(teamIds);
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
