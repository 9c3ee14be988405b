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
import java.util.List;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ActionItemRepository;
import org.excoord.actionitem.NewActionItem;
import org.excoord.bot.conversation.Feature;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
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
 * Issue 10, defects 11 and 16, at the Bot Framework level: a reassignment says to whom and who learns of it, and the
 * previous assignee's copy of the card stops offering the work; a personal list asked for in a group chat or a
 * channel goes to the asker's 1:1 chat with a note in the thread, never to everyone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "excoord.embedded-postgres.enabled=false", "excoord.demo.enabled=false", "excoord.security.mode=NONE"})
class ReassignAndPrivateListsTests {

    private static final WireMockServer CONNECTOR = ConnectorStub.started();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext context;

    private Person manager;
    private Person tom;
    private Person lynne;
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
        OrgUnit unit = fixtures.unit("Reassign Office", null);
        manager = fixtures.manager("Rita Manager", unit);
        tom = fixtures.person("Tom Staff", unit);
        lynne = fixtures.person("Lynne Robbins", unit);
        item = context.getBean(ActionItemManagement.class).create(NewActionItem.adHoc("Answer the Senator",
                tom.getId(), null, null), fixtures.actor(manager)).orElseThrow();
        CONNECTOR.resetRequests();
    }

    @Test
    void reassigningSaysToWhomAndWhoWillSeeItAndTheOldAssigneesViewHasNoStart() throws Exception {
        // Tom has talked to the bot, so his copies of the card can be refreshed for him
        post(Activities.message(serviceUrl(), mri(tom).replace("29:", "a:"), "personal", mri(tom),
                tom.getEntraObjectId(), "help"));
        ObjectNode data = Activities.JSON.createObjectNode().put("itemId", item.getId())
                .put("version", item.getVersion()).put("assigneeId", String.valueOf(lynne.getId()));

        JsonNode card = answerCard(post(Activities.execute(serviceUrl(), "19:office@thread.v2", "groupChat",
                mri(manager), manager.getEntraObjectId(), "item.reassign", data)));

        assertThat(context.getBean(ActionItemRepository.class).findById(item.getId()).orElseThrow()
                .getAssigneePersonId()).isEqualTo(lynne.getId());
        assertThat(card.toString()).contains("Reassigned to Lynne Robbins (was Tom Staff)",
                "Lynne Robbins will see it in their items");
        assertThat(card.at("/refresh/userIds").toString()).as("the previous assignee's copy refreshes for him")
                .contains(mri(tom));

        // what Tom's copy becomes when Teams refreshes it for him: nothing of the work is offered any more
        JsonNode tomsView = answerCard(post(Activities.execute(serviceUrl(), "19:office@thread.v2", "groupChat",
                mri(tom), tom.getEntraObjectId(), "item.view", Activities.JSON.createObjectNode()
                        .put("itemId", item.getId()))));
        assertThat(tomsView.toString()).doesNotContain("item.start", "Action.Execute").contains("reassigned");
    }

    @Test
    void myItemsInAGroupChatGoToTheAskers1To1ChatWithANoteInTheThread() throws Exception {
        post(Activities.message(serviceUrl(), "a:personal-tom-private", "personal", mri(tom), tom.getEntraObjectId(),
                "help"));
        CONNECTOR.resetRequests();

        post(Activities.message(serviceUrl(), "19:group-private@thread.v2", "groupChat", mri(tom),
                tom.getEntraObjectId(), "<at>excoord</at> my items"));

        List<LoggedRequest> sent = sent();
        assertThat(sent).hasSize(2);
        LoggedRequest toTom = sent.stream().filter(r -> r.getUrl().equals("/v3/conversations/a:personal-tom-private/activities"))
                .findFirst().orElseThrow();
        assertThat(toTom.getBodyAsString()).contains(item.getNumber(), "My open items");
        LoggedRequest note = sent.stream().filter(r -> r.getUrl().startsWith("/v3/conversations/19:group-private"))
                .findFirst().orElseThrow();
        assertThat(note.getBodyAsString()).contains("Tom Staff, I sent your items to you in our 1:1 chat.")
                .doesNotContain(item.getNumber());
    }

    /** No 1:1 chat yet (or a conversation of unknown type): the note says how to open one, the list stays private. */
    @ParameterizedTest
    @CsvSource({"19:group-nochat@thread.v2, groupChat", "19:channel-nochat@thread.tacv2, channel",
            "19:unknown-nochat@thread.v2, meeting"})
    void withoutA1To1ChatThePersonalListIsNotPostedAndTheNoteSaysHowToOpenOne(String conversationId,
            String conversationType) throws Exception {
        post(Activities.message(serviceUrl(), conversationId, conversationType, mri(lynne), lynne.getEntraObjectId(),
                "<at>excoord</at> overdue"));

        List<LoggedRequest> sent = sent();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getUrl()).startsWith("/v3/conversations/" + conversationId);
        assertThat(sent.get(0).getBodyAsString()).contains("Lynne Robbins, I keep your overdue items out of shared chats",
                "no 1:1 chat yet", "New chat", "type \\\"overdue\\\" there").doesNotContain("Overdue items");
    }

    /** Every list naming people's work is declared personal, under every one of its words. */
    @Test
    void everyPersonalListIsDeclaredPersonal() {
        java.util.Map<String, Feature.CommandHandler> commands = new java.util.HashMap<>();
        context.getBeansOfType(Feature.class).values().forEach(f -> commands.putAll(f.commands()));

        assertThat(List.of("my items", "items", "mine", "my tasks", "overdue", "my team", "team", "inbox",
                "correspondence", "correspondence inbox", "sync failures", "planner failures"))
                .allSatisfy(words -> assertThat(commands.get(words)).as(words).isInstanceOf(Feature.Personal.class));
        assertThat(List.of("help", "new item", "log correspondence", "item *"))
                .allSatisfy(words -> assertThat(commands.get(words)).as(words).isNotInstanceOf(Feature.Personal.class));
    }

    @Test
    void helpInAGroupChatIsStillAnsweredInPlace() throws Exception {
        post(Activities.message(serviceUrl(), "19:group-help@thread.v2", "groupChat", mri(lynne),
                lynne.getEntraObjectId(), "<at>excoord</at> help"));

        assertThat(sent()).singleElement().satisfies(r -> assertThat(r.getUrl())
                .startsWith("/v3/conversations/19:group-help@thread.v2/activities/"));
    }

    /**
     * A button of the help card pressed in a group chat ("My items") is answered in the invoke's response, which Teams
     * shows to the presser alone (Microsoft's Teams SDKs call it "replace for the interactor"; replacing the card for
     * everyone takes an update of the message): nothing is posted to the thread, and the list hides what a shared
     * chat must not show, as any card drawn there does.
     */
    @Test
    void aHelpButtonPressedInAGroupChatAnswersThePresserAloneInPlace() throws Exception {
        JsonNode card = answerCard(post(Activities.execute(serviceUrl(), "19:group-help@thread.v2", "groupChat",
                mri(tom), tom.getEntraObjectId(), "list.page", Activities.JSON.createObjectNode().put("list", "mine")
                        .put("page", 0))));

        assertThat(card.toString()).contains("My open items", item.getNumber());
        assertThat(card.has("refresh")).as("no one else's copy is redrawn with Tom's list").isFalse();
        assertThat(sent()).as("nothing is posted to the group").isEmpty();
    }

    private static String mri(Person person) {
        return "29:p" + person.getId();
    }

    private static JsonNode answerCard(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).isEqualTo(200);
        return Activities.JSON.readTree(answer.body()).get("value");
    }

    private static List<LoggedRequest> sent() {
        return CONNECTOR.getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(r -> !r.getBodyAsString().contains("\"typing\"")).toList();
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
