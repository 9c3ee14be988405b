package org.excoord.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.excoord.testing.CoreIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DirectoryTests extends CoreIntegrationTest {

    @Autowired
    Directory directory;

    @Autowired
    OrgUnitRepository units;

    @Test
    void anActorCarriesRolesManagedUnitsAndTeamsHoweverTheyAreLookedUp() {
        OrgUnit office = fixtures.unit("Directory Office", null);
        OrgUnit branch = fixtures.unit("Directory Branch", office);
        OrgUnit elsewhere = fixtures.unit("Directory Elsewhere", null);
        OrgUnit unmanaged = fixtures.unit("Directory Unmanaged", null);
        Person boss = fixtures.manager("Dana Director", office);
        manage(elsewhere, boss);
        Person colleague = fixtures.person("Colin Colleague", office);
        Team team = fixtures.team("Directory Team", office, boss, boss, colleague);

        Actor actor = directory.actorFor(boss.getId()).orElseThrow();

        assertThat(actor.personId()).isEqualTo(boss.getId());
        assertThat(actor.displayName()).isEqualTo("Dana Director");
        assertThat(actor.orgUnitId()).isEqualTo(office.getId());
        assertThat(actor.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.MANAGER);
        assertThat(actor.managedPaths()).containsExactlyInAnyOrder(office.getPath(), elsewhere.getPath());
        assertThat(actor.manages(branch.getPath())).isTrue();
        assertThat(actor.manages(unmanaged.getPath())).isFalse();
        assertThat(actor.teamIds()).containsExactly(team.getId());
        assertThat(directory.actorForEntraObjectId(boss.getEntraObjectId())).contains(actor);
        assertThat(directory.actorForUpn(boss.getUpn().toUpperCase(java.util.Locale.ROOT))).contains(actor);
    }

    private void manage(OrgUnit unit, Person manager) {
        OrgUnit u = units.findById(unit.getId()).orElseThrow();
        u.setManagerId(manager.getId());
        units.saveAndFlush(u);
    }

    @Test
    void aPersonWithoutRolesUnitsOrTeamsIsAnActorWithNone() {
        Person loner = fixtures.person("Lee Loner", null);

        Actor actor = directory.actorFor(loner.getId()).orElseThrow();

        assertThat(actor.orgUnitId()).isNull();
        assertThat(actor.roles()).containsExactly(Role.STAFF);
        assertThat(actor.managedPaths()).isEmpty();
        assertThat(actor.teamIds()).isEmpty();
    }

    @Test
    void nobodyIsNoActor() {
        assertThat(directory.actorForEntraObjectId("no-such-object-id")).isEmpty();
        assertThat(directory.actorForUpn("nobody@nowhere.example")).isEmpty();
        assertThat(directory.actorFor(-1L)).isEmpty();
    }

    @Test
    void pickersListTheActivePeopleOfAUnitByName() {
        OrgUnit unit = fixtures.unit("Picker Unit", null);
        Person zoe = fixtures.person("Zoe Zed", unit);
        Person amy = fixtures.person("Amy Able", unit);

        assertThat(directory.namesIn(unit.getId())).containsExactly(new PersonName(amy.getId(), "Amy Able"),
                new PersonName(zoe.getId(), "Zoe Zed"));
    }
}
