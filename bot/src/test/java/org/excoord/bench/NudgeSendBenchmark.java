package org.excoord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.excoord.bot.teams.RateLimitedConnector;
import org.excoord.testing.EmbeddedPostgresSupport;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11's delivery figures: 5,000 morning digests to 5,000 people through the loopback Bot Connector that enforces
 * Teams' rate limits (429 past any of them). The app runs in a JVM of its own on a PostgreSQL of this process, so it
 * can be killed with SIGKILL half-way and started again on the same data.
 * <ol>
 *   <li>one sweep for a morning, timed: every digest must arrive once, with no 429, and the time is compared with
 *       the minimum Teams' limits allow (5,000 messages at 30 per second per app = 166.7 s);</li>
 *   <li>the next morning's sweep, killed with SIGKILL when half the digests have arrived, the app started again and
 *       the same moment swept until nothing is left to send: every digest must have arrived exactly once.</li>
 * </ol>
 * Run: {@code bot/bench/nudges.sh} (see the README); {@code -Dpeople=5000}.
 */
public final class NudgeSendBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final int PEOPLE = Integer.getInteger("people", 5_000);
    private static final String ADMIN = "admin@bench.example";
    /** Thursday and Friday mid-morning in New York: working days, out of quiet hours. */
    private static final Instant FIRST = Instant.parse("2026-12-03T15:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-12-04T15:00:00Z");
    private static final double APP_LIMIT_PER_SECOND = 30;

    private NudgeSendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        DataSource owner = EmbeddedPostgresSupport.owner();
        try (RateLimitedConnector teams = RateLimitedConnector.start(0)) {
            List<String> appArgs = List.of(
                    "--excoord.embedded-postgres.enabled=false", "--excoord.demo.enabled=false",
                    "--spring.datasource.url=jdbc:postgresql://localhost:" + EmbeddedPostgresSupport.postgres().getPort()
                            + "/postgres",
                    "--spring.datasource.username=" + EmbeddedPostgresSupport.APP, "--spring.datasource.password=",
                    "--spring.flyway.user=" + EmbeddedPostgresSupport.OWNER, "--spring.flyway.password=",
                    "--excoord.nudges.enabled=false", "--excoord.nudges.claim-timeout=PT20S",
                    "--logging.level.root=WARN", "--logging.level.org.excoord.bot.nudges=INFO");
            try (ChildApp app = ChildApp.start(appArgs)) {
                seed(new JdbcTemplate(owner), teams.serviceUrl());
                report("seeded %,d people, each with an item due %s and a 1:1 chat with the bot", PEOPLE,
                        LocalDate.of(2026, 12, 3));

                long started = System.nanoTime();
                JsonNode sweep = sweep(app, FIRST).join();
                double seconds = (System.nanoTime() - started) / 1e9;
                double minimum = PEOPLE / APP_LIMIT_PER_SECOND;
                Map<String, Integer> first = byConversation(teams);
                report("1. one sweep: %s", sweep.get("counts"));
                report("   %,d digests arrived in %.1f s; the limits' minimum is %.1f s (%+.1f %%); 429 answered: %d;"
                        + " people with none: %d, with more than one: %d", sum(first), seconds, minimum,
                        (seconds / minimum - 1) * 100, teams.throttled().size(), missing(first), duplicated(first));
                teams.reset();

                CompletableFuture<JsonNode> killed = sweep(app, SECOND);
                while (teams.counters().messages() < PEOPLE / 2) {
                    LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
                }
                app.kill();
                report("2. killed the app (SIGKILL) after %,d of %,d digests", sum(byConversation(teams)),
                        PEOPLE);
                killed.exceptionally(e -> null);
            }
            try (ChildApp again = ChildApp.start(appArgs)) {
                long restarted = System.nanoTime();
                int rounds = 0;
                JsonNode last;
                do {
                    // claims of the killed app expire after the claim timeout (20 s here), then they are taken again
                    LockSupport.parkNanos(Duration.ofSeconds(rounds == 0 ? 0 : 5).toNanos());
                    last = sweep(again, SECOND).join();
                    rounds++;
                } while (last.path("counts").path("planned").asInt() > 0 && rounds < 40);
                Map<String, Integer> second = byConversation(teams);
                report("   started again; %d sweeps of the same moment in %.1f s, the last: %s", rounds,
                        (System.nanoTime() - restarted) / 1e9, last.get("counts"));
                report("   %,d digests arrived in all; people with none: %d, with more than one: %d; 429 answered: %d",
                        sum(second), missing(second), duplicated(second), teams.throttled().size());
            }
        }
    }

    private static void seed(JdbcTemplate db, String serviceUrl) {
        db.update("insert into org_unit (id, name, org_code, path) values (900001, 'Benchmark Office', 'BENCH', "
                + "'/900001/')");
        List<Object[]> people = new ArrayList<>();
        List<Object[]> items = new ArrayList<>();
        List<Object[]> chats = new ArrayList<>();
        Timestamp now = Timestamp.from(FIRST.minus(Duration.ofDays(1)));
        people.add(new Object[] {900000L, "00000000-0000-4000-8000-000000900000", ADMIN, "Bench Admin"});
        for (int i = 1; i <= PEOPLE; i++) {
            long id = 900000L + i;
            people.add(new Object[] {id, String.format("00000000-0000-4000-8000-%012d", id), "p" + i + "@bench.example",
                    "Person " + i});
            items.add(new Object[] {id, String.format("AI-2026-%06d", 900000 + i), "Reply to letter " + i, id, now, now});
            chats.add(new Object[] {id, "29:p" + i, "a:p" + i, serviceUrl, now});
        }
        db.batchUpdate("insert into person (id, entra_object_id, upn, display_name, org_unit_id, time_zone) "
                + "values (?, ?, ?, ?, 900001, 'America/New_York')", people);
        db.update("insert into person_role (person_id, role) select id, 'STAFF' from person where id >= 900000");
        db.update("insert into person_role (person_id, role) values (900000, 'ADMIN')");
        db.batchUpdate("insert into action_item (id, number, subject, item_type, status, priority, assignee_person_id, "
                + "org_unit_id, originator_id, due_date, created_at, updated_at) values (?, ?, ?, 'TASK_ASSIGNMENT', "
                + "'NEW', 'MEDIUM', ?, 900001, 900000, date '2026-12-03', ?, ?)", items);
        db.batchUpdate("insert into chat_address (person_id, user_mri, conversation_id, conversation_type, service_url, "
                + "tenant_id, bot_id, updated_at) values (?, ?, ?, 'PERSONAL', ?, 'bench-tenant', '28:bench-bot', ?)",
                chats);
    }

    /** POST /api/v1/admin/nudges/sweep?at= as the admin; completes with the sweep's report. */
    private static CompletableFuture<JsonNode> sweep(ChildApp app, Instant at) {
        HttpRequest request = HttpRequest.newBuilder(app.url("/api/v1/admin/nudges/sweep?at=" + at))
                .header("X-Excoord-User", ADMIN).POST(HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
            if (r.statusCode() != 200) {
                throw new IllegalStateException("sweep at " + at + ": HTTP " + r.statusCode() + " " + r.body());
            }
            try {
                return JSON.readTree(r.body());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Messages (not updates) taken, per conversation. */
    private static Map<String, Integer> byConversation(RateLimitedConnector teams) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (RateLimitedConnector.Received r : teams.received()) {
            if (r.method().equals("POST")) {
                counts.merge(r.conversationId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static int sum(Map<String, Integer> received) {
        return received.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static long missing(Map<String, Integer> received) {
        long none = 0;
        for (int i = 1; i <= PEOPLE; i++) {
            if (received.getOrDefault("a:p" + i, 0) == 0) {
                none++;
            }
        }
        return none;
    }

    private static long duplicated(Map<String, Integer> received) {
        return received.values().stream().filter(n -> n > 1).count();
    }

    @SuppressWarnings("java:S106") // a benchmark's output is its report
    private static void report(String format, Object... args) {
        System.out.println(String.format(format, args));
    }
}
