package org.excoord.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.bot.conversation.ChatKind;
import org.excoord.bot.conversation.Conversation;
import org.excoord.bot.conversation.Turn;
import org.excoord.bot.planner.PlannerSync;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Without a graph-sync implementation (the embedded default) the Planner surfaces answer plainly, never 500. */
class PlannerOffApiTests extends ApiTestSupport {

    private OrgUnit unit;
    private Person admin;
    private Person staff;

    @BeforeEach
    void data() {
        unit = fixtures.unit("Planner Off", null);
        admin = fixtures.person("Opal Admin", unit, Role.STAFF, Role.ADMIN);
        staff = fixtures.person("Otis Staff", unit);
    }

    @Test
    void withGraphSyncOffTheBotSeesSyncOff() {
        assertThat(context.getBean(PlannerSync.class).configured()).isFalse();
    }

    @Test
    void linkingSaysPlannerSyncIsNotConfiguredAndThereIsNoLink() {
        Response link = put("/api/v1/org-units/" + unit.getId() + "/planner",
                Map.of("groupId", "0f3e6bb2-4b1c-4d5e-9a7f-2c8d1e0b6a41"), admin);
        assertThat(link.status()).isEqualTo(400);
        assertThat(link.text("detail")).startsWith("Planner sync is not configured");

        Response view = get("/api/v1/org-units/" + unit.getId() + "/planner", admin);
        assertThat(view.status()).isEqualTo(404);
        assertThat(view.text("detail")).startsWith("Planner sync is not configured");
        // the rights come first, sync or not
        assertThat(put("/api/v1/org-units/" + unit.getId() + "/planner",
                Map.of("groupId", "0f3e6bb2-4b1c-4d5e-9a7f-2c8d1e0b6a41"), staff).status()).isEqualTo(403);
        assertThat(get("/api/v1/org-units/" + unit.getId() + "/planner", staff).status()).isEqualTo(403);
    }

    @Test
    void thereAreNoFailuresNothingToRetryAndItemsHaveNoSyncState() {
        Response failures = get("/api/v1/admin/graph-sync/failures", admin);
        assertThat(failures.status()).isEqualTo(200);
        assertThat(failures.body()).isEmpty();
        Response retry = post("/api/v1/admin/graph-sync/retry", Map.of("itemIds", List.of()), admin);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body().get("retried").asInt()).isZero();

        ActionItemManagement items = context.getBean(ActionItemManagement.class);
        ActionItem item = items.create(new NewActionItem("Not mirrored", null, null, null, staff.getId(), null, null,
                null, null, null, null, null, null, 0), fixtures.actor(staff)).orElseThrow();
        Response one = get("/api/v1/action-items/" + item.getId(), staff);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().has("sync")).isTrue();
        assertThat(one.body().get("sync").isNull()).isTrue();
        assertThat(get("/api/v1/action-items", staff).body()).allSatisfy(i -> assertThat(i.get("sync").isNull()).isTrue());

        Conversation conversation = context.getBean(Conversation.class);
        String card = conversation.onMessage(turn(staff, "item " + item.getNumber()), Optional.of(fixtures.actor(staff)))
                .get(0).card().toString();
        assertThat(card).contains(item.getNumber()).doesNotContain("Planner");
    }

    @Test
    void anAdminAskingForSyncFailuresHearsThatPlannerSyncIsNotConfigured() {
        String card = context.getBean(Conversation.class).onMessage(turn(admin, "sync failures"),
                Optional.of(fixtures.actor(admin))).get(0).card().toString();

        assertThat(card).contains("Planner sync is not configured").doesNotContain("sync.retry");
    }

    private static Turn turn(Person who, String text) {
        return new Turn(who.getEntraObjectId(), "29:" + who.getId(), who.getDisplayName(), ChatKind.PERSONAL, text);
    }
}
