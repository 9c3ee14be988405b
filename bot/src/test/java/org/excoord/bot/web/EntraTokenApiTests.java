package org.excoord.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.testing.EmbeddedPostgresSupport;
import org.excoord.testing.Fixtures;
import org.excoord.testing.SecurityTest;
import org.excoord.directory.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The REST API in ENTRA mode, as in production: a local issuer on loopback publishes its OpenID configuration and
 * key set, Spring Security discovers them from {@code issuer-uri}, and every token is signed by the test. The
 * caller is the token's {@code oid}, never the {@code X-Excoord-User} header, and authorization refuses the same
 * things it refuses in NONE mode.
 */
@SecurityTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "excoord.embedded-postgres.enabled=false", "excoord.demo.enabled=false", "excoord.security.mode=ENTRA",
        "excoord.teams.app-id=00000000-0000-0000-0000-0000000000bb", "excoord.teams.app-password=unused-offline"})
class EntraTokenApiTests {

    private static final String AUDIENCE = "api://excoord-entra-test";
    private static final RSAKey KEY = rsaKey("local-issuer-key");
    private static final RSAKey IMPOSTOR = rsaKey("local-issuer-key"); // same key id, another key
    private static final HttpServer ISSUER_SERVER = issuerServer();
    private static final String ISSUER = "http://127.0.0.1:" + ISSUER_SERVER.getAddress().getPort() + "/tenant-1/v2.0";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A well-formed activity, so that the bot endpoint gets as far as its token check. */
    private static final String ACTIVITY = "{\"type\":\"message\",\"id\":\"1\",\"channelId\":\"msteams\","
            + "\"serviceUrl\":\"https://smba.trafficmanager.net/amer/\",\"from\":{\"id\":\"29:x\"},"
            + "\"recipient\":{\"id\":\"28:bot\"},\"conversation\":{\"id\":\"a:1\",\"conversationType\":\"personal\"},"
            + "\"text\":\"my items\"}";

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext context;

