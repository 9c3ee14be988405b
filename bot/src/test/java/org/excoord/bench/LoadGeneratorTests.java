package org.excoord.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The benchmark counts what succeeded, not what was sent or answered. */
class LoadGeneratorTests {

    @Test
    void onlyExpectedAnswersCountAndEveryRequestCarriesItsOwnBodyAndToken() throws Exception {
        Set<String> tokens = ConcurrentHashMap.newKeySet();
        Set<String> bodies = ConcurrentHashMap.newKeySet();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/messages", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            tokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
            int n = Integer.parseInt(body.replaceAll("\\D", ""));
            // a refusal is a card too, but not the card of a write
            byte[] answer = (n % 2 == 0 ? "{\"type\":\"AdaptiveCard\"}" : "{\"type\":\"Refused\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        try {
            LoadGenerator load = new LoadGenerator(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                    + "/api/messages"), i -> "{\"n\":" + i + "}", i -> "Bearer token-" + i, "AdaptiveCard");

            LoadGenerator.Stats stats = load.run(100, 1);

            assertThat(stats.sent()).isEqualTo(100);
            assertThat(stats.succeeded()).isEqualTo(50);
            assertThat(stats.errors()).isEqualTo(50);
            assertThat(tokens).hasSize(100);
            assertThat(bodies).hasSize(100);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void cpuIsDividedByTheSuccessfulRequests() {
        assertThat(InvokeBenchmark.cpuPerRequest(List.of(300.0, 150.0), List.of("bot", "db"), 150))
                .isEqualTo("bot 2.00 ms, db 1.00 ms");
        assertThat(InvokeBenchmark.cpuPerRequest(List.of(300.0), List.of("bot"), 0)).isEqualTo("no successful invoke");
    }

}
