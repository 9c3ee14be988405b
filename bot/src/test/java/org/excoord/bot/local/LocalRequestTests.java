package org.excoord.bot.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Cross-site requests and DNS rebinding against the local default (REST API and bot endpoint both without
 * authentication): what a web page in the user's browser can make the browser send, over raw HTTP so that every
 * header is exactly what a browser would put there.
 */
@SecurityTest
@ExtendWith(OutputCaptureExtension.class)
class LocalRequestTests extends ApiTestSupport {

    private static final String ACTIVITY = "{\"type\":\"message\",\"text\":\"my items\"}";

    private Person manager;
    private Person staff;

    @BeforeEach
    void people() {
        OrgUnit office = fixtures.unit("Local Office", fixtures.unit("Local Agency", null));
        manager = fixtures.manager("Lola Local", office);
        staff = fixtures.person("Lars Local", office);
    }

    @Test
    void aForeignPageCannotCancelSomeonesItem() {
        JsonNode item = post("/api/v1/action-items", Map.of("subject", "Keep me open", "assigneePersonId",
                staff.getId()), manager).body();
        String cancel = "{\"verb\":\"CANCEL\",\"comment\":\"not needed\",\"version\":" + item.get("version").asLong() + "}";
        String path = "/api/v1/action-items/" + item.get("id").asLong() + "/transitions";

        // a form or fetch(no-cors) post from another site: text/plain, a foreign Origin, cross-site
        assertRefused(send("POST", path, headers("Content-Type", "text/plain;charset=UTF-8", "Origin", "https://evil.example",
                "Sec-Fetch-Site", "cross-site"), cancel), 403);
        // the same without the browser's markers (an older browser): still no text/plain
        assertRefused(send("POST", path, headers("Content-Type", "text/plain"), cancel), 415);
        // a Blob without type: no Content-Type at all
        assertRefused(send("POST", path, headers(), cancel), 415);
        // DNS rebinding: the page's own name now points at 127.0.0.1, same-origin for the browser
        assertRefused(send("POST", path, headers("Host", "rebind.evil.example:" + port, "Content-Type",
                "application/json", "Origin", "http://rebind.evil.example:" + port), cancel), 403);

        assertThat(get(path.replace("/transitions", ""), manager).text("status")).isEqualTo("NEW");
        HttpAnswer fromThisMachine = send("POST", path, headers("Content-Type", "application/json; charset=UTF-8",
                "Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin"), cancel);
        assertThat(fromThisMachine.status()).as(fromThisMachine.body()).isEqualTo(200);
        assertThat(get(path.replace("/transitions", ""), manager).text("status")).isEqualTo("CANCELLED");
    }

