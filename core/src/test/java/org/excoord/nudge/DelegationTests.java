package org.excoord.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ItemVerb;
import org.excoord.actionitem.NewActionItem;
import org.excoord.audit.AuditEntry;
import org.excoord.audit.AuditLog;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.OrgUnitRepository;
import org.excoord.directory.Person;
import org.excoord.directory.PersonRepository;
import org.excoord.directory.Role;
import org.excoord.directory.TeamRepository;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.Refusal;
import org.excoord.testing.CoreIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Out of office: the periods (in the delegator's time zone, with a directory on a fixed clock), who may set them,
 * and what the delegate may do on the delegator's items while the delegation is active, audited "on behalf of".
 */
class DelegationTests extends CoreIntegrationTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    Delegations delegations;
    @Autowired
    ActionItemManagement items;
    @Autowired
    AuditLog audit;
    @Autowired
    PersonRepository people;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    TeamRepository teams;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private OrgUnit unit;
    private Person boss;
    private Person pat;
    private Person dana;
    private LocalDate today;

    @BeforeEach
    void people() {
        unit = fixtures.unit("Delegation Office", null);
        boss = fixtures.manager("Brook Boss", unit);
        pat = fixtures.person("Pat Away", unit);
        dana = fixtures.person("Dana Standin", unit);
        today = clock.instant().atZone(NEW_YORK).toLocalDate();
    }

    /** The directory as it would resolve actors at that local time in New York (the people's time zone). */
    private Actor actorAt(Person person, LocalDate day, LocalTime time) {
        Clock at = Clock.fixed(ZonedDateTime.of(day, time, NEW_YORK).toInstant(), NEW_YORK);
        return new Directory(people, units, teams, jdbc, at).actorFor(person.getId()).orElseThrow();
    }

    @Test
    void aDelegationIsActiveFromItsFirstLocalDayToTheEndOfItsLastOne() {
        LocalDate first = today.plusDays(10);
        LocalDate last = today.plusDays(12);
        delegations.delegate(pat.getId(), dana.getId(), first, last, fixtures.actor(pat)).orElseThrow();

        assertThat(actorAt(dana, first.minusDays(1), LocalTime.of(23, 59)).delegatorIds()).isEmpty();
        assertThat(actorAt(dana, first, LocalTime.MIDNIGHT).delegatorIds()).containsExactly(pat.getId());
        assertThat(actorAt(dana, last, LocalTime.of(23, 59)).delegatorIds()).containsExactly(pat.getId());
        assertThat(actorAt(dana, last.plusDays(1), LocalTime.MIDNIGHT).delegatorIds()).isEmpty();
        // the delegator stands in for nobody
        assertThat(actorAt(pat, first, LocalTime.NOON).delegatorIds()).isEmpty();

        assertThat(delegations.activeFor(pat.getId(), first.minusDays(1))).isEmpty();
        assertThat(delegations.activeFor(pat.getId(), first)).hasValueSatisfying(d -> {
            assertThat(d.delegateId()).isEqualTo(dana.getId());
            assertThat(d.delegateName()).isEqualTo(dana.getDisplayName());
            assertThat(d.source()).isEqualTo("PERSON");
        });
        assertThat(delegations.activeFor(pat.getId(), last)).isPresent();
        assertThat(delegations.activeFor(pat.getId(), last.plusDays(1))).isEmpty();
        assertThat(delegations.delegatorsOf(dana.getId(), last)).containsExactly(pat.getId());
        assertThat(delegations.delegatorsOf(dana.getId(), last.plusDays(1))).isEmpty();
    }

    @Test
    void theDelegateWorksOnTheDelegatorsItemsDuringThePeriodAuditedOnBehalfOfThemAndNotAfter() {
        ActionItem item = items.create(NewActionItem.adHoc("Brief the deputy", pat.getId(), today.plusDays(5), null),
                fixtures.actor(boss)).orElseThrow();
        ActionItem later = items.create(NewActionItem.adHoc("Brief the deputy again", pat.getId(), today.plusDays(5),
                null), fixtures.actor(boss)).orElseThrow();
        delegations.delegate(pat.getId(), dana.getId(), today, today.plusDays(1), fixtures.actor(pat)).orElseThrow();

        Actor standIn = actorAt(dana, today.plusDays(1), LocalTime.of(17, 0));
        assertThat(items.view(item.getId(), standIn).isDone()).isTrue();
        ActionItem started = items.apply(item.getId(), ItemVerb.START, item.getVersion(), null, standIn).orElseThrow();
        ActionItem done = items.apply(item.getId(), ItemVerb.COMPLETE, started.getVersion(), null, standIn)
                .orElseThrow();
        assertThat(done.getStatus()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(audit.history("ActionItem", item.getId())).extracting(AuditEntry::action, AuditEntry::actorLabel)
                .contains(org.assertj.core.groups.Tuple.tuple("START", "Dana Standin on behalf of Pat Away"),
                        org.assertj.core.groups.Tuple.tuple("COMPLETE", "Dana Standin on behalf of Pat Away"));
        assertThat(audit.history("ActionItem", item.getId())).filteredOn(e -> e.action().equals("START"))
                .singleElement().satisfies(e -> assertThat(e.actorId()).isEqualTo(dana.getId()));

        Actor afterwards = actorAt(dana, today.plusDays(2), LocalTime.of(9, 0));
        Refusal refused = items.apply(later.getId(), ItemVerb.START, later.getVersion(), null, afterwards).refusal();
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(items.view(later.getId(), afterwards).refusal().kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void theOwnerStillActsInTheirOwnNameAndTheDelegateNeverReviewsTheDelegatorsWork() {
        Person reviewer = fixtures.person("Rene Reviewer", unit);
        ActionItem item = items.create(new NewActionItem("Decide on the venue", null,
                org.excoord.shared.ActionType.APPROVAL, null, pat.getId(), null, dana.getId(), null, null, null,
                today.plusDays(3), null, null, 0), fixtures.actor(reviewer)).orElseThrow();
        delegations.delegate(pat.getId(), dana.getId(), today, today.plusDays(3), fixtures.actor(pat)).orElseThrow();
        Actor own = fixtures.actor(pat);
        ActionItem started = items.apply(item.getId(), ItemVerb.START, item.getVersion(), null, own).orElseThrow();
        ActionItem submitted = items.apply(item.getId(), ItemVerb.SUBMIT, started.getVersion(), null, own)
                .orElseThrow();
        assertThat(audit.history("ActionItem", item.getId())).filteredOn(e -> e.action().equals("START"))
                .singleElement().satisfies(e -> assertThat(e.actorLabel()).isEqualTo("Pat Away"));

        // Dana is the named reviewer, but stands in for the assignee: nobody approves their own work
        Actor standIn = actorAt(dana, today, LocalTime.NOON);
        assertThat(items.apply(item.getId(), ItemVerb.APPROVE, submitted.getVersion(), null, standIn).refusal()
                .kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void aPersonSetsOnlyTheirOwnDelegationAndAnAdminAnyones() {
        Refusal refused = delegations.delegate(pat.getId(), dana.getId(), today, today.plusDays(2),
                fixtures.actor(dana)).refusal();
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(delegations.revoke(pat.getId(), fixtures.actor(boss)).refusal().kind())
                .as("a manager is not an admin").isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(delegations.activeFor(pat.getId(), today)).isEmpty();

        Person admin = fixtures.person("Ada Admin", unit, Role.ADMIN);
        delegations.delegate(pat.getId(), dana.getId(), today, today.plusDays(2), fixtures.actor(admin)).orElseThrow();
        assertThat(delegations.activeFor(pat.getId(), today)).isPresent();
        assertThat(audit.history(JpaDelegations.RECORD, delegations.activeFor(pat.getId(), today).orElseThrow().id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo("DELEGATED");
                    assertThat(e.actorId()).isEqualTo(admin.getId());
                });
    }

    @Test
    void aNewDelegationReplacesTheOldOneAndARevokedOneLendsNothing() {
        Person sam = fixtures.person("Sam Second", unit);
        delegations.delegate(pat.getId(), dana.getId(), today, today.plusDays(5), fixtures.actor(pat)).orElseThrow();
        delegations.delegate(pat.getId(), sam.getId(), today.plusDays(1), today.plusDays(4), fixtures.actor(pat))
                .orElseThrow();
        assertThat(delegations.activeFor(pat.getId(), today)).as("the old one was revoked, the new one not begun")
                .isEmpty();
        assertThat(delegations.activeFor(pat.getId(), today.plusDays(2))).hasValueSatisfying(
                d -> assertThat(d.delegateId()).isEqualTo(sam.getId()));
        assertThat(delegations.delegatorsOf(dana.getId(), today.plusDays(2))).isEmpty();

        delegations.revoke(pat.getId(), fixtures.actor(pat)).orElseThrow();
        assertThat(delegations.activeFor(pat.getId(), today.plusDays(2))).isEmpty();
        assertThat(actorAt(sam, today.plusDays(2), LocalTime.NOON).delegatorIds()).isEmpty();
        assertThat(delegations.revoke(pat.getId(), fixtures.actor(pat)).refusal().kind())
                .isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void nobodyStandsInForThemselfAndAPeriodEndsOnOrAfterItsStart() {
        Actor own = fixtures.actor(pat);
        assertThat(delegations.delegate(pat.getId(), pat.getId(), today, today, own).refusal().field())
                .isEqualTo("delegateId");
        assertThat(delegations.delegate(pat.getId(), dana.getId(), today.plusDays(3), today.plusDays(2), own)
                .refusal().field()).isEqualTo("endsOn");
        assertThat(delegations.delegate(pat.getId(), dana.getId(), today.minusDays(5), today.minusDays(1), own)
                .refusal().field()).isEqualTo("endsOn");
        assertThat(delegations.delegate(pat.getId(), dana.getId(), null, today, own).refusal().field())
                .isEqualTo("startsOn");
        assertThat(delegations.delegate(pat.getId(), -1L, today, today, own).refusal().field())
                .isEqualTo("delegateId");
        // a single day is a period
        assertThat(delegations.delegate(pat.getId(), dana.getId(), today, today, own).isDone()).isTrue();
    }
}
