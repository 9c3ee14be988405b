package org.excoord.bot.demo;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.OrgUnitRepository;
import org.excoord.directory.Person;
import org.excoord.directory.PersonRepository;
import org.excoord.directory.Role;
import org.excoord.directory.Team;
import org.excoord.directory.TeamRepository;

/**
 * A small department: seven org units and fifteen people. The first six people are the users of the M365 Agents
 * Playground (same Entra object ids and UPNs), so the Playground talks to the bot as real, known staff.
 */
final class DemoDirectory {

    /** Alex Wilber, the Playground's default user; also the marker that the demo data is in place. */
    static final String ALEX_OID = "00000000-0000-0000-0000-0000000000020";

    private static final ZoneId EASTERN = ZoneId.of("America/New_York");

    private final OrgUnitRepository units;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final Map<String, OrgUnit> unitsByCode = new HashMap<>();
    private final Map<String, Person> peopleByUpn = new HashMap<>();
    private Team cyberTeam;

    DemoDirectory(OrgUnitRepository units, PersonRepository people, TeamRepository teams) {
        this.units = units;
        this.people = people;
        this.teams = teams;
    }

    void create() {
        unit("Department of Public Administration", "DPA", "DPA", "Department", null);
        unit("Executive Secretariat", "ES", "ES", "Office", "DPA");
        unit("Office of the Chief Information Officer", "OCIO", "OCIO", "Office", "DPA");
        unit("Cybersecurity Division", "CSD", "CSD", "Division", "OCIO");
        unit("AI and Data Division", "AIDD", "AIDD", "Division", "OCIO");
        unit("Office of the General Counsel", "OGC", "OGC", "Office", "DPA");
        unit("Office of the Chief Financial Officer", "OCFO", "OCFO", "Office", "DPA");

        // the Agents Playground users
        person(ALEX_OID, "alexw@example.com", "Alex Wilber", "Chief Information Officer", "OCIO", Role.MANAGER);
        person("00000000-0000-0000-0000-0000000000021", "meganb@example.com", "Megan Bowen", "Executive Secretary", "ES",
                Role.MANAGER, Role.SECRETARIAT);
        person("00000000-0000-0000-0000-0000000000022", "adelev@example.com", "Adele Vance", "Security Engineer", "CSD");
        person("00000000-0000-0000-0000-0000000000023", "isaiah@example.com", "Isaiah Langer", "Data Scientist", "AIDD");
        person("00000000-0000-0000-0000-0000000000024", "pattif@example.com", "Patti Fernandez", "Deputy Secretary",
                "DPA", Role.MANAGER, Role.ADMIN);
        person("00000000-0000-0000-0000-0000000000025", "lynner@example.com", "Lynne Robbins", "Chief Information Security Officer",
                "CSD", Role.MANAGER);
        // the rest of the department
        person("d3e1c0de-0000-4000-8000-000000000007", "johannal@example.com", "Johanna Lorenz", "Chief Data Officer",
                "AIDD", Role.MANAGER);
        person("d3e1c0de-0000-4000-8000-000000000008", "gradya@example.com", "Grady Archie", "General Counsel", "OGC",
                Role.MANAGER);
        person("d3e1c0de-0000-4000-8000-000000000009", "diegos@example.com", "Diego Siciliani", "Chief Financial Officer",
                "OCFO", Role.MANAGER);
        person("d3e1c0de-0000-4000-8000-000000000010", "miriamg@example.com", "Miriam Graham", "Correspondence Analyst",
                "ES", Role.SECRETARIAT);
        person("d3e1c0de-0000-4000-8000-000000000011", "henriettam@example.com", "Henrietta Mueller", "Security Analyst",
                "CSD");
        person("d3e1c0de-0000-4000-8000-000000000012", "jonis@example.com", "Joni Sherman", "AI Policy Analyst", "AIDD");
        person("d3e1c0de-0000-4000-8000-000000000013", "pradeepg@example.com", "Pradeep Gupta", "Attorney-Advisor", "OGC");
        person("d3e1c0de-0000-4000-8000-000000000014", "leeg@example.com", "Lee Gu", "Budget Analyst", "OCFO");
        person("d3e1c0de-0000-4000-8000-000000000015", "nestorw@example.com", "Nestor Wilke", "IT Specialist", "OCIO");

        manages("pattif", "DPA");
        manages("meganb", "ES");
        manages("alexw", "OCIO");
        manages("lynner", "CSD");
        manages("johannal", "AIDD");
        manages("gradya", "OGC");
        manages("diegos", "OCFO");
        people.flush();
        units.flush();

        Team cyber = new Team("Cyber Response Team", unit("CSD").getId(), person("lynner").getId());
        cyber.addMember(person("adelev").getId());
        cyber.addMember(person("henriettam").getId());
        cyberTeam = teams.saveAndFlush(cyber);
    }

    Team cyberTeam() {
        return cyberTeam;
    }

    OrgUnit unit(String code) {
        return unitsByCode.get(code);
    }

    /** By the UPN's local part ("alexw"). */
    Person person(String alias) {
        return peopleByUpn.get(alias + "@example.com");
    }

    private void unit(String name, String abbreviation, String code, String type, String parentCode) {
        unitsByCode.put(code, units.saveAndFlush(new OrgUnit(name, abbreviation, code, type,
                parentCode == null ? null : unitsByCode.get(parentCode))));
    }

    private void person(String oid, String upn, String name, String title, String unitCode, Role... extraRoles) {
        Set<Role> roles = EnumSet.of(Role.STAFF, extraRoles);
        Person p = new Person(oid, upn, name, unitsByCode.get(unitCode).getId(), EASTERN, roles);
        p.setJobTitle(title);
        peopleByUpn.put(upn, people.save(p));
    }

    /** Makes {@code alias} the unit's manager and the manager of everyone in it; a manager reports to the parent's. */
    private void manages(String alias, String code) {
        Person manager = person(alias);
        OrgUnit unit = unit(code);
        unit.setManagerId(manager.getId());
        for (Person p : peopleByUpn.values()) {
            if (p.getOrgUnitId().equals(unit.getId()) && p != manager) {
                p.setManagerId(manager.getId());
            }
            if (p == manager && unit.getParentId() != null) {
                units.findById(unit.getParentId()).map(OrgUnit::getManagerId).ifPresent(p::setManagerId);
            }
        }
    }
}
