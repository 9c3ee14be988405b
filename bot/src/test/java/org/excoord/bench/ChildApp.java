package org.excoord.bench;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * The bot in a JVM of its own, started from this benchmark's class path on a free port: measured from outside, and
 * killable (kill -9) as a crash would stop it. {@code -Dapp.jvm="-Xmx1g …"} passes options to its JVM.
 */
final class ChildApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;

    private ChildApp(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the app with these arguments (after {@code --server.port}) and waits until it is healthy. */
    static ChildApp start(List<String> args) throws java.io.IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        String jvm = System.getProperty("app.jvm", "");
        if (!jvm.isBlank()) {
            command.addAll(Arrays.asList(jvm.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", classpath(), "org.excoord.CoordinationApplication", "--server.port=" + port));
        command.addAll(args);
        ChildApp app = new ChildApp(new ProcessBuilder(command).inheritIO().start(), port);
        app.awaitHealthy();
        return app;
    }

    /**
     * exec:java runs the benchmark in a class loader of its own; the bot needs that class path, not Maven's, and
     * without the test trees: the app's scan would otherwise find the tests' {@code @TestConfiguration} fakes (only
     * a Spring Boot test leaves them out), and the child must be the production app.
     */
    private static String classpath() {
        java.util.stream.Stream<String> entries = ChildApp.class.getClassLoader() instanceof URLClassLoader loader
                ? Arrays.stream(loader.getURLs()).map(ChildApp::file)
                : Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator));
        return entries.filter(e -> !e.endsWith("test-classes") && !e.endsWith("-tests.jar"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String file(URL url) {
        try {
            return java.nio.file.Path.of(url.toURI()).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException(url + " is not a file", e);
        }
    }

    long pid() {
        return process.pid();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** SIGKILL, as a crash or an OOM killer would: nothing of the app runs afterwards. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the bot exited with " + process.exitValue());
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(url("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        throw new IllegalStateException("the bot did not become healthy within 3 minutes");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // a graceful stop
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
