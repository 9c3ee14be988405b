package org.excoord.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Looks up people, org units and the {@link Actor} a person acts as. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final PersonRepository people;
    private final OrgUnitRepository orgUnits;
    private final TeamRepository teams;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    /**
     * An actor in one statement (person, roles, managed units, teams): every request and every Teams turn starts by
     * resolving one, so it is read without entities or a transaction of its own. The delegators are those whose
     * delegation to the person is active today in the delegator's own time zone (the day the delegation speaks of).
     */
    private static final String ACTOR = """
            select p.id, p.display_name, p.org_unit_id,
                   array(select r.role from person_role r where r.person_id = p.id) as roles,
                   array(select u.path from org_unit u where u.manager_id = p.id) as managed_paths,
                   array(select m.team_id from team_member m where m.person_id = p.id) as team_ids,
                   array(select d.delegator_id from delegation d join person o on o.id = d.delegator_id
                         where d.delegate_id = p.id and d.revoked_at is null and o.active
                           and (cast(? as timestamptz) at time zone coalesce(o.time_zone, 'UTC'))::date
                               between d.starts_on and d.ends_on) as delegator_ids
            from person p where\s""";

    public Directory(PersonRepository people, OrgUnitRepository orgUnits, TeamRepository teams, JdbcTemplate jdbc,
            Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.people = people;
        this.orgUnits = orgUnits;
        this.teams = teams;
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Actor> actorFor(Long personId) {
        return actor("p.id = ?", personId);
    }

    /** The actor for a signed-in Entra ID user, by the token's object id ({@code oid}). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Actor> actorForEntraObjectId(String objectId) {
        return actor("p.entra_object_id = ?", objectId);
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Actor> actorForUpn(String upn) {
        return actor("lower(p.upn) = lower(?)", upn);
    }

    private Optional<Actor> actor(String condition, Object value) {
        return jdbc.query(ACTOR + condition, Directory::actor, Timestamp.from(clock.instant()), value).stream()
                .findFirst();
    }

    private static Actor actor(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : strings(rs.getArray("roles"))) {
            roles.add(Role.valueOf(role));
        }
        Long[] teamIds = (Long[]) rs.getArray("team_ids").getArray();
        return new Actor(rs.getLong("id"), rs.getString("display_name"), rs.getObject("org_unit_id", Long.class), roles,
                Arrays.asList(strings(rs.getArray("managed_paths"))), Set.of(teamIds),
                Set.of((Long[]) rs.getArray("delegator_ids").getArray()));
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    /** Id and name of the people of an org unit (for pickers), without loading them. */
    public List<PersonName> namesIn(Long orgUnitId) {
        return people.namesIn(orgUnitId);
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

    /**
     * Id and name of the active people a query allows, by name (the {@code firstUnitId}'s people first), one page.
     * The text is matched as typed: {@code %} and {@code _} are no wildcards.
     */
    public List<PersonName> findPeople(PeopleQuery q) {
        String like = "%" + likeEscaped(q.text() == null ? "" : q.text().strip().toLowerCase(java.util.Locale.ROOT))
                + "%";
        String sql = """
                select p.id, p.display_name from person p
                where p.active
                  and (? or p.org_unit_id = any (?) or p.id = ?)
                  and p.id is distinct from ?
                  and (? or p.id = any (?))
                  and (lower(p.display_name) like ? escape '\\' or lower(p.upn) like ? escape '\\')
                order by (p.org_unit_id is not distinct from ?) desc, lower(p.display_name), p.id
                limit ? offset ?""";
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement(sql);
            statement.setBoolean(1, q.orgUnitIds() == null);
            statement.setArray(2, connection.createArrayOf("bigint",
                    q.orgUnitIds() == null ? new Long[0] : q.orgUnitIds().toArray(Long[]::new)));
            statement.setObject(3, q.alsoPersonId(), java.sql.Types.BIGINT);
            statement.setObject(4, q.excludedId(), java.sql.Types.BIGINT);
            statement.setBoolean(5, q.onlyIds() == null);
            statement.setArray(6, connection.createArrayOf("bigint",
                    q.onlyIds() == null ? new Long[0] : q.onlyIds().toArray(Long[]::new)));
            statement.setString(7, like);
            statement.setString(8, like);
            statement.setObject(9, q.firstUnitId(), java.sql.Types.BIGINT);
            statement.setInt(10, q.limit());
            statement.setInt(11, q.offset());
            return statement;
        }, (rs, row) -> new PersonName(rs.getLong(1), rs.getString(2)));
    }

    /** The people holding any of these roles (few: the secretariat and the administrators). */
    public Set<Long> peopleWithRoles(Set<Role> roles) {
        if (roles.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "select distinct r.person_id from person_role r where r.role = any (?)");
            statement.setArray(1, connection.createArrayOf("varchar", roles.stream().map(Enum::name).toArray()));
            return statement;
        }, (rs, row) -> rs.getLong(1)));
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
