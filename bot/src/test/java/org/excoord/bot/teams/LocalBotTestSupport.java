package org.excoord.bot.teams;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.action.NewExecutiveAction;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ActionItemRepository;
import org.excoord.actionitem.NewActionItem;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.ImportAuthority;
import org.excoord.directory.Actor;
import org.excoord.directory.Person;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;
import org.excoord.testing.EmbeddedPostgresSupport;
import org.excoord.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bot over real HTTP as the local default runs it (no app id, so no token), but single-tenant: replies go to a
 * loopback Bot Connector stub, changes to the shared embedded PostgreSQL. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "excoord.embedded-postgres.enabled=false", "excoord.demo.enabled=false", "excoord.security.mode=NONE",
        "excoord.teams.tenant-id=" + Activities.TENANT})
abstract class LocalBotTestSupport {

    static final WireMockServer CONNECTOR = ConnectorStub.started();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext context;

    Fixtures fixtures;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
    }

    @BeforeEach
    void fixturesAndStub() {
        fixtures = new Fixtures(context);
        CONNECTOR.resetRequests();
    }

    static String serviceUrl() {
        return "http://127.0.0.1:" + CONNECTOR.port() + "/";
    }

    /** A SECRET executive action owned by {@code owner}, with one item of it assigned to {@code assignee}. */
    ActionItem secretItem(Person owner, Person assignee, String subject) {
        Actor boss = fixtures.actor(owner);
        Long type = context.getBean(ExecutiveActionTypeRepository.class).findByName("Security Protocols").orElseThrow()
                .getId();
        ExecutiveAction secret = context.getBean(ExecutiveActionManagement.class).create(new NewExecutiveAction(
                "Harden the enclave", null, null, type, Priority.HIGH, SecurityClassification.SECRET, null, null, null,
                null, null, null, owner.getId(), null), boss).orElseThrow();
        return item(owner, assignee, subject, secret.getId());
    }

    ActionItem item(Person creator, Person assignee, String subject, Long executiveActionId) {
        ActionItemManagement items = context.getBean(ActionItemManagement.class);
        return items.create(new NewActionItem(subject, null, null, null, assignee.getId(), null, null,
                executiveActionId, null, null, items.today().plusDays(3), null, null, 0), fixtures.actor(creator))
                .orElseThrow();
    }

    ActionItem stored(ActionItem item) {
        return context.getBean(ActionItemRepository.class).findById(item.getId()).orElseThrow();
    }

    /** What a turn about {@code item} in {@code conversationId} would change: item, comments, audit, chat address. */
    record Trace(long version, long comments, long audits, long addresses) {
    }

    Trace trace(ActionItem item, String conversationId) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        return new Trace(stored(item).getVersion(),
                count(jdbc, "select count(*) from action_item_comment where item_id = ?", item.getId()),
                count(jdbc, "select count(*) from audit_entry where record_type = 'ActionItem' and record_id = ?",
                        String.valueOf(item.getId())),
                count(jdbc, "select count(*) from chat_address where conversation_id = ?", conversationId));
    }

    private static long count(JdbcTemplate jdbc, String sql, Object arg) {
        Long n = jdbc.queryForObject(sql, Long.class, arg);
        return n == null ? 0 : n;
    }

    /** The requests the connector stub received, typing indicators left out. */
    static List<LoggedRequest> sent() {
        return CONNECTOR.getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(r -> !r.getBodyAsString().contains("\"typing\"")).toList();
    }

    HttpResponse<String> post(JsonNode activity) throws IOException, InterruptedException {
        return postRaw(activity.toString());
    }

    HttpResponse<String> postRaw(String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static ObjectNode json() {
        return Activities.JSON.createObjectNode();
    }

    /** EO 14028, imported from the test resources the first time a test needs it. */
    long eo14028() {
        AuthorityCatalog catalog = context.getBean(AuthorityCatalog.class);
        return catalog.findByReference("14028").orElseGet(() -> {
            try {
                String text = new String(getClass().getResourceAsStream("/authorities/eo-14028.md").readAllBytes(),
                        StandardCharsets.UTF_8);
                catalog.importText(ImportAuthority.of(text), Actor.system()).orElseThrow();
                return catalog.findByReference("14028").orElseThrow();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).getId();
    }
}
