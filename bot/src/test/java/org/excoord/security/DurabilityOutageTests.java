package org.excoord.security;

import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.excoord.testing.EmbeddedPostgresSupport;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under the running app (an external PostgreSQL, as in production, stopped and started again):
 * REST and bot requests fail within seconds with 503 and Retry-After instead of blocking for 30 s and failing with
 * 500, readiness says DOWN, and once the database is back the same app serves again without a restart.
 */
@SecurityTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "excoord.embedded-postgres.enabled=false", "excoord.demo.enabled=true", "excoord.security.mode=NONE"})
class DurabilityOutageTests {

    private static final Path DATA = Path.of("target", "embedded-tests", "outage-" + UUID.randomUUID()).toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static EmbeddedPostgres database = start(0);

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        new JdbcTemplate(database.getPostgresDatabase()).execute("create role " + EmbeddedPostgresSupport.OWNER
                + " login; create role " + EmbeddedPostgresSupport.APP + " login; alter schema public owner to "
                + EmbeddedPostgresSupport.OWNER);
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + database.getPort() + "/postgres");
        registry.add("spring.datasource.username", () -> EmbeddedPostgresSupport.APP);
        registry.add("spring.flyway.user", () -> EmbeddedPostgresSupport.OWNER);
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
    }

    @Test
    void requestsFailFastWith503WhileTheDatabaseIsAwayAndSucceedAgainWhenItIsBack() throws Exception {
        assertThat(get("/api/v1/action-items").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        int dbPort = database.getPort();

        database.close();

        for (String path : new String[] {"/api/v1/action-items", "/api/v1/me", "/api/v1/correspondence"}) {
            long began = System.nanoTime();
            HttpResponse<String> answer = get(path);
            assertThat(Duration.ofNanos(System.nanoTime() - began)).as(path).isLessThan(Duration.ofSeconds(6));
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).as(path).hasValue("5");
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
        }
        long began = System.nanoTime();
        HttpResponse<String> bot = HTTP.send(HttpRequest.newBuilder(uri("/api/messages"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(message())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(6));
        assertThat(bot.statusCode()).as(bot.body()).isEqualTo(503);
        assertThat(bot.headers().firstValue("Retry-After")).hasValue("5");
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("\"status\":\"DOWN\"");

        database = start(dbPort);

        Awaitility.await("requests served again").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> get("/api/v1/action-items").statusCode() == 200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    private static EmbeddedPostgres start(int port) {
        try {
            Files.createDirectories(DATA);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(DATA)
                    .setCleanDataDirectory(false).setServerConfig("listen_addresses", "127.0.0.1");
            return (port > 0 ? builder.setPort(port) : builder).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(40)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** "my items" from the local default user in a personal chat (no token: local mode). */
    private static String message() {
        return """
                {"type":"message","id":"outage-1","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/",
                 "from":{"id":"29:alex","name":"Alex Wilber","aadObjectId":"00000000-0000-0000-0000-0000000000020"},
                 "recipient":{"id":"28:bot","name":"excoord"},
                 "conversation":{"id":"a:outage","conversationType":"personal","tenantId":"tenant-1"},
                 "channelData":{"tenant":{"id":"tenant-1"}},"text":"my items"}""";
    }
}