    private Person manager;
    private Person staff;
    private Person outsider;
    private Person secretariat;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER_SERVER.stop(0);
    }

    @BeforeEach
    void people() {
        Fixtures fixtures = new Fixtures(context);
        OrgUnit agency = fixtures.unit("Entra Agency", null);
        OrgUnit office = fixtures.unit("Entra Office", agency);
        manager = fixtures.manager("Erin Entra", office);
        staff = fixtures.person("Eddie Entra", office);
        outsider = fixtures.person("Olga Outside", fixtures.unit("Entra Elsewhere", agency));
        secretariat = fixtures.person("Esme Secretariat", agency, Role.SECRETARIAT);
    }

    @Test
    void theCallerIsTheTokensOidAndTheUserHeaderIsIgnored() {
        Answer me = call("GET", "/api/v1/me", token(staff), null, Map.of(CurrentActorResolver.USER_HEADER, manager.getUpn()));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asLong()).isEqualTo(staff.getId());
        assertThat(me.json().get("upn").asText()).isEqualTo(staff.getUpn());

        // the header cannot lift a staff member to the manager's rights either
        long id = createItem();
        Answer cancel = call("POST", "/api/v1/action-items/" + id + "/transitions", token(outsider),
                "{\"verb\":\"CANCEL\",\"version\":" + item(id).get("version").asLong() + "}",
                Map.of(CurrentActorResolver.USER_HEADER, manager.getUpn()));
        assertThat(cancel.status()).isEqualTo(403);
        // and alone it is no authentication at all
        assertThat(call("GET", "/api/v1/me", null, null, Map.of(CurrentActorResolver.USER_HEADER, manager.getUpn()))
                .status()).isEqualTo(401);
        assertThat(item(id).get("status").asText()).isEqualTo("NEW");
    }

    @Test
    void othersItemsAreRefusedAsInNoneMode() {
        long id = createItem();
        long version = item(id).get("version").asLong();
        String items = "/api/v1/action-items/" + id;
        assertThat(call("GET", items, token(outsider), null).status()).isEqualTo(403);
        assertThat(call("POST", items + "/comments", token(outsider), "{\"body\":\"me too\"}").status()).isEqualTo(403);
        assertThat(call("POST", items + "/transitions", token(outsider), "{\"verb\":\"CANCEL\",\"version\":" + version + "}")
                .status()).isEqualTo(403);
        assertThat(call("PUT", items + "/assignee", token(outsider),
                "{\"personId\":" + outsider.getId() + ",\"version\":" + version + "}").status()).isEqualTo(403);
        assertThat(call("GET", "/api/v1/audit?recordType=ActionItem&recordId=" + id, token(staff), null).status())
                .isEqualTo(403);
        assertThat(call("GET", "/api/v1/action-items", token(outsider), null).json())
                .extracting(i -> i.get("id").asLong()).doesNotContain(id);

        // what they may do, they can
        assertThat(call("GET", items, token(staff), null).status()).isEqualTo(200);
        Answer started = call("POST", items + "/transitions", token(staff), "{\"verb\":\"START\",\"version\":" + version + "}");
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(call("GET", "/api/v1/audit?recordType=ActionItem&recordId=" + id, token(manager), null).status())
                .isEqualTo(200);
    }

    @Test
    void everyBadTokenIsA401() {
        Instant now = Instant.now();
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("no token", null);
        bad.put("not a JWT", "not-a-jwt");
        bad.put("signed with another key", token(IMPOSTOR, staff, c -> { }));
        bad.put("unsigned (alg none)", new PlainJWT(claims(staff).build()).serialize());
        bad.put("HS256 keyed with the public key", hmacWithPublicKey(staff));
        bad.put("signature stripped", stripSignature(token(staff)));
        bad.put("payload swapped", swapPayload(token(staff), token(manager)));
        bad.put("expired", token(KEY, staff, c -> c.expirationTime(Date.from(now.minusSeconds(600)))));
        bad.put("not yet valid", token(KEY, staff, c -> c.notBeforeTime(Date.from(now.plusSeconds(600)))));
        bad.put("wrong audience", token(KEY, staff, c -> c.audience("api://someone-else")));
        bad.put("no audience", token(KEY, staff, c -> c.audience((String) null)));
        bad.put("wrong issuer", token(KEY, staff, c -> c.issuer("https://login.microsoftonline.com/other/v2.0")));
        bad.put("no issuer", token(KEY, staff, c -> c.issuer(null)));
        bad.put("no expiry", token(KEY, staff, c -> c.expirationTime(null)));
        bad.put("ten years long", token(KEY, staff, c -> c.expirationTime(Date.from(now.plusSeconds(10L * 366 * 86400)))));
        bad.put("29 hours long", token(KEY, staff, c -> c.expirationTime(Date.from(now.plusSeconds(29 * 3600)))));
        for (Map.Entry<String, String> token : bad.entrySet()) {
            for (String[] request : List.of(new String[] {"GET", "/api/v1/me", null},
                    new String[] {"GET", "/api/v1/action-items", null},
                    new String[] {"POST", "/api/v1/action-items", "{\"subject\":\"planted\"}"})) {
                Answer answer = call(request[0], request[1], token.getValue(), request[2]);
                assertThat(answer.status()).as(token.getKey() + ": " + request[0] + " " + request[1]).isEqualTo(401);
                assertThat(answer.contentType()).as(token.getKey()).startsWith("application/problem+json");
            }
        }
        assertThat(call("GET", "/api/v1/action-items", token(staff), null).json()).isEmpty();
        // the longest Entra ID issues (continuous access evaluation)
        assertThat(call("GET", "/api/v1/me", token(KEY, staff, c -> c.expirationTime(Date.from(now.plusSeconds(27 * 3600)))),
                null).status()).isEqualTo(200);
    }

    @Test
    void aValidTokenOfSomeoneExcoordDoesNotKnowIsRefused() {
        for (String token : List.of(token(KEY, staff, c -> c.claim("oid", UUID.randomUUID().toString())),
                token(KEY, staff, c -> c.claim("oid", null)), token(KEY, staff, c -> c.claim("oid", staff.getUpn())))) {
            assertThat(call("GET", "/api/v1/me", token, null).status()).isEqualTo(403);
            assertThat(call("GET", "/api/v1/action-items", token, null).status()).isEqualTo(403);
            assertThat(call("POST", "/api/v1/action-items", token, "{\"subject\":\"planted\"}").status()).isEqualTo(403);
        }
    }

    /** Every endpoint the app maps, and paths it does not: without a token only health and the API document answer. */
    @Test
    void nothingButHealthAndTheApiDocumentAnswersWithoutAToken() {
        List<String[]> requests = new ArrayList<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping -> mapping.getHandlerMethods()
                .keySet().forEach(info -> requests.addAll(requests(info))));
        assertThat(requests).extracting(r -> r[1]).contains("/api/v1/action-items", "/api/messages", "/api/v1/me");
        for (String path : List.of("/actuator", "/actuator/info", "/actuator/env", "/actuator/health/../env", "/error",
                "/", "/swagger-ui.html", "/api/v1/unknown", "/api/messages/")) {
            requests.add(new String[] {"GET", path});
        }
        for (String[] request : requests) {
            boolean open = !request[1].contains("..") && (request[1].equals("/v3/api-docs")
                    || request[1].startsWith("/v3/api-docs/") || request[1].equals("/actuator/health")
                    || request[1].startsWith("/actuator/health/"));
            String body = request[0].equals("GET") ? null : request[1].equals("/api/messages") ? ACTIVITY : "{}";
            Answer answer = call(request[0], request[1], null, body);
            // open paths answer without a token; every other one is a 401
            assertThat(answer.status() == 401).as(request[0] + " " + request[1] + " answered " + answer.status()
                    + ": " + answer.body()).isEqualTo(!open);
        }
        assertThat(call("GET", "/actuator/health", null, null).status()).isEqualTo(200);
        assertThat(call("GET", "/v3/api-docs", null, null).status()).isEqualTo(200);
    }

    /** The local-mode guard is off when everything authenticates: plain text and any Host are the API's business. */
    @Test
    void withAuthenticationTheLocalRequestGuardStandsAside() {
        Answer imported = call("POST", "/api/v1/authorities?name=Plain%20" + UUID.randomUUID() + "&type=POLICY",
                token(secretariat), "Sec. 1. Purpose. A plain text.", Map.of("Content-Type", "text/plain",
                        "Origin", "https://teams.microsoft.com"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    }

    private long createItem() {
        Answer created = call("POST", "/api/v1/action-items", token(manager),
                "{\"subject\":\"Entra item\",\"assigneePersonId\":" + staff.getId() + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private JsonNode item(long id) {
        return call("GET", "/api/v1/action-items/" + id, token(manager), null).json();
    }

    private static List<String[]> requests(RequestMappingInfo info) {
        List<String[]> requests = new ArrayList<>();
        List<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of(RequestMethod.GET)
                : List.copyOf(info.getMethodsCondition().getMethods());
        for (String pattern : info.getPatternValues()) {
            String path = pattern.replaceAll("\\{\\*?[^}]+}", "1").replace("/**", "/x");
            methods.forEach(method -> requests.add(new String[] {method.name(), path}));
        }
        return requests;
    }

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return ApiTestSupport.JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Answer call(String method, String path, String bearer, String json) {
        return call(method, path, bearer, json, Map.of());
    }

    private Answer call(String method, String path, String bearer, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String token(Person person) {
        return token(KEY, person, c -> { });
    }

    private static JWTClaimsSet.Builder claims(Person person) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject("sub-" + person.getId())
                .claim("oid", person.getEntraObjectId()).claim("tid", "tenant-1")
                .claim("preferred_username", person.getUpn()).issueTime(Date.from(now.minusSeconds(60)))
                .notBeforeTime(Date.from(now.minusSeconds(60))).expirationTime(Date.from(now.plusSeconds(3600)));
    }

    private static String token(RSAKey key, Person person, Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = claims(person);
        change.accept(claims);
        return sign(new RSASSASigner(rsa(key)), JWSAlgorithm.RS256, key.getKeyID(), claims.build());
    }

    private static String hmacWithPublicKey(Person person) {
        try {
            byte[] secret = KEY.toPublicJWK().toRSAPublicKey().getEncoded();
            return sign(new MACSigner(java.util.Arrays.copyOf(secret, Math.max(secret.length, 32))), JWSAlgorithm.HS256,
                    KEY.getKeyID(), claims(person).build());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWSSigner signer, JWSAlgorithm algorithm, String keyId, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.security.PrivateKey rsa(RSAKey key) {
        try {
            return key.toPrivateKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String stripSignature(String jwt) {
        return jwt.substring(0, jwt.lastIndexOf('.') + 1);
    }

    /** The header and signature of one valid token around the payload of another. */
    private static String swapPayload(String jwt, String other) {
        String[] a = jwt.split("\\.");
        String[] b = other.split("\\.");
        return a[0] + "." + b[1] + "." + a[2];
    }

    private static RSAKey rsaKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A loopback OpenID provider: its discovery document and its key set, as Entra ID publishes them. */
    private static HttpServer issuerServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/tenant-1";
            respond(server, "/tenant-1/v2.0/.well-known/openid-configuration", "{\"issuer\":\"" + base + "/v2.0\","
                    + "\"jwks_uri\":\"" + base + "/discovery/v2.0/keys\",\"authorization_endpoint\":\"" + base
                    + "/oauth2/v2.0/authorize\",\"token_endpoint\":\"" + base + "/oauth2/v2.0/token\","
                    + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"pairwise\"],"
                    + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
            respond(server, "/tenant-1/discovery/v2.0/keys", new JWKSet(KEY.toPublicJWK()).toString());
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(HttpServer server, String path, String json) {
        server.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
