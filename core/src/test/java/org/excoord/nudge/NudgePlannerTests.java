package org.excoord.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.testing.CoreIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plan at injected moments, on the shared database: every assertion looks only at this test's people. Wednesday
 * 9 December 2026 is a working day; in New York (UTC-5) 08:30 is 13:30Z, in Los Angeles (UTC-8) 16:30Z.
 */
class NudgePlannerTests extends CoreIntegrationTest {

    private static final LocalDate WED = LocalDate.of(2026, 12, 9);
    private static final Instant WED_NY_0900 = Instant.parse("2026-12-09T14:00:00Z");
    private static final AtomicLong IDS = new AtomicLong(880_000_000L + (System.nanoTime() % 1_000_000) * 100);

    @Autowired
    NudgePlanner planner;
    @Autowired
    JdbcTemplate jdbc;

    private OrgUnit unit;
    private Person originator;

    @BeforeEach
    void unit() {
        unit = fixtures.unit("Planned", null);
        originator = fixtures.person("Originator", unit);
    }

    // ------------------------------------------------------------------ digests

    @Test
    void aDigestComesAtTheLocalMorningOfEachTimeZone() {
        Person ny = fixtures.person("New York", unit);
        Person la = zone(fixtures.person("Los Angeles", unit), "America/Los_Angeles");
        item(ny, "MEDIUM", WED);
        item(la, "MEDIUM", WED);
        assertThat(digestOf(ny, WED_NY_0900)).isPresent();
        assertThat(digestOf(la, WED_NY_0900)).as("06:00 in Los Angeles").isEmpty();
        Optional<PlannedNudge> later = digestOf(la, Instant.parse("2026-12-09T16:30:00Z"));
        assertThat(later).hasValueSatisfying(d -> assertThat(d.day()).isEqualTo(WED));
    }

    @Test
    void aDigestListsOverdueFirstThenByDueDateAtMostTwentyLinesAndSaysWhy() {
        Person p = fixtures.person("Busy", unit);
        long soon = item(p, "MEDIUM", LocalDate.of(2026, 12, 11));
        long today = item(p, "MEDIUM", WED);
        long overdue = item(p, "MEDIUM", LocalDate.of(2026, 12, 1));
        item(p, "MEDIUM", LocalDate.of(2026, 12, 16)); // beyond 3 working days: not in the digest
        PlannedNudge digest = digestOf(p, WED_NY_0900).orElseThrow();
        assertThat(digest.itemIds()).containsExactly(overdue, today, soon);
        assertThat(digest.total()).isEqualTo(3);
        assertThat(digest.reason()).isEqualTo("1 overdue, 1 due today, 1 due soon");
        assertThat(digest.recipientId()).isEqualTo(p.getId());
        assertThat(digest.subjectId()).isZero();

        for (int i = 0; i < 22; i++) {
            item(p, "MEDIUM", LocalDate.of(2026, 11, 2).plusDays(i));
        }
        PlannedNudge full = digestOf(p, WED_NY_0900).orElseThrow();
        assertThat(full.itemIds()).hasSize(PlannedNudge.MAX_LINES);
        assertThat(full.total()).isEqualTo(25);
        assertThat(planner.digestOf(p.getId(), WED_NY_0900)).hasValueSatisfying(d -> assertThat(d.itemIds())
                .isEqualTo(full.itemIds()));
    }

    @Test
    void weekendsAndFederalHolidaysHaveNoDigest() {
        Person p = fixtures.person("Holiday", unit);
        item(p, "MEDIUM", LocalDate.of(2026, 11, 20));
        assertThat(digestOf(p, Instant.parse("2026-12-12T15:00:00Z"))).as("Saturday").isEmpty();
        assertThat(digestOf(p, Instant.parse("2026-11-26T15:00:00Z"))).as("Thanksgiving").isEmpty();
        assertThat(digestOf(p, Instant.parse("2026-11-27T15:00:00Z"))).as("the Friday after").isPresent();
    }

