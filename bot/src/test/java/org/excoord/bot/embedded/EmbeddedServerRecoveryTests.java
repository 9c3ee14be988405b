package org.excoord.bot.embedded;

import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded server on real data directories: a server orphaned by a killed JVM is stopped before the next start
 * (with another random port, as the default picks), a stale pid file does not block a start (and does not get an
 * unrelated process killed), and a server that dies under a running app is started again on the same port, where the
 * pool finds it, with every committed row.
 */
@SecurityTest
class EmbeddedServerRecoveryTests {

    @Test
    void aServerOrphanedOnTheDataDirectoryIsStoppedAndTheNextStartServesTheSameData() throws Exception {
        Path dir = dataDir();
        Path pgCtl;
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dir, 0, true)) {
            ownerJdbc(first).execute("create table kept (v text); insert into kept values ('before the orphan')");
            pgCtl = Path.of(first.postmaster().info().command().orElseThrow()).resolveSibling("pg_ctl");
        }
        // what a JVM killed with kill -9 leaves: a server nobody in this JVM knows, on a port nobody asks for again
        Process start = new ProcessBuilder(OrphanedPostmaster.pgTool(pgCtl.toString(), "-D", dir.toString(), "-o",
                "-p " + freePort() + " -c listen_addresses=127.0.0.1", "-w", "start")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(start.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(start.exitValue()).isZero();
        ProcessHandle orphan = PostmasterPid.of(dir).flatMap(PostmasterPid::postmaster).orElseThrow();

        long began = System.nanoTime();
        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(dir, 0, false)) {
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(15));
            assertThat(PostmasterPid.isAlive(orphan)).isFalse();
            assertThat(second.postmaster().pid()).isNotEqualTo(orphan.pid());
            assertThat(ownerJdbc(second).queryForObject("select v from kept", String.class)).isEqualTo("before the orphan");
        }
    }

    @Test
    void theServerOfAnAppThatStillRunsIsLeftAloneAndTheSecondStartRefused() throws Exception {
        Path dir = dataDir();
        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(dir, 0, true)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dir, 0, false))
                    .hasMessageContaining("another running app uses the embedded PostgreSQL");
            assertThat(PostmasterPid.isAlive(running.postmaster())).isTrue();
            assertThat(ownerJdbc(running).queryForObject("select 1", Integer.class)).isOne();
        }
    }

    @Test
    void aStalePidFileIsRemovedWithoutTouchingTheProcessThatNowHasItsPid() throws Exception {
        Path dir = dataDir();
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dir, 0, true)) {
            assertThat(first.port()).isPositive();
        }
        ProcessHandle bystander = new ProcessBuilder("sleep", "120").start().toHandle();
        try {
            for (long pid : List.of(bystander.pid(), deadPid())) {
                Files.writeString(dir.resolve("postmaster.pid"), pid + "\n" + dir + "\n1700000000\n5432\n/tmp\n127.0.0.1\n"
                        + "  1234567     0\nready   \n");
                try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dir, 0, false)) {
                    assertThat(PostmasterPid.isAlive(again.postmaster())).isTrue();
                }
                assertThat(bystander.isAlive()).isTrue();
            }
        } finally {
            bystander.destroyForcibly();
        }
    }

    @Test
    void aServerThatDiesUnderTheAppIsStartedAgainOnItsPortAndThePoolFindsIt() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir(), 0, true);
                HikariDataSource pool = pool(server)) {
            ownerJdbc(server).execute("create table survived (v text); insert into survived values ('committed')");
            JdbcTemplate app = new JdbcTemplate(pool);
            assertThat(app.queryForObject("select 1", Integer.class)).isOne();
            ProcessHandle killed = server.postmaster();
            int port = server.port();

            killWithBackends(killed);

            // the supervisor checks every second, recovery replays the WAL
            String value = Awaitility.await("the restarted server").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> server.postmaster().pid() == killed.pid() ? null
                            : ownerJdbc(server).queryForObject("select v from survived", String.class),
                            java.util.Objects::nonNull);
            assertThat(value).isEqualTo("committed");
            assertThat(server.port()).isEqualTo(port);
            assertThat(server.postmaster().pid()).isNotEqualTo(killed.pid());
            assertThat(PostmasterPid.isAlive(killed)).isFalse();
            assertThat(app.queryForObject("select 1", Integer.class)).isOne(); // the same pool, new connections
        }
    }

    static void killWithBackends(ProcessHandle postmaster) {
        List<ProcessHandle> backends = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        assertThat(OrphanedPostmaster.awaitExit(postmaster, Duration.ofSeconds(10))).isTrue();
    }

    static Path dataDir() throws IOException {
        Path dir = Path.of("target", "embedded-tests", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(dir);
        return dir;
    }

    /** A new connection per statement, as the schema's owner. */
    static JdbcTemplate ownerJdbc(EmbeddedPostgresServer server) {
        return new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(), DatabaseRoles.OWNER, ""));
    }

    private static HikariDataSource pool(EmbeddedPostgresServer server) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(server.jdbcUrl());
        pool.setUsername(DatabaseRoles.OWNER);
        pool.setMaximumPoolSize(2);
        pool.setConnectionTimeout(2_500);
        return pool;
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
