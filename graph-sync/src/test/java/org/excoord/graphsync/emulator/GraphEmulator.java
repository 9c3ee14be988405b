package org.excoord.graphsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A loopback Microsoft Graph for tests and benchmarks: an HTTPS server on 127.0.0.1 (a random free port) that speaks
 * Graph's wire format for what excoord uses — the Entra token endpoint (client credentials), Planner plans, buckets,
 * tasks and details with etags, Outlook events with transactionId and extended properties, {@code sendMail} and
 * automatic replies ({@code mailboxSettings}), and {@code $batch} —
 * with fault injection ({@link #faults()}) and request counters ({@link #counts()}). The real msgraph-sdk-java and
 * azure-identity clients talk to it; they trust its certificate only through the JVM's
 * {@code javax.net.ssl.trustStore} (see {@code tls/README.md} next to this class's resources).
 *
 * <pre>{@code
 * try (GraphEmulator graph = new GraphEmulator().start()) {
 *     graph.addGroup(groupId).addUser(alexId, true);
 *     // excoord.graph.base-url = graph.baseUrl(), login-host = graph.loginHost(), tenant-id/client-id/client-secret
 *     graph.faults().throttleSubRequests(0.1).retryAfter(Duration.ofSeconds(1));
 * }
 * }</pre>
 */
public final class GraphEmulator implements AutoCloseable {

    /** The server certificate the test trust store trusts (issued by the test CA). */
    public static final String TRUSTED_KEY_STORE = "tls/server.p12";
    /** A self-signed certificate nothing trusts, for the test that an unknown certificate is refused. */
    public static final String UNTRUSTED_KEY_STORE = "tls/untrusted.p12";
    /** The 403 code a Planner assignment of a user without a Planner licence gets here (see the README). */
    public static final String NO_LICENCE_CODE = PlannerState.NO_LICENCE_CODE;
    /** A PKCS12 file (password {@code changeit}) with the key of the certificate {@link #acceptTestClientCertificate()} registers. */
    public static final String TEST_CLIENT_CERTIFICATE = "tls/client.p12";

    private static final String GRAPH_ROOT = "/v1.0";
    private static final Pattern TOKEN = Pattern.compile("/([^/]+)/oauth2/v2\\.0/token");
    private static final Pattern OPENID = Pattern.compile("/([^/]+)/v2\\.0/\\.well-known/openid-configuration");
    private static final Set<String> WORDS = Set.of("groups", "planner", "plans", "buckets", "tasks", "details",
            "users", "events", "$batch", "oauth2", "v2.0", "token", "sendMail", "mailboxSettings",
            "automaticRepliesSetting");

    private final ObjectMapper mapper = new ObjectMapper();
    private final String keyStore;
    private final Object lock = new Object();
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Boolean> users = new ConcurrentHashMap<>();
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Faults faults = new Faults();
    private final RequestCounts counts = new RequestCounts();
    private final List<String> unknownRequests = new CopyOnWriteArrayList<>();
    private final Random shuffle = new Random(7);
    private final String tenantId = UUID.randomUUID().toString();
    private final String clientId = UUID.randomUUID().toString();
    private final String clientSecret = "emulator-secret-" + Ids.random(24);
    private final PlannerState planner;
    private final CalendarState calendar;
    private final MailboxState mailboxes;
    private final List<java.security.cert.X509Certificate> certificates = new CopyOnWriteArrayList<>();
    private final ClientAssertions assertions = new ClientAssertions();
    private volatile Duration tokenLifetime = Duration.ofSeconds(3599);
    private volatile boolean shuffleBatchResponses = true;
    private volatile java.util.function.IntPredicate afterSubRequest = applied -> false;
    private final java.util.concurrent.atomic.AtomicInteger subRequestsApplied = new java.util.concurrent.atomic.AtomicInteger();
    private HttpsServer server;
    private ExecutorService executor;

    /** An emulator with the certificate the test trust store trusts. */
    public GraphEmulator() {
        this(TRUSTED_KEY_STORE);
    }

    /** An emulator presenting the certificate of this PKCS12 resource (password {@code changeit}), relative to this class. */
    public GraphEmulator(String keyStoreResource) {
        this.keyStore = keyStoreResource;
        this.planner = new PlannerState(clock, users, clientId);
        this.calendar = new CalendarState(clock, users);
        this.mailboxes = new MailboxState(users);
    }

    public GraphEmulator start() {
        // the JDK server writes headers and body apart; with Nagle on, the client's delayed ACK adds ~40 ms to
        // every answer (measured: 46 ms a request, 4–5 ms with this). Read once per JVM, before the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        try {
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
            server.setHttpsConfigurator(new HttpsConfigurator(sslContext()));
            AtomicInteger n = new AtomicInteger();
            executor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "graph-emulator-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            server.createContext("/", this::handle);
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        planner.baseUrl = baseUrl();
        return this;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Graph's root, like {@code https://graph.microsoft.com/v1.0}. */
    public String baseUrl() {
        return loginHost() + GRAPH_ROOT;
    }

    /** The Entra login host, like {@code https://login.microsoftonline.com}. */
    public String loginHost() {
        return "https://127.0.0.1:" + port();
    }

    public String tenantId() {
        return tenantId;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public Faults faults() {
        return faults;
    }

    public RequestCounts counts() {
        return counts;
    }

    public void resetCounts() {
        counts.reset();
    }

    /** Requests the emulator did not know (a path it does not serve); a test may assert there were none. */
    public List<String> unknownRequests() {
        return List.copyOf(unknownRequests);
    }

    /** A Microsoft 365 group that can hold plans. */
    public GraphEmulator addGroup(String groupId) {
        synchronized (lock) {
            planner.groups.putIfAbsent(groupId, new ArrayList<>());
        }
        return this;
    }

    /** An Entra user with a mailbox; without a Planner licence, assigning them a task is refused with 403. */
    public GraphEmulator addUser(String objectId, boolean plannerLicence) {
        users.put(objectId, plannerLicence);
        return this;
    }

    /** A mailbox that is not one of the users (a shared mailbox to send from), by its UPN or object id. */
    public GraphEmulator addMailbox(String upnOrId) {
        synchronized (lock) {
            mailboxes.sharedMailboxes.add(upnOrId.toLowerCase(Locale.ROOT));
        }
        return this;
    }

    /**
     * The user exists but has no Exchange Online mailbox (unlicensed, or on-premises): mail and mailbox settings
     * answer 404 {@code MailboxNotEnabledForRESTAPI}.
     */
    public GraphEmulator withoutMailbox(String userId) {
        synchronized (lock) {
            mailboxes.withoutMailbox.add(userId);
        }
        return this;
    }

    /** The user's Outlook automatic replies are on until they turn them off ({@code alwaysEnabled}). */
    public GraphEmulator automaticRepliesAlwaysOn(String userId) {
        return automaticReplies(userId, "alwaysEnabled", null, null, "UTC");
    }

    /**
     * The user's automatic replies are {@code scheduled} from {@code start} to {@code end}, local times in
     * {@code timeZone} (a Windows name such as "Pacific Standard Time", an IANA id, or "UTC"), as Graph returns them.
     */
    public GraphEmulator automaticRepliesScheduled(String userId, java.time.LocalDateTime start,
            java.time.LocalDateTime end, String timeZone) {
        return automaticReplies(userId, "scheduled", start, end, timeZone);
    }

    /** The user's automatic replies are off ({@code disabled}), the default. */
    public GraphEmulator automaticRepliesOff(String userId) {
        return automaticReplies(userId, "disabled", null, null, "UTC");
    }

    private GraphEmulator automaticReplies(String userId, String status, java.time.LocalDateTime start,
            java.time.LocalDateTime end, String timeZone) {
        synchronized (lock) {
            mailboxes.automaticReplies.put(userId, mailboxes.setting(status, start, end, timeZone));
        }
        return this;
    }

    /** Every message handed to {@code sendMail}, in order. */
    public List<SentMail> sentMail() {
        synchronized (lock) {
            return List.copyOf(mailboxes.sent);
        }
    }

    public GraphEmulator maxTasksPerPlan(int limit) {
        synchronized (lock) {
            planner.maxTasksPerPlan = limit;
        }
        return this;
    }

    public GraphEmulator maxBucketsPerPlan(int limit) {
        synchronized (lock) {
            planner.maxBucketsPerPlan = limit;
        }
        return this;
    }

    /** Tasks per page of {@code GET /planner/plans/{id}/tasks} (default 100). */
    public GraphEmulator pageSize(int size) {
        synchronized (lock) {
            planner.pageSize = size;
        }
        return this;
    }

    /**
     * Registers a certificate for the app: a client assertion signed by its key gets a token (as with a secret).
     * {@link #TEST_CLIENT_CERTIFICATE} ({@code tls/client.p12}, password {@code changeit}) holds a key for it.
     */
    public GraphEmulator acceptCertificate(java.security.cert.X509Certificate certificate) {
        certificates.add(certificate);
        return this;
    }

    /** Registers the certificate of {@code tls/client.p12} (its public half, {@code tls/client.pem}). */
    public GraphEmulator acceptTestClientCertificate() {
        try (InputStream in = GraphEmulator.class.getResourceAsStream("tls/client.pem")) {
            return acceptCertificate((java.security.cert.X509Certificate) java.security.cert.CertificateFactory
                    .getInstance("X.509").generateCertificate(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read tls/client.pem", e);
        }
    }

    public GraphEmulator tokenLifetime(Duration lifetime) {
        this.tokenLifetime = lifetime;
        return this;
    }

    /** Graph does not promise sub-responses in request order; the emulator shuffles them unless told not to. */
    /**
     * Called after each batch sub-request has been applied, with the number applied so far; when it answers true the
     * rest of that batch is not applied and the connection is dropped — as when the caller dies mid-batch (a test
     * kills the worker's process from here).
     */
    public GraphEmulator afterSubRequest(java.util.function.IntPredicate hook) {
        this.afterSubRequest = hook;
        return this;
    }

    public GraphEmulator shuffleBatchResponses(boolean shuffleThem) {
        this.shuffleBatchResponses = shuffleThem;
        return this;
    }

    /** Creates a plan directly (no request counted), as if someone had made it in Planner; returns its id. */
    public String addPlan(String groupId, String title) {
        addGroup(groupId);
        synchronized (lock) {
            ObjectNode body = mapper.createObjectNode().put("title", title);
            body.putObject("container").put("containerId", groupId).put("type", "group");
            return planner.handle(Call.of("POST", "/planner/plans", Map.of(), body), faults).body().get("id").asText();
        }
    }

    /** Creates a task directly (no request counted), as if someone had made it in Planner; returns its id. */
    public String addTask(String planId, Map<String, Object> fields) {
        synchronized (lock) {
            ObjectNode body = mapper.valueToTree(fields);
            body.put("planId", planId);
            Reply reply = planner.handle(Call.of("POST", "/planner/tasks", Map.of(), body), faults);
            if (!reply.ok()) {
                throw new IllegalArgumentException("the emulator refused the task: " + reply.body());
            }
            return reply.body().get("id").asText();
        }
    }

    /**
     * A person's change in Planner (no etag needed, no request counted): the fields as Graph names them
     * ({@code percentComplete}, {@code title}, {@code dueDateTime}, {@code assignments}, …). The task gets a new
     * etag, and {@code completedBy} is that person when the change completes it. Returns the new etag.
     */
    public String editTaskAsUser(String taskId, String userId, Map<String, Object> changes) {
        synchronized (lock) {
            ObjectNode task = planner.tasks.get(taskId);
            if (task == null) {
                throw new IllegalArgumentException("no task " + taskId);
            }
            Reply problem = planner.patchTask(task, mapper.valueToTree(changes), userId);
            if (problem != null) {
                throw new IllegalArgumentException("Planner would refuse this change: " + problem.body());
            }
            return task.get("@odata.etag").asText();
        }
    }

    /**
     * An assignment value for {@link #editTaskAsUser}'s {@code assignments} map, as Planner's client sends it
     * ({@code null} in a {@code HashMap} removes one).
     */
    public static Map<String, Object> assignment() {
        return Map.of("@odata.type", "#microsoft.graph.plannerAssignment", "orderHint", " !");
    }

    /** A person deletes the task in Planner. */
    public void deleteTaskAsUser(String taskId) {
        synchronized (lock) {
            planner.tasks.remove(taskId);
            planner.details.remove(taskId);
        }
    }

    /** Every task, with its details, in creation order. */
    public List<TaskSnapshot> tasks() {
        synchronized (lock) {
            return planner.tasks.values().stream().map(t -> snapshot(t, planner.details.get(t.get("id").asText())))
                    .toList();
        }
    }

    public List<TaskSnapshot> tasksOfPlan(String planId) {
        return tasks().stream().filter(t -> t.planId().equals(planId)).toList();
    }

    public Optional<TaskSnapshot> task(String taskId) {
        synchronized (lock) {
            ObjectNode t = planner.tasks.get(taskId);
            return t == null ? Optional.empty() : Optional.of(snapshot(t, planner.details.get(taskId)));
        }
    }

    /** The group's plans: id → title. */
    public Map<String, String> plans(String groupId) {
        synchronized (lock) {
            Map<String, String> plans = new LinkedHashMap<>();
            planner.groups.getOrDefault(groupId, List.of()).forEach(id -> plans.put(id, planner.plans.get(id).get("title").asText()));
            return plans;
        }
    }

    /** The plan's buckets: id → name. */
    public Map<String, String> buckets(String planId) {
        synchronized (lock) {
            Map<String, String> buckets = new LinkedHashMap<>();
            planner.buckets.values().stream().filter(b -> b.get("planId").asText().equals(planId))
                    .forEach(b -> buckets.put(b.get("id").asText(), b.get("name").asText()));
            return buckets;
        }
    }

    /** The user's events, in creation order. */
    public List<EventSnapshot> events(String userId) {
        synchronized (lock) {
            return calendar.events.getOrDefault(userId, Map.of()).values().stream().map(e -> snapshot(userId, e)).toList();
        }
    }

    /** Every user's events: user id → events. */
    public Map<String, List<EventSnapshot>> allEvents() {
        synchronized (lock) {
            Map<String, List<EventSnapshot>> all = new TreeMap<>();
            calendar.events.forEach((user, events) -> all.put(user, events.values().stream().map(e -> snapshot(user, e)).toList()));
            return all;
        }
    }

    // ---- HTTP ----

    private void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] raw;
            try (InputStream in = exchange.getRequestBody()) {
                raw = in.readAllBytes();
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals(GRAPH_ROOT) || path.startsWith(GRAPH_ROOT + "/")) {
                graph(exchange, method, path, raw);
                return;
            }
            Matcher token = TOKEN.matcher(path);
            if (token.matches() && method.equals("POST")) {
                counts.request("POST /{tenant}/oauth2/v2.0/token", true);
                send(exchange, token(token.group(1), new String(raw, StandardCharsets.UTF_8)));
                return;
            }
            Matcher openId = OPENID.matcher(path);
            if (openId.matches() && method.equals("GET")) {
                counts.request("GET /{tenant}/v2.0/.well-known/openid-configuration", true);
                send(exchange, openIdConfiguration(openId.group(1)));
                return;
            }
            counts.request(method + " " + path, false);
            unknownRequests.add(method + " " + exchange.getRequestURI());
            send(exchange, Reply.error(404, "NotFound", "The emulator does not serve " + path));
        } catch (RuntimeException e) {
            // a bug in the emulator must show as a 500, not as a dropped connection the client would retry
            send(exchange, Reply.error(500, "EmulatorError", String.valueOf(e)));
        } finally {
            // without an answer sent, this closes the connection: a dropped request
            exchange.close();
        }
    }

    private void graph(HttpExchange exchange, String method, String path, byte[] raw) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String relative = path.substring(GRAPH_ROOT.length()) + (query == null ? "" : "?" + query);
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.isEmpty() ? "" : v.get(0)));
        JsonNode body = raw.length == 0 ? null : parse(raw);
        Call call = Call.of(method, relative, headers, body);
        counts.request(method + " " + kind(call.path()), false);
        Fault fault = faults.forRequest(call.header("If-Match") != null);
        if (fault == Fault.DROPPED) {
            return;
        }
        if (fault == Fault.SLOW) {
            // simulated server latency (not a test waiting for something)
            LockSupport.parkNanos(faults.delay().toNanos());
        }
        if (fault == Fault.THROTTLED || fault == Fault.UNAVAILABLE) {
            send(exchange, refused(fault));
            return;
        }
        Reply auth = authorize(call.header("Authorization"));
        if (auth != null) {
            send(exchange, auth);
            return;
        }
        Reply reply;
        if (call.path().equals("/$batch")) {
            reply = call.method().equals("POST") ? batch(body) : Reply.error(405, "BadRequest", "Only POST is allowed.");
        } else {
            reply = dispatch(call, fault == Fault.STALE_ETAG);
        }
        if (fault == Fault.DROPPED_AFTER_PROCESSING || reply == null) {
            // null: a batch cut short by afterSubRequest
            return;
        }
        send(exchange, reply);
    }

    private Reply refused(Fault fault) {
        long seconds = Math.max(0, faults.retryAfter().toSeconds());
        Reply reply = fault == Fault.THROTTLED
                ? Reply.error(429, "TooManyRequests", "Too many requests. Please retry after the time in Retry-After.")
                : Reply.error(503, "ServiceUnavailable", "The service is temporarily unavailable.");
        return reply.withHeader("Retry-After", Long.toString(seconds));
    }

    private Reply dispatch(Call call, boolean stale) {
        synchronized (lock) {
            if (stale && call.header("If-Match") != null) {
                return Reply.error(412, "", "The If-Match header contains an invalid value.");
            }
            Reply reply = planner.handle(call, faults);
            if (reply == null) {
                reply = mailboxes.handle(call);
            }
            if (reply == null) {
                reply = calendar.handle(call);
            }
            if (reply == null) {
                reply = Reply.error(400, "BadRequest", "Resource not found for the segment '" + call.path() + "'.");
            }
            return reply;
        }
    }

    private Reply batch(JsonNode body) {
        JsonNode requests = body == null ? null : body.get("requests");
        if (requests == null || !requests.isArray()) {
            return Reply.error(400, "BadRequest", "Invalid batch payload format.");
        }
        if (requests.size() > 20) {
            return Reply.error(400, "BadRequest", "Too many requests in the batch; the limit is 20.");
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode r : requests) {
            if (!r.hasNonNull("id") || !ids.add(r.get("id").asText())) {
                return Reply.error(400, "BadRequest", "Batch request steps must have unique ids.");
            }
        }
        Map<String, Integer> statuses = new LinkedHashMap<>();
        List<ObjectNode> responses = new ArrayList<>();
        for (JsonNode r : requests) {
            String id = r.get("id").asText();
            Reply reply = subRequest(r, statuses);
            statuses.put(id, reply.status());
            ObjectNode response = mapper.createObjectNode();
            response.put("id", id);
            response.put("status", reply.status());
            ObjectNode headers = response.putObject("headers");
            reply.headers().forEach(headers::put);
            if (reply.body() != null) {
                response.set("body", reply.body());
            }
            responses.add(response);
            if (afterSubRequest.test(subRequestsApplied.incrementAndGet())) {
                return null;
            }
        }
        if (shuffleBatchResponses) {
            synchronized (shuffle) {
                Collections.shuffle(responses, shuffle);
            }
        }
        ObjectNode envelope = mapper.createObjectNode();
        ArrayNode array = envelope.putArray("responses");
        responses.forEach(array::add);
        return Reply.of(200, envelope);
    }

    private Reply subRequest(JsonNode r, Map<String, Integer> statuses) {
        String method = r.path("method").asText("GET");
        String url = r.path("url").asText("");
        Map<String, String> headers = new LinkedHashMap<>();
        r.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
        if (url.startsWith("http://") || url.startsWith("https://")) {
            counts.subRequest(method + " (absolute url)");
            return Reply.error(400, "BadRequest", "The url of a batch request step must be relative.");
        }
        Call call = Call.of(method, url, headers, subBody(r.get("body"), headers));
        counts.subRequest(call.method() + " " + kind(call.path()));
        for (JsonNode dependency : r.path("dependsOn")) {
            Integer status = statuses.get(dependency.asText());
            if (status == null || status < 200 || status >= 300) {
                return Reply.error(424, "FailedDependency", "The request depends on request " + dependency.asText()
                        + ", which failed.");
            }
        }
        Fault fault = faults.forSubRequest(call.header("If-Match") != null);
        if (fault == Fault.THROTTLED || fault == Fault.UNAVAILABLE) {
            return refused(fault);
        }
        return dispatch(call, fault == Fault.STALE_ETAG);
    }

    /** A sub-request's body: JSON, or base64 when its Content-Type is not JSON (Graph accepts both). */
    private JsonNode subBody(JsonNode body, Map<String, String> headers) {
        if (body == null || body.isNull() || !body.isTextual()) {
            return body;
        }
        String type = headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("Content-Type"))
                .map(Map.Entry::getValue).findFirst().orElse("");
        if (type.contains("json")) {
            return parse(body.asText().getBytes(StandardCharsets.UTF_8));
        }
        return parse(Base64.getDecoder().decode(body.asText()));
    }

    // ---- token endpoint ----

    private Reply token(String tenant, String form) {
        Map<String, String> p = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                p.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        if (!tenant.equalsIgnoreCase(tenantId)) {
            return oauthError(400, "invalid_request", "AADSTS90002: Tenant '" + tenant + "' not found.");
        }
        if (!"client_credentials".equals(p.get("grant_type"))) {
            return oauthError(400, "unsupported_grant_type", "AADSTS70003: The app requested an unsupported grant type.");
        }
        if (!clientId.equals(p.get("client_id"))) {
            return oauthError(400, "unauthorized_client", "AADSTS700016: Application with identifier '"
                    + p.get("client_id") + "' was not found in the directory.");
        }
        String assertion = p.get("client_assertion");
        if (assertion != null) {
            String problem = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(p.get("client_assertion_type"))
                    ? assertions.problem(assertion, clientId, loginHost() + "/" + tenant + "/oauth2/v2.0/token", certificates)
                    : "unsupported client_assertion_type";
            if (problem != null) {
                return oauthError(401, "invalid_client", "AADSTS700027: Client assertion failed signature validation: "
                        + problem + ".");
            }
        } else if (!clientSecret.equals(p.get("client_secret"))) {
            return oauthError(401, "invalid_client", "AADSTS7000215: Invalid client secret provided.");
        }
        String scope = p.getOrDefault("scope", "");
        if (!scope.contains("/.default")) {
            return oauthError(400, "invalid_scope", "AADSTS1002012: The provided value for scope is not valid. "
                    + "Client credential flows must have a scope value with /.default suffixed to the resource.");
        }
        String token = "emulator." + Ids.random(64);
        tokens.put(token, clock.instant().plus(tokenLifetime));
        ObjectNode body = mapper.createObjectNode();
        body.put("token_type", "Bearer");
        body.put("expires_in", tokenLifetime.toSeconds());
        body.put("ext_expires_in", tokenLifetime.toSeconds());
        body.put("access_token", token);
        // Entra echoes the resource's scope; MSAL keys its token cache on it (without it, no token is reused)
        body.put("scope", java.util.Arrays.stream(scope.split(" ")).filter(x -> x.endsWith("/.default"))
                .collect(java.util.stream.Collectors.joining(" ")));
        return Reply.of(200, body);
    }

    private Reply oauthError(int status, String error, String description) {
        ObjectNode body = mapper.createObjectNode();
        body.put("error", error);
        body.put("error_description", description + " Trace ID: " + UUID.randomUUID() + " Timestamp: "
                + OffsetDateTime.now(clock));
        body.putArray("error_codes").add(Integer.parseInt(description.replaceAll("^AADSTS(\\d+):.*$", "$1")));
        return Reply.of(status, body);
    }

    private Reply openIdConfiguration(String tenant) {
        ObjectNode body = mapper.createObjectNode();
        String authority = loginHost() + "/" + tenant;
        body.put("token_endpoint", authority + "/oauth2/v2.0/token");
        body.put("authorization_endpoint", authority + "/oauth2/v2.0/authorize");
        body.put("issuer", loginHost() + "/" + tenantId + "/v2.0");
        body.putArray("token_endpoint_auth_methods_supported").add("client_secret_post").add("private_key_jwt");
        return Reply.of(200, body);
    }

    private Reply authorize(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Reply.error(401, "InvalidAuthenticationToken", "Access token is empty.");
        }
        Instant expiry = tokens.get(header.substring(7).strip());
        if (expiry == null) {
            return Reply.error(401, "InvalidAuthenticationToken", "IDX14100: JWT is not well formed.");
        }
        if (expiry.isBefore(clock.instant())) {
            return Reply.error(401, "InvalidAuthenticationToken", "Lifetime validation failed, the token is expired.");
        }
        return null;
    }

    // ---- helpers ----

    private void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body() == null ? new byte[0] : mapper.writeValueAsBytes(reply.body());
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private JsonNode parse(byte[] raw) {
        try {
            return mapper.readTree(raw);
        } catch (IOException e) {
            return mapper.getNodeFactory().textNode(new String(raw, StandardCharsets.UTF_8));
        }
    }

    /** The request's kind for the counters: ids replaced by {@code {id}}. */
    private static String kind(String path) {
        StringBuilder kind = new StringBuilder();
        for (String segment : path.substring(1).split("/")) {
            kind.append('/').append(WORDS.contains(segment) ? segment : "{id}");
        }
        return kind.toString();
    }

    private SSLContext sslContext() {
        try (InputStream in = GraphEmulator.class.getResourceAsStream(keyStore)) {
            if (in == null) {
                throw new IllegalStateException("no key store " + keyStore + " next to " + GraphEmulator.class);
            }
            char[] password = "changeit".toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the emulator's key store " + keyStore, e);
        }
    }

    private static TaskSnapshot snapshot(ObjectNode t, ObjectNode details) {
        Set<String> assignees = new java.util.TreeSet<>();
        t.get("assignments").fieldNames().forEachRemaining(assignees::add);
        JsonNode by = t.get("completedBy");
        String completedBy = null;
        if (by != null && !by.isNull()) {
            completedBy = by.path("user").hasNonNull("id") ? by.path("user").get("id").asText()
                    : "app:" + by.path("application").path("id").asText();
        }
        return new TaskSnapshot(t.get("id").asText(), t.get("planId").asText(),
                t.get("bucketId").isNull() ? null : t.get("bucketId").asText(), t.get("@odata.etag").asText(),
                t.get("title").asText(), dateTime(t.get("dueDateTime")), dateTime(t.get("startDateTime")),
                t.get("priority").asInt(), t.get("percentComplete").asInt(), Set.copyOf(assignees), completedBy,
                details == null ? null : details.get("description").asText(),
                details == null ? null : details.get("@odata.etag").asText());
    }

    private static OffsetDateTime dateTime(JsonNode value) {
        return value == null || value.isNull() ? null : OffsetDateTime.parse(value.asText());
    }

    private static EventSnapshot snapshot(String userId, ObjectNode e) {
        List<String> categories = new ArrayList<>();
        e.get("categories").forEach(c -> categories.add(c.asText()));
        Map<String, String> properties = new LinkedHashMap<>();
        e.get("singleValueExtendedProperties").forEach(p -> properties.put(p.get("id").asText(), p.get("value").asText()));
        return new EventSnapshot(e.get("id").asText(), userId, e.path("subject").asText(), e.path("isAllDay").asBoolean(),
                e.path("start").path("dateTime").asText(), e.path("start").path("timeZone").asText(),
                e.path("end").path("dateTime").asText(), e.path("end").path("timeZone").asText(),
                e.path("showAs").asText().toLowerCase(Locale.ROOT), e.path("isReminderOn").asBoolean(),
                e.path("reminderMinutesBeforeStart").asInt(), List.copyOf(categories), e.path("attendees").size(),
                e.path("body").path("contentType").asText().toLowerCase(Locale.ROOT), e.path("body").path("content").asText(),
                e.path("transactionId").isNull() ? null : e.path("transactionId").asText(null), Map.copyOf(properties));
    }
}
