package org.excoord.actionitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.action.NewExecutiveAction;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.PersonName;
import org.excoord.directory.Role;
import org.excoord.shared.Priority;
import org.excoord.shared.Refusal;
import org.excoord.shared.SecurityClassification;
import org.excoord.testing.CoreIntegrationTest;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who a people picker offers when reassigning an item ({@link ActionItemManagement#assignableTo}): only people the
 * actor may hand it to, cleared people only for a classified item, and never someone {@code assign} would refuse.
 */
@SecurityTest
class AssignablePeopleTests extends CoreIntegrationTest {

    @Autowired
    ActionItemManagement items;

    /** A word in every name of this test, so the shared database's other people never match. */
    private String tag;
    private OrgUnit bureau;
    private OrgUnit office;
    private OrgUnit sibling;
    private Person chief;
    private Person alex;
    private Person lynne;
    private Person sam;
    private Person otto;
    private ActionItem item;

    @BeforeEach
    void directory() {
        tag = "Zq" + UUID.randomUUID().toString().substring(0, 6);
        bureau = fixtures.unit("Bureau", null);
        office = fixtures.unit("Office", bureau);
        sibling = fixtures.unit("Sibling", null);
        chief = fixtures.manager("Chief " + tag, bureau);
        alex = fixtures.person("Alex " + tag, office);
        lynne = fixtures.person("Lynne " + tag, office);
        sam = fixtures.person("Sam " + tag, bureau);
        otto = fixtures.person("Otto " + tag, sibling);
        item = items.create(NewActionItem.adHoc("Draft the plan", alex.getId(), items.today().plusDays(5), null),
                fixtures.actor(chief)).orElseThrow();
    }

    @Test
    void aManagerIsOfferedThePeopleOfTheUnitsTheyManageWithTheItemsUnitFirstButNotTheAssignee() {
        List<PersonName> offered = items.assignableTo(item.getId(), tag, 15, 0, fixtures.actor(chief)).orElseThrow();

        assertThat(offered).extracting(PersonName::displayName)
                .containsExactly("Lynne " + tag, "Chief " + tag, "Sam " + tag);
        assertThat(items.assignableTo(item.getId(), tag, 1, 1, fixtures.actor(chief)).orElseThrow())
                .extracting(PersonName::id).containsExactly(chief.getId());
        assertThat(items.assignableTo(item.getId(), "lyn", 15, 0, fixtures.actor(chief)).orElseThrow())
                .extracting(PersonName::id).containsExactly(lynne.getId());
    }

    @Test
    void theOriginatorWhoIsStaffIsOfferedTheirOwnUnitOnly() {
        ActionItem own = items.create(NewActionItem.adHoc("Mine to hand on", lynne.getId(), null, null),
                fixtures.actor(lynne)).orElseThrow();

        assertThat(items.assignableTo(own.getId(), tag, 15, 0, fixtures.actor(lynne)).orElseThrow())
                .extracting(PersonName::id).containsExactly(alex.getId());
    }

    @Test
    void anAdministratorIsOfferedEveryoneAndEveryoneOfferedIsAcceptedByAssign() {
        Actor admin = fixtures.actor(fixtures.person("Ada " + tag, null, Role.ADMIN));

        List<PersonName> offered = items.assignableTo(item.getId(), tag, 15, 0, admin).orElseThrow();
        assertThat(offered).extracting(PersonName::id).contains(otto.getId(), lynne.getId(), chief.getId())
                .doesNotContain(alex.getId());
        ActionItem current = item;
        for (PersonName person : offered) {
            current = items.assign(current.getId(), person.id(), null, current.getVersion(), admin).orElseThrow();
        }
        assertThat(current.getAssigneePersonId()).isEqualTo(offered.get(offered.size() - 1).id());
    }

    @Test
    void inactivePeopleAndWildcardsAreNotOffered() {
        context.getBean(JdbcTemplate.class).update("update person set active = false where id = ?", sam.getId());

        assertThat(items.assignableTo(item.getId(), tag, 15, 0, fixtures.actor(chief)).orElseThrow())
                .extracting(PersonName::id).doesNotContain(sam.getId());
        assertThat(items.assignableTo(item.getId(), "%", 15, 0, fixtures.actor(chief)).orElseThrow()).isEmpty();
        assertThat(items.assignableTo(item.getId(), "_", 15, 0, fixtures.actor(chief)).orElseThrow()).isEmpty();
    }

    @Test
    void someoneWhoMayNotReassignTheItemIsRefusedAndTooLongATextIsInvalid() {
        assertThat(items.assignableTo(item.getId(), "", 15, 0, fixtures.actor(lynne)).refusal().kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(items.assignableTo(item.getId(), "", 15, 0, fixtures.actor(otto)).refusal().kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        Actor secretariat = fixtures.actor(fixtures.person("Sue " + tag, null, Role.SECRETARIAT));
        assertThat(items.assignableTo(item.getId(), "", 15, 0, secretariat).refusal().kind())
                .as("the secretariat routes letters; it does not manage items").isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(items.assignableTo(item.getId(), "x".repeat(101), 15, 0, fixtures.actor(chief)).refusal().kind())
                .isEqualTo(Refusal.Kind.INVALID);
        assertThat(items.assignableTo(Long.MAX_VALUE, "", 15, 0, fixtures.actor(chief)).refusal().kind())
                .isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void aClassifiedItemIsOfferedOnlyToThePeopleClearedForItsAction() {
        Person owner = fixtures.manager("Owen " + tag, office);
        Person secretariat = fixtures.person("Sue " + tag, sibling, Role.SECRETARIAT);
        Long type = context.getBean(ExecutiveActionTypeRepository.class).findByName("Security Protocols").orElseThrow()
                .getId();
        ExecutiveAction secret = context.getBean(ExecutiveActionManagement.class).create(new NewExecutiveAction(
                "Guard the vault", null, null, type, Priority.HIGH, SecurityClassification.SECRET, null, null, null,
                null, null, null, owner.getId(), null), fixtures.actor(owner)).orElseThrow();
        ActionItem classified = items.create(new NewActionItem("Rotate the keys", null, null, null, alex.getId(), null,
                null, secret.getId(), null, null, null, null, null, 0), fixtures.actor(owner)).orElseThrow();

        List<PersonName> offered = items.assignableTo(classified.getId(), tag, 15, 0, fixtures.actor(chief))
                .orElseThrow();

        // Lynne and Sam are in the chief's units but not cleared; Otto is in neither
        assertThat(offered).extracting(PersonName::id).containsExactlyInAnyOrder(owner.getId(), chief.getId());
        Person admin = fixtures.person("Ada " + tag, null, Role.ADMIN);
        assertThat(items.assignableTo(classified.getId(), tag, 15, 0, fixtures.actor(admin)).orElseThrow())
                .extracting(PersonName::id)
                .containsExactlyInAnyOrder(owner.getId(), chief.getId(), secretariat.getId(), admin.getId());
    }
}
