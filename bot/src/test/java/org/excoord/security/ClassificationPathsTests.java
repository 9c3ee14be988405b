package org.excoord.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.action.NewExecutiveAction;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.ImportAuthority;
import org.excoord.authority.LegalAuthority;
import org.excoord.bot.conversation.ChatKind;
import org.excoord.bot.conversation.Conversation;
import org.excoord.bot.conversation.Reply;
import org.excoord.bot.conversation.Turn;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.process.AssignTo;
import org.excoord.process.ProcessStep;
import org.excoord.process.ProcessStepRepository;
import org.excoord.process.ProcessTemplate;
import org.excoord.process.ProcessTemplateRepository;
import org.excoord.process.SubstepOrder;
import org.excoord.shared.ActionType;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;
import org.excoord.testing.Fixtures;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every path that shows a Secret executive action (a parent record) to four viewers: a stranger, the assignee of one
 * of its items (a plain participant), a manager of that assignee (who sees the item) and a person cleared for the
 * action (the owner's manager). REST and the bot alike, each path asserts exactly what each viewer sees: the details,
 * the number only ("a Secret action"), a refusal, or nothing. A new path is one more {@link Path} in {@link #paths()}.
 * A second test tries every way of adding something under the action, which must not clear anyone.
 */
@SecurityTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassificationPathsTests extends ApiTestSupport {

    private static final ObjectMapper CARD_JSON = new ObjectMapper();
    private static final String TITLE = "Quiet harbour plan";

    enum Viewer { STRANGER, PARTICIPANT, ASSIGNEES_MANAGER, CLEARED }

    /** What a viewer may see of the classified action on a path. */
    enum Sees {
        /** Its title. */
        DETAILS,
        /** Its number (and classification), not its title. */
        NUMBER_ONLY,
        /** A refusal (403 over REST, "no access" in the bot) that does not give the title. */
        REFUSED,
        /** Neither its number nor its title. */
        NOTHING
    }

    /** What a path shows one viewer: the HTTP status (null for a bot card) and the text. */
    record Shown(Integer status, String text) {
    }

    /** One way the action can be revealed, with what each viewer may see there. */
    record Path(String name, Function<Person, Shown> show, Map<Viewer, Sees> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final Map<Viewer, Person> viewers = new EnumMap<>(Viewer.class);
    private Conversation conversation;
    private Person owner;
    private ExecutiveAction secret;
    private ExecutiveAction parent;
    private ActionItem secretItem;
    private LegalAuthority order;

    @BeforeAll
    void data() throws IOException {
        Fixtures f = new Fixtures(context);
        conversation = context.getBean(Conversation.class);
        OrgUnit agency = f.unit("Harbour Agency", null);
        OrgUnit office = f.unit("Harbour Office", agency);
        OrgUnit elsewhere = f.unit("Harbour Elsewhere", agency);
        Person cleared = f.manager("Clara Cleared", office);
        owner = f.person("Olaf Owner", office);
        viewers.put(Viewer.CLEARED, cleared);
        viewers.put(Viewer.ASSIGNEES_MANAGER, f.manager("Mats Assigneesmanager", elsewhere));
        viewers.put(Viewer.PARTICIPANT, f.person("Pia Participant", elsewhere));
        viewers.put(Viewer.STRANGER, f.person("Stig Stranger", elsewhere));

        order = context.getBean(AuthorityCatalog.class).importText(ImportAuthority.of(new String(getClass()
                .getResourceAsStream("/authorities/eo-14028.md").readAllBytes(), StandardCharsets.UTF_8)),
                Actor.system()).orElseThrow().authority();
        Actor clearedActor = f.actor(cleared);
        ExecutiveActionManagement actions = context.getBean(ExecutiveActionManagement.class);
        Long type = context.getBean(ExecutiveActionTypeRepository.class).findByName("Security Protocols").orElseThrow()
                .getId();
        parent = actions.create(new NewExecutiveAction("Open harbour programme", null, null, type, Priority.MEDIUM,
                SecurityClassification.UNCLASSIFIED, null, null, null, null, null, null, owner.getId(), null),
                clearedActor).orElseThrow();
        secret = actions.create(new NewExecutiveAction(TITLE, "Where the boats hide", null, type, Priority.HIGH,
                SecurityClassification.SECRET, null, parent.getId(), order.getId(), null, null, null, owner.getId(),
                null), clearedActor).orElseThrow();
        ActionItemManagement items = context.getBean(ActionItemManagement.class);
        secretItem = items.create(new NewActionItem("Count the buoys", null, null, null,
                viewers.get(Viewer.PARTICIPANT).getId(), null, null, secret.getId(), null, null, items.today().plusDays(5),
                null, null, 0), clearedActor).orElseThrow();
    }

    // ------------------------------------------------------------------ the paths

    List<Path> paths() {
        Map<Viewer, Sees> onlyCleared = expect(Sees.REFUSED, Sees.REFUSED, Sees.REFUSED, Sees.DETAILS);
        Map<Viewer, Sees> listedOnlyForCleared = expect(Sees.NOTHING, Sees.NOTHING, Sees.NOTHING, Sees.DETAILS);
        Map<Viewer, Sees> itemWithTrace = expect(Sees.REFUSED, Sees.NUMBER_ONLY, Sees.NUMBER_ONLY, Sees.DETAILS);
        Map<Viewer, Sees> never = expect(Sees.NOTHING, Sees.NOTHING, Sees.NOTHING, Sees.NOTHING);
        return List.of(
                new Path("REST action by id", v -> rest("/api/v1/executive-actions/" + secret.getId(), v), onlyCleared),
                new Path("REST action by number", v -> rest("/api/v1/executive-actions/" + secret.getNumber(), v),
                        onlyCleared),
                new Path("REST action list", v -> rest("/api/v1/executive-actions?size=200", v), listedOnlyForCleared),
                new Path("REST sub-actions of the unclassified parent",
                        v -> rest("/api/v1/executive-actions/" + parent.getId(), v), listedOnlyForCleared),
                new Path("REST item with its trace", v -> rest("/api/v1/action-items/" + secretItem.getId(), v),
                        itemWithTrace),
                new Path("REST item by number", v -> rest("/api/v1/action-items/" + secretItem.getNumber(), v),
                        itemWithTrace),
                new Path("REST open items", v -> rest("/api/v1/action-items", v), never),
                new Path("REST audit of the action",
                        v -> rest("/api/v1/audit?recordType=ExecutiveAction&recordId=" + secret.getId(), v), onlyCleared),
                new Path("REST audit of the item",
                        v -> rest("/api/v1/audit?recordType=ActionItem&recordId=" + secretItem.getId(), v),
                        expect(Sees.REFUSED, Sees.REFUSED, Sees.NOTHING, Sees.NOTHING)),
                new Path("REST analyses of its authority",
                        v -> rest("/api/v1/authorities/" + order.getId() + "/analyses", v), never),
                new Path("bot: action card", v -> said("action " + secret.getNumber(), v), onlyCleared),
                new Path("bot: item card", v -> said("item " + secretItem.getNumber(), v), itemWithTrace),
                new Path("bot: item card from a press", v -> pressed("item.view",
                        CARD_JSON.createObjectNode().put("itemId", secretItem.getId()), v), itemWithTrace),
                new Path("bot: my items", v -> said("my items", v), never),
                new Path("bot: my team", v -> said("my team", v), never),
                new Path("bot: action card of the parent", v -> said("action " + parent.getNumber(), v), never),
                new Path("bot: new item form", v -> said("new item", v), listedOnlyForCleared),
                new Path("bot: analysis card of its authority", v -> said("summarize EO 14028", v),
                        listedOnlyForCleared));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void eachPathShowsEachViewerExactlyWhatTheyMaySee(Path path) {
        for (Viewer viewer : Viewer.values()) {
            Shown shown = path.show().apply(viewers.get(viewer));
            String as = path.name() + " to " + viewer;
            switch (path.expected().get(viewer)) {
                case DETAILS -> {
                    assertThat(shown.status()).as(as).isIn(null, 200);
                    assertThat(shown.text()).as(as).contains(TITLE);
                }
                case NUMBER_ONLY -> {
                    assertThat(shown.status()).as(as).isIn(null, 200);
                    assertThat(shown.text()).as(as).contains(secret.getNumber()).containsIgnoringCase("secret")
                            .doesNotContain(TITLE).doesNotContain("Where the boats hide");
                }
                case REFUSED -> {
                    assertThat(shown.text()).as(as).doesNotContain(TITLE).doesNotContain("Where the boats hide");
                    // a card (no HTTP status) says why; over REST it is a 403
                    assertThat(shown.status()).as(as).isIn(null, 403);
                    assertThat(shown.status() != null || shown.text().contains("You don't have access"))
                            .as(as + ": the refusal card says why").isTrue();
                }
                case NOTHING -> {
                    assertThat(shown.status()).as(as).isIn(null, 200);
                    assertThat(shown.text()).as(as).doesNotContain(TITLE).doesNotContain(secret.getNumber());
                }
            }
        }
    }

    @Test
    void theItemTraceOfAViewerWhoMayNotSeeTheActionCarriesNoTitleAndNoSource() {
        JsonNode trace = JSON.valueToTree(get("/api/v1/action-items/" + secretItem.getId(),
                viewers.get(Viewer.PARTICIPANT)).body().get("trace"));
        assertThat(trace.get("executiveActionNumber").asText()).isEqualTo(secret.getNumber());
        assertThat(trace.get("classification").asText()).isEqualTo("SECRET");
        assertThat(trace.get("executiveActionName").isNull()).isTrue();
        assertThat(trace.get("authorityId").isNull()).isTrue();
        JsonNode cleared = get("/api/v1/action-items/" + secretItem.getId(), viewers.get(Viewer.CLEARED)).body()
                .get("trace");
        assertThat(cleared.get("executiveActionName").asText()).isEqualTo(TITLE);
        assertThat(cleared.get("authorityId").asLong()).isEqualTo(order.getId());
    }

    @Test
    void nobodyClearsThemselvesByAddingSomethingUnderTheAction() {
        ProcessTemplate template = context.getBean(ProcessTemplateRepository.class)
                .save(new ProcessTemplate("Harbour template " + System.nanoTime(), "test", SubstepOrder.SEQUENTIAL));
        context.getBean(ProcessStepRepository.class).save(new ProcessStep(template.getId(), null, "Step",
                ActionType.TASK_ASSIGNMENT, 1, SubstepOrder.SEQUENTIAL, 3, AssignTo.SELF, null, null, null));
        long typeId = context.getBean(ExecutiveActionTypeRepository.class).findByName("Security Protocols")
                .orElseThrow().getId();
        long before = itemCount();
        for (Viewer viewer : List.of(Viewer.STRANGER, Viewer.PARTICIPANT, Viewer.ASSIGNEES_MANAGER)) {
            Person who = viewers.get(viewer);
            Response item = post("/api/v1/action-items", Map.of("subject", "Let me in", "executiveActionId",
                    secret.getId(), "assigneePersonId", who.getId()), who);
            assertThat(item.status()).as("REST item by " + viewer).isEqualTo(403);
            assertThat(item.raw()).doesNotContain(TITLE);
            Response process = post("/api/v1/executive-actions/" + secret.getId() + "/processes",
                    Map.of("templateId", template.getId()), who);
            assertThat(process.status()).as("REST process by " + viewer).isEqualTo(403);
            Response sub = post("/api/v1/executive-actions", Map.of("name", "Side door", "typeId", typeId, "parentId",
                    secret.getId()), who);
            assertThat(sub.status()).as("REST sub-action by " + viewer).isIn(403);
            String card = pressed("item.create", CARD_JSON.createObjectNode().put("subject", "Let me in")
                    .put("executiveActionId", secret.getId()), who).text();
            assertThat(card).as("bot item by " + viewer).contains("The item was not created").doesNotContain(TITLE);
            java.util.List<Integer> agencys = new org.excoord.bot.authorities.AgencyDutyPicks(context, order.getId())
                    .agencys(null);
            String duties = pressed("analysis.createItems", CARD_JSON.createObjectNode().put("authorityId",
                    order.getId()).put("executiveActionId", secret.getId()).put("duty" + agencys.get(0), "true")
                    .put("duty" + agencys.get(1), "true"), who).text();
            assertThat(duties).as("bot duties by " + viewer).contains("No items were created").doesNotContain(TITLE);

            assertThat(rest("/api/v1/executive-actions/" + secret.getId(), who).status()).as(viewer + " afterwards")
                    .isEqualTo(403);
            assertThat(said("action " + secret.getNumber(), who).text()).contains("You don't have access");
        }
        assertThat(itemCount()).as("nothing was added").isEqualTo(before);

        // the participant may break their own item down; whoever gets the sub-item sees the action no better
        Person participant = viewers.get(Viewer.PARTICIPANT);
        Response child = post("/api/v1/action-items", Map.of("subject", "Count the red buoys", "parentId",
                secretItem.getId(), "assigneePersonId", participant.getId()), participant);
        assertThat(child.status()).isEqualTo(201);
        assertThat(child.body().at("/trace/executiveActionNumber").asText()).isEqualTo(secret.getNumber());
        assertThat(child.raw()).doesNotContain(TITLE);
        assertThat(rest("/api/v1/executive-actions/" + secret.getId(), participant).status()).isEqualTo(403);
    }

    // ------------------------------------------------------------------ helpers

    private static Map<Viewer, Sees> expect(Sees stranger, Sees participant, Sees assigneesManager, Sees cleared) {
        Map<Viewer, Sees> expected = new EnumMap<>(Viewer.class);
        expected.put(Viewer.STRANGER, stranger);
        expected.put(Viewer.PARTICIPANT, participant);
        expected.put(Viewer.ASSIGNEES_MANAGER, assigneesManager);
        expected.put(Viewer.CLEARED, cleared);
        return expected;
    }

    private Shown rest(String path, Person as) {
        Response response = get(path, as);
        return new Shown(response.status(), response.raw());
    }

    private Shown said(String text, Person as) {
        Reply reply = conversation.onMessage(turn(as, text), actor(as)).get(0);
        ObjectNode card = reply.followUp() == null ? reply.card() : reply.followUp().get();
        return new Shown(null, card.toString());
    }

    private Shown pressed(String verb, ObjectNode data, Person as) {
        return new Shown(null, conversation.onAction(turn(as, null), actor(as), verb, data).card().toString());
    }

    private Optional<Actor> actor(Person person) {
        return Optional.of(new Fixtures(context).actor(person));
    }

    private static Turn turn(Person person, String text) {
        return new Turn(person.getEntraObjectId(), "29:" + person.getId(), person.getDisplayName(), ChatKind.PERSONAL,
                text);
    }

    private long itemCount() {
        return context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "select count(*) from action_item where executive_action_id = ?", Long.class, secret.getId());
    }
}
