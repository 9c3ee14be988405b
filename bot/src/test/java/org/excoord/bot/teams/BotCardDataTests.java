package org.excoord.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.excoord.actionitem.ActionItem;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Malformed activities and card data are answered with a 400 naming what is wrong, or a card saying it, and change
 * nothing: bodies that are no JSON object, duplicate keys anywhere, unreadable text, page numbers that would
 * overflow an offset, dates outside 1900–2200, and multi-step changes refused half-way.
 */
@SecurityTest
class BotCardDataTests extends LocalBotTestSupport {

    private static final String CONVERSATION = "a:card-data";

    private Person manager;
    private Person staff;
    private ActionItem item;

    @BeforeEach
    void data() {
        OrgUnit unit = fixtures.unit("Card Data Office", null);
        manager = fixtures.manager("Mia Manager", unit);
        staff = fixtures.person("Sam Staff", unit);
        item = item(manager, staff, "Check the card data", null);
    }

    @Test
    void aBodyThatIsNoJsonObjectIsABadRequest() throws Exception {
        for (String body : List.of("null", " null ", "[]", "[{}]", "[" + activityOf(staff, "item.view").toString() + "]",
                "1", "\"an activity\"", "true", "{", "{}", "{\"type\":null}", "{\"type\":[]}")) {
            HttpResponse<String> answer = postRaw(body);
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).as(body).hasValue("application/problem+json");
        }
        byte[] notUtf8 = activityOf(staff, "item.view").toString().replace("Test User", "Test \u00ff")
                .getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> latin1 = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/api/messages")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(notUtf8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(latin1.statusCode()).isEqualTo(400);
        assertThat(latin1.body()).contains("not UTF-8");
    }

    @Test
    void aDuplicateKeyAnywhereIsABadRequestAndChangesNothing() throws Exception {
        String start = activityOf(staff, "item.start").toString();
        assertThat(start).contains("\"verb\":\"item.start\"");
        Trace before = trace(item, CONVERSATION);
        List<String> duplicated = List.of(
                start.replace("\"verb\":\"item.start\"", "\"verb\":\"item.start\",\"verb\":\"item.cancel\""),
                start.replace("\"itemId\":", "\"itemId\":0,\"itemId\":"),
                start.replace("\"type\":\"invoke\"", "\"type\":\"invoke\",\"type\":\"invoke\""),
                start.replace("\"tenant\":{\"id\":\"tenant-1\"}", "\"tenant\":{\"id\":\"tenant-1\",\"id\":\"tenant-1\"}"),
                start.replace("\"conversation\":{", "\"conversation\":{\"id\":\"a:elsewhere\","),
                submitOf(staff, "item.start").toString().replace("\"verb\":\"item.start\"",
                        "\"verb\":\"item.start\",\"verb\":\"item.cancel\""));
        for (String body : duplicated) {
            HttpResponse<String> answer = postRaw(body);
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(answer.body()).as(body).contains("Duplicate field");
        }
        assertThat(trace(item, CONVERSATION)).isEqualTo(before);
        assertThat(stored(item).getStatus().name()).isEqualTo("NEW");
        assertThat(sent()).isEmpty();
    }

    @Test
    void unreadableTextIsABadRequestNamingTheField() throws Exception {
        ObjectNode comment = activityOf(staff, "item.comment");
        comment.with("value").with("action").with("data").put("comment", "HOSTILE");
        String body = comment.toString();
        for (String hostile : List.of("a\\u0000b", "\\u0000", "a\\ud800b", "\\udc00", "a\\u001bb", "\\u007f")) {
            HttpResponse<String> answer = postRaw(body.replace("HOSTILE", hostile));
            assertThat(answer.statusCode()).as(hostile).isEqualTo(400);
            assertThat(answer.body()).as(hostile).contains("value.action.data.comment");
        }
        ObjectNode message = Activities.message(serviceUrl(), CONVERSATION, "personal", "29:sam",
                staff.getEntraObjectId(), "item HOSTILE");
        HttpResponse<String> text = postRaw(message.toString().replace("HOSTILE", "\\u0000"));
        assertThat(text.body()).contains("text");
        HttpResponse<String> name = postRaw(message.toString().replace("Test User", "Test\\u0000User"));
        assertThat(name.body()).contains("from.name");
        HttpResponse<String> key = postRaw(message.toString().replace("\"text\":", "\"te\\u0000xt\":"));
        assertThat(key.body()).contains("field names");
        assertThat(List.of(text.statusCode(), name.statusCode(), key.statusCode())).containsOnly(400);
        HttpResponse<String> deep = postRaw(body.replace("\"HOSTILE\"", "[".repeat(70) + "]".repeat(70)));
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(deep.body()).contains("value.action.data.comment").contains("nested more than 64 levels");
        // tabs and line breaks are text a person types
        HttpResponse<String> typed = postRaw(body.replace("HOSTILE", "line one\\nline two\\tand a tab"));
        assertThat(typed.statusCode()).isEqualTo(200);
        assertThat(trace(item, CONVERSATION).comments()).isEqualTo(1);
    }

    @Test
    void pageNumbersAreBoundedBeforeTheyBecomeOffsets() throws Exception {
        for (String page : List.of("2147483647", "214748365", "4294967296", "9223372036854775807", "-1",
                "-2147483648", "99999999999999999999", "1e10", "\"NaN\"", "\"12\"", "[]", "{}")) {
            for (String verb : List.of("list.page", "corr.page")) {
                ObjectNode press = activityOf(manager, verb);
                String body = press.toString().replace("\"data\":{", "\"data\":{\"list\":\"team\",\"page\":" + page + ",");
                HttpResponse<String> answer = postRaw(body);
                assertThat(answer.statusCode()).as(verb + " " + page).isEqualTo(200);
                assertThat(answer.body()).as(verb + " " + page).contains("AdaptiveCard");
            }
        }
    }

    @Test
    void datesOutsideTheSaneRangeAreRefusedNamingTheField() throws Exception {
        for (String date : List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "1899-12-31", "2201-01-01",
                "2026-02-30", "tomorrow", "2026-1-5")) {
            ObjectNode due = activityOf(manager, "item.dueDate");
            due.with("value").with("action").with("data").put("dueDate", date);
            HttpResponse<String> answer = post(due);
            assertThat(answer.statusCode()).as(date).isEqualTo(200);
            assertThat(answer.body()).as(date).contains("dueDate");

            ObjectNode create = activityOf(manager, "item.create");
            create.with("value").with("action").with("data").put("subject", "Dated " + date).put("dueDate", date);
            assertThat(post(create).body()).as(date).contains("dueDate");
        }
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from action_item where subject like 'Dated %' and "
                + "assignee_person_id = ?", Long.class, manager.getId())).isZero();
        assertThat(stored(item).getDueDate()).isEqualTo(item.getDueDate());
        assertThat(stored(item).getVersion()).isEqualTo(item.getVersion());

        ObjectNode inRange = activityOf(manager, "item.dueDate");
        inRange.with("value").with("action").with("data").put("dueDate", "2200-12-31");
        assertThat(post(inRange).statusCode()).isEqualTo(200);
        assertThat(stored(item).getDueDate()).hasToString("2200-12-31");
    }

    @Test
    void aMultiStepChangeRefusedHalfWayIsUndoneAndSaysWhy() throws Exception {
        long eo = eo14028();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long itemsBefore = jdbc.queryForObject("select count(*) from action_item", Long.class);

        ObjectNode create = activityOf(manager, "analysis.createItems");
        ObjectNode duties = create.with("value").with("action").with("data").put("authorityId", eo)
                .put("executiveActionId", 999_999_999L);
        for (int i : new org.excoord.bot.authorities.AgencyDutyPicks(context, eo).agencys(null).subList(0, 3)) {
            duties.put("duty" + i, "true");
        }
        HttpResponse<String> created = post(create);
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("No items were created");

        Person staffInUnit = fixtures.person("Stu Staff", fixtures.unit("Findings Office", null), Role.STAFF);
        ObjectNode record = activityOf(staffInUnit, "analysis.recordFindings");
        ObjectNode findings = record.with("value").with("action").with("data").put("authorityId", eo);
        for (int i = 0; i < 12; i++) {
            findings.put("finding" + i, "true");
        }
        HttpResponse<String> recorded = post(record);
        assertThat(recorded.statusCode()).isEqualTo(200);
        assertThat(recorded.body()).contains("Nothing was recorded");

        assertThat(jdbc.queryForObject("select count(*) from action_item", Long.class)).isEqualTo(itemsBefore);
        assertThat(jdbc.queryForObject("select count(*) from impact where org_unit_id = ?", Long.class,
                staffInUnit.getOrgUnitId())).isZero();
    }

    /** An Action.Execute press on the item by {@code who}; its data has the item's id and current version. */
    private ObjectNode activityOf(Person who, String verb) {
        return Activities.execute(serviceUrl(), CONVERSATION, "personal", "29:" + who.getId(), who.getEntraObjectId(),
                verb, json().put("itemId", item.getId()).put("version", stored(item).getVersion()));
    }

    /** The Action.Submit fallback of the same press. */
    private ObjectNode submitOf(Person who, String verb) {
        ObjectNode a = Activities.message(serviceUrl(), CONVERSATION, "personal", "29:" + who.getId(),
                who.getEntraObjectId(), null);
        a.putObject("value").put("verb", verb).put("itemId", item.getId()).put("version", stored(item).getVersion());
        return a;
    }
}
