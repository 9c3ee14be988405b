package org.excoord.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.excoord.directory.Person;
import org.excoord.testing.EmbeddedPostgresSupport;
import org.excoord.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code /api/messages} with a bot app id: the SDK's own validation of the Bot Connector's token, against signing
 * keys the test publishes as the OpenID metadata. Every forgery is refused before the bot sees the activity.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "excoord.embedded-postgres.enabled=false", "excoord.demo.enabled=false", "excoord.security.mode=NONE",
        "excoord.teams.app-id=" + BotAuthenticationTests.APP_ID, "excoord.teams.app-password=not-used-offline",
        "excoord.teams.tenant-id=tenant-1"})
class BotAuthenticationTests {

    static final String APP_ID = "6a1c2e4b-0000-4000-8000-00000000b0b1";
    private static final String SERVICE_URL = ConnectorKeys.SERVICE_URL;
    private static final ConnectorKeys CONNECTOR = new ConnectorKeys(APP_ID);
    private static final RSAKey KEY = CONNECTOR.teamsKey;
    private static final RSAKey UNENDORSED = CONNECTOR.otherChannelKey;
    private static final RSAKey UNKNOWN = ConnectorKeys.rsaKey("unknown-key");
    private static final RSAKey IMPOSTOR = ConnectorKeys.rsaKey("teams-key"); // the trusted key id, another key
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
        registry.add("excoord.teams.open-id-metadata-url", CONNECTOR::metadataUrl);
    }

    @AfterAll
    static void stop() {
        CONNECTOR.close();
    }

    @Test
    void aGenuineTokenIsAcceptedAndTheInvokeAnswered() throws Exception {
        HttpResponse<String> answer = post(invoke(SERVICE_URL), "Bearer " + CONNECTOR.token());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"type\":\"application/vnd.microsoft.card.adaptive\"");
    }

    @Test
    void forgedOrBrokenCredentialsAreRefused() throws Exception {
        Map<String, String> forgeries = new LinkedHashMap<>();
        forgeries.put("no header", null);
        forgeries.put("not a bearer token", "Basic " + java.util.Base64.getEncoder().encodeToString("a:b".getBytes()));
        forgeries.put("garbage", "Bearer not.a.jwt");
        forgeries.put("unsigned (alg none)", "Bearer " + new PlainJWT(CONNECTOR.claims(c -> { }).build()).serialize());
        forgeries.put("HMAC with the app password", "Bearer " + hmac());
        forgeries.put("unknown signing key", "Bearer " + CONNECTOR.token(UNKNOWN, c -> { }));
        forgeries.put("trusted key id, wrong key", "Bearer " + CONNECTOR.token(IMPOSTOR, c -> { }));
        forgeries.put("key not endorsed for msteams", "Bearer " + CONNECTOR.token(UNENDORSED, c -> { }));
        forgeries.put("wrong issuer", "Bearer " + CONNECTOR.token(KEY, c -> c.issuer("https://evil.example.com")));
        forgeries.put("wrong audience", "Bearer " + CONNECTOR.token(KEY, c -> c.audience("someone-else")));
        forgeries.put("expired", "Bearer " + CONNECTOR.token(KEY, c -> c.expirationTime(ConnectorKeys.minutes(-10))
                .notBeforeTime(ConnectorKeys.minutes(-70))));
        forgeries.put("not yet valid", "Bearer " + CONNECTOR.token(KEY, c -> c.notBeforeTime(ConnectorKeys.minutes(10))
                .expirationTime(ConnectorKeys.minutes(70))));
        forgeries.put("serviceUrl claim of another host", "Bearer " + CONNECTOR.token(KEY, c -> c.claim("serviceurl",
                "https://evil.example.com/")));
        forgeries.put("no serviceUrl claim", "Bearer " + CONNECTOR.token(KEY, c -> c.claim("serviceurl", null)));
        for (Map.Entry<String, String> forgery : forgeries.entrySet()) {
            HttpResponse<String> answer = post(invoke(SERVICE_URL), forgery.getValue());
            assertThat(answer.statusCode()).as(forgery.getKey()).isEqualTo(401);
            assertThat(answer.body()).as(forgery.getKey()).doesNotContain("card.adaptive");
        }
    }

    @Test
    void aGenuineTokenDoesNotCoverATamperedBody() throws Exception {
        String token = "Bearer " + CONNECTOR.token();
        assertThat(post(invoke("https://evil.example.com/"), token).statusCode()).as("serviceUrl swapped").isEqualTo(401);
        ObjectNode otherChannel = invoke(SERVICE_URL).put("channelId", "webchat");
        assertThat(post(otherChannel, token).statusCode()).as("channel swapped").isEqualTo(401);
    }

    @Test
    void malformedOrOversizedActivitiesAreBadRequests() throws Exception {
        String token = "Bearer " + CONNECTOR.token();
        assertThat(postRaw("{\"type\":", token).statusCode()).isEqualTo(400);
        assertThat(postRaw("[1,2,3]", token).statusCode()).isEqualTo(400);
        assertThat(postRaw("", token).statusCode()).isEqualTo(400);
        ObjectNode noConversation = invoke(SERVICE_URL);
        noConversation.remove("conversation");
        assertThat(post(noConversation, token).statusCode()).isEqualTo(400);
        ObjectNode badUrl = invoke(SERVICE_URL).put("serviceUrl", "javascript:alert(1)");
        assertThat(post(badUrl, token).statusCode()).isEqualTo(400);
        ObjectNode huge = invoke(SERVICE_URL).put("text", "x".repeat(300_000));
        HttpResponse<String> tooBig = post(huge, token);
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private ObjectNode invoke(String serviceUrl) {
        Person person = new Fixtures(context).person("Ivy Invoker", null);
        ObjectNode data = Activities.JSON.createObjectNode().put("list", "mine").put("page", 0);
        return Activities.execute(serviceUrl, "a:conv-auth", "personal", "29:ivy", person.getEntraObjectId(), "list.page",
                data);
    }

    private HttpResponse<String> post(ObjectNode activity, String authorization) throws IOException, InterruptedException {
        return postRaw(activity.toString(), authorization);
    }

    private HttpResponse<String> postRaw(String body, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }



    private static String hmac() throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KEY.getKeyID()).build(),
                CONNECTOR.claims(c -> { }).build());
        jwt.sign(new MACSigner("not-used-offline-but-long-enough-for-hs256!!"));
        return jwt.serialize();
    }




}
