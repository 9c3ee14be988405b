package org.excoord.bot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.TurnContext;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * keys the test publishes as the OpenID metadata. Every forgery is refused before the bot sees the activity. Beyond
 * the SDK: the channel must be msteams, the token must say when it expires and since when it is valid and live at
 * most {@code excoord.teams.max-token-lifetime}, and the activity must come from the bot's tenant; each refusal runs
 * no turn, calls no Connector and changes no row.
 */
@SecurityTest
@ExtendWith(OutputCaptureExtension.class)
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
    /** Where the tokens below say the activity comes from; a turn that ran would answer there. */
    private static final WireMockServer STUB = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        STUB.start();
        STUB.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"sent-1\"}")));
    }

    /** Counts the turns the bot runs, to show that a refused activity ran none. */
    @TestConfiguration
    static class CountingTurns {
        @Bean
        @Primary
        CountingBot countingBot(TeamsBot bot) {
            return new CountingBot(bot);
        }
    }

    static final class CountingBot implements Bot {
        private final Bot bot;
        final AtomicInteger turns = new AtomicInteger();

        CountingBot(Bot bot) {
            this.bot = bot;
        }

        @Override
        public CompletableFuture<Void> onTurn(TurnContext context) {
            turns.incrementAndGet();
            return bot.onTurn(context);
        }
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
        registry.add("excoord.teams.open-id-metadata-url", CONNECTOR::metadataUrl);
    }

    @Autowired
    CountingBot turns;

    @AfterAll
    static void stop() {
        CONNECTOR.close();
        STUB.stop();
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

    @Test
    void aGenuineCommentIsAcceptedRunsATurnAndWritesARow() throws Exception {
        Commented c = commented();
        HttpResponse<String> answer = post(c.activity(), bearer(KEY, x -> { }));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("card.adaptive");
        assertThat(c.trace()).isNotEqualTo(c.before());
        assertThat(c.trace().comments()).isEqualTo(c.before().comments() + 1);
        assertThat(turns.turns.get()).isEqualTo(c.turnsBefore() + 1);
    }

    @Test
    void anActivityNotFromTeamsIsRefusedWhateverTheKeyIsEndorsedFor() throws Exception {
        Map<String, java.util.function.Consumer<ObjectNode>> channels = new LinkedHashMap<>();
        channels.put("no channelId", a -> a.remove("channelId"));
        channels.put("null channelId", a -> a.putNull("channelId"));
        channels.put("empty channelId", a -> a.put("channelId", ""));
        channels.put("blank channelId", a -> a.put("channelId", " "));
        channels.put("another channel", a -> a.put("channelId", "skype"));
        channels.put("msteams in capitals", a -> a.put("channelId", "MSTEAMS"));
        channels.put("msteams and a space", a -> a.put("channelId", "msteams "));
        for (Map.Entry<String, java.util.function.Consumer<ObjectNode>> channel : channels.entrySet()) {
            for (RSAKey key : java.util.List.of(KEY, UNENDORSED)) {
                refused(channel.getKey() + ", key " + key.getKeyID(), channel.getValue(), bearer(key, x -> { }), 401);
            }
        }
        refused("msteams activity, key endorsed for skype only", a -> { }, bearer(UNENDORSED, x -> { }), 401);
    }

    @Test
    void aTokenWithoutBoundsOrLivingTooLongIsRefused() throws Exception {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no exp", bearer(KEY, c -> c.expirationTime(null)));
        tokens.put("neither nbf nor iat", bearer(KEY, c -> c.notBeforeTime(null).issueTime(null)));
        tokens.put("ten years", bearer(KEY, c -> c.expirationTime(ConnectorKeys.minutes(60 * 24 * 365 * 10))));
        tokens.put("three hours", bearer(KEY, c -> c.expirationTime(ConnectorKeys.minutes(175))));
        tokens.put("an hour, but from an iat ten years ago", bearer(KEY, c -> c.notBeforeTime(null)
                .issueTime(ConnectorKeys.minutes(-60 * 24 * 365 * 10))));
        tokens.put("an hour, in five years", bearer(KEY, c -> c.notBeforeTime(null)
                .issueTime(ConnectorKeys.minutes(60 * 24 * 365 * 5))
                .expirationTime(ConnectorKeys.minutes(60 * 24 * 365 * 5 + 60))));
        tokens.put("no exp, no nbf, no iat", bearer(KEY, c -> c.expirationTime(null).notBeforeTime(null).issueTime(null)));
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            refused(token.getKey(), a -> { }, token.getValue(), 401);
        }
        // the Connector's own shapes stay accepted: nbf and iat, or only one of them, about an hour
        for (java.util.function.Consumer<JWTClaimsSet.Builder> fine : java.util.List.<java.util.function.Consumer<
                JWTClaimsSet.Builder>>of(c -> { }, c -> c.issueTime(null), c -> c.notBeforeTime(null))) {
            assertThat(post(commented().activity(), bearer(KEY, fine)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anotherOrNoTenantIsForbidden() throws Exception {
        refused("channelData.tenant.id of another tenant", a -> a.with("channelData").with("tenant")
                .put("id", "tenant-2"), bearer(KEY, x -> { }), 403);
        refused("conversation.tenantId of another tenant", a -> a.with("conversation").put("tenantId", "tenant-2"),
                bearer(KEY, x -> { }), 403);
        refused("no tenant", a -> {
            a.remove("channelData");
            a.with("conversation").remove("tenantId");
        }, bearer(KEY, x -> { }), 403);
        // a forged token is refused as such, whatever the tenant: the tenant is only checked once the token holds
        refused("forged token and another tenant", a -> a.with("conversation").put("tenantId", "tenant-2"),
                bearer(UNKNOWN, x -> { }), 401);
    }

    @Test
    void aRefusalIsLoggedWithWhyOnOneLine(CapturedOutput output) throws Exception {
        refused("no exp", a -> a.put("type", "invoke\nFORGED LOG LINE"), bearer(KEY, c -> c.expirationTime(null)), 401);
        assertThat(output.getAll()).contains("WARN").contains("the token has no exp")
                .contains("invoke?FORGED LOG LINE").doesNotContain("invoke\nFORGED");
        refused("webchat", a -> a.put("channelId", "webchat\r\nFORGED"), bearer(KEY, x -> { }), 401);
        assertThat(output.getAll()).contains("the channelId is \"webchat??FORGED\", not msteams");
    }

    /** An Action.Execute comment on a fresh item, from the stub's service URL, and what it would change. */
    private record Commented(ObjectNode activity, Supplier<LocalBotTestSupport.Trace> traces,
            LocalBotTestSupport.Trace before, int turnsBefore) {
        LocalBotTestSupport.Trace trace() {
            return traces.get();
        }
    }

    private Commented commented() {
        Fixtures fixtures = new Fixtures(context);
        org.excoord.directory.OrgUnit unit = fixtures.unit("Auth Office", null);
        Person assignee = fixtures.person("Abe Assignee", unit);
        org.excoord.actionitem.ActionItemManagement items = context.getBean(
                org.excoord.actionitem.ActionItemManagement.class);
        org.excoord.actionitem.ActionItem item = items.create(new org.excoord.actionitem.NewActionItem("Authenticate me",
                null, null, null, assignee.getId(), null, null, null, null, null, items.today().plusDays(1), null, null,
                0), fixtures.actor(fixtures.manager("Ada Manager", unit))).orElseThrow();
        String conversation = "a:auth-" + item.getId();
        ObjectNode activity = Activities.execute(stubUrl(), conversation, "personal", "29:abe",
                assignee.getEntraObjectId(), "item.comment", Activities.JSON.createObjectNode()
                        .put("itemId", item.getId()).put("comment", "authenticated?"));
        Supplier<LocalBotTestSupport.Trace> traces = () -> traceOf(item.getId(), conversation);
        STUB.resetRequests();
        return new Commented(activity, traces, traces.get(), turns.turns.get());
    }

    /** Sends the comment changed by {@code change} and checks the refusal: no turn, no Connector call, no row. */
    private void refused(String why, java.util.function.Consumer<ObjectNode> change, String authorization, int status)
            throws Exception {
        Commented c = commented();
        change.accept(c.activity());
        HttpResponse<String> answer = post(c.activity(), authorization);
        assertThat(answer.statusCode()).as(why).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).as(why).hasValue("application/problem+json");
        assertThat(answer.body()).as(why).doesNotContain("card.adaptive");
        assertThat(turns.turns.get()).as(why + ": turns").isEqualTo(c.turnsBefore());
        assertThat(c.trace()).as(why + ": rows").isEqualTo(c.before());
        assertThat(STUB.getAllServeEvents()).as(why + ": Connector calls").isEmpty();
    }

    private LocalBotTestSupport.Trace traceOf(long itemId, String conversation) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        return new LocalBotTestSupport.Trace(
                jdbc.queryForObject("select version from action_item where id = ?", Long.class, itemId),
                jdbc.queryForObject("select count(*) from action_item_comment where item_id = ?", Long.class, itemId),
                jdbc.queryForObject("select count(*) from audit_entry where record_type = 'ActionItem' and record_id = ?",
                        Long.class, String.valueOf(itemId)),
                jdbc.queryForObject("select count(*) from chat_address where conversation_id = ?", Long.class,
                        conversation));
    }

    private static String stubUrl() {
        return "http://127.0.0.1:" + STUB.port() + "/";
    }

    /** A token signed with {@code key} for the stub's service URL, changed by {@code change}. */
    private static String bearer(RSAKey key, java.util.function.Consumer<JWTClaimsSet.Builder> change) {
        return "Bearer " + CONNECTOR.token(key, c -> change.accept(c.claim("serviceurl", stubUrl())));
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
