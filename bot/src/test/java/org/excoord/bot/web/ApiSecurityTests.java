package org.excoord.bot.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.Consumer;
import org.excoord.directory.Person;
import org.excoord.testing.EmbeddedPostgresSupport;
import org.excoord.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API with Entra ID authentication on: tokens are signed by the test and the key set is served by a
 * loopback stub, so issuer, audience, signature and expiry are all really checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "excoord.embedded-postgres.enabled=false", "excoord.demo.enabled=false", "excoord.security.mode=ENTRA"})
class ApiSecurityTests {

    private static final String ISSUER = "https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0";
    private static final String AUDIENCE = "api://excoord-test";
    private static final RSAKey KEY = rsaKey("trusted");
    private static final RSAKey OTHER_KEY = rsaKey("trusted"); // same key id, different key: a forgery
    private static final WireMockServer JWKS = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        JWKS.start();
        JWKS.stubFor(get(urlEqualTo("/discovery/v2.0/keys")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(new JWKSet(KEY.toPublicJWK()).toString())));
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext context;

    private Person person;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + JWKS.port() + "/discovery/v2.0/keys");
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
    }

    @AfterAll
    static void stopJwks() {
        JWKS.stop();
    }

    @BeforeEach
    void aRegisteredPerson() {
        Fixtures fixtures = new Fixtures(context);
        person = fixtures.person("Tina Token", fixtures.unit("Token Office", null));
    }

    @Test
    void aValidTokenOfARegisteredPersonIsAccepted() {
        int status = call(token(KEY, claims -> { }));
        assertThat(status).isEqualTo(200);
    }

    @Test
    void everyForgedOrWrongTokenIsRejected() {
        assertThat(call(null)).as("no token").isEqualTo(401);
        assertThat(call("not-a-jwt")).as("garbage").isEqualTo(401);
        assertThat(call(token(OTHER_KEY, c -> { }))).as("signed with another key").isEqualTo(401);
        assertThat(call(token(KEY, c -> c.issuer("https://sts.windows.net/evil/")))).as("wrong issuer").isEqualTo(401);
        assertThat(call(token(KEY, c -> c.audience("api://someone-else")))).as("wrong audience").isEqualTo(401);
        assertThat(call(token(KEY, c -> c.expirationTime(Date.from(Instant.now().minusSeconds(3600))))))
                .as("expired").isEqualTo(401);
        assertThat(call(token(KEY, c -> c.notBeforeTime(Date.from(Instant.now().plusSeconds(3600))))))
                .as("not yet valid").isEqualTo(401);
        String valid = token(KEY, c -> { });
        String tampered = valid.substring(0, valid.indexOf('.') + 1) + "eyJvaWQiOiJ4In0" + valid.substring(valid.lastIndexOf('.'));
        assertThat(call(tampered)).as("tampered payload").isEqualTo(401);
    }

    @Test
    void aValidTokenOfSomeoneExcoordDoesNotKnowIsForbidden() {
        assertThat(call(token(KEY, c -> c.claim("oid", UUID.randomUUID().toString())))).isEqualTo(403);
    }

    @Test
    void healthAndTheApiDocumentNeedNoToken() throws Exception {
        assertThat(status(HttpRequest.newBuilder(uri("/actuator/health")).GET())).isEqualTo(200);
        java.net.http.HttpResponse<String> docs = java.net.http.HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode document = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(docs.body());
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(document.at("/paths/~1api~1v1~1me/get").isObject()).as("the API, not an error page").isTrue();
        // the document is public, the API it describes is not
        assertThat(call(null)).isEqualTo(401);
    }

    private int call(String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/me")).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return status(request);
    }

    private int status(HttpRequest.Builder request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private java.net.URI uri(String path) {
        return java.net.URI.create("http://127.0.0.1:" + port + path);
    }

    private String token(RSAKey key, Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE)
                .subject("subject-" + person.getId()).claim("oid", person.getEntraObjectId())
                .claim("preferred_username", person.getUpn()).issueTime(Date.from(now.minusSeconds(60)))
                .notBeforeTime(Date.from(now.minusSeconds(60))).expirationTime(Date.from(now.plusSeconds(3600)));
        change.accept(claims);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
