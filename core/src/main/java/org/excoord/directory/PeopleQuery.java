package org.excoord.directory;

import java.util.Set;

/**
 * Which active people a picker may offer, and the page of them to return ({@link Directory#findPeople}).
 *
 * @param text         part of a name or user name, case-insensitive; blank matches everyone in scope
 * @param orgUnitIds   the units whose people are in scope; null for every unit
 * @param alsoPersonId a person in scope whatever their unit (the actor, who may always task themself); may be null
 * @param excludedId   a person never offered (the current assignee); may be null
 * @param onlyIds      when not null, only these people are offered (those cleared for a classified record)
 * @param firstUnitId  this unit's people come first (the likely choices); may be null
 * @param limit        at most this many, 1 or more
 * @param offset       skipped first, 0 or more
 */
public record PeopleQuery(String text, Set<Long> orgUnitIds, Long alsoPersonId, Long excludedId, Set<Long> onlyIds,
        Long firstUnitId, int limit, int offset) {

    public PeopleQuery {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be positive and offset not negative");
        }
        orgUnitIds = orgUnitIds == null ? null : Set.copyOf(orgUnitIds);
        onlyIds = onlyIds == null ? null : Set.copyOf(onlyIds);
    }
}
