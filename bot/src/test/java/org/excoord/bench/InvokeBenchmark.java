package org.excoord.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.excoord.CoordinationApplication;
import org.excoord.bot.teams.ConnectorKeys;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Action.Execute round trip under load: a Teams invoke ("comment on this item" — a database write and an audit
 * row) with a Bot Connector token validated against a loopback key set, answered with the re-rendered card. Open-loop
 * load (latency counts from the moment a request was due, so a stalled server cannot hide its queue); 200/s first,
 * then rising rates to find the highest rate served with p99 ≤ 50 ms and no errors. With {@code -Dcompare=<url>} the
 * same profile also runs against another bot (the botbuilder JS echo bot of {@code bot/bench}), without a token.
 *
 * <p>Run: {@code bot/bench/run.sh} (see the README).
 */
public final class InvokeBenchmark {

    private static final String APP_ID = "b3e0c0de-0000-4000-8000-00000000be11";
    private static final String ALEX = "00000000-0000-0000-0000-0000000000020";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int SECONDS = Integer.getInteger("seconds", 20);
    private static final int MAX_IN_FLIGHT = 256;

    private InvokeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("excoord-bench-pg");
        List<String> appArgs = new ArrayList<>(List.of("--server.port=0",
                "--excoord.embedded-postgres.data-dir=" + data, "--excoord.teams.app-id=" + APP_ID,
                "--logging.level.root=WARN", "--logging.level.org.excoord=WARN"));
        appArgs.addAll(List.of(args)); // e.g. --server.tomcat.threads.max=16 to try a setting
        try (ConnectorKeys keys = new ConnectorKeys(APP_ID);
             ConfigurableApplicationContext app = SpringApplication.run(CoordinationApplication.class,
                     with(appArgs, "--excoord.teams.open-id-metadata-url=" + keys.metadataUrl()))) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            long itemId = app.getBean(JdbcTemplate.class).queryForObject("select i.id from action_item i join person p "
                    + "on p.id = i.assignee_person_id where p.entra_object_id = ? and i.is_open order by i.id limit 1",
                    Long.class, ALEX);
            Target excoord = new Target("excoord (JWT validated, DB write, card rendered)",
                    "http://127.0.0.1:" + port + "/api/messages", invoke(itemId).toString(), "Bearer " + keys.token());
            List<Target> targets = new ArrayList<>(List.of(excoord));
            String compare = System.getProperty("compare");
            if (compare != null) {
                targets.add(new Target("botbuilder JS echo bot (no auth, static card)", compare, invoke(itemId).toString(),
                        null));
            }
            for (Target target : targets) {
                target.check();
                warmUp(target);
                report("%n== %s", target.name());
                Stats at200 = run(target, 200, SECONDS);
                report("200 invokes/s for %d s: %s", SECONDS, at200);
                int best = 0;
                for (int rate : new int[] {300, 400, 500, 650, 800, 1000, 1250, 1500}) {
                    Stats s = run(target, rate, 10);
                    report("%5d invokes/s for 10 s: %s", rate, s);
                    if (!s.sustained(rate)) {
                        break;
                    }
                    best = rate;
                }
                report("highest sustained rate (p99 <= 50 ms, no errors, >= 97%% delivered): %s",
                        best == 0 ? "below 300/s" : best + "/s");
            }
        }
    }

    private static String[] with(List<String> args, String extra) {
        List<String> all = new ArrayList<>(args);
        all.add(extra);
        return all.toArray(String[]::new);
    }

    private static ObjectNode invoke(long itemId) {
        ObjectNode a = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
        a.put("type", "invoke").put("name", "adaptiveCard/action").put("id", "bench").put("channelId", "msteams")
                .put("serviceUrl", ConnectorKeys.SERVICE_URL);
        a.putObject("from").put("id", "29:alex").put("name", "Alex Wilber").put("aadObjectId", ALEX);
        a.putObject("recipient").put("id", "28:" + APP_ID).put("name", "excoord");
        a.putObject("conversation").put("id", "a:bench-personal").put("conversationType", "personal")
                .put("tenantId", "00000000-0000-0000-0000-0000000000001");
        ObjectNode action = a.putObject("value").put("trigger", "manual").putObject("action");
        action.put("type", "Action.Execute").put("verb", "item.comment").putObject("data").put("itemId", itemId)
                .put("comment", "benchmark comment");
        return a;
    }

    /** JIT, connection pool and caches, at a pace the server sets (8 requests in flight). */
    private static void warmUp(Target target) {
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            workers.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 500; i++) {
                    HTTP.sendAsync(target.request(), HttpResponse.BodyHandlers.discarding()).join();
                }
            }));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
    }

    /**
     * Sends at a fixed rate, whatever the answers do, and measures from each request's due time. More than
     * {@value #MAX_IN_FLIGHT} unanswered requests count as errors instead of opening ever more connections.
     */
    private static Stats run(Target target, int perSecond, int seconds) throws InterruptedException {
        int total = perSecond * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                errors.incrementAndGet();
                continue;
            }
            inFlight.incrementAndGet();
            pending.add(HTTP.sendAsync(target.request(), HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
                inFlight.decrementAndGet();
                if (e != null || r.statusCode() != 200 || !r.body().contains("AdaptiveCard")) {
                    errors.incrementAndGet();
                } else {
                    latencies.add(System.nanoTime() - due);
                }
                return null;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS)
                .exceptionally(e -> null).join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Stats(sorted, errors.get(), total, sorted.size() / elapsed);
    }

    private record Stats(List<Long> sorted, int errors, int sent, double delivered) {

        double ms(double q) {
            return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, q * sorted.size())) / 1e6;
        }

        boolean sustained(int rate) {
            return errors == 0 && ms(0.99) <= 50 && delivered >= 0.97 * rate;
        }

        @Override
        public String toString() {
            return String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; %.0f answered/s; %d errors of %d",
                    ms(0.50), ms(0.90), ms(0.99), ms(1.0), delivered, errors, sent);
        }
    }

    private record Target(String name, String url, String body, String authorization) {

        HttpRequest request() {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            return b.build();
        }

        void check() throws Exception {
            HttpResponse<String> r = HTTP.send(request(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().contains("AdaptiveCard")) {
                throw new IllegalStateException(name + " did not answer the invoke with a card: " + r.statusCode() + " "
                        + r.body());
            }
        }
    }

    @SuppressWarnings("java:S106") // a benchmark's output is its report
    private static void report(String format, Object... args) {
        System.out.println(String.format(format, args));
    }
}
