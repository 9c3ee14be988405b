package org.excoord.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.excoord.directory.Person;
import org.excoord.testing.CoreIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

class NudgeLogTests extends CoreIntegrationTest {

    private static final Instant NOW = Instant.parse("2026-12-02T13:30:00Z");
    private static final AtomicLong SUBJECT = new AtomicLong(1_000);

    @Autowired
    NudgeLog log;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    private Person person;

    @BeforeEach
    void person() {
        person = fixtures.person("Logged", null);
    }

    private PlannedNudge nudge() {
        return new PlannedNudge(person.getId(), person.getId(), NudgeKind.ESCALATION, SUBJECT.incrementAndGet(),
                LocalDate.of(2026, 12, 2), "1 overdue", List.of(), 1, 1);
    }

    @Test
    void aMessageIsClaimedOnceAndASecondClaimFindsItTaken() {
        PlannedNudge nudge = nudge();
        Optional<NudgeLog.Claim> first = log.claim(nudge, 1, NOW);
        assertThat(first).hasValueSatisfying(c -> assertThat(c.attempt()).isEqualTo(1));
        assertThat(log.claim(nudge, 2, NOW.plusSeconds(1))).isEmpty();
        assertThat(jdbc.queryForObject("select state from nudge_log where id = ?", String.class, first.get().id()))
                .isEqualTo("CLAIMED");
    }

    @Test
    void eightWorkersRacingClaimTheMessageExactlyOnce() throws Exception {
        PlannedNudge nudge = nudge();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<NudgeLog.Claim>>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                long sweep = i;
                claims.add(pool.submit(() -> {
                    start.await();
                    return log.claim(nudge, sweep, NOW);
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Optional<NudgeLog.Claim>> claim : claims) {
                won += claim.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows(nudge)).isEqualTo(1);
    }

    @Test
    void aClaimLeftByACrashIsTakenAgainOnceItsTimeIsOut() {
        PlannedNudge nudge = nudge();
        log.claim(nudge, 1, NOW).orElseThrow();
        Duration timeout = NudgeRules.defaults().claimTimeout();
        assertThat(log.claim(nudge, 2, NOW.plus(timeout).minusSeconds(1))).isEmpty();
        Optional<NudgeLog.Claim> again = log.claim(nudge, 2, NOW.plus(timeout));
        assertThat(again).hasValueSatisfying(c -> assertThat(c.attempt()).isEqualTo(2));
        assertThat(rows(nudge)).isEqualTo(1);
    }

    @Test
    void aFailedSendIsRetriedOnlyWhenItsRetryTimeHasCome() {
        PlannedNudge nudge = nudge();
        NudgeLog.Claim claim = log.claim(nudge, 1, NOW).orElseThrow();
        Instant retryAt = NOW.plus(Duration.ofMinutes(30));
        log.record(claim, NudgeLog.Outcome.FAILED, null, null, "502 from the connector", retryAt, NOW.plusSeconds(2));
        assertThat(log.claim(nudge, 2, NOW.plus(Duration.ofMinutes(10)))).isEmpty();
        assertThat(log.claim(nudge, 2, retryAt.minusMillis(1))).isEmpty();
        assertThat(log.claim(nudge, 3, retryAt)).hasValueSatisfying(c -> assertThat(c.attempt()).isEqualTo(2));
    }

    @Test
    void aFailedSendWithoutRetryTimeIsGivenUp() {
        PlannedNudge nudge = nudge();
        NudgeLog.Claim claim = log.claim(nudge, 1, NOW).orElseThrow();
        log.record(claim, NudgeLog.Outcome.FAILED, null, null, "400", null, NOW);
        assertThat(log.claim(nudge, 2, NOW.plus(Duration.ofDays(1)))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = NudgeLog.Outcome.class, names = {"SENT", "UNREACHABLE", "BLOCKED", "EMAILED"})
    void aFinalOutcomeIsNeverClaimedAgain(NudgeLog.Outcome outcome) {
        PlannedNudge nudge = nudge();
        NudgeLog.Claim claim = log.claim(nudge, 1, NOW).orElseThrow();
        log.record(claim, outcome, "a:conv", "act-1", null, NOW.plusSeconds(60), NOW.plusSeconds(1));
        assertThat(log.claim(nudge, 2, NOW.plus(Duration.ofDays(2)))).isEmpty();
        assertThat(jdbc.queryForObject("select state from nudge_log where id = ?", String.class, claim.id()))
                .isEqualTo(outcome.name());
    }

    @Test
    void theOutcomeJoinsTheCallersTransaction() {
        PlannedNudge nudge = nudge();
        NudgeLog.Claim claim = log.claim(nudge, 1, NOW).orElseThrow();
        try {
            tx.executeWithoutResult(s -> {
                log.record(claim, NudgeLog.Outcome.SENT, "a:conv", "act-1", null, null, NOW);
                throw new IllegalStateException("the sweep's transaction rolls back");
            });
        } catch (IllegalStateException expected) {
            // rolled back with the caller's transaction
        }
        assertThat(jdbc.queryForObject("select state from nudge_log where id = ?", String.class, claim.id()))
                .isEqualTo("CLAIMED");
    }

    @Test
    void theClaimCommitsEvenWhenTheCallersTransactionRollsBack() {
        PlannedNudge nudge = nudge();
        try {
            tx.executeWithoutResult(s -> {
                log.claim(nudge, 1, NOW).orElseThrow();
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the claim was committed in its own transaction
        }
        assertThat(rows(nudge)).isEqualTo(1);
    }

    @Test
    void theSentActivityOfADigestIsFoundForItsRecipientAndDay() {
        PlannedNudge digest = new PlannedNudge(person.getId(), person.getId(), NudgeKind.DIGEST, 0,
                LocalDate.of(2026, 12, 2), "1 overdue", List.of(), 1, 0);
        NudgeLog.Claim claim = log.claim(digest, 1, NOW).orElseThrow();
        assertThat(log.sentActivityOf(person.getId(), NudgeKind.DIGEST, digest.day())).isEmpty();
        log.record(claim, NudgeLog.Outcome.SENT, "a:conv", "act-42", null, null, NOW);
        assertThat(log.sentActivityOf(person.getId(), NudgeKind.DIGEST, digest.day())).contains("act-42");
        assertThat(log.sentActivityOf(person.getId(), NudgeKind.DIGEST, digest.day().plusDays(1))).isEmpty();
    }

    private int rows(PlannedNudge nudge) {
        return jdbc.queryForObject("select count(*) from nudge_log where person_id = ? and kind = ? and subject_id = ?",
                Integer.class, nudge.personId(), nudge.kind().name(), nudge.subjectId());
    }
}
