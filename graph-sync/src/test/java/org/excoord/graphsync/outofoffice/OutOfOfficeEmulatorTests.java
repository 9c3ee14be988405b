package org.excoord.graphsync.outofoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.graphsync.GraphSyncIntegrationTest;
import org.excoord.graphsync.emulator.Fault;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.excoord.graphsync.graph.MailboxGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outlook automatic replies read through the real SDK gateway from the loopback Graph emulator into
 * {@code out_of_office}, at a fixed moment (Monday 7 December 2026, 09:00 in New York). Everyone other tests left in
 * the shared database is marked as read a day later first, so a round reads only this test's people.
 */
@TestPropertySource(properties = {"excoord.graph.enabled=true", "excoord.graph.push.scheduled=false",
        "excoord.graph.back-sync.scheduled=false", "excoord.graph.out-of-office.scheduled=false",
        "excoord.graph.retry.initial-backoff=10ms", "excoord.graph.retry.max-backoff=200ms"})
class OutOfOfficeEmulatorTests extends GraphSyncIntegrationTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant AT = LocalDateTime.of(2026, 12, 7, 9, 0).atZone(NEW_YORK).toInstant();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Duration INTERVAL = Duration.ofMinutes(30);
    private static GraphEmulator emulator;

    @Autowired
    MailboxGateway gateway;
    @Autowired
    ActionItemManagement items;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    OrgUnit unit;
    Actor boss;
    final List<Duration> pauses = new ArrayList<>();

    static synchronized GraphEmulator emulator() {
        if (emulator == null) {
            emulator = new GraphEmulator().start();
        }
        return emulator;
    }

    @DynamicPropertySource
    static void graph(DynamicPropertyRegistry registry) {
        registry.add("excoord.graph.base-url", () -> emulator().baseUrl());
        registry.add("excoord.graph.login-host", () -> emulator().loginHost());
        registry.add("excoord.graph.tenant-id", () -> emulator().tenantId());
        registry.add("excoord.graph.client-id", () -> emulator().clientId());
        registry.add("excoord.graph.client-secret", () -> emulator().clientSecret());
    }

    @BeforeEach
    void onlyThisTestsPeople() {
        emulator().faults().clear();
        emulator().resetCounts();
        jdbc.update("insert into graph_mailbox_check (person_id, checked_at, outcome) select id, ?, 'OFF' from person"
                + " on conflict (person_id) do update set checked_at = excluded.checked_at",
                Timestamp.from(AT.plus(Duration.ofDays(1))));
        unit = fixtures.unit("Out of Office Unit", null);
        boss = fixtures.actor(fixtures.manager("Bo Boss", unit));
    }

    @Test
    void repliesOnUntilTurnedOffAreARowWithOpenBounds() {
        Person alex = personWithItemDue(TODAY.plusDays(2));
        emulator().automaticRepliesAlwaysOn(alex.getEntraObjectId());

        OutOfOfficeRefresher.Round round = refresher(AT, 500).runOnce();

        assertThat(row(alex)).containsEntry("starts_at", null).containsEntry("ends_at", null)
                .containsEntry("checked_at", Timestamp.from(AT));
        assertThat(outcome(alex)).isEqualTo("ON");
        assertThat(round.read()).isEqualTo(1);
        assertThat(round.on()).isEqualTo(1);
        assertThat(emulator().counts().of("POST /$batch")).isEqualTo(1);
        assertThat(emulator().counts().of("sub GET /users/{id}/mailboxSettings/automaticRepliesSetting")).isEqualTo(1);
        assertThat(emulator().unknownRequests()).isEmpty();
    }

    @Test
    void aScheduleBecomesItsInstantsFromTheTimeZoneGraphNamed() {
        Person pacific = personWithItemDue(TODAY);
        Person utc = personWithItemDue(TODAY.minusDays(3)); // overdue counts too
        Person iana = personWithItemDue(TODAY.plusDays(7));
        emulator().automaticRepliesScheduled(pacific.getEntraObjectId(), LocalDateTime.of(2026, 12, 8, 9, 0),
                LocalDateTime.of(2026, 12, 11, 17, 0), "Pacific Standard Time");
        emulator().automaticRepliesScheduled(utc.getEntraObjectId(), LocalDateTime.of(2026, 12, 6, 22, 0),
                LocalDateTime.of(2026, 12, 9, 6, 30), "UTC");
        emulator().automaticRepliesScheduled(iana.getEntraObjectId(), LocalDateTime.of(2026, 12, 14, 8, 0),
                LocalDateTime.of(2026, 12, 18, 18, 0), "Europe/Berlin");

        OutOfOfficeRefresher.Round round = refresher(AT, 500).runOnce();

        assertThat(row(pacific)).containsEntry("starts_at", ts("2026-12-08T17:00:00Z"))
                .containsEntry("ends_at", ts("2026-12-12T01:00:00Z"));
        assertThat(row(utc)).containsEntry("starts_at", ts("2026-12-06T22:00:00Z"))
                .containsEntry("ends_at", ts("2026-12-09T06:30:00Z"));
        assertThat(row(iana)).containsEntry("starts_at", ts("2026-12-14T07:00:00Z"))
                .containsEntry("ends_at", ts("2026-12-18T17:00:00Z"));
        assertThat(outcome(pacific)).isEqualTo("SCHEDULED");
        assertThat(round.on()).isEqualTo(3);
    }

    @Test
    void aZoneNobodyKnowsIsThePersonsOwnAndAScheduleThatEndedIsNoRow() {
        Person chicago = personWithItemDue(TODAY.plusDays(1));
        jdbc.update("update person set time_zone = 'America/Chicago' where id = ?", chicago.getId());
        Person ended = personWithItemDue(TODAY.plusDays(1));
        away(ended);
        emulator().automaticRepliesScheduled(chicago.getEntraObjectId(), LocalDateTime.of(2026, 12, 8, 8, 0),
                LocalDateTime.of(2026, 12, 9, 8, 0), "Customized Time Zone");
        emulator().automaticRepliesScheduled(ended.getEntraObjectId(), LocalDateTime.of(2026, 11, 20, 8, 0),
                LocalDateTime.of(2026, 11, 30, 8, 0), "Eastern Standard Time");

        refresher(AT, 500).runOnce();

        assertThat(row(chicago)).containsEntry("starts_at", ts("2026-12-08T14:00:00Z"))
                .containsEntry("ends_at", ts("2026-12-09T14:00:00Z"));
        assertThat(row(ended)).isNull();
        assertThat(outcome(ended)).isEqualTo("OFF");
    }

    @Test
    void repliesTurnedOffDeleteTheRow() {
        Person back = personWithItemDue(TODAY.plusDays(3));
        away(back);
        emulator().automaticRepliesOff(back.getEntraObjectId());

        OutOfOfficeRefresher.Round round = refresher(AT, 500).runOnce();

        assertThat(row(back)).isNull();
        assertThat(outcome(back)).isEqualTo("OFF");
        assertThat(round.off()).isEqualTo(1);
    }

    @Test
    void someoneAwayWithNothingDueIsStillReadSoTheirRowGoesWhenTheyAreBack() {
        Person back = fixtures.person("Back Again", unit);
        emulator().addUser(back.getEntraObjectId(), true).automaticRepliesOff(back.getEntraObjectId());
        away(back);

        refresher(AT, 500).runOnce();

        assertThat(row(back)).isNull();
    }

    @Test
    void aUserWithoutAMailboxIsSkippedAndTheRoundGoesOn() {
        Person noMailbox = personWithItemDue(TODAY.plusDays(1));
        emulator().withoutMailbox(noMailbox.getEntraObjectId());
        away(noMailbox);
        Person notInGraph = fixtures.person("Not In Graph", unit);
        item(notInGraph, TODAY.plusDays(1));
        Person away = personWithItemDue(TODAY.plusDays(1));
        emulator().automaticRepliesAlwaysOn(away.getEntraObjectId());

        OutOfOfficeRefresher.Round round = refresher(AT, 500).runOnce();

        assertThat(row(noMailbox)).as("no mailbox, no automatic replies").isNull();
        assertThat(outcome(noMailbox)).isEqualTo("NO_MAILBOX");
        assertThat(detail(noMailbox)).isEqualTo("MailboxNotEnabledForRESTAPI");
        assertThat(outcome(notInGraph)).isEqualTo("NO_MAILBOX");
        assertThat(row(away)).isNotNull();
        assertThat(round.noMailbox()).isEqualTo(2);
        assertThat(round.on()).isEqualTo(1);
        assertThat(round.stopped()).isFalse();
    }

    @Test
    void onlyAssigneesOfOpenItemsDueWithinTheWeekAreRead() {
        Person later = personWithItemDue(TODAY.plusDays(8));
        Person closed = personWithItemDue(TODAY.plusDays(1));
        jdbc.update("update action_item set status = 'COMPLETE' where assignee_person_id = ?", closed.getId());
        Person undated = fixtures.person("Undated", unit);
        emulator().addUser(undated.getEntraObjectId(), true);
        item(undated, null);
        Person inactive = personWithItemDue(TODAY.plusDays(1));
        jdbc.update("update person set active = false where id = ?", inactive.getId());

        OutOfOfficeRefresher.Round round = refresher(AT, 500).runOnce();

        assertThat(round.read()).isZero();
        assertThat(emulator().counts().graph()).isZero();
        assertThat(outcome(later)).isNull();
        assertThat(outcome(closed)).isNull();
    }

    @Test
    void aRoundReadsAtMostItsShareThoseReadLongestAgoFirst() {
        Person first = personWithItemDue(TODAY.plusDays(1));
        Person second = personWithItemDue(TODAY.plusDays(1));
        Person third = personWithItemDue(TODAY.plusDays(1));

        OutOfOfficeRefresher.Round one = refresher(AT, 2).runOnce();
        assertThat(one.read()).isEqualTo(2);
        assertThat(outcome(third)).as("never read, but past this round's share").isNull();

        Instant later = AT.plus(Duration.ofMinutes(20));
        OutOfOfficeRefresher.Round two = refresher(later, 2).runOnce();

        assertThat(two.read()).isEqualTo(2);
        assertThat(checkedAt(third)).as("never read: first").isEqualTo(Timestamp.from(later));
        assertThat(List.of(checkedAt(first), checkedAt(second))).as("one of the two read at 09:00 again")
                .containsExactlyInAnyOrder(Timestamp.from(AT), Timestamp.from(later));

        OutOfOfficeRefresher.Round soon = refresher(later.plus(Duration.ofMinutes(5)), 2).runOnce();
        assertThat(soon.read()).as("the one read at 09:00; the others were read 5 minutes ago").isEqualTo(1);
    }

    @Test
    void twentyOnePeopleTakeTwoBatches() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            people.add(personWithItemDue(TODAY.plusDays(1)));
        }
        emulator().automaticRepliesAlwaysOn(people.get(20).getEntraObjectId());

        OutOfOfficeRefresher.Round round = refresher(AT, 500).runOnce();

        assertThat(round.read()).isEqualTo(21);
        assertThat(round.batches()).isEqualTo(2);
        assertThat(emulator().counts().of("POST /$batch")).isEqualTo(2);
        assertThat(row(people.get(20))).isNotNull();
        assertThat(people.subList(0, 20)).allSatisfy(p -> assertThat(outcome(p)).isEqualTo("OFF"));
    }

    @Test
    void aThrottledReadIsSentAgainInTheRoundAfterItsRetryAfter() {
        Person throttled = personWithItemDue(TODAY.plusDays(1));
        emulator().automaticRepliesAlwaysOn(throttled.getEntraObjectId());
        emulator().faults().retryAfter(Duration.ofSeconds(2)).nextSubRequests(Fault.THROTTLED);

        OutOfOfficeRefresher.Round round = refresher(AT, 500).runOnce();

        assertThat(pauses).containsExactly(Duration.ofSeconds(2));
        assertThat(row(throttled)).isNotNull();
        assertThat(round.batches()).isEqualTo(2);
        assertThat(round.leftThrottled()).isZero();
    }

    @Test
    void aReadThrottledEveryTimeIsLeftForTheNextRoundUnwritten() {
        Person throttled = personWithItemDue(TODAY.plusDays(1));
        away(throttled);
        emulator().faults().retryAfter(Duration.ofSeconds(1)).nextSubRequests(Fault.THROTTLED, Fault.THROTTLED,
                Fault.UNAVAILABLE);

        OutOfOfficeRefresher.Round round = refresher(AT, 500).runOnce();

        assertThat(round.leftThrottled()).isEqualTo(1);
        assertThat(round.read()).isZero();
        assertThat(row(throttled)).as("unknown: kept as it was").isNotNull();
        assertThat(outcome(throttled)).as("not read: first in the next round").isNull();
        assertThat(emulator().counts().of("POST /$batch")).isEqualTo(OutOfOfficeRefresher.ATTEMPTS);
    }

    @Test
    void whenGraphCannotBeReachedTheRoundStopsAndWritesNothing() {
        Person someone = personWithItemDue(TODAY.plusDays(1));
        away(someone);
        // Retry-After 1 s (the gateway waits its max-backoff, 200 ms, here): with 0 OkHttp would re-send at once itself
        emulator().faults().retryAfter(Duration.ofSeconds(1)).next(Fault.UNAVAILABLE, Fault.UNAVAILABLE,
                Fault.UNAVAILABLE, Fault.UNAVAILABLE, Fault.UNAVAILABLE);

        OutOfOfficeRefresher.Round round = refresher(AT, 500).runOnce();

        assertThat(round.stopped()).isTrue();
        assertThat(row(someone)).isNotNull();
        assertThat(outcome(someone)).isNull();
    }

    // ---- helpers ----

    private OutOfOfficeRefresher refresher(Instant at, int perRound) {
        return new OutOfOfficeRefresher(gateway, jdbc, new TransactionTemplate(transactions), Clock.fixed(at, NEW_YORK),
                new OutOfOfficeRefresher.Settings(perRound, 7, INTERVAL, Duration.ofSeconds(30)), pauses::add);
    }

    private Person personWithItemDue(LocalDate due) {
        Person person = fixtures.person("Away " + UUID.randomUUID().toString().substring(0, 6), unit);
        emulator().addUser(person.getEntraObjectId(), true);
        item(person, due);
        return person;
    }

    private void item(Person assignee, LocalDate due) {
        items.create(NewActionItem.adHoc("Reply to the Minister", assignee.getId(), due, null), boss).orElseThrow();
    }

    /** A row as an earlier round left it: away since last week, open-ended. */
    private void away(Person person) {
        jdbc.update("insert into out_of_office (person_id, starts_at, ends_at, checked_at) values (?, ?, null, ?)",
                person.getId(), Timestamp.from(AT.minus(Duration.ofDays(7))), Timestamp.from(AT.minus(Duration.ofDays(1))));
    }

    private Map<String, Object> row(Person person) {
        List<Map<String, Object>> rows = jdbc.queryForList("select starts_at, ends_at, checked_at from out_of_office"
                + " where person_id = ?", person.getId());
        return rows.isEmpty() ? null : rows.get(0);
    }

    private String outcome(Person person) {
        return column(person, "outcome", String.class);
    }

    private String detail(Person person) {
        return column(person, "detail", String.class);
    }

    private Timestamp checkedAt(Person person) {
        return column(person, "checked_at", Timestamp.class);
    }

    private <T> T column(Person person, String column, Class<T> type) {
        List<T> values = jdbc.queryForList("select " + column + " from graph_mailbox_check where person_id = ?", type,
                person.getId());
        return values.isEmpty() ? null : values.get(0);
    }

    private static Timestamp ts(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }
}
