package org.excoord.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.excoord.action.ActionCategory;
import org.excoord.action.ExecutiveActionType;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.action.MethodOfReceipt;
import org.excoord.action.Receipt;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ItemVerb;
import org.excoord.actionitem.NewActionItem;
import org.excoord.correspondence.CorrespondenceDetails;
import org.excoord.correspondence.CorrespondenceLog;
import org.excoord.correspondence.LogCorrespondence;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.shared.ActionType;
import org.excoord.testing.CoreIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: each kind of change tells the person it is meant for (never the one who made it), in the change's
 * transaction; planning folds a burst into one card, holds back quiet hours and weekends, and follows delegations.
 */
class NotificationsTests extends CoreIntegrationTest {

    /** A Wednesday, 10:00 in New York (the test people's zone): working hours. */
    private static final Instant WEDNESDAY_10 = Instant.parse("2026-11-18T15:00:00Z");

    @Autowired
    Notifications notifications;
    @Autowired
    ActionItemManagement items;
    @Autowired
    CorrespondenceLog correspondence;
    @Autowired
    ExecutiveActionTypeRepository types;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    private OrgUnit unit;
    private Person boss;
    private Person alex;
    private Person bea;
    private Actor manager;

    @BeforeEach
    void people() {
        unit = fixtures.unit("Outbox Office", null);
        boss = fixtures.manager("Olga Outbox", unit);
        alex = fixtures.person("Alex Outbox", unit);
        bea = fixtures.person("Bea Outbox", unit);
        manager = fixtures.actor(boss);
    }

    private List<String> toldAbout(Long itemId) {
        return jdbc.query("select n.kind, p.display_name, n.note from notification n join person p on p.id = n.recipient_id"
                + " where n.item_id = ? order by n.id", (rs, i) -> rs.getString(1) + " " + rs.getString(2)
                        + (rs.getString(3) == null ? "" : ": " + rs.getString(3)), itemId);
    }

    private ActionItem create(String subject, Long assignee, Actor by) {
        return items.create(NewActionItem.adHoc(subject, assignee, items.today().plusDays(6), null), by)
                .orElseThrow();
    }

    @Test
    void assignedToTheNewAssigneeAndNoLongerYoursToThePreviousOneNeverToTheActor() {
        ActionItem item = create("Book the room", alex.getId(), manager);
        assertThat(toldAbout(item.getId())).containsExactly("ASSIGNED Alex Outbox");
        items.assign(item.getId(), bea.getId(), null, item.getVersion(), manager).orElseThrow();
        assertThat(toldAbout(item.getId())).containsExactly("ASSIGNED Alex Outbox", "ASSIGNED Bea Outbox",
                "UNASSIGNED Alex Outbox");

        ActionItem own = create("My own errand", boss.getId(), manager);
        assertThat(toldAbout(own.getId())).as("one does not tell oneself").isEmpty();
        items.assign(own.getId(), alex.getId(), null, own.getVersion(), manager).orElseThrow();
        assertThat(toldAbout(own.getId())).as("the boss gave it away: not told it is no longer theirs")
                .containsExactly("ASSIGNED Alex Outbox");
    }

    @Test
    void submittedToTheReviewerReturnedWithTheirWordsApprovedAndCompletedToTheOriginator() {
        Person reviewer = fixtures.person("Rita Review", unit);
        ActionItem item = items.create(new NewActionItem("Approve the budget", null, ActionType.APPROVAL, null,
                alex.getId(), null, reviewer.getId(), null, null, null, items.today().plusDays(5), null, null, 0),
                manager).orElseThrow();
        Actor worker = fixtures.actor(alex);
        Actor rita = fixtures.actor(reviewer);
        item = items.apply(item.getId(), ItemVerb.START, item.getVersion(), null, worker).orElseThrow();
        item = items.apply(item.getId(), ItemVerb.SUBMIT, item.getVersion(), null, worker).orElseThrow();
        item = items.apply(item.getId(), ItemVerb.RETURN, item.getVersion(), "Add the travel line", rita).orElseThrow();
        item = items.apply(item.getId(), ItemVerb.START, item.getVersion(), null, worker).orElseThrow();
        item = items.apply(item.getId(), ItemVerb.SUBMIT, item.getVersion(), null, worker).orElseThrow();
        items.apply(item.getId(), ItemVerb.APPROVE, item.getVersion(), null, rita).orElseThrow();
        assertThat(toldAbout(item.getId())).containsExactly("ASSIGNED Alex Outbox", "SUBMITTED Rita Review",
                "RETURNED Alex Outbox: Add the travel line", "SUBMITTED Rita Review", "APPROVED Olga Outbox");

        ActionItem task = create("File the report", alex.getId(), manager);
        task = items.apply(task.getId(), ItemVerb.START, task.getVersion(), null, worker).orElseThrow();
        items.apply(task.getId(), ItemVerb.COMPLETE, task.getVersion(), null, worker).orElseThrow();
        assertThat(toldAbout(task.getId())).containsExactly("ASSIGNED Alex Outbox", "COMPLETED Olga Outbox");

        ActionItem selfMade = create("Tidy the files", alex.getId(), worker);
        selfMade = items.apply(selfMade.getId(), ItemVerb.START, selfMade.getVersion(), null, worker).orElseThrow();
        items.apply(selfMade.getId(), ItemVerb.COMPLETE, selfMade.getVersion(), null, worker).orElseThrow();
        assertThat(toldAbout(selfMade.getId())).as("the originator completed it themself").isEmpty();
    }

