package org.excoord.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.bot.planner.PlannerFakes;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.graphsync.status.ItemSyncStatus.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/** The Planner line of the item card as each viewer sees it, and the admins' "sync failures" with "Retry all". */
@Import(PlannerFakes.class)
@PlannerFakes.SyncOn
class PlannerConversationTests extends ApiTestSupport {

    private static final ObjectMapper CARD = new ObjectMapper();
    private static final String TASK_URL = "https://planner.cloud.microsoft/webui/plan/p/task/t9";

    private Conversation conversation;
    private PlannerFakes.FakeStatuses statuses;
    private Person admin;
    private Person manager;
    private Person staff;
    private Person originator;
    private ActionItem item;

    @BeforeEach
    void data() {
        conversation = context.getBean(Conversation.class);
        statuses = context.getBean(PlannerFakes.FakeStatuses.class);
        statuses.reset();
        OrgUnit unit = fixtures.unit("Planner Chat Office", null);
        admin = fixtures.person("Ari Admin", unit, Role.STAFF, Role.ADMIN);
        manager = fixtures.manager("Max Manager", unit);
        staff = fixtures.person("Sol Staff", unit);
        originator = fixtures.person("Ola Originator", unit);
        ActionItemManagement items = context.getBean(ActionItemManagement.class);
        item = items.create(new NewActionItem("Mirror the card", null, null, null, staff.getId(), null, null, null,
                null, null, items.today().plusDays(4), null, null, 0), fixtures.actor(originator)).orElseThrow();
    }

    @Test
    void anItemInPlannerSaysSoWithAnOpenInPlannerButton() {
        statuses.set(item.getId(), item.getNumber(), State.SYNCED, null, TASK_URL, 1);

        ObjectNode card = itemCard(staff);

        assertThat(texts(card)).contains("In Planner");
        assertThat(openUrls(card)).singleElement().satisfies(b -> {
            assertThat(b.path("title").asText()).isEqualTo("Open in Planner");
            assertThat(b.path("url").asText()).isEqualTo(TASK_URL);
        });
    }

    @Test
    void aPendingItemSaysItIsSyncing() {
        statuses.set(item.getId(), item.getNumber(), State.PENDING, null, null, 0);

        ObjectNode card = itemCard(staff);

        assertThat(texts(card)).contains("Syncing to Planner…");
        assertThat(openUrls(card)).isEmpty();
    }

    @Test
    void whyItFailedIsShownToTheAssigneeManagersAndAdminsOnly() {
        statuses.set(item.getId(), item.getNumber(), State.FAILED, "Sol Staff has no Planner licence", null, 2);

        for (Person mayAct : List.of(staff, manager, admin)) {
            assertThat(texts(itemCard(mayAct))).as(mayAct.getDisplayName())
                    .contains("Planner sync failed: Sol Staff has no Planner licence");
        }
        List<String> seenByOriginator = texts(itemCard(originator));
        assertThat(seenByOriginator).contains("Planner sync failed");
        assertThat(String.join("\n", seenByOriginator)).doesNotContain("licence");
    }

    @Test
    void anItemWithoutSyncStateHasNoPlannerLine() {
        assertThat(String.join("\n", texts(itemCard(staff)))).doesNotContain("Planner");
        statuses.set(item.getId(), item.getNumber(), State.NOT_LINKED, null, null, 0);
        assertThat(String.join("\n", texts(itemCard(staff)))).doesNotContain("Planner");
    }

    @Test
    void anAdminListsFailuresInTheirChatAndRetriesThemAll() {
        statuses.set(item.getId(), item.getNumber(), State.FAILED, "the plan is full (Planner allows 9,000 tasks)",
                null, 3);

        ObjectNode list = message(admin, ChatKind.PERSONAL, "sync failures");

        assertThat(String.join("\n", texts(list))).contains("Planner sync failures",
                item.getNumber() + " · the plan is full (Planner allows 9,000 tasks)", "3 attempts");
        JsonNode retry = executes(list).stream().filter(e -> e.path("verb").asText().equals("sync.retry"))
                .findFirst().orElseThrow();
        assertThat(retry.path("title").asText()).isEqualTo("Retry all");

        ObjectNode done = press(admin, "sync.retry", (ObjectNode) retry.path("data"));

        assertThat(String.join("\n", texts(done))).contains("Retrying 1 item");
        assertThat(statuses.retries()).containsExactly(List.of());
        assertThat(statuses.states().get(item.getId()).state()).isEqualTo(State.PENDING);
        assertThat(String.join("\n", texts(press(admin, "sync.retry", CARD.createObjectNode()))))
                .contains("No item was waiting for a retry.");
        assertThat(String.join("\n", texts(message(admin, ChatKind.PERSONAL, "sync failures"))))
                .contains("No item failed to sync to Planner.");
    }

    @Test
    void helpShowsSyncFailuresToAdminsOnly() {
        assertThat(String.join("\n", texts(message(admin, ChatKind.PERSONAL, "help")))).contains("sync failures");
        assertThat(String.join("\n", texts(message(manager, ChatKind.PERSONAL, "help")))).doesNotContain("sync failures");
        assertThat(String.join("\n", texts(message(staff, ChatKind.PERSONAL, "help")))).doesNotContain("sync failures");
    }

    private ObjectNode itemCard(Person viewer) {
        return message(viewer, ChatKind.PERSONAL, "item " + item.getNumber());
    }

    private ObjectNode message(Person who, ChatKind chat, String text) {
        return conversation.onMessage(new Turn(who.getEntraObjectId(), "29:" + who.getId(), who.getDisplayName(),
                chat, text), actor(who)).get(0).card();
    }

    private ObjectNode press(Person who, String verb, ObjectNode data) {
        return conversation.onAction(new Turn(who.getEntraObjectId(), "29:" + who.getId(), who.getDisplayName(),
                ChatKind.PERSONAL, null), actor(who), verb, data).card();
    }

    private Optional<Actor> actor(Person person) {
        return Optional.of(fixtures.actor(person));
    }

    static List<String> texts(JsonNode card) {
        List<String> texts = new ArrayList<>();
        walk(card, n -> {
            if (n.path("type").asText().equals("TextBlock")) {
                texts.add(n.path("text").asText());
            }
            if (n.path("type").asText().equals("FactSet")) {
                n.path("facts").forEach(f -> texts.add(f.path("title").asText() + ": " + f.path("value").asText()));
            }
        });
        return texts;
    }

    static List<JsonNode> executes(JsonNode card) {
        List<JsonNode> found = new ArrayList<>();
        walk(card, n -> {
            if (n.path("type").asText().equals("Action.Execute")) {
                found.add(n);
            }
        });
        return found;
    }

    private static List<JsonNode> openUrls(JsonNode card) {
        List<JsonNode> found = new ArrayList<>();
        walk(card, n -> {
            if (n.path("type").asText().equals("Action.OpenUrl")) {
                found.add(n);
            }
        });
        return found;
    }

    private static void walk(JsonNode node, java.util.function.Consumer<JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(node);
            node.properties().forEach(e -> walk(e.getValue(), visit));
        } else if (node.isArray()) {
            node.forEach(child -> walk(child, visit));
        }
    }
}
