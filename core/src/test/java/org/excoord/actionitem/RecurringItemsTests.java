package org.excoord.actionitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.action.NewExecutiveAction;
import org.excoord.audit.AuditEntry;
import org.excoord.audit.AuditLog;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.AuthorityStatus;
import org.excoord.authority.ImportAuthority;
import org.excoord.authority.LegalAuthority;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.ActionType;
import org.excoord.shared.DomainEvent;
import org.excoord.shared.Priority;
import org.excoord.shared.Refusal;
import org.excoord.shared.SecurityClassification;
import org.excoord.testing.CoreIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recurring items (issue 12): completing an occurrence creates the next, once, through the normal create path (so it
 * is announced like any new item), until the recurrence's end or the authority's revocation; cancelling ends it.
 */
@Import(RecurringItemsTests.Recorder.class)
class RecurringItemsTests extends CoreIntegrationTest {

    @TestConfiguration
    static class Recorder {
        final List<DomainEvent> received = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(DomainEvent event) {
            received.add(event);
        }
    }

    @Autowired
    ActionItemManagement items;
    @Autowired
    ActionItemRepository repository;
    @Autowired
    AuditLog audit;
    @Autowired
    Recorder recorder;
    @Autowired
    TransactionTemplate tx;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private Person boss;
    private Person alex;
    private Actor manager;
    private Actor worker;

    @BeforeEach
    void people() {
        OrgUnit unit = fixtures.unit("Recurrence Office " + tag, null);
        boss = fixtures.manager("Rita Recurs " + tag, unit);
        alex = fixtures.person("Alex Again " + tag, unit);
        manager = fixtures.actor(boss);
        worker = fixtures.actor(alex);
    }

    private ActionItem recurring(String subject, LocalDate due, Recurrence recurrence, Long executiveActionId) {
        return items.create(new NewActionItem(subject, "Report to the Council", ActionType.TASK_ASSIGNMENT,
                Priority.HIGH, alex.getId(), null, null, executiveActionId, null, null, due, null, null, 0, recurrence),
                manager).orElseThrow();
    }

    private ActionItem complete(ActionItem item) {
        ActionItem started = items.apply(item.getId(), ItemVerb.START, item.getVersion(), null, worker).orElseThrow();
        return items.apply(started.getId(), ItemVerb.COMPLETE, started.getVersion(), null, worker).orElseThrow();
    }

    private Optional<ActionItem> nextOf(ActionItem item) {
        return repository.findByRecurPreviousId(item.getId());
    }

    @Test
    void completingAnOccurrenceCreatesExactlyOneNextDueOnePeriodLaterAndAnnouncesIt() {
        LocalDate due = items.today().plusDays(5);
        ActionItem first = recurring("Report on the plan", due, new Recurrence(Period.ofDays(60), null), null);

        complete(first);

        ActionItem next = nextOf(first).orElseThrow();
        assertThat(next.getId()).isNotEqualTo(first.getId());
        assertThat(next.getNumber()).isNotEqualTo(first.getNumber());
        assertThat(next.getStatus()).isEqualTo(ActionStatus.NEW);
        assertThat(next.getDueDate()).isEqualTo(due.plusDays(60));
        assertThat(next.getSubject()).isEqualTo("Report on the plan");
        assertThat(next.getDetails()).isEqualTo("Report to the Council");
        assertThat(next.getPriority()).isEqualTo(Priority.HIGH);
        assertThat(next.getType()).isEqualTo(ActionType.TASK_ASSIGNMENT);
        assertThat(next.assignee()).isEqualTo(first.assignee());
        assertThat(next.getOriginatorId()).isEqualTo(boss.getId());
        assertThat(next.recurrence()).isEqualTo(new Recurrence(Period.ofDays(60), null));
        assertThat(repository.findAll()).filteredOn(i -> first.getId().equals(i.getRecurPreviousId())).hasSize(1);
        // announced after commit like any new item: Planner sync and the digest pick it up
        assertThat(recorder.received).filteredOn(e -> e instanceof ActionItemCreated c
                && c.itemId().equals(next.getId())).singleElement().isInstanceOfSatisfying(ActionItemCreated.class,
                        c -> {
                            assertThat(c.dueDate()).isEqualTo(due.plusDays(60));
                            assertThat(c.assigneePersonId()).isEqualTo(alex.getId());
                        });
        assertThat(items.openItemsOf(alex.getId(), 50, 0)).extracting(ActionItem::getId).contains(next.getId())
                .doesNotContain(first.getId());
        assertThat(audit.history(ActionItemManagement.RECORD, first.getId()))
                .filteredOn(e -> e.action().equals("NEXT_OCCURRENCE")).singleElement().satisfies(e -> {
            assertThat(e.after()).contains("Next occurrence of " + first.getNumber() + " created, due "
                    + due.plusDays(60)).contains(next.getNumber());
        });
        assertThat(audit.history(ActionItemManagement.RECORD, next.getId())).first()
                .extracting(AuditEntry::action).isEqualTo("CREATED");
    }

