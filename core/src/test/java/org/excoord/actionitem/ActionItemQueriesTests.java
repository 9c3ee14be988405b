package org.excoord.actionitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Team;
import org.excoord.shared.Refusal;
import org.excoord.testing.CoreIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The two hot queries behind "my items" and the managers' overdue view, on real data. */
class ActionItemQueriesTests extends CoreIntegrationTest {

    @Autowired
    ActionItemManagement items;

    @Test
    void myOpenItemsIncludeMyTeamsItemsSoonestDueFirstAndNothingClosed() {
        OrgUnit unit = fixtures.unit("Mine Office", null);
        Person boss = fixtures.manager("Mona Manager", unit);
        Person me = fixtures.person("Mia Me", unit);
        Team team = fixtures.team("Mine Team", unit, boss, me);
        Actor manager = fixtures.actor(boss);
        LocalDate today = items.today();
        ActionItem later = items.create(NewActionItem.adHoc("Later", me.getId(), today.plusDays(10), null), manager).orElseThrow();
        ActionItem overdue = items.create(NewActionItem.adHoc("Overdue", me.getId(), today.minusDays(3), null), manager).orElseThrow();
        ActionItem undated = items.create(NewActionItem.adHoc("Someday", me.getId(), null, null), manager).orElseThrow();
        ActionItem teamItem = items.create(new NewActionItem("Team task", null, null, null, null, team.getId(), null, null,
                null, null, today.plusDays(1), null, null, 0), manager).orElseThrow();
        ActionItem done = items.create(NewActionItem.adHoc("Done", me.getId(), today.minusDays(1), null), manager).orElseThrow();
        items.apply(done.getId(), ItemVerb.CANCEL, done.getVersion(), "no longer needed", manager).orElseThrow();
        items.create(NewActionItem.adHoc("Boss's own", boss.getId(), today, null), manager).orElseThrow();

        List<ActionItem> mine = items.openItemsOf(me.getId(), 20, 0);
        assertThat(mine).extracting(ActionItem::getId)
                .containsExactly(overdue.getId(), teamItem.getId(), later.getId(), undated.getId());
        assertThat(items.openItemsOf(me.getId(), 2, 1)).extracting(ActionItem::getId)
                .containsExactly(teamItem.getId(), later.getId());
        assertThat(overdue.isOverdue(today)).isTrue();
    }

    @Test
    void overdueItemsOfASubtreeIncludeSubUnitsButNotSiblingsAndOnlyManagersSeeThem() {
        OrgUnit bureau = fixtures.unit("Bureau", null);
        OrgUnit office = fixtures.unit("Office", bureau);
        OrgUnit sibling = fixtures.unit("Sibling", null);
        Person chief = fixtures.manager("Chief Bureau", bureau);
        Person worker = fixtures.person("Wanda Worker", office);
        Person other = fixtures.manager("Otto Other", sibling);
        Actor chiefActor = fixtures.actor(chief);
        LocalDate today = items.today();
        ActionItem late = items.create(NewActionItem.adHoc("Late in office", worker.getId(), today.minusDays(5), null),
                chiefActor).orElseThrow();
        ActionItem lateToo = items.create(NewActionItem.adHoc("Late in bureau", chief.getId(), today.minusDays(1), null),
                chiefActor).orElseThrow();
        items.create(NewActionItem.adHoc("Due today", worker.getId(), today, null), chiefActor).orElseThrow();
        items.create(NewActionItem.adHoc("Late elsewhere", other.getId(), today.minusDays(9), null),
                fixtures.actor(other)).orElseThrow();

        assertThat(items.overdueUnder(bureau.getId(), 50, 0, chiefActor).orElseThrow()).extracting(ActionItem::getId)
                .containsExactly(late.getId(), lateToo.getId());
        assertThat(items.overdueUnder(office.getId(), 50, 0, chiefActor).orElseThrow()).extracting(ActionItem::getId)
                .containsExactly(late.getId());
        assertThat(items.overdueUnder(bureau.getId(), 50, 0, fixtures.actor(worker)).refusal().kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(items.overdueUnder(bureau.getId(), 50, 0, fixtures.actor(other)).refusal().kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void likeWildcardsInOrgCodesAreTakenLiterally() {
        assertThat(ActionItemManagement.likePrefix("/DEPT/OCIO_CYB/")).isEqualTo("/DEPT/OCIO\\_CYB/%");
        assertThat(ActionItemManagement.likePrefix("/A%B/")).isEqualTo("/A\\%B/%");
    }
}
