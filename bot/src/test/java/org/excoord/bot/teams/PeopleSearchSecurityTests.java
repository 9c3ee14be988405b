package org.excoord.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.function.Consumer;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.action.NewExecutiveAction;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;
import org.excoord.testing.EmbeddedPostgresSupport;
import org.excoord.testing.Fixtures;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The reassign picker's type-ahead over real HTTP: Teams' {@code application/search} invoke is a new way in, so
 * it is authenticated like every activity, answers only with the people the asker may assign the item to, and
 * refuses anything else with a 4xx {@code statusCode} in the invoke's answer (never a 5xx) that is logged.
 */
@SecurityTest
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "excoord.embedded-postgres.enabled=false", "excoord.demo.enabled=false", "excoord.security.mode=NONE"})
class PeopleSearchSecurityTests {

    private static final WireMockServer CONNECTOR = ConnectorStub.started();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext context;

    private String tag;
    private Person manager;
    private Person staff;
    private Person lynne;
    private Person outsider;
    private ActionItem item;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
    }

    @AfterAll
    static void stop() {
        CONNECTOR.stop();
    }

    @BeforeEach
    void data() {
        Fixtures fixtures = new Fixtures(context);
        tag = "Qx" + UUID.randomUUID().toString().substring(0, 6);
        OrgUnit unit = fixtures.unit("Search Office", null);
        manager = fixtures.manager("Rita " + tag, unit);
        staff = fixtures.person("Tom " + tag, unit);
        lynne = fixtures.person("Lynne " + tag, unit);
        outsider = fixtures.person("Olga " + tag, fixtures.unit("Elsewhere", null));
        item = context.getBean(ActionItemManagement.class).create(NewActionItem.adHoc("Answer the Senator",
                staff.getId(), null, null), fixtures.actor(manager)).orElseThrow();
    }

    @Test
    void aManagerTypingAFewLettersGetsThePeopleTheyMayAssignTheItemTo() throws Exception {
        HttpResponse<String> answer = post(search(manager, "personal", "people.assignable:" + item.getId(), "lyn"));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = Activities.JSON.readTree(answer.body());
        assertThat(body.path("statusCode").asInt()).isEqualTo(200);
        assertThat(body.path("type").asText()).isEqualTo("application/vnd.microsoft.search.searchResponse");
        assertThat(body.at("/value/results").toString())
                .isEqualTo("[{\"title\":\"Lynne " + tag + "\",\"value\":\"" + lynne.getId() + "\"}]");

        JsonNode everyone = Activities.JSON.readTree(post(search(manager, "personal",
                "people.assignable:" + item.getId(), tag)).body()).at("/value/results");
        assertThat(everyone.toString()).as("not the assignee, nobody outside the manager's unit")
                .contains("Lynne " + tag, "Rita " + tag).doesNotContain("Tom " + tag, "Olga " + tag);
    }

    @Test
    void anUnknownDatasetIsRefusedWithA400AndLogged(CapturedOutput output) throws Exception {
        for (String dataset : new String[] {"people.everyone", "people.assignable:", "people.assignable:abc",
                "people.assignable:" + "9".repeat(19), "x".repeat(101)}) {
            HttpResponse<String> answer = post(search(manager, "personal", dataset, "a"));
            assertThat(answer.statusCode()).as(dataset).isEqualTo(200);
            JsonNode body = Activities.JSON.readTree(answer.body());
            assertThat(body.path("statusCode").asInt()).isEqualTo(400);
            assertThat(body.path("type").asText()).isEqualTo("application/vnd.microsoft.error");
            assertThat(body.at("/value/message").asText()).isNotBlank();
        }
        assertThat(output.getOut()).contains("refused search of people.everyone to Rita " + tag);
    }

    @Test
    void aSearchTeamsWouldNotSendIsA400NotA500(CapturedOutput output) throws Exception {
        String dataset = "people.assignable:" + item.getId();
        assertRefused(400, search(manager, "personal", dataset, "x".repeat(101)));
        assertRefused(400, search(manager, "personal", dataset, "a\tb"));
        assertRefused(400, with(search(manager, "personal", dataset, "a"), v -> v.put("queryText", 7)));
        assertRefused(400, withOptions(search(manager, "personal", dataset, "a"), o -> o.put("top", 100_000)));
        assertRefused(400, withOptions(search(manager, "personal", dataset, "a"), o -> o.put("top", 0)));
        assertRefused(400, withOptions(search(manager, "personal", dataset, "a"), o -> o.put("skip", -1)));
        assertRefused(400, withOptions(search(manager, "personal", dataset, "a"), o -> o.put("skip", "0")));
        assertRefused(400, with(search(manager, "personal", dataset, "a"), v -> v.remove("dataset")));
        ObjectNode noValue = search(manager, "personal", dataset, "a");
        noValue.remove("value");
        assertRefused(400, noValue);
        assertThat(output.getOut()).contains("refused search of " + dataset, "queryText is longer than 100");
    }

    @Test
    void someoneWhoMayNotReassignTheItemGetsA403AndIsTraced(CapturedOutput output) throws Exception {
        assertRefused(403, search(staff, "personal", "people.assignable:" + item.getId(), ""));
        assertRefused(403, search(outsider, "personal", "people.assignable:" + item.getId(), ""));
        assertThat(output.getOut()).contains("refused ActionItemManagement.assignableTo to Olga " + tag);

        ObjectNode stranger = Activities.search(serviceUrl(), "a:personal-nobody", "personal", "29:nobody",
                "ffffffff-0000-0000-0000-000000000000", "people.assignable:" + item.getId(), "");
        assertRefused(403, stranger);
        assertRefused(404, search(manager, "personal", "people.assignable:" + 999_999_999_999L, ""));
    }

    @Test
    void aClassifiedItemsPeopleAreSearchedOnlyInA1To1Chat() throws Exception {
        Long type = context.getBean(ExecutiveActionTypeRepository.class).findByName("Security Protocols").orElseThrow()
                .getId();
        Fixtures fixtures = new Fixtures(context);
        ExecutiveAction secret = context.getBean(ExecutiveActionManagement.class).create(new NewExecutiveAction(
                "Guard the vault", null, null, type, Priority.HIGH, SecurityClassification.SECRET, null, null, null,
                null, null, null, manager.getId(), null), fixtures.actor(manager)).orElseThrow();
        ActionItem classified = context.getBean(ActionItemManagement.class).create(new NewActionItem("Rotate the keys",
                null, null, null, staff.getId(), null, null, secret.getId(), null, null, null, null, null, 0),
                fixtures.actor(manager)).orElseThrow();
        String dataset = "people.assignable:" + classified.getId();

        assertRefused(403, search(manager, "groupChat", dataset, tag));
        assertRefused(403, search(manager, null, dataset, tag));
        JsonNode inPrivate = Activities.JSON.readTree(post(search(manager, "personal", dataset, tag)).body());
        assertThat(inPrivate.at("/value/results").toString()).as("Lynne is not cleared for the action")
                .contains("Rita " + tag).doesNotContain("Lynne " + tag);
    }

    private void assertRefused(int status, ObjectNode activity) throws Exception {
        HttpResponse<String> answer = post(activity);
        // the invoke was taken; the search was refused: Teams reads the answer's statusCode
        assertThat(answer.statusCode()).as(activity.path("value").toString()).isEqualTo(200);
        JsonNode body = Activities.JSON.readTree(answer.body());
        assertThat(body.path("statusCode").asInt()).isEqualTo(status);
        assertThat(body.path("type").asText()).isEqualTo("application/vnd.microsoft.error");
        assertThat(body.path("value").has("results")).isFalse();
    }

    private static ObjectNode with(ObjectNode activity, Consumer<ObjectNode> change) {
        change.accept(activity.with("value"));
        return activity;
    }

    private static ObjectNode withOptions(ObjectNode activity, Consumer<ObjectNode> change) {
        change.accept((ObjectNode) activity.get("value").get("queryOptions"));
        return activity;
    }

    private ObjectNode search(Person who, String conversationType, String dataset, String text) {
        String mri = "29:" + who.getId();
        return Activities.search(serviceUrl(), "personal".equals(conversationType) ? "a:personal-" + who.getId()
                : "19:group-search@thread.v2", conversationType, mri, who.getEntraObjectId(), dataset, text);
    }

    private String serviceUrl() {
        return "http://127.0.0.1:" + CONNECTOR.port() + "/";
    }

    private HttpResponse<String> post(ObjectNode activity) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(activity.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
