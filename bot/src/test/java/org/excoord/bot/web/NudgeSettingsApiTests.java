package org.excoord.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.Map;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.audit.RefusalTrail;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nudge settings over HTTP: one's own settings and delegation, an admin's reach to anyone's, snooze, mute and
 * acknowledgement on items one may see; refusals 403/404 (logged), malformed input 400 naming the field, never 500.
 */
@SecurityTest
class NudgeSettingsApiTests extends ApiTestSupport {

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Logger refusals;
    private Person boss;
    private Person alex;
    private Person dana;
    private Person stranger;
    private Person admin;
    private ActionItem item;
    private LocalDate today;

    @BeforeEach
    void data() {
        refusals = (Logger) LoggerFactory.getLogger(RefusalTrail.LOGGER);
        lines.start();
        refusals.addAppender(lines);
        OrgUnit unit = fixtures.unit("Nudge Settings Api", null);
        boss = fixtures.manager("Nia Nudge", unit);
        alex = fixtures.person("Alex Api", unit);
        dana = fixtures.person("Dana Api", unit);
        stranger = fixtures.person("Sy Stranger", fixtures.unit("Elsewhere Api", null));
        admin = fixtures.person("Ade Admin", unit, Role.STAFF, Role.ADMIN);
        today = context.getBean(ActionItemManagement.class).today();
        item = context.getBean(ActionItemManagement.class).create(NewActionItem.adHoc("Sign the memo", alex.getId(),
                today.plusDays(3), null), fixtures.actor(boss)).orElseThrow();
    }

    @AfterEach
    void detach() {
        refusals.detachAppender(lines);
    }

