package org.excoord.testing;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.OrgUnitRepository;
import org.excoord.directory.Person;
import org.excoord.directory.PersonRepository;
import org.excoord.directory.Role;
import org.excoord.directory.Team;
import org.excoord.directory.TeamRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds directory data for tests through the real repositories: org units in a tree, people with roles,
 * teams. Every name is made unique so tests sharing one database never collide.
 */
public final class Fixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final OrgUnitRepository units;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final Directory directory;
    private final TransactionTemplate tx;

    public Fixtures(ApplicationContext context) {
        this.units = context.getBean(OrgUnitRepository.class);
        this.people = context.getBean(PersonRepository.class);
        this.teams = context.getBean(TeamRepository.class);
        this.directory = context.getBean(Directory.class);
        this.tx = context.getBean(TransactionTemplate.class);
    }

    public OrgUnit unit(String name, OrgUnit parent) {
        return tx.execute(s -> {
            int n = SEQ.incrementAndGet();
            return units.saveAndFlush(new OrgUnit(name + " " + n, "U" + n, "T-" + UUID.randomUUID().toString()
                    .substring(0, 18), "Office", parent));
        });
    }

    public Person person(String name, OrgUnit unit, Role... roles) {
        return tx.execute(s -> {
            int n = SEQ.incrementAndGet();
            Set<Role> set = roles.length == 0 ? EnumSet.of(Role.STAFF) : EnumSet.of(roles[0], roles);
            return people.saveAndFlush(new Person(UUID.randomUUID().toString(), "p" + n + "." + UUID.randomUUID()
                    .toString().substring(0, 8) + "@test.example", name, unit == null ? null : unit.getId(),
                    ZoneId.of("America/New_York"), set));
        });
    }

    /** A manager: a person with the MANAGER role who manages {@code unit}. */
    public Person manager(String name, OrgUnit unit) {
        Person manager = person(name, unit, Role.STAFF, Role.MANAGER);
        tx.executeWithoutResult(s -> {
            OrgUnit u = units.findById(unit.getId()).orElseThrow();
            u.setManagerId(manager.getId());
            units.saveAndFlush(u);
        });
        return manager;
    }

    public Team team(String name, OrgUnit unit, Person owner, Person... members) {
        return tx.execute(s -> {
            Team team = new Team(name + " " + SEQ.incrementAndGet(), unit.getId(), owner.getId());
            for (Person m : members) {
                team.addMember(m.getId());
            }
            return teams.saveAndFlush(team);
        });
    }

    public Actor actor(Person person) {
        return directory.actorFor(person.getId()).orElseThrow();
    }
}