    @Test
    void theDigestWaitsForThePersonsOwnTimeAndDaytime() {
        Person p = preference(fixtures.person("Late riser", unit), LocalTime.of(10, 0), true, "DAILY", false);
        Person off = preference(fixtures.person("No digests", unit), LocalTime.of(8, 0), false, "DAILY", false);
        item(p, "MEDIUM", WED);
        item(off, "MEDIUM", WED);
        assertThat(digestOf(p, WED_NY_0900)).isEmpty();
        assertThat(digestOf(p, Instant.parse("2026-12-09T15:00:00Z"))).isPresent();
        assertThat(digestOf(p, Instant.parse("2026-12-10T00:30:00Z"))).as("19:30: quiet hours").isEmpty();
        assertThat(digestOf(off, WED_NY_0900)).isEmpty();
        assertThat(planner.digestOf(off.getId(), WED_NY_0900)).as("the card's refresh draws it all the same")
                .isPresent();
    }

    @Test
    void aSnoozedItemComesBackOnItsDayAndAMutedOneNever() {
        Person p = fixtures.person("Snoozer", unit);
        long snoozed = item(p, "MEDIUM", LocalDate.of(2026, 12, 2));
        long muted = item(p, "MEDIUM", LocalDate.of(2026, 12, 3));
        long plain = item(p, "MEDIUM", LocalDate.of(2026, 12, 4));
        control(p, snoozed, LocalDate.of(2026, 12, 10), false);
        control(p, muted, null, true);
        assertThat(digestOf(p, WED_NY_0900).orElseThrow().itemIds()).containsExactly(plain);
        assertThat(digestOf(p, Instant.parse("2026-12-10T14:00:00Z")).orElseThrow().itemIds())
                .containsExactly(snoozed, plain);
    }

    @Test
    void nothingDueMeansNoDigest() {
        Person p = fixtures.person("Idle", unit);
        item(p, "MEDIUM", LocalDate.of(2027, 3, 1));
        assertThat(digestOf(p, WED_NY_0900)).isEmpty();
        assertThat(planner.digestOf(p.getId(), WED_NY_0900)).isEmpty();
    }

    // ------------------------------------------------------------------ the nudge log

    @Test
    void aSentDigestIsNotPlannedAgainAndAFailedOneOnlyAfterItsRetryTime() {
        Person sent = fixtures.person("Sent", unit);
        Person failed = fixtures.person("Failed", unit);
        Person crashed = fixtures.person("Crashed", unit);
        for (Person p : List.of(sent, failed, crashed)) {
            item(p, "MEDIUM", WED);
        }
        log(sent, "DIGEST", 0, WED, "SENT", null);
        log(failed, "DIGEST", 0, WED, "FAILED", WED_NY_0900.plusSeconds(600));
        log(crashed, "DIGEST", 0, WED, "CLAIMED", WED_NY_0900.minusSeconds(1));
        assertThat(digestOf(sent, WED_NY_0900)).isEmpty();
        assertThat(digestOf(failed, WED_NY_0900)).isEmpty();
        assertThat(digestOf(failed, WED_NY_0900.plusSeconds(600))).isPresent();
        assertThat(digestOf(crashed, WED_NY_0900)).as("a claim whose time ran out").isPresent();
        assertThat(digestOf(sent, Instant.parse("2026-12-10T14:00:00Z"))).as("the next day").isPresent();
    }

    @Test
    void finalOutcomesAreNeverPlannedAgain() {
        for (String state : List.of("UNREACHABLE", "BLOCKED", "EMAILED")) {
            Person p = fixtures.person(state, unit);
            item(p, "MEDIUM", WED);
            log(p, "DIGEST", 0, WED, state, WED_NY_0900.minusSeconds(60));
            assertThat(digestOf(p, WED_NY_0900)).as(state).isEmpty();
        }
    }

    // ------------------------------------------------------------------ delegation and out of office

