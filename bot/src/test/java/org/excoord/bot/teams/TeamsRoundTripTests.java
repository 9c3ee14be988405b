package org.excoord.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.action.NewExecutiveAction;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ActionItemRepository;
import org.excoord.actionitem.NewActionItem;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;
import org.excoord.testing.EmbeddedPostgresSupport;
import org.excoord.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bot over real HTTP, as the local default runs it (no app id): activities in on {@code /api/messages}, replies
 * out to a loopback Bot Connector stub, changes in the real database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "excoord.embedded-postgres.enabled=false", "excoord.demo.enabled=false", "excoord.security.mode=NONE"})
class TeamsRoundTripTests {

    private static final WireMockServer CONNECTOR = ConnectorStub.started();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext context;

    private Person staff;
    private Person manager;
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
        OrgUnit unit = fixtures.unit("Round Trip Office", null);
        manager = fixtures.manager("Rita Manager", unit);
        staff = fixtures.person("Tom Staff", unit);
        item = context.getBean(ActionItemManagement.class).create(new NewActionItem("Reply to <at>Senator</at> **now**",
                null, null, null, staff.getId(), null, null, null, null, null,
                context.getBean(ActionItemManagement.class).today().minusDays(1), null, null, 0),
                fixtures.actor(manager)).orElseThrow();
        CONNECTOR.resetRequests();
    }

    @Test
    void myItemsInThePersonalChatAnswersWithACardThroughTheConnector() throws Exception {
        HttpResponse<String> answer = post(Activities.message(serviceUrl(), "a:personal-tom", "personal",
                "29:tom", staff.getEntraObjectId(), "my items"));
        assertThat(answer.statusCode()).isIn(200, 202);

        JsonNode reply = onlyReply();
        JsonNode card = reply.at("/attachments/0/content");
        assertThat(reply.at("/attachments/0/contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(reply.get("text") == null || reply.get("text").isNull()).isTrue();
        assertThat(card.toString()).contains(item.getNumber()).doesNotContain("<at>Senator</at>");
    }

    /**
     * The reassign picker's type-ahead is the key {@code "choices.data"}: the Bot Connector client's serializer splits
     * dotted keys, so a card with it failed to be sent at all ("Sorry, something went wrong") until the bot escaped
     * them. The connector must receive the key as it is.
     */
    @Test
    void anItemCardWithThePeopleSearchReachesTheConnectorWithItsDottedKey() throws Exception {
        HttpResponse<String> answer = post(Activities.message(serviceUrl(), "a:personal-rita", "personal",
                "29:rita", manager.getEntraObjectId(), "item " + item.getNumber()));
        assertThat(answer.statusCode()).isIn(200, 202);

        JsonNode card = onlyReply().at("/attachments/0/content");
        assertThat(card.toString()).contains(item.getNumber()).contains("\"choices.data\":{\"type\":\"Data.Query\"")
                .contains("people.assignable:" + item.getId()).doesNotContain("choices\\\\.data");
    }

    /**
     * Defect 13: the chat list and the notification said only "Sent a card". Every activity that carries a card
     * (a reply, the update of a pressed card, a proactive message) has the card's one line as its {@code summary},
     * which Teams shows there, and still no {@code text} beside the card.
     */
    @Test
    void everyCardActivityCarriesASummaryForTheChatListAndTheNotification() throws Exception {
        String expected = item.getNumber() + " · Reply to Senator **now** — " + item.getStatus().label();
        post(Activities.message(serviceUrl(), "a:personal-tom", "personal", "29:tom", staff.getEntraObjectId(),
                "item " + item.getNumber()));
        JsonNode reply = onlyReply();
        assertThat(reply.path("summary").asText()).isEqualTo(expected)
                .isEqualTo(reply.at("/attachments/0/content/fallbackText").asText());
        assertThat(reply.get("text") == null || reply.get("text").isNull()).isTrue();

        CONNECTOR.resetRequests();
        ObjectNode submit = Activities.message(serviceUrl(), "a:personal-tom", "personal", "29:tom",
                staff.getEntraObjectId(), null);
        submit.put("replyToId", "card-message-8");
        submit.putObject("value").put("verb", "item.start").put("itemId", item.getId()).put("version", item.getVersion());
        post(submit);
        LoggedRequest update = CONNECTOR.getAllServeEvents().get(0).getRequest();
        assertThat(update.getMethod().getName()).isEqualTo("PUT");
        assertThat(Activities.JSON.readTree(update.getBodyAsString()).path("summary").asText())
                .isEqualTo(item.getNumber() + " · Reply to Senator **now** — In Progress");

        CONNECTOR.resetRequests();
        HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/action-items/"
                        + item.getId() + "/nudge")).header("X-Excoord-User", manager.getUpn())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode proactive = Activities.JSON.readTree(CONNECTOR.getAllServeEvents().get(0).getRequest().getBodyAsString());
        assertThat(proactive.path("summary").asText()).startsWith(item.getNumber() + " · Reply to Senator **now**");
        assertThat(proactive.get("text") == null || proactive.get("text").isNull()).isTrue();
    }

    @Test
    void aMentionInAGroupChatIsAnsweredInPlaceWithTheHelpCard() throws Exception {
        post(Activities.message(serviceUrl(), "19:group@thread.v2", "groupChat", "29:tom", staff.getEntraObjectId(),
                "<at>excoord</at> help"));

        LoggedRequest sent = onlyReplyRequest();
        assertThat(sent.getUrl()).startsWith("/v3/conversations/19:group@thread.v2/activities/act-");
        JsonNode reply = Activities.JSON.readTree(sent.getBodyAsString());
        assertThat(reply.at("/attachments/0/contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(reply.at("/attachments/0/content").toString()).contains("my items", "new item")
                .doesNotContainIgnoringCase("didn't understand");
    }

    /** The conversation type comes from the real activity: a group chat or a channel never shows classified details. */
    @ParameterizedTest
    @CsvSource({"19:group-secret@thread.v2, groupChat", "19:channel-secret@thread.tacv2, channel"})
    void aClassifiedItemAskedForInASharedChatShowsNoDetails(String conversationId, String conversationType)
            throws Exception {
        ActionItem secret = classifiedItemOf(staff);
        post(Activities.message(serviceUrl(), conversationId, conversationType, "29:tom", staff.getEntraObjectId(),
                "<at>excoord</at> item " + secret.getNumber()));

        String shared = onlyReply().at("/attachments/0/content").toString();
        assertThat(shared).contains(secret.getNumber(), "1:1 chat").doesNotContain("Rotate the vault keys")
                .doesNotContain("Action.Execute");

        CONNECTOR.resetRequests();
        post(Activities.message(serviceUrl(), "a:personal-tom", "personal", "29:tom", staff.getEntraObjectId(),
                "item " + secret.getNumber()));
        assertThat(onlyReply().at("/attachments/0/content").toString()).as("the same question in the 1:1 chat")
                .contains("Rotate the vault keys");
    }

    @Test
    void pressingStartChangesTheItemAndAnswersWithTheNewCard() throws Exception {
        ObjectNode data = Activities.JSON.createObjectNode().put("itemId", item.getId()).put("version", item.getVersion());
        HttpResponse<String> answer = post(Activities.execute(serviceUrl(), "a:personal-tom", "personal", "29:tom",
                staff.getEntraObjectId(), "item.start", data));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = Activities.JSON.readTree(answer.body());
        assertThat(body.get("statusCode").asInt()).isEqualTo(200);
        assertThat(body.get("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(body.at("/value/type").asText()).isEqualTo("AdaptiveCard");
        assertThat(body.at("/value/refresh/userIds").toString()).contains("29:tom"); // Tom's own view refreshes
        ActionItem stored = context.getBean(ActionItemRepository.class).findById(item.getId()).orElseThrow();
        assertThat(stored.getStatus().name()).isEqualTo("IN_PROGRESS");

        // the same (now stale) card pressed again: the current card comes back, nothing is changed
        HttpResponse<String> stale = post(Activities.execute(serviceUrl(), "a:personal-tom", "personal", "29:tom",
                staff.getEntraObjectId(), "item.start", data));
        assertThat(stale.body()).contains("Changed by");
        assertThat(context.getBean(ActionItemRepository.class).findById(item.getId()).orElseThrow().getVersion())
                .isEqualTo(stored.getVersion());
    }

    @Test
    void theActionSubmitFallbackIsHandledLikeAnExecuteAndUpdatesTheCard() throws Exception {
        ObjectNode submit = Activities.message(serviceUrl(), "a:personal-tom", "personal", "29:tom",
                staff.getEntraObjectId(), null);
        submit.put("replyToId", "card-message-7");
        submit.putObject("value").put("verb", "item.start").put("itemId", item.getId()).put("version", item.getVersion());
        assertThat(post(submit).statusCode()).isIn(200, 202);

        LoggedRequest update = CONNECTOR.getAllServeEvents().get(0).getRequest();
        assertThat(update.getMethod().getName()).isEqualTo("PUT");
        assertThat(update.getUrl()).endsWith("/activities/card-message-7");
        assertThat(context.getBean(ActionItemRepository.class).findById(item.getId()).orElseThrow().getStatus().name())
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void aManagersNudgeReachesTheAssigneesPersonalChat() throws Exception {
        post(Activities.message(serviceUrl(), "a:personal-tom", "personal", "29:tom", staff.getEntraObjectId(), "help"));
        CONNECTOR.resetRequests();
        HttpResponse<String> nudged = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/action-items/" + item.getId() + "/nudge")).header("X-Excoord-User", manager.getUpn())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(nudged.statusCode()).isEqualTo(202);
        LoggedRequest sent = CONNECTOR.getAllServeEvents().get(0).getRequest();
        assertThat(sent.getUrl()).isEqualTo("/v3/conversations/a:personal-tom/activities");
        assertThat(sent.getBodyAsString()).contains(item.getNumber()).contains("Rita Manager sent you a reminder");
    }

    @Test
    void aSlowAnswerShowsAnAnalyzingCardThenReplacesItInPlace() throws Exception {
        int number = 90_000 + (int) (System.nanoTime() % 9_999);
        String text = "# Executive Order " + number + ": Round Trip Order\n\n**Executive Order " + number
                + " of January 2, 2026**\n\n### Section 1.\nPurpose. The Secretary of Testing shall publish a test plan "
                + "within 30 days of the date of this order.\n";
        context.getBean(org.excoord.authority.AuthorityCatalog.class)
                .importText(org.excoord.authority.ImportAuthority.of(text), org.excoord.directory.Actor.system())
                .orElseThrow();

        post(Activities.message(serviceUrl(), "a:personal-tom", "personal", "29:tom", staff.getEntraObjectId(),
                "summarize EO " + number));

        List<LoggedRequest> sent = waitFor(2);
        assertThat(sent.get(0).getBodyAsString()).contains("Analyzing EO " + number);
        LoggedRequest update = sent.stream().filter(r -> r.getMethod().getName().equals("PUT")).findFirst().orElseThrow();
        assertThat(update.getUrl()).isEqualTo("/v3/conversations/a:personal-tom/activities/sent-1");
        assertThat(update.getBodyAsString()).contains("EO " + number + " · Round Trip Order")
                .contains("1 duty in the text");
    }

    @Test
    void aCardFromSomeoneElseCannotChangeTheItem() throws Exception {
        Person outsider = new Fixtures(context).person("Olga Outsider", new Fixtures(context).unit("Other", null));
        ObjectNode data = Activities.JSON.createObjectNode().put("itemId", item.getId()).put("version", item.getVersion());
        // START is what a NEW item allows: only the permission check stands between the outsider and the change
        HttpResponse<String> answer = post(Activities.execute(serviceUrl(), "a:personal-olga", "personal", "29:olga",
                outsider.getEntraObjectId(), "item.start", data));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode card = Activities.JSON.readTree(answer.body()).get("value");
        assertThat(card.toString()).contains("You don't have access to that").doesNotContain("Reply to");
        ActionItem stored = context.getBean(ActionItemRepository.class).findById(item.getId()).orElseThrow();
        assertThat(stored.getStatus().name()).isEqualTo("NEW");
        assertThat(stored.getVersion()).isEqualTo(item.getVersion());
    }

    @Test
    void anUnknownTeamsUserGetsAFriendlyCard() throws Exception {
        post(Activities.message(serviceUrl(), "a:personal-stranger", "personal", "29:stranger",
                "ffffffff-0000-0000-0000-000000000000", "my items"));
        assertThat(onlyReply().at("/attachments/0/content").toString()).containsIgnoringCase("don't know you");
    }

    /** The requests the connector stub received apart from typing indicators, once there are {@code n} of them. */
    private static List<LoggedRequest> waitFor(int n) {
        return Awaitility.await("the connector receiving " + n + " messages").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50)).until(() -> CONNECTOR.getAllServeEvents().stream()
                        .map(e -> e.getRequest()).filter(r -> !r.getBodyAsString().contains("\"typing\""))
                        .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate)).toList(),
                        sent -> sent.size() >= n);
    }

    /** A SECRET executive action's item, assigned to {@code assignee}. */
    private ActionItem classifiedItemOf(Person assignee) {
        Actor boss = new Fixtures(context).actor(manager);
        Long type = context.getBean(ExecutiveActionTypeRepository.class).findByName("Security Protocols").orElseThrow()
                .getId();
        ExecutiveAction secret = context.getBean(ExecutiveActionManagement.class).create(new NewExecutiveAction(
                "Guard the vault", null, null, type, Priority.HIGH, SecurityClassification.SECRET, null, null, null,
                null, null, null, manager.getId(), null), boss).orElseThrow();
        return context.getBean(ActionItemManagement.class).create(new NewActionItem("Rotate the vault keys", null, null,
                null, assignee.getId(), null, null, secret.getId(), null, null, null, null, null, 0), boss).orElseThrow();
    }

    private String serviceUrl() {
        return "http://127.0.0.1:" + CONNECTOR.port() + "/";
    }

    private JsonNode onlyReply() throws Exception {
        return Activities.JSON.readTree(onlyReplyRequest().getBodyAsString());
    }

    private static LoggedRequest onlyReplyRequest() {
        List<LoggedRequest> sent = CONNECTOR.getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(r -> !r.getBodyAsString().contains("\"typing\"")).toList();
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }

    private HttpResponse<String> post(ObjectNode activity) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(activity.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