    @Test
    void aCommentTellsThePeopleItMentionsWhoMaySeeTheItem() {
        Person stranger = fixtures.person("Stu Elsewhere", fixtures.unit("Far Office", null));
        ActionItem item = create("Plan the offsite", alex.getId(), manager);
        items.comment(item.getId(), "@" + boss.getDisplayName() + ", can you confirm? cc @" + stranger.getDisplayName()
                + " and @" + alex.getDisplayName(), fixtures.actor(alex)).orElseThrow();
        items.comment(item.getId(), "<at>" + alex.getDisplayName() + "</at> booked", manager).orElseThrow();
        assertThat(toldAbout(item.getId())).containsExactly("ASSIGNED Alex Outbox",
                "MENTIONED Olga Outbox: @Olga Outbox, can you confirm? cc @" + stranger.getDisplayName()
                        + " and @Alex Outbox",
                "MENTIONED Alex Outbox: <at>Alex Outbox</at> booked");
        items.comment(item.getId(), "mail olga@example.com, not a mention", manager).orElseThrow();
        assertThat(toldAbout(item.getId())).hasSize(3);
        items.comment(item.getId(), "Two lines:\n\t@" + boss.getDisplayName() + "\r\nplease", fixtures.actor(alex))
                .orElseThrow();
        assertThat(toldAbout(item.getId())).last().isEqualTo("MENTIONED Olga Outbox: Two lines: @Olga Outbox please");
    }

    @Test
    void aLongNoteIsCutToOneLineOfAtMostItsLimitNeverInsideACharacter() {
        String emoji = "\uD83D\uDE00";
        String cut = OutboxNotifications.noteOf("a".repeat(OutboxNotifications.MAX_NOTE - 2) + emoji + "tail");
        assertThat(cut).hasSizeLessThanOrEqualTo(OutboxNotifications.MAX_NOTE).endsWith("a…");
        assertThat(OutboxNotifications.noteOf("  line one\n line two ")).isEqualTo("line one line two");
        assertThat(OutboxNotifications.noteOf(" \n ")).isNull();
    }

