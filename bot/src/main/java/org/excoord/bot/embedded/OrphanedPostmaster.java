package org.excoord.bot.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears a data directory for a new server. A JVM killed with {@code kill -9} leaves its embedded PostgreSQL running
 * on the data directory (on a port nobody will ask for again), and a new server could not start there. That server is
 * stopped: first as {@code pg_ctl stop -m fast} does (its own binaries), then, if it does not go, killed with its
 * backends. A {@code postmaster.pid} of a dead server, or of a pid that now belongs to some other program, is removed.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final Duration GRACE = Duration.ofSeconds(10);
    /** The file zonky locks while its server runs on a data directory. */
    private static final String ZONKY_LOCK = "epg-lock";

    private OrphanedPostmaster() {
    }

    /**
     * Returns once no server runs on {@code dataDir} and no stale pid file is left in it. A server whose app still
     * runs (it holds zonky's lock on the data directory) is not touched: that is a second app on the same data.
     */
    static void clear(Path dataDir) {
        if (!Files.exists(dataDir.resolve("postmaster.pid"))) {
            return; // no server, nothing to lock (and initdb wants a new data directory empty)
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve(ZONKY_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new IllegalStateException("another running app uses the embedded PostgreSQL in " + dataDir
                        + "; stop it first, or give this one another excoord.embedded-postgres.data-dir");
            }
            clearUnlocked(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + dataDir, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this JVM
        }
    }

    private static void clearUnlocked(Path dataDir) {
        PostmasterPid pid = PostmasterPid.of(dataDir).orElse(null);
        if (pid == null) {
            return;
        }
        ProcessHandle postmaster = pid.postmaster().filter(p -> servesDataDir(pid, dataDir)).orElse(null);
        if (postmaster != null) {
            log.warn("A PostgreSQL (pid {}) left running by an earlier start still serves {}; stopping it",
                    postmaster.pid(), dataDir);
            stop(postmaster, pid, dataDir);
        }
        try {
            if (Files.deleteIfExists(pid.file())) {
                log.info("Removed the stale {}", pid.file());
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not remove the stale " + pid.file(), e);
        }
    }

    private static boolean servesDataDir(PostmasterPid pid, Path dataDir) {
        try {
            return Files.isSameFile(pid.dataDir(), dataDir);
        } catch (IOException e) {
            return false;
        }
    }

    private static void stop(ProcessHandle postmaster, PostmasterPid pid, Path dataDir) {
        List<ProcessHandle> backends = postmaster.children().toList();
        pid.binDir().map(bin -> bin.resolve("pg_ctl")).filter(Files::isExecutable).ifPresent(pgCtl -> {
            try {
                Process stop = new ProcessBuilder(pgTool(pgCtl.toString(), "-D", dataDir.toString(), "stop", "-m",
                        "fast", "-w", "-t", String.valueOf(GRACE.toSeconds()))).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!stop.waitFor(GRACE.toSeconds() + 5, TimeUnit.SECONDS)) {
                    stop.destroyForcibly();
                }
            } catch (IOException e) {
                log.warn("pg_ctl stop failed: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        if (!awaitExit(postmaster, GRACE)) {
            postmaster.destroy(); // SIGTERM: a smart shutdown, in case pg_ctl was not there
        }
        if (!awaitExit(postmaster, GRACE)) {
            log.warn("The PostgreSQL (pid {}) did not stop; killing it", postmaster.pid());
            postmaster.destroyForcibly();
            backends.forEach(ProcessHandle::destroyForcibly);
            if (!awaitExit(postmaster, GRACE)) {
                throw new IllegalStateException("the PostgreSQL (pid " + postmaster.pid() + ") on " + dataDir
                        + " cannot be stopped; stop it and start again");
            }
        }
    }

    /**
     * A command line for a PostgreSQL tool. pg_ctl refuses to run as root; as zonky does, it then runs in a user
     * namespace of its own ({@code unshare -U}), where it is not root.
     */
    static List<String> pgTool(String... command) {
        boolean root;
        try {
            root = Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            root = false;
        }
        List<String> line = new java.util.ArrayList<>(root ? List.of("unshare", "-U") : List.of());
        line.addAll(List.of(command));
        return line;
    }

    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (PostmasterPid.isAlive(process)) {
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !PostmasterPid.isAlive(process);
            }
        }
        return true;
    }
}
