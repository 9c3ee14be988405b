package org.excoord.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.actionitem.ActionItem;
import org.excoord.correspondence.Correspondence;
import org.excoord.correspondence.CorrespondenceRepository;
import org.excoord.correspondence.RoutingState;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The list and page a card carries for its "Back to the list" button are card data like any other: a list that is
 * not one of those known, or a way back to an executive action without a positive action id, is refused with a card
 * naming the field before anything changes, unreadable text is a 400, a page is bounded whatever it says, and a Back
 * button asks for the list again as the presser, with their rights.
 */
@SecurityTest
class BotBackDataTests extends LocalBotTestSupport {

    private static final String CONVERSATION = "a:back-data";
    private static final List<String> NOT_LISTS = List.of("other", "INBOX", "Mine", "../mine", "mine;inbox",
            "<at>Bob</at>", "x".repeat(5_000), "mine\u202e", "team\u200b", "0", "null");

    private Person manager;
    private Person staff;
    private Person secretariat;
    private ActionItem item;

    @BeforeEach
    void data() {
        OrgUnit unit = fixtures.unit("Back Data Office", null);
        manager = fixtures.manager("Bea Manager", unit);
        staff = fixtures.person("Bo Staff", unit);
        secretariat = fixtures.person("Bix Secretariat", unit, Role.STAFF, Role.SECRETARIAT);
        item = item(manager, staff, "Check the way back", null);
    }

    @Test
    void aCardNamingAListThatIsNoneIsRefusedAndChangesNothing() throws Exception {
        Correspondence letter = letter();
        Trace before = trace(item, CONVERSATION);
        for (String list : NOT_LISTS) {
            for (String verb : List.of("item.start", "item.view", "item.comment")) {
                ObjectNode press = itemPress().put("comment", "A comment").put("backList", list)
                        .put("backPage", 0);
                HttpResponse<String> answer = post(wrap(staff, verb, press));
                assertThat(answer.statusCode()).as(verb + " " + list).isEqualTo(200);
                assertThat(answer.body()).as(verb + " " + list).contains("backList", "nothing was changed")
                        .doesNotContain("Back to the list");
            }
            ObjectNode route = json().put("correspondenceId", letter.getExecutiveActionId())
                    .put("version", letter.getVersion()).put("orgUnitId", staff.getOrgUnitId()).put("backList", list);
            HttpResponse<String> routed = post(wrap(secretariat, "corr.route", route));
            assertThat(routed.statusCode()).as("corr.route " + list).isEqualTo(200);
            assertThat(routed.body()).as("corr.route " + list).contains("backList", "nothing was changed");
        }
        // the item, its comments and its audit trail are untouched (the chat's address is remembered by any turn)
        assertThat(trace(item, CONVERSATION)).usingRecursiveComparison().ignoringFields("addresses").isEqualTo(before);
        assertThat(stored(item).getStatus().name()).isEqualTo("NEW");
        assertThat(current(letter).getState()).isEqualTo(RoutingState.UNROUTED);
        assertThat(current(letter).getVersion()).isEqualTo(letter.getVersion());
    }

    @Test
    void unreadableTextInTheWayBackIsABadRequest() throws Exception {
        String body = wrap(staff, "item.start", itemPress().put("backList", "HOSTILE")).toString();
        for (String hostile : List.of("mine\\u0000", "\\u001b[31mmine", "a\\ud800b")) {
            HttpResponse<String> answer = postRaw(body.replace("HOSTILE", hostile));
            assertThat(answer.statusCode()).as(hostile).isEqualTo(400);
            assertThat(answer.body()).as(hostile).contains("value.action.data.backList");
        }
        assertThat(stored(item).getStatus().name()).isEqualTo("NEW");
    }

    @Test
    void thePageOfTheWayBackIsBoundedWhateverItSays() throws Exception {
        for (String page : List.of("2147483647", "4294967296", "9223372036854775807", "-1", "-2147483648",
                "99999999999999999999", "1e10", "\"NaN\"", "\"12\"", "[]", "{}", "null", "true")) {
            String body = wrap(staff, "item.view", itemPress().put("backList", "mine")).toString()
                    .replace("\"backList\":\"mine\"", "\"backList\":\"mine\",\"backPage\":" + page);
            HttpResponse<String> answer = postRaw(body);
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            JsonNode back = Activities.JSON.readTree(answer.body()).at("/value/body/0/actions/0");
            assertThat(back.path("title").asText()).as(page).isEqualTo("Back to the list");
            assertThat(back.path("data").path("page").asInt(-1)).as(page).isBetween(0, 99);
            assertThat(back.path("data").path("list").asText()).as(page).isEqualTo("mine");
        }
    }