    private Response delete(String path, Person as) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE(), as);
    }

    private boolean refusalLogged(String about) {
        return lines.list.stream().anyMatch(e -> e.getFormattedMessage().contains(about));
    }

    @Test
    void oneReadsAndChangesOnesOwnSettingsAndAnAdminReadsAnyones() {
        Response mine = get("/api/v1/me/nudge-settings", alex);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.text("digestTime")).isEqualTo("08:30");
        assertThat(mine.body().get("digestsOn").asBoolean()).isTrue();
        assertThat(mine.text("teamDigest")).isEqualTo("DAILY");

        Response changed = put("/api/v1/me/nudge-settings", Map.of("digestTime", "07:15", "teamDigest", "WEEKLY"),
                alex);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.text("digestTime")).isEqualTo("07:15");
        assertThat(changed.text("teamDigest")).isEqualTo("WEEKLY");
        assertThat(changed.body().get("digestsOn").asBoolean()).as("left out: kept").isTrue();

        assertThat(get("/api/v1/people/" + alex.getId() + "/nudge-settings", admin).text("digestTime"))
                .isEqualTo("07:15");
        assertThat(get("/api/v1/people/" + alex.getId() + "/nudge-settings", dana).status()).isEqualTo(403);
        assertThat(refusalLogged("nudge-settings")).isTrue();
        assertThat(get("/api/v1/people/999999999/nudge-settings", admin).status()).isEqualTo(404);
    }

    @Test
    void malformedSettingsAreA400NamingTheFieldNeverA500() {
        assertBadRequest(put("/api/v1/me/nudge-settings", "{\"digestTime\":\"25:99\"}", alex), "digestTime");
        assertBadRequest(put("/api/v1/me/nudge-settings", "{\"teamDigest\":\"HOURLY\"}", alex), "teamDigest");
        assertBadRequest(put("/api/v1/me/nudge-settings", "{\"digestsOn\":\"maybe\"}", alex), "digestsOn");
        assertBadRequest(put("/api/v1/me/nudge-settings", "{\"digestsOff\":true}", alex), "digestsOff");
        assertThat(put("/api/v1/me/nudge-settings", "{\"digestTime\":", alex).status()).isEqualTo(400);
        assertThat(put("/api/v1/me/nudge-settings", "[1,2]", alex).status()).isEqualTo(400);
        assertThat(get("/api/v1/me/nudge-settings", alex).text("digestTime")).as("nothing changed").isEqualTo("08:30");
    }

    @Test
    void aPersonNamesTheirDelegateAndOnlyAnAdminNamesSomeoneElses() {
        Response set = put("/api/v1/me/delegation", Map.of("delegateId", dana.getId(), "startsOn", today.toString(),
                "endsOn", today.plusDays(4).toString()), alex);
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body().get("delegateId").asLong()).isEqualTo(dana.getId());
        assertThat(get("/api/v1/me/delegation", alex).body().get("delegateName").asText()).isEqualTo("Dana Api");
        assertThat(get("/api/v1/me/nudge-settings", alex).body().get("delegation").get("endsOn").asText())
                .isEqualTo(today.plusDays(4).toString());

        Response forbidden = put("/api/v1/people/" + alex.getId() + "/delegation", Map.of("delegateId",
                stranger.getId(), "startsOn", today.toString(), "endsOn", today.toString()), dana);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(refusalLogged("you may name a delegate only for yourself")).isTrue();
        assertThat(get("/api/v1/people/" + alex.getId() + "/delegation", dana).status()).isEqualTo(403);

        Response byAdmin = put("/api/v1/people/" + alex.getId() + "/delegation", Map.of("delegateId",
                stranger.getId(), "startsOn", today.toString(), "endsOn", today.plusDays(1).toString()), admin);
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(get("/api/v1/people/" + alex.getId() + "/delegation", admin).body().get("delegateId").asLong())
                .as("the new one replaced the old").isEqualTo(stranger.getId());

        assertThat(delete("/api/v1/me/delegation", alex).status()).isEqualTo(204);
        assertThat(get("/api/v1/me/delegation", alex).status()).isEqualTo(204);
        assertThat(delete("/api/v1/me/delegation", alex).status()).isEqualTo(404);
    }

    @Test
    void malformedDelegationsAreA400() {
        assertBadRequest(put("/api/v1/me/delegation", "{\"delegateId\":" + dana.getId()
                + ",\"startsOn\":\"2026-02-30\",\"endsOn\":\"2026-03-02\"}", alex), "startsOn");
        assertBadRequest(put("/api/v1/me/delegation", "{\"delegateId\":\"dana\",\"startsOn\":\"" + today
                + "\",\"endsOn\":\"" + today + "\"}", alex), "delegateId");
        assertBadRequest(put("/api/v1/me/delegation", Map.of("delegateId", alex.getId(), "startsOn", today.toString(),
                "endsOn", today.toString()), alex), "delegateId");
        assertBadRequest(put("/api/v1/me/delegation", Map.of("delegateId", dana.getId(), "startsOn",
                today.plusDays(2).toString(), "endsOn", today.toString()), alex), "endsOn");
        assertBadRequest(put("/api/v1/me/delegation", Map.of("delegateId", dana.getId(), "startsOn", today.toString(),
                "endsOn", today.toString(), "reason", "holiday"), alex), "reason");
        assertBadRequest(put("/api/v1/me/delegation", "{\"delegateId\":" + dana.getId() + ",\"startsOn\":\"" + today
                + "\",\"endsOn\":\"9999-01-01\"}", alex), "endsOn");
    }

    @Test
    void snoozeMuteAndAcknowledgeAnItemOneMaySee() {
        Response snoozed = post("/api/v1/items/" + item.getId() + "/snooze", Map.of("days", 3), alex);
        assertThat(snoozed.status()).isEqualTo(200);
        assertThat(snoozed.text("snoozedUntil")).isEqualTo(today.plusDays(3).toString());
        assertThat(post("/api/v1/items/" + item.getId() + "/snooze", Map.of("until", today.plusDays(10).toString()),
                alex).text("snoozedUntil")).isEqualTo(today.plusDays(10).toString());
        Response muted = put("/api/v1/items/" + item.getId() + "/mute", Map.of("muted", true), alex);
        assertThat(muted.status()).isEqualTo(200);
        assertThat(muted.body().get("muted").asBoolean()).isTrue();

        assertThat(post("/api/v1/items/" + item.getId() + "/snooze", Map.of("days", 1), stranger).status())
                .isEqualTo(403);
        assertThat(put("/api/v1/items/" + item.getId() + "/mute", Map.of("muted", true), stranger).status())
                .isEqualTo(403);
        assertThat(refusalLogged(item.getNumber())).isTrue();
        assertThat(post("/api/v1/items/999999999/snooze", Map.of("days", 1), alex).status()).isEqualTo(404);

        assertThat(post("/api/v1/items/" + item.getId() + "/acknowledgement", "", alex).status())
                .as("the item does not ask for it").isEqualTo(400);
        context.getBean(JdbcTemplate.class).update("update action_item set needs_acknowledgement = true where id = ?",
                item.getId());
        assertThat(post("/api/v1/items/" + item.getId() + "/acknowledgement", "", boss).status()).isEqualTo(403);
        Response read = post("/api/v1/items/" + item.getId() + "/acknowledgement", "", alex);
        assertThat(read.status()).isEqualTo(200);
        assertThat(post("/api/v1/items/" + item.getId() + "/acknowledgement", "", alex).text("acknowledgedAt"))
                .isEqualTo(read.text("acknowledgedAt"));
    }

    @Test
    void malformedSnoozesAndMutesAreA400() {
        String path = "/api/v1/items/" + item.getId();
        assertBadRequest(post(path + "/snooze", Map.of("days", 2), alex), "days");
        assertBadRequest(post(path + "/snooze", "{\"days\":\"three\"}", alex), "days");
        assertBadRequest(post(path + "/snooze", "{\"until\":\"tomorrow\"}", alex), "until");
        assertBadRequest(post(path + "/snooze", "{}", alex), "until");
        assertBadRequest(post(path + "/snooze", Map.of("days", 1, "until", today.plusDays(2).toString()), alex),
                "until");
        assertBadRequest(post(path + "/snooze", Map.of("until", today.toString()), alex), "until");
        assertBadRequest(post(path + "/snooze", Map.of("until", today.plusDays(120).toString()), alex), "until");
        assertBadRequest(post(path + "/snooze", Map.of("days", 1, "forever", true), alex), "forever");
        assertBadRequest(put(path + "/mute", "{\"muted\":\"yes\"}", alex), "muted");
        assertBadRequest(put(path + "/mute", "{}", alex), "muted");
        assertThat(post("/api/v1/items/abc/snooze", Map.of("days", 1), alex).status()).isEqualTo(400);
        assertThat(post(path + "/snooze", "not json", alex).status()).isEqualTo(400);
    }

    private static void assertBadRequest(Response response, String field) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.text("field")).as(response.raw()).isEqualTo(field);
    }

    @Test
    void adminsSeeWhoCannotBeReachedInTeamsAndAPersonalTurnClearsIt() {
        org.excoord.bot.nudges.Reachability reachability = context.getBean(org.excoord.bot.nudges.Reachability.class);
        reachability.mark(dana.getId(), org.excoord.bot.nudges.Reachability.State.UNREACHABLE,
                "the app is not installed for them in Teams");
        Response seen = get("/api/v1/admin/nudges/unreachable", admin);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body().toString()).contains("Dana Api", "UNREACHABLE", "the app is not installed for them");
        Response refused = get("/api/v1/admin/nudges/unreachable", alex);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refusalLogged("only administrators see who cannot be reached in Teams")).isTrue();
        assertThat(get("/api/v1/admin/nudges/unreachable?limit=0", admin).status()).isEqualTo(400);
        // Dana writes to the bot in her 1:1 chat: Teams reaches her again
        context.getBean(org.excoord.bot.conversation.ChatAddresses.class).remember(
                new org.excoord.bot.conversation.ChatAddresses.Seen(dana.getId(), dana.getEntraObjectId(),
                        "29:dana", "a:dana-1on1", org.excoord.bot.conversation.ChatKind.PERSONAL,
                        "https://smba.example/", "tenant", "28:bot"));
        assertThat(reachability.of(dana.getId())).isEmpty();
        assertThat(get("/api/v1/admin/nudges/unreachable", admin).body().toString()).doesNotContain("Dana Api");
    }
}
