package org.excoord.bot.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.action.NewExecutiveAction;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.bot.conversation.ChatKind;
import org.excoord.bot.conversation.Conversation;
import org.excoord.bot.conversation.Turn;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "action EA-…": every item of the action is reachable, a page at a time, and each row opens its item. */
class ExecutiveActionCardsTests extends ApiTestSupport {

    private Conversation conversation;
    private Person owner;
    private ExecutiveAction action;
    private List<ActionItem> created;

    @BeforeEach
    void data() {
        conversation = context.getBean(Conversation.class);
        OrgUnit unit = fixtures.unit("Action Card Office", null);
        owner = fixtures.manager("Olive Owner", unit);
        Person staff = fixtures.person("Sam Staff", unit);
        Actor boss = fixtures.actor(owner);
        Long type = context.getBean(ExecutiveActionTypeRepository.class).findByName("Security Protocols").orElseThrow()
                .getId();
        action = context.getBean(ExecutiveActionManagement.class).create(new NewExecutiveAction("Patch the fleet",
                null, null, type, Priority.HIGH, SecurityClassification.UNCLASSIFIED, null, null, null, null, null,
                null, owner.getId(), null), boss).orElseThrow();
        created = itemsOf(context.getBean(ActionItemManagement.class), action, staff, boss, 12);
    }

    /** {@code count} open items of the action, assigned to {@code staff}, due one day apart. */
    static List<ActionItem> itemsOf(ActionItemManagement items, ExecutiveAction action, Person staff, Actor boss,
            int count) {
        List<ActionItem> created = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> created.add(items.create(new NewActionItem("Patch server " + i, null,
                null, null, staff.getId(), null, null, action.getId(), null, null, items.today().plusDays(10 + i), null,
                null, 0), boss).orElseThrow()));
        return created;
    }

    @Test
    void theCardShowsTheFirstTenItemsEachWithAnOpenButtonAndPagesToTheRest() {
        JsonNode first = conversation.onMessage(turn(owner, "action " + action.getNumber()), actor(owner)).get(0).card();

        assertThat(opened(first)).containsExactlyElementsOf(ids(0, 10));
        assertThat(first.toString()).contains("Progress", "0 of 12 complete").doesNotContain("more");
        JsonNode next = button(first, "Next page");
        assertThat(next.path("verb").asText()).isEqualTo("action.items");
        assertThat(next.path("data").path("executiveActionId").asLong()).isEqualTo(action.getId());

        JsonNode second = conversation.onAction(turn(owner, null), actor(owner), "action.items",
                (ObjectNode) next.path("data")).card();
        assertThat(opened(second)).containsExactlyElementsOf(ids(10, 12));
        assertThat(second.toString()).contains("Page 2", "Patch server 11").doesNotContain("Next page");
        assertThat(button(second, "Previous page").path("data").path("page").asInt()).isZero();
    }

    private List<Long> ids(int from, int to) {
        return created.subList(from, to).stream().map(ActionItem::getId).toList();
    }

    /** The items the card's "Open" buttons open, in order. */
    private static List<Long> opened(JsonNode card) {
        List<Long> ids = new ArrayList<>();
        card.findParents("verb").forEach(a -> {
            if (a.path("title").asText().equals("Open") && a.path("verb").asText().equals("item.view")) {
                ids.add(a.path("data").path("itemId").asLong());
            }
        });
        return ids;
    }

    private static JsonNode button(JsonNode card, String title) {
        return card.findParents("verb").stream().filter(a -> a.path("title").asText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + title + " in " + card));
    }

    Optional<Actor> actor(Person person) {
        return Optional.of(fixtures.actor(person));
    }

    static Turn turn(Person person, String text) {
        return new Turn(person.getEntraObjectId(), "29:" + person.getId(), person.getDisplayName(), ChatKind.PERSONAL,
                text);
    }
}
