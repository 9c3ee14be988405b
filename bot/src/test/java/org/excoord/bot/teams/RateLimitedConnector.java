package org.excoord.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback Bot Connector that enforces Teams' rate limits (PROTOCOL.md §6) with sliding windows of its own: per
 * conversation 7 per 1 s, 8 per 2 s, 60 per 30 s, 1,800 per hour, per tenant 30 per second; a request past any of
 * them is answered 429 {@code Throttled} with {@code Retry-After: 1} and not taken. It speaks the wire format of
 * {@code POST /v3/conversations/{id}/activities} (send), {@code PUT …/activities/{activityId}} (update) and
 * {@code POST /v3/conversations} (create a 1:1), and can be scripted to refuse a conversation (403
 * {@code BotNotInConversationRoster} / {@code ConversationBlockedByUser}, 404, 412, 502), always or a number of
 * times. Everything taken is recorded. (The WireMock {@link ConnectorStub} takes everything and limits nothing.)
 */
public final class RateLimitedConnector implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long SECOND = 1_000_000_000L;
    private static final long[][] PER_CONVERSATION = {{7, SECOND}, {8, 2 * SECOND}, {60, 30 * SECOND},
            {1_800, 3_600 * SECOND}};
    private static final long[][] PER_TENANT = {{30, SECOND}};

    /** One request the connector took: POST (a message), PUT (an update) or CREATE (a new conversation). */
    public record Received(String method, String conversationId, Instant at, JsonNode activity) {
    }

    /** What was answered so far: messages, updates and conversations taken, 429s, and every answer by status. */
    public record Counters(long messages, long updates, long created, long throttled, Map<Integer, Long> byStatus) {

        public long accepted() {
            return messages + updates + created;
        }
    }

    private record Scripted(int status, String code, int times) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "rate-limited-connector");
        t.setDaemon(true);
        return t;
    });
    private final Object lock = new Object();
    private final Map<String, Deque<Long>> conversationWindows = new HashMap<>();
    private final Map<String, Deque<Long>> tenantWindows = new HashMap<>();
    private final Map<String, Scripted> scripts = new HashMap<>();
    private final List<Received> received = new ArrayList<>();
    private final List<Received> throttled = new ArrayList<>();
    private final Map<Integer, Long> byStatus = new TreeMap<>();
    private final AtomicLong ids = new AtomicLong();

    private RateLimitedConnector(HttpServer server) {
        this.server = server;
    }

    /** Started on loopback; {@code port} 0 takes any free one. */
    public static RateLimitedConnector start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            RateLimitedConnector connector = new RateLimitedConnector(server);
            server.createContext("/", connector::handle);
            server.setExecutor(connector.threads);
            server.start();
            return connector;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Answers every request for {@code conversationId} (or, for a create, for user {@code 29:…}) so, {@code times} times. */
    public void refuse(String conversationId, int status, String code, int times) {
        synchronized (lock) {
            scripts.put(conversationId, new Scripted(status, code, times));
        }
    }

    /** Answers every request for {@code conversationId} so, until {@link #reset()}. */
    public void refuseAlways(String conversationId, int status, String code) {
        refuse(conversationId, status, code, Integer.MAX_VALUE);
    }

    public List<Received> received() {
        synchronized (lock) {
            return List.copyOf(received);
        }
    }

    /** The requests answered 429. */
    public List<Received> throttled() {
        synchronized (lock) {
            return List.copyOf(throttled);
        }
    }

    public Counters counters() {
        synchronized (lock) {
            long messages = received.stream().filter(r -> r.method().equals("POST")).count();
            long updates = received.stream().filter(r -> r.method().equals("PUT")).count();
            long created = received.stream().filter(r -> r.method().equals("CREATE")).count();
            return new Counters(messages, updates, created, throttled.size(), Map.copyOf(byStatus));
        }
    }

    /** Forgets what was received and scripted; the windows stay (Teams does not forget either). */
    public void reset() {
        synchronized (lock) {
            received.clear();
            throttled.clear();
            byStatus.clear();
            scripts.clear();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = read(exchange.getRequestBody());
            String[] path = exchange.getRequestURI().getRawPath().replaceAll("^/+", "").split("/");
            String method = exchange.getRequestMethod();
            if (path.length == 2 && path[0].equals("v3") && path[1].equals("conversations") && method.equals("POST")) {
                String user = body.path("members").path(0).path("id").asText("");
                String tenant = body.path("channelData").path("tenant").path("id").asText("");
                if (user.isEmpty() || tenant.isEmpty()) {
                    answer(exchange, 400, error("BadArgument", "members and channelData.tenant.id are required"), null);
                    return;
                }
                String conversation = "a:" + user.replace("29:", "") + "-1to1";
                take(exchange, "CREATE", user, conversation, tenant, body, "{\"id\":\"" + conversation + "\"}");
            } else if (path.length >= 4 && path[0].equals("v3") && path[1].equals("conversations")
                    && path[3].equals("activities")) {
                String conversation = URLDecoder.decode(path[2], StandardCharsets.UTF_8);
                String tenant = body.path("conversation").path("tenantId").asText(
                        body.path("channelData").path("tenant").path("id").asText(""));
                if (method.equals("POST") && path.length == 4) {
                    take(exchange, "POST", conversation, conversation, tenant, body,
                            "{\"id\":\"" + ids.incrementAndGet() + "\"}");
                } else if (method.equals("PUT") && path.length == 5) {
                    String activity = URLDecoder.decode(path[4], StandardCharsets.UTF_8);
                    take(exchange, "PUT", conversation, conversation, tenant, body, "{\"id\":\"" + activity + "\"}");
                } else {
                    answer(exchange, 405, error("BadArgument", "not supported here"), null);
                }
            } else {
                answer(exchange, 404, error("NotFound", "no such endpoint"), null);
            }
        }
    }

    /**
     * The limits and the script decide; the scripted key is the conversation (or, for a create, the user). A
     * refused request is not counted in the windows: Teams counts what it takes.
     */
    private void take(HttpExchange exchange, String method, String scriptKey, String conversation, String tenant,
            JsonNode body, String answer) throws IOException {
        long now = System.nanoTime();
        Received request = new Received(method, conversation, Instant.now(), body);
        int status;
        String reply;
        String retryAfter = null;
        synchronized (lock) {
            Scripted script = scripts.get(scriptKey);
            Deque<Long> perConversation = conversationWindows.computeIfAbsent(conversation, k -> new ArrayDeque<>());
            Deque<Long> perTenant = tenantWindows.computeIfAbsent(tenant, k -> new ArrayDeque<>());
            if (script != null && script.times() > 0) {
                scripts.put(scriptKey, new Scripted(script.status(), script.code(), script.times() - 1));
                status = script.status();
                reply = error(script.code(), "scripted");
                if (status == 429) {
                    retryAfter = "1";
                    throttled.add(request);
                }
            } else if (exceeded(perConversation, PER_CONVERSATION, now) || exceeded(perTenant, PER_TENANT, now)) {
                status = 429;
                reply = error("Throttled", "rate limit exceeded");
                retryAfter = "1";
                throttled.add(request);
            } else {
                perConversation.addLast(now);
                perTenant.addLast(now);
                received.add(request);
                status = method.equals("CREATE") ? 201 : 200;
                reply = answer;
            }
            byStatus.merge(status, 1L, Long::sum);
        }
        answer(exchange, status, reply, retryAfter);
    }

    /** True when one more request now would exceed a window; drops what is older than the longest window. */
    private static boolean exceeded(Deque<Long> window, long[][] limits, long now) {
        long longest = limits[limits.length - 1][1];
        while (!window.isEmpty() && now - window.peekFirst() >= longest) {
            window.pollFirst();
        }
        for (long[] limit : limits) {
            long count = 0;
            for (var it = window.descendingIterator(); it.hasNext() && count < limit[0]; ) {
                if (now - it.next() < limit[1]) {
                    count++;
                } else {
                    break;
                }
            }
            if (count >= limit[0]) {
                return true;
            }
        }
        return false;
    }

    private static String error(String code, String message) {
        return JSON.createObjectNode().set("error", JSON.createObjectNode().put("code", code).put("message", message))
                .toString();
    }

    private static void answer(HttpExchange exchange, int status, String body, String retryAfter) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static JsonNode read(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
    }

}
