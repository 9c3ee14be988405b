package org.excoord.graphsync.outofoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockProvider;
import org.excoord.graphsync.GraphSyncIntegrationTest;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.excoord.nudge.NudgeMail;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Graph-sync on with the schedule: the round is guarded by ShedLock (a row in {@code shedlock}, held at least a
 * minute, so a second call right after is skipped), and the email fallback is there, available with a mailbox.
 * The schedule's first run is an hour away; the test calls it itself.
 */
@TestPropertySource(properties = {"excoord.graph.enabled=true", "excoord.graph.push.scheduled=false",
        "excoord.graph.back-sync.scheduled=false", "excoord.graph.out-of-office.initial-delay=1h",
        "excoord.graph.mail-from=excoord-notices@agency.example.gov",
        "excoord.graph.retry.initial-backoff=10ms", "excoord.graph.retry.max-backoff=200ms"})
class OutOfOfficeScheduleTests extends GraphSyncIntegrationTest {

    private static GraphEmulator emulator;

    @Autowired
    OutOfOfficeSchedule schedule;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NudgeMail mail;
    @Autowired
    LockProvider lockProvider;

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

    @Test
    void aRoundTakesTheSchedulerLockAndASecondOneRightAfterIsSkipped() {
        jdbc.update("delete from shedlock where name = 'graph-out-of-office'");
        assertThat(AopUtils.isAopProxy(schedule)).as("@SchedulerLock works through a proxy").isTrue();

        schedule.refresh();
        List<Map<String, Object>> locks = jdbc.queryForList("select lock_until, locked_at from shedlock"
                + " where name = 'graph-out-of-office'");
        assertThat(locks).hasSize(1);
        Timestamp until = (Timestamp) locks.get(0).get("lock_until");
        Timestamp at = (Timestamp) locks.get(0).get("locked_at");
        assertThat(until.getTime() - at.getTime()).as("held at least a minute").isGreaterThanOrEqualTo(60_000);
        emulator().resetCounts();

        schedule.refresh();

        assertThat(emulator().counts().graph()).as("skipped: the lock is held").isZero();
        assertThat(jdbc.queryForObject("select locked_at from shedlock where name = 'graph-out-of-office'",
                Timestamp.class)).isEqualTo(at);
    }

    @Test
    void theEmailFallbackIsThereAndAvailableWithAMailboxToSendFrom() {
        assertThat(mail.available()).isTrue();
        assertThat(lockProvider).isNotNull();
    }
}
