package org.excoord.security;

import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The crash the embedded default must survive: the app (a JVM of its own on the embedded default) and its PostgreSQL
 * are killed together with SIGKILL under write load, and started again on the same data directory. Every write that
 * was answered with a 2xx before the kill must be there afterwards.
 */
@SecurityTest
class DurabilityCrashTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final int CLIENTS = 6;
    private static final Duration LOAD = Duration.ofSeconds(4);

    @Test
    void noAcknowledgedWriteIsLostWhenTheAppAndItsDatabaseAreKilledTogether() throws Exception {
        Path data = Path.of("target", "embedded-tests", "crash-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(data);
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();

        try (ChildApp first = ChildApp.start(data, "first")) {
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                Thread t = new Thread(() -> write(first, client, running, acknowledged), "crash-client-" + c);
                t.setDaemon(true);
                t.start();
                clients.add(t);
            }
            long until = System.nanoTime() + LOAD.toNanos();
            Awaitility.await("the write load").atMost(LOAD.plusSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        assertThat(first.process.isAlive()).isTrue();
                        return System.nanoTime() >= until && acknowledged.size() >= 100;
                    });

            List<ProcessHandle> postgres = postgresOf(data);
            assertThat(postgres).isNotEmpty();
            first.process.destroyForcibly(); // SIGKILL, and its PostgreSQL right after it: nothing shuts down cleanly
            postgres.forEach(ProcessHandle::destroyForcibly);
            running.set(false);
            for (Thread t : clients) {
                t.join(TimeUnit.SECONDS.toMillis(20));
            }
            assertThat(first.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        Set<Long> answered = Set.copyOf(acknowledged); // nothing can be acknowledged any more
        LoggerFactory.getLogger(DurabilityCrashTests.class).info("{} writes acknowledged before the kill", answered.size());

        try (ChildApp second = ChildApp.start(data, "second")) {
            assertThat(stored(data, answered)).as("acknowledged writes found after the crash")
                    .hasSize(answered.size());
        }
    }

    /** Creates ad-hoc items as the local default user until stopped; records the id of every one answered 201. */
    private static void write(ChildApp app, int client, AtomicBoolean running, Set<Long> acknowledged) {
        for (int n = 0; running.get(); n++) {
            try {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(app.uri("/api/v1/action-items"))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"crash test " + client + "-" + n + "\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() / 100 == 2) {
                    acknowledged.add(JSON.readTree(answer.body()).get("id").asLong());
                }
            } catch (IOException e) {
                return; // the app was killed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The postmaster serving the data directory and its backends. */
    private static List<ProcessHandle> postgresOf(Path data) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(List.of(postmaster));
        all.addAll(postmaster.descendants().toList());
        return all;
    }

    /** Which of the ids are stored, read as the schema's owner from the server now running on the data directory. */
    private static Set<Long> stored(Path data, Set<Long> ids) throws Exception {
        int port = Integer.parseInt(Files.readAllLines(data.resolve("postmaster.pid")).get(3).trim());
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "excoord_owner", "");
                PreparedStatement select = c.prepareStatement("select id from action_item where id = any(?)")) {
            Array array = c.createArrayOf("bigint", ids.toArray());
            select.setArray(1, array);
            Set<Long> found = new java.util.HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
            return found;
        }
    }

    /** The bot module's app in a JVM of its own on the embedded default, started from this test's class path. */
    private record ChildApp(Process process, int port) implements AutoCloseable {

        static ChildApp start(Path data, String name) throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path log = data.resolveSibling(data.getFileName() + "-" + name + ".log");
            Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    "org.excoord.CoordinationApplication", "--server.port=" + port,
                    "--excoord.embedded-postgres.data-dir=" + data, "--logging.level.root=WARN")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ChildApp app = new ChildApp(process, port);
            try {
                Awaitility.await("the app's readiness; see " + log).atMost(Duration.ofMinutes(2))
                        .pollInterval(Duration.ofMillis(200)).until(() -> {
                            assertThat(process.isAlive()).as("the app exited; see " + log).isTrue();
                            try {
                                return HTTP.send(HttpRequest.newBuilder(app.uri("/actuator/health/readiness")).build(),
                                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                            } catch (IOException e) {
                                return false; // not listening yet
                            }
                        });
                return app;
            } catch (RuntimeException | AssertionError e) {
                process.destroyForcibly();
                throw e;
            }
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy(); // a graceful stop also stops its PostgreSQL
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
