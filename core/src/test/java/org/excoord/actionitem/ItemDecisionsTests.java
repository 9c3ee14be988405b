package org.excoord.actionitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.excoord.audit.AuditEntry;
import org.excoord.audit.AuditLog;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Team;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.Refusal;
import org.excoord.testing.CoreIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cancelling, deferring, reopening and reviewing as decisions on the record (issue 10, defects 6 and 10), and the
 * lists behind "overdue" and "my team" (defect 7), on a real database.
 */
class ItemDecisionsTests extends CoreIntegrationTest {

    @Autowired
    ActionItemManagement items;

    @Autowired
    AuditLog audit;

    private OrgUnit unit;
    private Person boss;
    private Person alex;
    private Actor manager;

    private ActionItem newItem(String subject) {
        unit = unit == null ? fixtures.unit("Decisions Office", null) : unit;
        boss = boss == null ? fixtures.manager("Patti Fernandez", unit) : boss;
        alex = alex == null ? fixtures.person("Alex Wilber", unit) : alex;
        manager = fixtures.actor(boss);
        return items.create(NewActionItem.adHoc(subject, alex.getId(), items.today().plusDays(5), null), manager)
                .orElseThrow();
    }

    /** What is offered now leaves out a Start the workflow would refuse, and says why; the rights alone keep it. */
    @Test
    void aStepWaitingForThePreviousOneIsNotOfferedStart() {
        ActionItem first = newItem("Draft the memo first");
        ActionItem second = newItem("Review the drafted memo");
        context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update(
                "update action_item set predecessor_id = ? where id = ?", first.getId(), second.getId());
        ActionItem waiting = items.view(second.getId(), fixtures.actor(alex)).orElseThrow();

        assertThat(items.verbsFor(waiting, fixtures.actor(alex))).contains(ItemVerb.START);
        assertThat(items.verbsNow(waiting, fixtures.actor(alex))).doesNotContain(ItemVerb.START);
        assertThat(items.startWaits(waiting, fixtures.actor(alex))).hasValueSatisfying(why -> assertThat(why)
                .contains("previous step must be complete"));
        assertThat(items.mayStartNow(waiting, fixtures.actor(alex))).isFalse();
        assertThat(items.verbsNow(first, fixtures.actor(alex))).contains(ItemVerb.START);
        assertThat(items.startWaits(first, fixtures.actor(alex))).isEmpty();
    }