    @Test
    void onlyALoopbackHostIsAnsweredOnEveryEndpointAndMethod() {
        for (String host : List.of("evil.example", "evil.example:" + port, "127.0.0.1.nip.io:" + port,
                "localhost.evil.example", "sub.localhost", "192.0.2.2:" + port, "[fd00::2]:" + port, "0.0.0.0:" + port,
                "127.0.0.1.:" + port, "2130706433:" + port)) {
            for (String[] request : everyKindOfRequest()) {
                assertRefused(send(request[0], request[1], headers("Host", host, "Content-Type", "application/json"),
                        request[2]), 403);
            }
        }
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port,
                "127.0.0.1", "127.1.2.3:" + port, "[0:0:0:0:0:0:0:1]")) {
            HttpAnswer health = send("GET", "/actuator/health", headers("Host", host), null);
            assertThat(health.status()).as(host).isEqualTo(200);
            HttpAnswer me = send("GET", "/api/v1/me", headers("Host", host), null);
            assertThat(me.status()).as(host).isEqualTo(200);
        }
    }

    @Test
    void aForeignOriginOrACrossSiteFetchIsRefusedEverywhere() {
        for (String origin : List.of("https://evil.example", "http://evil.example:" + port, "null",
                "http://127.0.0.1.evil.example", "file://", "http://localhost@evil.example", "http://[fd00::2]:" + port,
                "chrome-extension://abcdef", "http://localhost:" + port + "/path", "not an origin")) {
            for (String[] request : everyKindOfRequest()) {
                assertRefused(send(request[0], request[1], headers("Content-Type", "application/json", "Origin", origin),
                        request[2]), 403);
            }
        }
        for (String[] request : everyKindOfRequest()) {
            assertRefused(send(request[0], request[1], headers("Content-Type", "application/json",
                    "Sec-Fetch-Site", "cross-site"), request[2]), 403);
            // two Origin headers, one of them foreign
            assertRefused(send(request[0], request[1], headers("Content-Type", "application/json",
                    "Origin", "http://127.0.0.1:" + port, "Origin", "https://evil.example"), request[2]), 403);
        }
        for (String origin : List.of("http://127.0.0.1:" + port, "http://localhost:56150", "https://[::1]")) {
            assertThat(send("GET", "/api/v1/me", headers("Origin", origin, "Sec-Fetch-Site", "same-site"), null).status())
                    .as(origin).isEqualTo(200);
        }
    }

    @Test
    void everyBodyNeedsATypeNoPageCanSendUnasked() {
        for (String type : List.of("text/plain", "text/plain; charset=utf-8", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/xml", "text/json", "application/json-patch", "*/*",
                "garbage")) {
            for (String[] request : everyKindOfRequest()) {
                if (request[2] != null) {
                    assertRefused(send(request[0], request[1], headers("Content-Type", type), request[2]), 415);
                }
            }
        }
        // the bot endpoint takes only JSON, the API also an authority's text as Markdown
        assertRefused(send("POST", "/api/messages", headers("Content-Type", "text/markdown"), ACTIVITY), 415);
        assertThat(send("POST", "/api/v1/authorities", headers("Content-Type", "text/markdown",
                "X-Excoord-User", staff.getUpn()), "# A text").status()).isEqualTo(403); // refused by policy, not here
    }

    @Test
    void theAgentsPlaygroundAndLocalToolsStillGetThrough() {
        // what the Playground (axios on Node) sends to the bot: Host 127.0.0.1:3978, JSON, no Origin
        HttpAnswer playground = send("POST", "/api/messages", headers("Content-Type", "application/json",
                "User-Agent", "axios/1.7.9"), "{}");
        assertThat(playground.status()).as("the bot itself answers (400 for an empty activity)").isEqualTo(400);
        // the e2e's fetch (undici): Sec-Fetch-Mode but no Sec-Fetch-Site, no Origin; a bodiless POST
        JsonNode item = post("/api/v1/action-items", Map.of("subject", "Nudge me", "assigneePersonId", staff.getId()),
                manager).body();
        HttpAnswer nudge = send("POST", "/api/v1/action-items/" + item.get("id").asLong() + "/nudge",
                headers("Sec-Fetch-Mode", "cors"), null);
        assertThat(nudge.status()).as("answered by the API: " + nudge.body()).isEqualTo(409);
        assertThat(nudge.body()).contains("has not talked to the bot");
        // curl -d '…' -H 'Content-Type: application/json'
        assertThat(send("GET", "/v3/api-docs", headers("User-Agent", "curl/8.5.0"), null).status()).isEqualTo(200);
    }

    @Test
    void everyRefusalIsLoggedAtWarnOnOneLine(CapturedOutput output) {
        assertRefused(send("POST", "/api/messages", headers("Content-Type", "application/json",
                "Origin", "https://evil.example\t2026-12-01 INFO forged"), ACTIVITY), 403);
        // one line, whatever the log format: the WARN level, what was refused and why, the value escaped
        assertThat(output.getAll().lines().filter(line -> line.contains("Refused \"POST\" \"/api/messages\"")).toList()).singleElement()
                .satisfies(line -> assertThat(line).contains("WARN", "the bot endpoint /api/messages",
                        "requests from other web sites are refused", "u00092026-12-01 INFO forged").doesNotContain("\t"));
    }

    /** {method, path, body}: a read and a change of the REST API, and the bot endpoint. */
    private List<String[]> everyKindOfRequest() {
        return List.of(new String[] {"GET", "/api/v1/action-items", null},
                new String[] {"GET", "/actuator/health", null},
                new String[] {"POST", "/api/v1/action-items", "{\"subject\":\"planted\"}"},
                new String[] {"PUT", "/api/v1/action-items/1/assignee", "{\"personId\":1,\"version\":0}"},
                new String[] {"PATCH", "/api/v1/action-items/1", "{}"},
                new String[] {"DELETE", "/api/v1/action-items/1", null},
                new String[] {"POST", "/api/messages", ACTIVITY},
                new String[] {"POST", "/api/messages;jsessionid=1", ACTIVITY},
                new String[] {"POST", "/api/%6Dessages", ACTIVITY},
                new String[] {"OPTIONS", "/api/v1/action-items", null});
    }

    private void assertRefused(HttpAnswer answer, int status) {
        assertThat(answer.status()).as(answer.request() + " -> " + answer.body()).isEqualTo(status);
        assertThat(answer.headers().get("content-type")).as(answer.request()).startsWith("application/problem+json");
        assertThat(answer.body()).as(answer.request()).contains("\"status\":" + status)
                .contains("without authentication");
    }

    private static List<String[]> headers(String... namesAndValues) {
        List<String[]> headers = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(new String[] {namesAndValues[i], namesAndValues[i + 1]});
        }
        return headers;
    }

    record HttpAnswer(String request, int status, Map<String, String> headers, String body) {
    }

    /** One HTTP/1.1 exchange over a raw socket: unlike java.net.http, it sends any Host header. */
    private HttpAnswer send(String method, String path, List<String[]> headers, String body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        if (headers.stream().noneMatch(h -> h[0].equalsIgnoreCase("Host"))) {
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        }
        if (headers.stream().noneMatch(h -> h[0].equalsIgnoreCase("X-Excoord-User"))) {
            // someone excoord knows, so that nothing but the guard can refuse
            head.append("X-Excoord-User: ").append(manager.getUpn()).append("\r\n");
        }
        for (String[] header : headers) {
            head.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            return parse(method + " " + path + " " + headers.stream().map(h -> h[0] + "=" + h[1]).toList(),
                    socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpAnswer parse(String request, byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new HttpAnswer(request, Integer.parseInt(lines[0].split(" ")[1]), headers,
                new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int at = 0;
        int size = -1;
        while (size != 0) {
            int lineEnd = indexOf(chunked, crlf, at);
            size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] in, byte[] what, int from) {
        for (int i = from; i <= in.length - what.length; i++) {
            if (java.util.Arrays.equals(in, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new IllegalStateException("an incomplete HTTP answer");
    }
}
