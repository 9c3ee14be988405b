package org.excoord.directory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up people, org units and the {@link Actor} a person acts as. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final PersonRepository people;
    private final OrgUnitRepository orgUnits;
    private final TeamRepository teams;

    public Directory(PersonRepository people, OrgUnitRepository orgUnits, TeamRepository teams) {
        this.people = people;
        this.orgUnits = orgUnits;
        this.teams = teams;
    }

    public Optional<Actor> actorFor(Long personId) {
        return people.findById(personId).map(this::actorOf);
    }

    /** The actor for a signed-in Entra ID user, by the token's object id ({@code oid}). */
    public Optional<Actor> actorForEntraObjectId(String objectId) {
        return people.findByEntraObjectId(objectId).map(this::actorOf);
    }

    public Optional<Actor> actorForUpn(String upn) {
        return people.findByUpn(upn).map(this::actorOf);
    }

    public Actor actorOf(Person person) {
        List<String> managedPaths = orgUnits.findByManagerId(person.getId()).stream().map(OrgUnit::getPath).toList();
        Set<Long> teamIds = Set.copyOf(teams.findTeamIdsOf(person.getId()));
        return new Actor(person.getId(), person.getDisplayName(), person.getOrgUnitId(), person.getRoles(), managedPaths,
                teamIds);
    }

    public Optional<Person> person(Long id) {
        return id == null ? Optional.empty() : people.findById(id);
    }

    public Optional<OrgUnit> orgUnit(Long id) {
        return id == null ? Optional.empty() : orgUnits.findById(id);
    }

    public Optional<Team> team(Long id) {
        return id == null ? Optional.empty() : teams.findById(id);
    }

    /** The path of an org unit, or null when there is none (the authorization rules treat that as "no unit"). */
    public String pathOf(Long orgUnitId) {
        return orgUnit(orgUnitId).map(OrgUnit::getPath).orElse(null);
    }

    public List<OrgUnit> orgUnitTree() {
        return orgUnits.findAllInTreeOrder();
    }

    public List<Person> peopleOf(Long orgUnitId) {
        return people.findByOrgUnitIdOrderByDisplayName(orgUnitId);
    }

    public List<Person> searchPeople(String text, int limit) {
        return people.search(text == null ? "" : text, org.springframework.data.domain.PageRequest.of(0, limit));
    }

    /**
     * The manager of a person: their own manager if one is recorded, else the nearest manager up the org-unit
     * tree who is not the person themself (a unit's manager reports to the parent unit's manager). Empty at the top.
     */
    public Optional<Person> managerOf(Person person) {
        if (person.getManagerId() != null) {
            return people.findById(person.getManagerId());
        }
        Optional<OrgUnit> unit = orgUnit(person.getOrgUnitId());
        while (unit.isPresent()) {
            Long managerId = unit.get().getManagerId();
            if (managerId != null && !managerId.equals(person.getId())) {
                return people.findById(managerId);
            }
            unit = orgUnit(unit.get().getParentId());
        }
        return Optional.empty();
    }
}