    @Test
    void anActiveDelegationRedirectsTheDigestForItsPeriodOnly() {
        Person away = fixtures.person("Delegator", unit);
        Person stand = fixtures.person("Delegate", unit);
        item(away, "MEDIUM", LocalDate.of(2026, 12, 1));
        delegate(away, stand, LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 10), false);
        assertThat(digestOf(away, WED_NY_0900)).hasValueSatisfying(d -> {
            assertThat(d.personId()).isEqualTo(away.getId());
            assertThat(d.recipientId()).isEqualTo(stand.getId());
            assertThat(d.delegated()).isTrue();
        });
        assertThat(digestOf(away, Instant.parse("2026-12-07T14:00:00Z")).orElseThrow().recipientId())
                .as("before").isEqualTo(away.getId());
        assertThat(digestOf(away, Instant.parse("2026-12-11T14:00:00Z")).orElseThrow().recipientId())
                .as("after").isEqualTo(away.getId());
    }

    @Test
    void aRevokedDelegationRedirectsNothing() {
        Person away = fixtures.person("Revoked", unit);
        Person stand = fixtures.person("Former delegate", unit);
        item(away, "MEDIUM", WED);
        delegate(away, stand, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), true);
        assertThat(digestOf(away, WED_NY_0900).orElseThrow().recipientId()).isEqualTo(away.getId());
    }

    @Test
    void outOfOfficeWithoutADelegateWaitsAndWithOneGoesToTheDelegate() {
        Person away = fixtures.person("On leave", unit);
        Person covered = fixtures.person("Covered", unit);
        Person stand = fixtures.person("Cover", unit);
        item(away, "MEDIUM", WED);
        item(covered, "MEDIUM", WED);
        outOfOffice(away, Instant.parse("2026-12-07T00:00:00Z"), Instant.parse("2026-12-10T00:00:00Z"));
        outOfOffice(covered, null, null);
        delegate(covered, stand, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), false);
        assertThat(digestOf(away, WED_NY_0900)).isEmpty();
        assertThat(digestOf(away, Instant.parse("2026-12-10T14:00:00Z"))).as("back").isPresent();
        assertThat(digestOf(covered, WED_NY_0900).orElseThrow().recipientId()).isEqualTo(stand.getId());
    }

    // ------------------------------------------------------------------ escalation

    @Test
    void anOverdueItemEscalatesPerPriorityOneLevelUpPerFurtherStep() {
        OrgUnit top = fixtures.unit("Top", null);
        OrgUnit middle = fixtures.unit("Middle", top);
        OrgUnit bottom = fixtures.unit("Bottom", middle);
        Person topManager = fixtures.manager("Top manager", top);
        Person middleManager = fixtures.manager("Middle manager", middle);
        Person bottomManager = fixtures.manager("Bottom manager", bottom);
        Person assignee = fixtures.person("Late", bottom);
        long high1 = item(assignee, bottom, "HIGH", LocalDate.of(2026, 12, 8));   // 1 working day overdue
        long high2 = item(assignee, bottom, "HIGH", LocalDate.of(2026, 12, 7));   // 2: one level up
        long medium1 = item(assignee, bottom, "MEDIUM", LocalDate.of(2026, 12, 4)); // 3 (Mon, Tue, Wed)
        long medium0 = item(assignee, bottom, "MEDIUM", LocalDate.of(2026, 12, 7)); // 2: not yet
        long low0 = item(assignee, bottom, "LOW", LocalDate.of(2026, 12, 4));     // 3 of 5: not yet
        // 7 working days overdue: capped at the top (level 3, reached on Thursday Dec 3, inside the 5-day catch-up)
        long highTop = item(assignee, bottom, "HIGH", LocalDate.of(2026, 11, 30));
        // far overdue: its last step was reached on Nov 5, long before the catch-up window; the team digest lists it
        long highOld = item(assignee, bottom, "HIGH", LocalDate.of(2026, 11, 2));
        List<PlannedNudge> plan = escalations(WED_NY_0900,
                List.of(high1, high2, medium1, medium0, low0, highTop, highOld));
        assertThat(plan).extracting(PlannedNudge::subjectId, PlannedNudge::personId, PlannedNudge::level,
                PlannedNudge::day).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(high1, bottomManager.getId(), 1, WED),
                        org.assertj.core.groups.Tuple.tuple(high2, middleManager.getId(), 2, WED),
                        org.assertj.core.groups.Tuple.tuple(medium1, bottomManager.getId(), 1, WED),
                        org.assertj.core.groups.Tuple.tuple(highTop, topManager.getId(), 3,
                                LocalDate.of(2026, 12, 3)));
        // the step reached on Wednesday is Wednesday's; sent once, it is not planned again on Thursday for that step
        log(bottomManager, "ESCALATION", medium1, WED, "SENT", null);
        assertThat(escalations(Instant.parse("2026-12-10T14:00:00Z"), List.of(medium1))).isEmpty();
        assertThat(escalations(Instant.parse("2026-12-14T14:00:00Z"), List.of(medium1))).singleElement()
                .satisfies(e -> {
                    assertThat(e.personId()).isEqualTo(middleManager.getId());
                    assertThat(e.level()).isEqualTo(2);
                    assertThat(e.day()).isEqualTo(LocalDate.of(2026, 12, 14));
                });
    }

    @Test
    void escalationsAreUrgentInQuietHoursOnlyForWhoAllowsIt() {
        OrgUnit u = fixtures.unit("Night", null);
        Person sleeper = fixtures.manager("Sleeper", u);
        OrgUnit v = fixtures.unit("Night owl", null);
        Person owl = preference(fixtures.manager("Owl", v), LocalTime.of(8, 30), true, "OFF", true);
        long a = item(fixtures.person("A", u), u, "HIGH", LocalDate.of(2026, 12, 8));
        long b = item(fixtures.person("B", v), v, "HIGH", LocalDate.of(2026, 12, 8));
        Instant night = Instant.parse("2026-12-10T03:00:00Z"); // 22:00 on Wednesday in New York
        assertThat(escalations(night, List.of(a, b))).extracting(PlannedNudge::personId).containsExactly(owl.getId());
        assertThat(escalations(WED_NY_0900, List.of(a, b))).extracting(PlannedNudge::personId)
                .containsExactlyInAnyOrder(sleeper.getId(), owl.getId());
        assertThat(mine(planner.plan(night), owl)).extracting(PlannedNudge::kind)
                .doesNotContain(NudgeKind.DIGEST, NudgeKind.TEAM_DIGEST);
    }

    @Test
    void aManagerWhoMutedAnItemIsNotToldOfItsEscalation() {
        OrgUnit u = fixtures.unit("Muting", null);
        Person m = fixtures.manager("Muting manager", u);
        long a = item(fixtures.person("A", u), u, "HIGH", LocalDate.of(2026, 12, 8));
        control(m, a, null, true);
        assertThat(escalations(WED_NY_0900, List.of(a))).isEmpty();
    }

    // ------------------------------------------------------------------ team digest

    @Test
    void theTeamDigestIsDailyOrOnTheWeeksFirstWorkingDay() {
        OrgUnit top = fixtures.unit("Team top", null);
        OrgUnit sub = fixtures.unit("Team sub", top);
        Person daily = fixtures.manager("Daily", top);
        OrgUnit other = fixtures.unit("Weekly unit", null);
        Person weekly = preference(fixtures.manager("Weekly", other), LocalTime.of(8, 30), true, "WEEKLY", false);
        Person staff = fixtures.person("Staff", sub);
        long overdue = item(staff, sub, "MEDIUM", LocalDate.of(2026, 12, 1));
        long thisWeek = item(staff, sub, "MEDIUM", LocalDate.of(2026, 12, 13));
        item(staff, sub, "MEDIUM", LocalDate.of(2026, 12, 14)); // next week
        item(fixtures.person("Other staff", other), other, "MEDIUM", LocalDate.of(2026, 12, 1));

        PlannedNudge team = team(WED_NY_0900, daily).orElseThrow();
        assertThat(team.itemIds()).containsExactly(overdue, thisWeek);
        assertThat(team.total()).isEqualTo(2);
        assertThat(team.reason()).contains("1 overdue", "1 due this week");
        assertThat(team(WED_NY_0900, weekly)).isEmpty();
        assertThat(team(Instant.parse("2026-12-14T14:00:00Z"), weekly)).as("Monday").isPresent();

        // redrawn on a press, it is the same digest whether due, sent or not: the weekly one midweek, the sent one
        log(daily, "TEAM_DIGEST", 0, WED, "SENT", null);
        assertThat(team(WED_NY_0900, daily)).isEmpty();
        assertThat(planner.teamDigestOf(daily.getId(), WED_NY_0900).orElseThrow().itemIds())
                .containsExactly(overdue, thisWeek);
        assertThat(planner.teamDigestOf(weekly.getId(), WED_NY_0900)).isPresent();
        assertThat(planner.teamDigestOf(staff.getId(), WED_NY_0900)).as("manages nothing").isEmpty();
    }

    // ------------------------------------------------------------------ due now

    @Test
    void anItemAssignedAfterTodaysDigestIsNudgedAtOnce() {
        Person p = fixtures.person("Newly assigned", unit);
        long fresh = item(p, unit, "MEDIUM", LocalDate.of(2026, 12, 10), Instant.parse("2026-12-09T15:00:00Z"));
        long early = item(p, unit, "MEDIUM", LocalDate.of(2026, 12, 10), Instant.parse("2026-12-09T12:00:00Z"));
        long later = item(p, unit, "MEDIUM", LocalDate.of(2026, 12, 30), Instant.parse("2026-12-09T15:00:00Z"));
        List<PlannedNudge> now = mine(planner.plan(Instant.parse("2026-12-09T15:30:00Z")), p).stream()
                .filter(n -> n.kind() == NudgeKind.DUE_NOW).toList();
        assertThat(now).extracting(PlannedNudge::subjectId).containsExactly(fresh);
        assertThat(now.get(0).itemIds()).containsExactly(fresh);
        assertThat(early).isNotEqualTo(later);
    }

    // ------------------------------------------------------------------ correspondence

    @Test
    void correspondenceDueTodayGoesToItsAssigneeOrItsUnitsManager() {
        OrgUnit u = fixtures.unit("Mail room", null);
        Person manager = fixtures.manager("Mail manager", u);
        Person clerk = fixtures.person("Clerk", u);
        long assigned = correspondence(u, clerk, WED, Instant.parse("2026-12-01T15:00:00Z"), null);
        long unassigned = correspondence(u, null, WED, Instant.parse("2026-12-01T15:00:00Z"), null);
        correspondence(u, clerk, LocalDate.of(2026, 12, 10), Instant.parse("2026-12-01T15:00:00Z"), null);
        List<PlannedNudge> plan = planner.plan(WED_NY_0900).stream()
                .filter(n -> n.kind() == NudgeKind.CORRESPONDENCE_DUE)
                .filter(n -> n.subjectId() == assigned || n.subjectId() == unassigned || n.personId()
                        .equals(clerk.getId())).toList();
        assertThat(plan).extracting(PlannedNudge::subjectId, PlannedNudge::personId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(assigned, clerk.getId()),
                org.assertj.core.groups.Tuple.tuple(unassigned, manager.getId()));
    }

    @Test
    void theSecretariatHearsOfUnacknowledgedAndDueCorrespondence() {
        Person secretary = fixtures.person("Secretary", unit, Role.STAFF, Role.SECRETARIAT);
        // received Thursday 3 December: 2 working days later is Monday 7; by Wednesday it is late
        long late = correspondence(unit, null, null, Instant.parse("2020-01-03T15:00:00Z"), null);
        long dueToday = correspondence(unit, null, LocalDate.of(2020, 1, 6),
                Instant.parse("2020-01-03T15:00:00Z"), Instant.parse("2020-01-03T16:00:00Z"));
        long acknowledged = correspondence(unit, null, LocalDate.of(2027, 1, 6),
                Instant.parse("2020-01-03T15:00:00Z"), Instant.parse("2020-01-03T16:00:00Z"));
        long recent = correspondence(unit, null, null, Instant.parse("2026-12-08T15:00:00Z"), null);
        PlannedNudge digest = mine(planner.plan(WED_NY_0900), secretary).stream()
                .filter(n -> n.kind() == NudgeKind.SECRETARIAT_DIGEST).findFirst().orElseThrow();
        assertThat(digest.itemIds()).contains(late, dueToday).doesNotContain(acknowledged, recent);
        assertThat(digest.reason()).contains("not acknowledged in time", "due for reply");
        assertThat(mine(planner.plan(Instant.parse("2026-12-12T15:00:00Z")), secretary)).as("Saturday").isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private Optional<PlannedNudge> digestOf(Person p, Instant at) {
        return mine(planner.plan(at), p).stream().filter(n -> n.kind() == NudgeKind.DIGEST).findFirst();
    }

    private Optional<PlannedNudge> team(Instant at, Person manager) {
        return mine(planner.plan(at), manager).stream().filter(n -> n.kind() == NudgeKind.TEAM_DIGEST).findFirst();
    }

    private List<PlannedNudge> escalations(Instant at, List<Long> items) {
        return planner.plan(at).stream().filter(n -> n.kind() == NudgeKind.ESCALATION)
                .filter(n -> items.contains(n.subjectId())).toList();
    }

    private static List<PlannedNudge> mine(List<PlannedNudge> plan, Person p) {
        return plan.stream().filter(n -> n.personId().equals(p.getId())).toList();
    }

    private long item(Person assignee, String priority, LocalDate due) {
        return item(assignee, unit, priority, due);
    }

    private long item(Person assignee, OrgUnit in, String priority, LocalDate due) {
        return item(assignee, in, priority, due, Instant.parse("2026-10-01T12:00:00Z"));
    }

    private long item(Person assignee, OrgUnit in, String priority, LocalDate due, Instant created) {
        long id = IDS.incrementAndGet();
        jdbc.update("""
                insert into action_item (id, number, subject, item_type, status, priority, assignee_person_id,
                    org_unit_id, originator_id, due_date, created_at, updated_at)
                values (?, ?, 'Planned item', 'TASK_ASSIGNMENT', 'NEW', ?, ?, ?, ?, ?, ?, ?)""", id, "AI-T-" + id,
                priority, assignee.getId(), in.getId(), originator.getId(), due, Timestamp.from(created),
                Timestamp.from(created));
        return id;
    }

    private long correspondence(OrgUnit routedTo, Person assignee, LocalDate due, Instant received,
            Instant acknowledged) {
        long id = IDS.incrementAndGet();
        jdbc.update("""
                insert into executive_action (id, number, name, category, priority, classification, status, due_date,
                    owner_id, received_at, created_at, updated_at)
                values (?, ?, 'Letter', 'CORRESPONDENCE', 'MEDIUM', 'UNCLASSIFIED', 'OPEN', ?, ?, ?, now(), now())""",
                id, "EA-T-" + id, due, originator.getId(), Timestamp.from(received));
        jdbc.update("""
                insert into correspondence (executive_action_id, reference_number, routing_state, routed_org_unit_id,
                    assigned_person_id, acknowledged_at) values (?, ?, ?, ?, ?, ?)""", id, "CR-T-" + id,
                assignee == null ? "ROUTED" : "ASSIGNED", routedTo.getId(), assignee == null ? null : assignee.getId(),
                acknowledged == null ? null : Timestamp.from(acknowledged));
        return id;
    }

    private Person zone(Person p, String zone) {
        jdbc.update("update person set time_zone = ? where id = ?", zone, p.getId());
        return p;
    }

    private Person preference(Person p, LocalTime digest, boolean on, String team, boolean urgent) {
        jdbc.update("""
                insert into nudge_preference (person_id, digest_time, digests_on, team_digest, urgent_in_quiet_hours,
                    updated_at) values (?, ?, ?, ?, ?, now())""", p.getId(), java.sql.Time.valueOf(digest), on, team,
                urgent);
        return p;
    }

    private void control(Person p, long item, LocalDate snoozedUntil, boolean muted) {
        jdbc.update("""
                insert into item_nudge_control (person_id, item_id, snoozed_until, muted, updated_at)
                values (?, ?, ?, ?, now())""", p.getId(), item, snoozedUntil, muted);
    }

    private void delegate(Person from, Person to, LocalDate starts, LocalDate ends, boolean revoked) {
        jdbc.update("""
                insert into delegation (delegator_id, delegate_id, starts_on, ends_on, source, created_at, revoked_at)
                values (?, ?, ?, ?, 'PERSON', now(), case when ? then now() end)""", from.getId(), to.getId(), starts,
                ends, revoked);
    }

    private void outOfOffice(Person p, Instant starts, Instant ends) {
        jdbc.update("insert into out_of_office (person_id, starts_at, ends_at, checked_at) values (?, ?, ?, now())",
                p.getId(), starts == null ? null : Timestamp.from(starts), ends == null ? null : Timestamp.from(ends));
    }

    private void log(Person p, String kind, long subject, LocalDate day, String state, Instant claimUntil) {
        jdbc.update("""
                insert into nudge_log (person_id, kind, subject_id, day, recipient_id, state, attempts, claimed_at,
                    claim_until) values (?, ?, ?, ?, ?, ?, 1, now(), ?)""", p.getId(), kind, subject, day, p.getId(),
                state, claimUntil == null ? null : Timestamp.from(claimUntil));
    }
}