    @Test
    void cancellingNeedsAReasonWhichIsKeptOnTheItemInTheAuditAndAsAComment() {
        ActionItem item = newItem("Draft the memo");

        Refusal noReason = items.apply(item.getId(), ItemVerb.CANCEL, item.getVersion(), "  ", manager).refusal();
        assertThat(noReason.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(noReason.field()).isEqualTo("comment");

        ActionItem cancelled = items.apply(item.getId(), ItemVerb.CANCEL, item.getVersion(), "Duplicate of AI-28",
                manager).orElseThrow();
        assertThat(cancelled.getStatus()).isEqualTo(ActionStatus.CANCELLED);
        assertThat(cancelled.getDecidedById()).isEqualTo(boss.getId());
        assertThat(cancelled.getDecidedAt()).isNotNull();
        assertThat(cancelled.getDecisionNote()).isEqualTo("Duplicate of AI-28");
        assertThat(items.recentComments(item.getId(), 5)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Comment.Kind.CANCEL_REASON);
            assertThat(c.body()).isEqualTo("Duplicate of AI-28");
        });
        List<AuditEntry> history = audit.history(ActionItemManagement.RECORD, item.getId());
        assertThat(history).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("CANCEL");
            assertThat(e.after()).contains("Duplicate of AI-28");
        });
    }

    @Test
    void deferringNeedsADateNotInThePastAndKeepsIt() {
        ActionItem item = newItem("Plan the rollout");
        LocalDate today = items.today();

        assertThat(items.apply(item.getId(), ItemVerb.DEFER, item.getVersion(), null, null, manager).refusal().field())
                .isEqualTo("deferUntil");
        Refusal past = items.apply(item.getId(), ItemVerb.DEFER, item.getVersion(), null, today.minusDays(1), manager)
                .refusal();
        assertThat(past.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(past.message()).contains("in the past");

        ActionItem deferred = items.apply(item.getId(), ItemVerb.DEFER, item.getVersion(), null, today.plusDays(30),
                manager).orElseThrow();
        assertThat(deferred.getStatus()).isEqualTo(ActionStatus.DEFERRED);
        assertThat(deferred.getDeferredUntil()).isEqualTo(today.plusDays(30));
        assertThat(deferred.getDecidedById()).isEqualTo(boss.getId());
        // the assignee cannot undo a deferral by starting the item
        assertThat(items.apply(item.getId(), ItemVerb.START, deferred.getVersion(), null, fixtures.actor(alex))
                .refusal().kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(items.verbsFor(deferred, fixtures.actor(alex))).doesNotContain(ItemVerb.START, ItemVerb.REOPEN);
    }

    @Test
    void reopeningPutsTheItemBackWhereItWasStopped() {
        ActionItem untouched = newItem("Never started");
        ActionItem cancelled = items.apply(untouched.getId(), ItemVerb.CANCEL, untouched.getVersion(), "Not needed",
                manager).orElseThrow();
        assertThat(items.verbsFor(cancelled, manager)).contains(ItemVerb.REOPEN);
        ActionItem reopened = items.apply(untouched.getId(), ItemVerb.REOPEN, cancelled.getVersion(), null, manager)
                .orElseThrow();
        assertThat(reopened.getStatus()).isEqualTo(ActionStatus.NEW);
        assertThat(reopened.getDecisionNote()).isNull();

        ActionItem started = newItem("Half done");
        started = items.apply(started.getId(), ItemVerb.START, started.getVersion(), null, fixtures.actor(alex))
                .orElseThrow();
        ActionItem deferred = items.apply(started.getId(), ItemVerb.DEFER, started.getVersion(), null,
                items.today().plusDays(3), manager).orElseThrow();
        ActionItem back = items.apply(started.getId(), ItemVerb.REOPEN, deferred.getVersion(), null, manager)
                .orElseThrow();
        assertThat(back.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(back.getDeferredUntil()).isNull();
        assertThat(audit.history(ActionItemManagement.RECORD, started.getId())).last()
                .satisfies(e -> assertThat(e.action()).isEqualTo("REOPEN"));
    }

    @Test
    void approvingRecordsTheApproverTheTimeAndTheOptionalComment() {
        ActionItem item = newItem("Write the report");
        Actor worker = fixtures.actor(alex);
        item = items.apply(item.getId(), ItemVerb.START, item.getVersion(), null, worker).orElseThrow();
        item = items.apply(item.getId(), ItemVerb.SUBMIT, item.getVersion(), null, worker).orElseThrow();
        // the originator reviews an item they gave someone else
        assertThat(items.expectedReviewerOf(item)).contains(boss.getId());

        ActionItem approved = items.apply(item.getId(), ItemVerb.APPROVE, item.getVersion(), "looks good", manager)
                .orElseThrow();
        assertThat(approved.getStatus()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(approved.getDecidedById()).isEqualTo(boss.getId());
        assertThat(approved.getDecidedAt()).isNotNull();
        assertThat(approved.getDecisionNote()).isEqualTo("looks good");
    }

    @Test
    void whoCreatedTheirOwnItemIsReviewedByTheirManager() {
        newItem("setup");
        Actor worker = fixtures.actor(alex);
        ActionItem own = items.create(NewActionItem.adHoc("My own task", alex.getId(), null, null), worker)
                .orElseThrow();
        assertThat(items.expectedReviewerOf(own)).contains(boss.getId());
    }

    @Test
    void aCompletedOrCancelledItemKeepsItsDueDateAndAssignee() {
        ActionItem item = newItem("Finish it");
        Person other = fixtures.person("Other Person", unit);
        ActionItem cancelled = items.apply(item.getId(), ItemVerb.CANCEL, item.getVersion(), "Obsolete", manager)
                .orElseThrow();

        Refusal due = items.changeDueDate(item.getId(), items.today().plusDays(9), cancelled.getVersion(), manager)
                .refusal();
        assertThat(due.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(due.message()).contains("can no longer change");
        assertThat(items.assign(item.getId(), other.getId(), null, cancelled.getVersion(), manager).refusal().kind())
                .isEqualTo(Refusal.Kind.INVALID);
    }

    @Test
    void overdueListsOnlyTheAskersOwnItems() {
        ActionItem notLate = newItem("Mine, not yet due");
        Actor worker = fixtures.actor(alex);
        LocalDate today = items.today();
        ActionItem late = items.create(NewActionItem.adHoc("Mine, late", alex.getId(), today.minusDays(2), null),
                manager).orElseThrow();
        items.create(NewActionItem.adHoc("Boss's, late", boss.getId(), today.minusDays(4), null), manager)
                .orElseThrow();

        assertThat(items.overdueOf(alex.getId(), 10, 0)).extracting(ActionItem::getId).containsExactly(late.getId());
        assertThat(items.overdueOf(alex.getId(), 10, 0)).extracting(ActionItem::getId)
                .doesNotContain(notLate.getId());
        assertThat(worker.personId()).isEqualTo(alex.getId());
    }

    @Test
    void theTeamListHasEachItemOnceOverdueFirstAndPagesWithoutGapsOrRepeats() {
        newItem("setup");
        Person ben = fixtures.person("Ben Both", unit);
        Team team = fixtures.team("Both Team", unit, boss, alex, ben);
        LocalDate today = items.today();
        ActionItem teamItem = items.create(new NewActionItem("Team task", null, null, null, null, team.getId(), null,
                null, null, null, today.plusDays(1), null, null, 0), manager).orElseThrow();
        ActionItem late = items.create(NewActionItem.adHoc("Late", ben.getId(), today.minusDays(1), null), manager)
                .orElseThrow();
        items.create(NewActionItem.adHoc("Boss's own", boss.getId(), today, null), manager).orElseThrow();

        List<ActionItem> all = items.openUnder(unit.getId(), boss.getId(), 50, 0, manager).orElseThrow();
        assertThat(all).extracting(ActionItem::getId).doesNotHaveDuplicates().contains(teamItem.getId())
                .startsWith(late.getId());
        assertThat(all).extracting(ActionItem::getSubject).doesNotContain("Boss's own");
        List<Long> paged = new java.util.ArrayList<>();
        for (int page = 0; page * 2 < all.size(); page++) {
            items.openUnder(unit.getId(), boss.getId(), 2, page * 2, manager).orElseThrow()
                    .forEach(i -> paged.add(i.getId()));
        }
        assertThat(paged).containsExactlyElementsOf(all.stream().map(ActionItem::getId).toList());
        assertThat(items.openUnder(unit.getId(), null, 50, 0, fixtures.actor(alex)).refusal().kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
    }
}