    @Test
    void aBackButtonAsksForTheListAgainWithThePressersRights() throws Exception {
        for (String list : NOT_LISTS) {
            HttpResponse<String> answer = post(wrap(staff, "list.page", json().put("list", list).put("page", 0)));
            assertThat(answer.statusCode()).as(list).isEqualTo(200);
            assertThat(answer.body()).as(list).contains("list", "is not a list I know")
                    .doesNotContain(item.getNumber());
        }
        // "inbox" is a list, but not of items: its Back button pages the inbox (corr.page)
        assertThat(post(wrap(staff, "list.page", json().put("list", "inbox").put("page", 0))).body())
                .contains("is not a list I know");
        // a Back to a manager's team list, pressed by someone else, is refused as the typed command is
        assertThat(post(wrap(staff, "list.page", json().put("list", "team").put("page", 0))).body())
                .contains("is for managers");
        assertThat(post(wrap(staff, "list.page", json().put("list", "mine").put("page", 0))).body())
                .contains(item.getNumber());
    }

    @Test
    void aWayBackToAnActionOrTheAuthoritiesIsCardDataLikeAnyOther() throws Exception {
        for (String action : List.of("\"abc\"", "\"0\"", "-1", "0", "99999999999999999999", "1e10", "[]", "{}",
                "null", "true", "\"\"")) {
            String body = wrap(staff, "item.start", itemPress().put("backList", "action").put("backPage", 0))
                    .toString().replace("\"backPage\":0", "\"backPage\":0,\"backAction\":" + action);
            HttpResponse<String> answer = postRaw(body);
            assertThat(answer.statusCode()).as(action).isEqualTo(200);
            assertThat(answer.body()).as(action).contains("backAction", "nothing was changed")
                    .doesNotContain("Back to the action");
        }
        HttpResponse<String> hostile = postRaw(wrap(staff, "item.start", itemPress().put("backList", "action")
                .put("backAction", "HOSTILE")).toString().replace("HOSTILE", "4\\u0000"));
        assertThat(hostile.statusCode()).isEqualTo(400);
        assertThat(hostile.body()).contains("value.action.data.backAction");
        assertThat(stored(item).getStatus().name()).isEqualTo("NEW");

        // the paging of an action's items and of the authorities is bounded whatever the Back button says
        for (String page : List.of("2147483647", "-1", "\"NaN\"", "[]")) {
            String body = wrap(staff, "authority.list", json().put("list", "authorities")).toString()
                    .replace("\"list\":\"authorities\"", "\"list\":\"authorities\",\"page\":" + page);
            assertThat(postRaw(body).statusCode()).as(page).isEqualTo(200);
            String items = wrap(staff, "action.items", json().put("executiveActionId", Long.MAX_VALUE)).toString()
                    .replace("\"executiveActionId\"", "\"page\":" + page + ",\"executiveActionId\"");
            HttpResponse<String> answer = postRaw(items);
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertThat(answer.body()).as(page).contains("I found no executive action");
        }
    }

    private Correspondence letter() throws Exception {
        long type = context.getBean(ExecutiveActionTypeRepository.class).findByName("Data Calls").orElseThrow().getId();
        ObjectNode form = json().put("subject", "A letter that stays put").put("typeId", type).put("method", "MAIL");
        assertThat(post(wrap(secretariat, "corr.log", form)).body()).contains("Logged as");
        return context.getBean(CorrespondenceRepository.class).findAll().stream()
                .max(java.util.Comparator.comparing(Correspondence::getExecutiveActionId)).orElseThrow();
    }

    private Correspondence current(Correspondence letter) {
        return context.getBean(CorrespondenceRepository.class).findById(letter.getExecutiveActionId()).orElseThrow();
    }

    private ObjectNode itemPress() {
        return json().put("itemId", item.getId()).put("version", stored(item).getVersion());
    }

    private ObjectNode wrap(Person who, String verb, ObjectNode data) {
        return Activities.execute(serviceUrl(), CONVERSATION, "personal", "29:" + who.getId(), who.getEntraObjectId(),
                verb, data);
    }
}