    @Test
    void correspondenceRoutedToTheUnitsManagerAndAssignedToThePerson() {
        Actor secretariat = fixtures.actor(fixtures.person("Sid Secretariat", unit, Role.STAFF, Role.SECRETARIAT));
        Long type = types.save(new ExecutiveActionType("Inquiries " + System.nanoTime(), null,
                ActionCategory.INFORMATION_REQUEST)).getId();
        CorrespondenceDetails letter = correspondence.log(new LogCorrespondence("Inquiry", null, type, null, null, null,
                new Receipt(Instant.now().minus(1, ChronoUnit.HOURS), MethodOfReceipt.EMAIL, "Sen. Doe", "Senate",
                        null), null), secretariat).orElseThrow();
        Long id = letter.action().getId();
        letter = correspondence.route(id, unit.getId(), null, letter.correspondence().getVersion(), secretariat)
                .orElseThrow();
        correspondence.assign(id, alex.getId(), letter.correspondence().getVersion(), manager).orElseThrow();
        assertThat(jdbc.query("select n.kind, n.recipient_id from notification n where n.correspondence_id = ?"
                + " order by n.id", (rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)), id)).containsExactly(
                Map.entry("CORRESPONDENCE_ROUTED", boss.getId()), Map.entry("CORRESPONDENCE_ASSIGNED", alex.getId()));
    }

    @Test
    void theChangesTransactionSeesItsNotificationsAndARolledBackChangeLeavesNone() {
        assertThat(notifications.writtenInThisTransaction()).isEmpty();
        Long id = tx.execute(s -> {
            ActionItem item = create("Rolled back", alex.getId(), manager);
            assertThat(notifications.writtenInThisTransaction()).singleElement().satisfies(n -> {
                assertThat(n.getKind()).isEqualTo(NotificationKind.ASSIGNED);
                assertThat(n.getRecipientId()).isEqualTo(alex.getId());
                assertThat(n.getId()).isNotNull();
            });
            s.setRollbackOnly();
            return item.getId();
        });
        assertThat(notifications.writtenInThisTransaction()).as("nothing is left bound to the thread").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from notification where item_id = ?", Integer.class, id))
                .isZero();
    }

    // ------------------------------------------------------------------ planning

    private long waiting(Person to, Instant createdAt) {
        return jdbc.queryForObject("insert into notification (recipient_id, kind, actor_id, created_at) values"
                + " (?, 'ASSIGNED', ?, ?) returning id", Long.class, to.getId(), boss.getId(),
                Timestamp.from(createdAt));
    }

    private List<PlannedNudge> planFor(Instant at, Person person) {
        return notifications.plan(at).stream().filter(n -> n.personId().equals(person.getId())).toList();
    }

    @Test
    void aBurstIsFoldedIntoOneCardOnceTheNewestIsOlderThanTheFoldWindow() {
        long first = waiting(alex, WEDNESDAY_10.minus(10, ChronoUnit.MINUTES));
        long second = waiting(alex, WEDNESDAY_10.minus(1, ChronoUnit.MINUTES));
        waiting(alex, WEDNESDAY_10.plus(1, ChronoUnit.HOURS)); // after the moment planned: not yet there

        assertThat(planFor(WEDNESDAY_10, alex)).as("the last one is only a minute old").isEmpty();
        Instant later = WEDNESDAY_10.plus(2, ChronoUnit.MINUTES);
        assertThat(planFor(later, alex)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NudgeKind.NOTIFICATION);
            assertThat(n.recipientId()).isEqualTo(alex.getId());
            assertThat(n.subjectId()).isEqualTo(first);
            assertThat(n.itemIds()).containsExactly(first, second);
            assertThat(n.day()).isEqualTo(LocalDate.of(2026, 11, 18));
            assertThat(n.reason()).isEqualTo("2 changes: 2 assigned");
        });

        notifications.told(List.of(first, second), 4242L);
        assertThat(planFor(later, alex)).isEmpty();
    }

    @Test
    void quietHoursAndWeekendsHoldNotificationsBackInTheRecipientsTimeZone() {
        waiting(bea, Instant.parse("2026-11-17T12:00:00Z"));
        // New York is UTC-5 in November: 07:00 local is 12:00Z, 19:00 local is 00:00Z the next day
        assertThat(planFor(Instant.parse("2026-11-18T11:59:00Z"), bea)).as("06:59").isEmpty();
        assertThat(planFor(Instant.parse("2026-11-18T12:00:00Z"), bea)).as("07:00").hasSize(1);
        assertThat(planFor(Instant.parse("2026-11-18T23:59:00Z"), bea)).as("18:59").hasSize(1);
        assertThat(planFor(Instant.parse("2026-11-19T00:00:00Z"), bea)).as("19:00").isEmpty();
        assertThat(planFor(Instant.parse("2026-11-21T15:00:00Z"), bea)).as("Saturday").isEmpty();
        assertThat(planFor(Instant.parse("2026-11-22T15:00:00Z"), bea)).as("Sunday").isEmpty();
        jdbc.update("update person set time_zone = 'Europe/Berlin' where id = ?", bea.getId());
        assertThat(planFor(Instant.parse("2026-11-18T11:59:00Z"), bea)).as("12:59 in Berlin").hasSize(1);
        assertThat(planFor(Instant.parse("2026-11-18T18:00:00Z"), bea)).as("19:00 in Berlin").isEmpty();
    }

    @Test
    void anActiveDelegationSendsTheCardToTheDelegate() {
        Person dana = fixtures.person("Dana Outbox", unit);
        long id = waiting(bea, WEDNESDAY_10.minus(1, ChronoUnit.HOURS));
        jdbc.update("insert into delegation (delegator_id, delegate_id, starts_on, ends_on, source, created_at)"
                + " values (?, ?, ?, ?, 'PERSON', now())", bea.getId(), dana.getId(), Date.valueOf("2026-11-16"),
                Date.valueOf("2026-11-18"));
        assertThat(planFor(WEDNESDAY_10, bea)).singleElement().satisfies(n -> {
            assertThat(n.recipientId()).isEqualTo(dana.getId());
            assertThat(n.delegated()).isTrue();
            assertThat(n.itemIds()).containsExactly(id);
        });
        assertThat(planFor(Instant.parse("2026-11-19T15:00:00Z"), bea)).as("the day after it ended")
                .singleElement().satisfies(n -> assertThat(n.recipientId()).isEqualTo(bea.getId()));
    }
}