    @Test
    void calendarPeriodsCountMonthsAndYearsAndAnUndatedOccurrenceCountsFromItsCompletion() {
        ActionItem quarterly = recurring("Quarterly brief", LocalDate.of(2027, 1, 31),
                new Recurrence(Period.ofMonths(3), null), null);
        complete(quarterly);
        assertThat(nextOf(quarterly).orElseThrow().getDueDate()).isEqualTo(LocalDate.of(2027, 4, 30));

        ActionItem annual = recurring("Annual review", LocalDate.of(2028, 2, 29), new Recurrence(Period.ofYears(1),
                null), null);
        complete(annual);
        assertThat(nextOf(annual).orElseThrow().getDueDate()).isEqualTo(LocalDate.of(2029, 2, 28));

        ActionItem undated = recurring("Undated check", null, new Recurrence(Period.ofDays(30), null), null);
        complete(undated);
        assertThat(nextOf(undated).orElseThrow().getDueDate()).isEqualTo(items.today().plusDays(30));
    }

    @Test
    void noNextOccurrenceBeyondTheEndTheTextGives() {
        LocalDate due = items.today().plusDays(5);
        ActionItem last = recurring("Last report", due, new Recurrence(Period.ofDays(60), due.plusDays(59)), null);
        complete(last);
        assertThat(nextOf(last)).isEmpty();

        ActionItem onTheEnd = recurring("Report on the end", due, new Recurrence(Period.ofDays(60), due.plusDays(60)),
                null);
        complete(onTheEnd);
        assertThat(nextOf(onTheEnd)).hasValueSatisfying(n -> assertThat(n.getDueDate()).isEqualTo(due.plusDays(60)));
    }

    @Test
    void noNextOccurrenceOnceTheAuthorityIsRevoked() {
        Actor secretariat = fixtures.actor(fixtures.person("Sue Secretariat " + tag, null, Role.SECRETARIAT));
        // an order of this test's own: others share the database and must not see it repealed
        String text = "Executive Order 9" + Math.abs(tag.hashCode() % 10000) + " of June 1, 2026\nRecurring " + tag
                + "\n\nSec. 1. Reports. (a) Within 30 days of the date of this order and every 60 days thereafter, "
                + "the Secretary shall report.\n";
        LegalAuthority order = context.getBean(AuthorityCatalog.class).importText(ImportAuthority.of(text), secretariat)
                .orElseThrow().authority();
        Long type = context.getBean(ExecutiveActionTypeRepository.class).findByName("Security Protocols").orElseThrow()
                .getId();
        ExecutiveAction action = context.getBean(ExecutiveActionManagement.class).create(new NewExecutiveAction(
                "Carry out " + tag, null, null, type, Priority.HIGH, SecurityClassification.UNCLASSIFIED, null, null,
                order.getId(), null, null, null, boss.getId(), null), manager).orElseThrow();
        ActionItem first = recurring("Report every 60 days", items.today().plusDays(5),
                new Recurrence(Period.ofDays(60), null), action.getId());

        complete(first);
        ActionItem second = nextOf(first).orElseThrow(); // in force: it recurs, under the same action
        assertThat(second.getExecutiveActionId()).isEqualTo(action.getId());

        context.getBean(AuthorityCatalog.class).changeStatus(order.getId(), AuthorityStatus.REPEALED,
                "Revoked by a later order", secretariat).orElseThrow();
        complete(second);
        assertThat(nextOf(second)).isEmpty();
    }

    @Test
    void aCancelledOccurrenceDoesNotRecur() {
        ActionItem item = recurring("Cancelled report", items.today().plusDays(5),
                new Recurrence(Period.ofDays(60), null), null);
        items.apply(item.getId(), ItemVerb.CANCEL, item.getVersion(), "No longer required", manager).orElseThrow();
        assertThat(nextOf(item)).isEmpty();
    }

    @Test
    void completingAgainOrReplayingTheCompletionCreatesNoSecondOccurrence() {
        ActionItem item = recurring("Replayed report", items.today().plusDays(5),
                new Recurrence(Period.ofMonths(1), null), null);
        ActionItem done = complete(item);
        ActionItem reopened = items.apply(done.getId(), ItemVerb.REOPEN, done.getVersion(), null, manager)
                .orElseThrow();
        items.apply(reopened.getId(), ItemVerb.COMPLETE, reopened.getVersion(), null, worker).orElseThrow();
        Optional<ActionItem> replayed = tx.execute(s -> items.nextOccurrence(repository.findById(item.getId())
                .orElseThrow(), worker));

        assertThat(replayed).isEmpty();
        assertThat(repository.findAll()).filteredOn(i -> item.getId().equals(i.getRecurPreviousId())).hasSize(1);
    }

    @Test
    void anItemDoneOnceDoesNotRecur() {
        ActionItem once = recurring("Once", items.today().plusDays(5), null, null);
        complete(once);
        assertThat(nextOf(once)).isEmpty();
        assertThat(once.recurrence()).isNull();
    }

    @Test
    void aRecurrenceOutsideItsBoundsIsRefused() {
        LocalDate due = items.today().plusDays(5);
        for (Period wrong : List.of(Period.ZERO, Period.ofDays(-1), Period.ofYears(6))) {
            Refusal refused = items.create(NewActionItem.adHoc("Wrong", alex.getId(), due, null)
                    .recurring(new Recurrence(wrong, null)), manager).refusal();
            assertThat(refused.kind()).isEqualTo(Refusal.Kind.INVALID);
            assertThat(refused.field()).isEqualTo("recurrence");
        }
        Refusal endsFirst = items.create(NewActionItem.adHoc("Ends first", alex.getId(), due, null)
                .recurring(new Recurrence(Period.ofDays(60), due.minusDays(1))), manager).refusal();
        assertThat(endsFirst.field()).isEqualTo("recurrenceUntil");
    }
}
