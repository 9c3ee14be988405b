package org.excoord.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.action.NewExecutiveAction;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.shared.ActionStatus;
import org.excoord.actionitem.NewActionItem;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.ImportAuthority;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.correspondence.Correspondence;
import org.excoord.correspondence.CorrespondenceRepository;
import org.excoord.correspondence.RoutingState;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finding one's work and getting back to it (issue 10, defects 4 and 5): help and welcome by role with buttons, the
 * inbox's buttons, and a card opened from a list (my items, overdue, my team, the inbox, the authorities, an
 * executive action's items) that goes back to the same list and page, also after a change made on it; the way back
 * is card data, checked like any other, and Back asks again with the presser's rights.
 */
class ListNavigationConversationTests extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Conversation conversation;
    private OrgUnit office;
    private Person manager;
    private Person staff;
    private Person secretariat;
    private Person admin;
    private long typeId;

    @BeforeEach
    void data() {
        conversation = context.getBean(Conversation.class);
        OrgUnit agency = fixtures.unit("Navigation Agency", null);
        office = fixtures.unit("Navigation Office", agency);
        manager = fixtures.manager("Nora Navigator", office);
        staff = fixtures.person("Ned Staff", office);
        secretariat = fixtures.person("Nell Secretariat", agency, Role.STAFF, Role.SECRETARIAT);
        admin = fixtures.person("Nico Admin", agency, Role.STAFF, Role.ADMIN);
        typeId = context.getBean(ExecutiveActionTypeRepository.class).findByName("Data Calls").orElseThrow().getId();
    }

    // ------------------------------------------------------------------ defect 4: discover one's work

    @Test
    void helpAndWelcomeShowEachRolesWorkFirstAsButtons() {
        ObjectNode megan = typed(secretariat, "help");
        assertThat(titles(megan)).startsWith("Inbox", "Log correspondence");
        assertThat(megan.toString()).contains("As the executive secretariat, start here:");
        ObjectNode welcome = conversation.welcome(turn(secretariat, null), actor(secretariat));
        assertThat(titles(welcome)).startsWith("Inbox", "Log correspondence");
        assertThat(welcome.toString()).contains("Welcome, Nell!");

        assertThat(titles(typed(manager, "help"))).startsWith("My team");
        assertThat(titles(conversation.welcome(turn(manager, null), actor(manager)))).startsWith("My team");
        assertThat(titles(typed(admin, "help"))).startsWith("Sync failures");
        assertThat(titles(typed(staff, "help"))).startsWith("My items").doesNotContain("Inbox", "My team",
                "Sync failures", "Log correspondence");
    }

    /** Each feature lists its own commands (issue 10's design change); help lays them out in the features' order. */
    @Test
    void helpListsEachFeaturesCommandsForTheReadersRoles() {
        String everyone = typed(staff, "help").toString();
        assertThat(typed(staff, "help").findValues("title").stream().map(JsonNode::asText).toList())
                .containsSubsequence("my items", "overdue", "new item", "item \\<number>", "action \\<number>",
                        "authorities", "authority \\<number or EO number>", "summarize \\<authority>", "settings",
                        "help");
        assertThat(everyone).doesNotContain("my team", "inbox", "log correspondence", "sync failures", "start here");
        assertThat(titles(typed(staff, "help"))).containsExactly("My items", "Overdue", "New item", "Settings");
        assertThat(executes(typed(staff, "help")).get(0).path("data").toString())
                .isEqualTo("{\"list\":\"mine\",\"page\":0}");

        String megan = typed(secretariat, "help").toString();
        assertThat(megan).contains("And for everyone:").doesNotContain("my team", "sync failures");
        assertThat(megan.indexOf("inbox")).isLessThan(megan.indexOf("log correspondence"))
                .isLessThan(megan.indexOf("my items"));
        assertThat(executes(typed(secretariat, "help")).get(0).path("data").toString()).isEqualTo("{\"page\":0}");

        String nora = typed(manager, "help").toString();
        assertThat(nora).contains("As a manager, start here:", "your team's: \\\"my team\\\"")
                .doesNotContain("inbox");
        assertThat(nora.indexOf("my team")).isLessThan(nora.indexOf("my items"));
        assertThat(executes(typed(manager, "help")).get(0).path("data").toString())
                .isEqualTo("{\"list\":\"team\",\"page\":0}");

        String nico = typed(admin, "help").toString();
        assertThat(nico).contains("As an administrator, the executive secretariat and a manager, start here:");
        assertThat(titles(typed(admin, "help"))).startsWith("Sync failures", "Inbox", "Log correspondence", "My team");
    }

    @Test
    void everyButtonOfHelpIsUnderstood() {
        for (Person who : List.of(staff, manager, secretariat, admin)) {
            for (ObjectNode button : executes(typed(who, "help"))) {
                String answer = press(who, button.path("verb").asText(), (ObjectNode) button.path("data")).toString();
                assertThat(answer).as(who.getDisplayName() + " " + button.path("title").asText())
                        .doesNotContain("no longer supported", "I didn't understand", "is not a list I know");
            }
        }
        assertThat(press(secretariat, "form.logCorrespondence", JSON.createObjectNode()).toString())
                .contains("Log correspondence", "Received via");
        assertThat(press(staff, "form.logCorrespondence", JSON.createObjectNode()).toString())
                .contains("Only the executive secretariat logs correspondence").doesNotContain("Input.Text");
        assertThat(press(admin, "sync.failures", JSON.createObjectNode()).toString())
                .doesNotContain("only administrators");
        assertThat(press(staff, "sync.failures", JSON.createObjectNode()).toString())
                .contains("only administrators see Planner sync failures");
    }

    @Test
    void theInboxHasButtonsToOpenEachLetterAndToLogOne() {
        Correspondence letter = logged("Navigation: a letter with buttons", null);

        ObjectNode inbox = press(secretariat, "corr.page", JSON.createObjectNode().put("page", 0));
        assertThat(titles(inbox)).contains("Log correspondence");
        assertThat(open(inbox, letter).path("title").asText()).isEqualTo("Open");
        assertThat(titles(press(manager, "corr.page", JSON.createObjectNode().put("page", 0))))
                .doesNotContain("Log correspondence");
    }

    // ------------------------------------------------------------------ defect 5: back to the list

    @Test
    void theSecretariatTriagesFromTheInboxAndComesBackToIt() {
        Correspondence letter = logged("Navigation: triage me", null);

        ObjectNode inbox = press(secretariat, "corr.page", JSON.createObjectNode().put("page", 0));
        ObjectNode opened = press(secretariat, "corr.view", (ObjectNode) open(inbox, letter).path("data"));
        ObjectNode back = back(opened);
        assertThat(back.path("title").asText()).isEqualTo("Back to the inbox");
        assertThat(back.path("verb").asText()).isEqualTo("corr.page");
        assertThat(back.path("data").toString()).isEqualTo("{\"list\":\"inbox\",\"page\":0}");
        assertThat(opened.toString()).contains("Received via", "Email").doesNotContain("\"Method\"");
        // Route is the first button of an unrouted letter: one click from the opened letter
        assertThat(opened.path("actions").get(0).path("title").asText()).isEqualTo("Route");

        ObjectNode route = ((ObjectNode) execute(opened, "corr.route").path("data")).deepCopy()
                .put("orgUnitId", office.getId());
        ObjectNode routed = press(secretariat, "corr.route", route);
        assertThat(current(letter).getState()).isEqualTo(RoutingState.ROUTED);
        assertThat(routed.toString()).contains("Nora Navigator will be told."); // the unit's manager (defect 3)
        assertThat(back(routed).path("title").asText()).isEqualTo("Back to the inbox");
        assertThat(back(routed).path("data").toString()).isEqualTo("{\"list\":\"inbox\",\"page\":0}");

        ObjectNode again = press(secretariat, "corr.page", (ObjectNode) back(routed).path("data"));
        assertThat(again.toString()).contains("Correspondence inbox", letter.getReferenceNumber(), "Routed");
        assertThat(open(again, letter).path("data").path("backList").asText()).isEqualTo("inbox");
    }

    @Test
    void afterEachStepOnALetterTheCardOffersBackToTheInbox() {
        Correspondence letter = logged("Navigation: every step", office.getId());

        // the manager opened it from elsewhere (a notification): the way back is the inbox's first page
        ObjectNode accepted = press(manager, "corr.accept", at(letter));
        assertThat(current(letter).getState()).isEqualTo(RoutingState.ACCEPTED);
        assertThat(back(accepted).path("title").asText()).isEqualTo("Back to the inbox");
        assertThat(back(accepted).path("data").toString()).isEqualTo("{\"list\":\"inbox\",\"page\":0}");
        ObjectNode assigned = press(manager, "corr.assign", at(current(letter)).put("personId", staff.getId())
                .put("backList", "inbox").put("backPage", 3));
        assertThat(back(assigned).path("data").toString()).isEqualTo("{\"list\":\"inbox\",\"page\":3}");
        assertThat(back(press(secretariat, "corr.acknowledge", at(current(letter)))).path("title").asText())
                .isEqualTo("Back to the inbox");
        ObjectNode resolved = press(staff, "corr.resolve", at(current(letter)).put("resolution", "Answered"));
        assertThat(current(letter).getState()).isEqualTo(RoutingState.RESOLVED);
        assertThat(back(resolved).path("title").asText()).isEqualTo("Back to the inbox");
        assertThat(press(staff, "corr.page", (ObjectNode) back(resolved).path("data")).toString())
                .contains("Correspondence inbox");
    }

    @Test
    void anItemOpenedFromMyItemsOverdueOrMyTeamGoesBackToTheSameListAndPage() {
        List<ActionItem> mine = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            mine.add(item("Navigation item " + i, staff, today().plusDays(10 + i)));
        }
        ActionItem late = item("Navigation late item", staff, today().plusDays(1));
        context.getBean(JdbcTemplate.class).update("update action_item set due_date = ? where id = ?",
                today().minusDays(2), late.getId());

        Map<String, Person> lists = Map.of("mine", staff, "overdue", staff, "team", manager);
        for (Map.Entry<String, Person> list : lists.entrySet()) {
            ObjectNode page = press(list.getValue(), "list.page", JSON.createObjectNode().put("list", list.getKey())
                    .put("page", 0));
            ObjectNode row = first(page, n -> n.path("verb").asText().equals("item.view"));
            assertThat(row.path("data").path("backList").asText()).as(list.getKey()).isEqualTo(list.getKey());
            ObjectNode opened = press(list.getValue(), "item.view", (ObjectNode) row.path("data"));
            assertThat(back(opened).path("verb").asText()).as(list.getKey()).isEqualTo("list.page");
            assertThat(back(opened).path("data").toString()).as(list.getKey())
                    .isEqualTo("{\"list\":\"" + list.getKey() + "\",\"page\":0}");
            assertThat(press(list.getValue(), "list.page", (ObjectNode) back(opened).path("data")).toString())
                    .as(list.getKey()).isEqualTo(page.toString());
        }

        // page 2 of my items, an item started there, and back to page 2 (read again: it shows the new status)
        ObjectNode second = press(staff, "list.page", JSON.createObjectNode().put("list", "mine").put("page", 1));
        ObjectNode row = first(second, n -> n.path("verb").asText().equals("item.view"));
        assertThat(row.path("data").path("backPage").asInt()).isEqualTo(1);
        ObjectNode opened = press(staff, "item.view", (ObjectNode) row.path("data"));
        ObjectNode started = press(staff, "item.start", (ObjectNode) execute(opened, "item.start").path("data"));
        long id = row.path("data").path("itemId").asLong();
        assertThat(items().view(id, fixtures.actor(staff)).orElseThrow().getStatus())
                .isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(back(started).path("data").toString()).isEqualTo("{\"list\":\"mine\",\"page\":1}");
        assertThat(started.path("refresh").path("action").path("data").path("backPage").asInt()).isEqualTo(1);
        ObjectNode backAgain = press(staff, "list.page", (ObjectNode) back(started).path("data"));
        assertThat(backAgain.toString()).contains("Page 2", "In Progress");
    }

    @Test
    void anItemOpenedFromAnExecutiveActionGoesBackToTheSameActionAndPage() {
        ExecutiveAction action = action("Navigation: the action's items", SecurityClassification.UNCLASSIFIED,
                manager);
        for (int i = 0; i < 12; i++) {
            item("Navigation action item " + i, staff, today().plusDays(10 + i), action);
        }

        ObjectNode second = press(manager, "action.items", JSON.createObjectNode()
                .put("executiveActionId", action.getId()).put("page", 1));
        ObjectNode row = execute(second, "item.view");
        assertThat(row.path("data").path("backList").asText()).isEqualTo("action");
        assertThat(row.path("data").path("backPage").asInt()).isEqualTo(1);
        assertThat(row.path("data").path("backAction").asLong()).isEqualTo(action.getId());
        ObjectNode opened = press(manager, "item.view", (ObjectNode) row.path("data"));
        assertThat(back(opened).path("title").asText()).isEqualTo("Back to the action");
        assertThat(back(opened).path("verb").asText()).isEqualTo("action.items");
        assertThat(back(opened).path("data").toString())
                .isEqualTo("{\"executiveActionId\":" + action.getId() + ",\"page\":1}");
        assertThat(press(manager, "action.items", (ObjectNode) back(opened).path("data")).toString())
                .isEqualTo(second.toString());

        // a change made on the opened item keeps the way back, and Back shows the action read anew
        ObjectNode comment = ((ObjectNode) execute(opened, "item.comment").path("data")).deepCopy()
                .put("comment", "On my way");
        ObjectNode commented = press(manager, "item.comment", comment);
        assertThat(commented.toString()).contains("On my way");
        assertThat(back(commented).path("title").asText()).isEqualTo("Back to the action");
        assertThat(commented.path("refresh").path("action").path("data").path("backAction").asLong())
                .isEqualTo(action.getId());
        assertThat(press(manager, "action.items", (ObjectNode) back(commented).path("data")).toString())
                .contains("Page 2", "Navigation action item 11");
    }

    @Test
    void aForgedWayBackToAnActionIsAnsweredClearlyAndChangesNothing() {
        ExecutiveAction action = action("Navigation: forged way back", SecurityClassification.UNCLASSIFIED, manager);
        ActionItem item = item("Navigation forged item", staff, today().plusDays(3), action);
        for (String forged : List.of("", "abc", "0", "-4", "99999999999999999999", "1.5", "[]")) {
            ObjectNode data = JSON.createObjectNode().put("itemId", item.getId()).put("version", item.getVersion())
                    .put("backList", "action").put("backPage", 0);
            if (!forged.isEmpty()) {
                data.put("backAction", forged);
            }
            for (String verb : List.of("item.view", "item.start")) {
                String answer = press(staff, verb, data).toString();
                assertThat(answer).as(verb + " " + forged).contains("backAction", "nothing was changed")
                        .doesNotContain("Back to the action", "Navigation forged item");
            }
        }
        assertThat(items().view(item.getId(), fixtures.actor(staff)).orElseThrow().getStatus())
                .isEqualTo(ActionStatus.NEW);
        // a well-formed way back to an action that does not exist, or a Back without its action
        ObjectNode opened = press(staff, "item.view", JSON.createObjectNode().put("itemId", item.getId())
                .put("backList", "action").put("backPage", 2).put("backAction", Long.MAX_VALUE));
        assertThat(back(opened).path("data").toString())
                .isEqualTo("{\"executiveActionId\":" + Long.MAX_VALUE + ",\"page\":2}");
        assertThat(press(staff, "action.items", (ObjectNode) back(opened).path("data")).toString())
                .contains("I found no executive action " + Long.MAX_VALUE);
        assertThat(press(staff, "action.items", JSON.createObjectNode().put("executiveActionId", "x").put("page", 0))
                .toString()).contains("That button is missing its executive action");
        // the action's way back is not an item list
        assertThat(press(staff, "list.page", JSON.createObjectNode().put("list", "action").put("page", 0)).toString())
                .contains("is not a list I know");
        assertThat(press(staff, "list.page", JSON.createObjectNode().put("list", "authorities").put("page", 0))
                .toString()).contains("is not a list I know");
    }

    @Test
    void backToAClassifiedActionIsCheckedAgainAsOpeningItIs() {
        OrgUnit elsewhere = fixtures.unit("Navigation Elsewhere", null);
        Person participant = fixtures.person("Pat Participant", elsewhere);
        ExecutiveAction secret = action("Navigation: where the boats hide", SecurityClassification.SECRET, manager);
        ActionItem item = item("Navigation count the buoys", participant, today().plusDays(5), secret);

        ObjectNode page = press(manager, "action.items", JSON.createObjectNode()
                .put("executiveActionId", secret.getId()).put("page", 0));
        ObjectNode row = execute(page, "item.view");
        assertThat(row.path("data").path("backAction").asLong()).isEqualTo(secret.getId());

        // the assignee may see the item, not the action: its card's way back is refused when pressed
        ObjectNode opened = press(participant, "item.view", (ObjectNode) row.path("data"));
        assertThat(opened.toString()).contains("Navigation count the buoys");
        ObjectNode back = (ObjectNode) back(opened).path("data");
        String refused = press(participant, "action.items", back).toString();
        assertThat(refused).contains("You don't have access").doesNotContain("where the boats hide");
        assertThat(refused).isEqualTo(typed(participant, "action " + secret.getNumber()).toString());
        // the owner's Back in a group chat shows what opening it there shows: no details
        String inGroup = conversation.onAction(new Turn(manager.getEntraObjectId(), "29:" + manager.getId(),
                manager.getDisplayName(), ChatKind.GROUP_CHAT, null), actor(manager), "action.items", back).card()
                .toString();
        assertThat(inGroup).contains("Details are shown only in a 1:1 chat").doesNotContain("where the boats hide",
                "Navigation count the buoys");
        assertThat(press(manager, "action.items", back).toString()).contains("where the boats hide");
        assertThat(items().view(item.getId(), fixtures.actor(participant)).isDone()).isTrue();
    }

    @Test
    void anAuthorityOpenedFromTheListGoesBackToTheSamePage() {
        AuthorityCatalog catalog = context.getBean(AuthorityCatalog.class);
        for (int i = 0; i < 11; i++) {
            catalog.importText(ImportAuthority.of("# Navigation Order " + i + " " + System.nanoTime()
                    + "\n\n## Sec. 1. Purpose\n\n(a) Agencies shall report within 30 days.\n"), Actor.system())
                    .orElseThrow();
        }

        ObjectNode first = typed(staff, "authorities");
        ObjectNode next = first(first, n -> n.path("title").asText().equals("Next page"));
        assertThat(next.path("verb").asText()).isEqualTo("authority.list");
        ObjectNode second = press(staff, "authority.list", (ObjectNode) next.path("data"));
        assertThat(second.toString()).contains("Page 2");
        ObjectNode row = first(second, n -> n.path("verb").asText().equals("authority.view"));
        assertThat(row.path("data").path("backList").asText()).isEqualTo("authorities");
        assertThat(row.path("data").path("backPage").asInt()).isEqualTo(1);

        ObjectNode opened = press(staff, "authority.view", (ObjectNode) row.path("data"));
        assertThat(opened.toString()).contains("Show impacts");
        assertThat(back(opened).path("title").asText()).isEqualTo("Back to the list");
        assertThat(back(opened).path("verb").asText()).isEqualTo("authority.list");
        assertThat(back(opened).path("data").toString()).isEqualTo("{\"list\":\"authorities\",\"page\":1}");
        assertThat(press(staff, "authority.list", (ObjectNode) back(opened).path("data")).toString())
                .isEqualTo(second.toString());

        // Show impacts, pressed on the opened authority, keeps the way back
        ObjectNode impacts = press(staff, "authority.impacts", (ObjectNode) execute(opened, "authority.impacts")
                .path("data"));
        assertThat(back(impacts).path("data").toString()).isEqualTo("{\"list\":\"authorities\",\"page\":1}");
        // a forged list is refused by name; the page is bounded
        assertThat(press(staff, "authority.view", ((ObjectNode) row.path("data")).deepCopy()
                .put("backList", "authority")).toString()).contains("backList", "is not a list I know");
        ObjectNode deep = press(staff, "authority.view", ((ObjectNode) row.path("data")).deepCopy()
                .put("backPage", "2147483648"));
        assertThat(back(deep).path("data").path("page").asInt()).isEqualTo(99);
        assertThat(press(staff, "authority.list", (ObjectNode) back(deep).path("data")).toString())
                .contains("No more authorities.", "Previous page");
    }

    // ------------------------------------------------------------------ helpers

    private ActionItemManagement items() {
        return context.getBean(ActionItemManagement.class);
    }

    private LocalDate today() {
        return items().today();
    }

    private ActionItem item(String subject, Person assignee, LocalDate due) {
        return item(subject, assignee, due, null);
    }

    private ActionItem item(String subject, Person assignee, LocalDate due, ExecutiveAction action) {
        return items().create(new NewActionItem(subject, null, null, null, assignee.getId(), null, null,
                action == null ? null : action.getId(), null, null, due, null, null, 0), fixtures.actor(manager))
                .orElseThrow();
    }

    private ExecutiveAction action(String name, SecurityClassification classification, Person owner) {
        return context.getBean(ExecutiveActionManagement.class).create(new NewExecutiveAction(name, null, null,
                typeId, Priority.HIGH, classification, null, null, null, null, null, null, owner.getId(), null),
                fixtures.actor(owner)).orElseThrow();
    }

    /** A letter logged by the secretariat, due long ago so that it is on the first page of the shared inbox. */
    private Correspondence logged(String subject, Long routeTo) {
        ObjectNode form = JSON.createObjectNode().put("subject", subject).put("typeId", typeId).put("method", "EMAIL")
                .put("fromPerson", "Dana Smith").put("fromOrganization", "GAO").put("dueDate", "1901-01-01");
        if (routeTo != null) {
            form.put("orgUnitId", routeTo);
        }
        press(secretariat, "corr.log", form);
        CorrespondenceRepository letters = context.getBean(CorrespondenceRepository.class);
        return letters.findAll().stream().max(java.util.Comparator.comparing(Correspondence::getExecutiveActionId))
                .orElseThrow();
    }

    private Correspondence current(Correspondence letter) {
        return context.getBean(CorrespondenceRepository.class).findById(letter.getExecutiveActionId()).orElseThrow();
    }

    private static ObjectNode at(Correspondence letter) {
        return JSON.createObjectNode().put("correspondenceId", letter.getExecutiveActionId())
                .put("version", letter.getVersion());
    }

    /** The "Open" button of the letter's row. */
    private static ObjectNode open(ObjectNode inbox, Correspondence letter) {
        return first(inbox, n -> n.path("type").asText().equals("Action.Execute") && n.path("title").asText()
                .equals("Open") && n.path("data").path("correspondenceId").asLong() == letter.getExecutiveActionId());
    }

    /** The Back button, on top of the card. */
    private static ObjectNode back(ObjectNode card) {
        JsonNode top = card.path("body").get(0);
        assertThat(top.path("type").asText()).as("a Back button on top of %s", card).isEqualTo("ActionSet");
        return (ObjectNode) top.path("actions").get(0);
    }

    private static ObjectNode execute(ObjectNode card, String verb) {
        return first(card, n -> n.path("type").asText().equals("Action.Execute") && n.path("verb").asText().equals(verb));
    }

    private static List<ObjectNode> executes(ObjectNode card) {
        ObjectNode withoutRefresh = card.deepCopy();
        withoutRefresh.remove("refresh");
        List<ObjectNode> found = new ArrayList<>();
        collect(withoutRefresh, n -> n.path("type").asText().equals("Action.Execute"), found);
        return found;
    }

    private static List<String> titles(ObjectNode card) {
        return executes(card).stream().map(n -> n.path("title").asText()).toList();
    }

    private static ObjectNode first(ObjectNode card, Predicate<ObjectNode> test) {
        List<ObjectNode> found = new ArrayList<>();
        collect(card, test, found);
        assertThat(found).as("in %s", card).isNotEmpty();
        return found.get(0);
    }

    private static void collect(JsonNode node, Predicate<ObjectNode> test, List<ObjectNode> found) {
        if (node.isObject()) {
            if (test.test((ObjectNode) node)) {
                found.add((ObjectNode) node);
            }
            node.properties().forEach(field -> collect(field.getValue(), test, found));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, test, found));
        }
    }

    private Optional<Actor> actor(Person person) {
        return Optional.of(fixtures.actor(person));
    }

    private ObjectNode typed(Person who, String text) {
        return conversation.onMessage(turn(who, text), actor(who)).get(0).card();
    }

    private ObjectNode press(Person who, String verb, ObjectNode data) {
        return conversation.onAction(turn(who, null), actor(who), verb, data).card();
    }

    private static Turn turn(Person person, String text) {
        return new Turn(person.getEntraObjectId(), "29:" + person.getId(), person.getDisplayName(), ChatKind.PERSONAL,
                text);
    }
}
