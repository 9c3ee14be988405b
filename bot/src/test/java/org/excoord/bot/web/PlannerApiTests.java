package org.excoord.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.bot.planner.PlannerFakes;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.graphsync.status.ItemSyncStatus.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/** The Planner link of an org unit, the sync state of items, and the admins' failure list over REST. */
@Import(PlannerFakes.class)
@PlannerFakes.SyncOn
class PlannerApiTests extends ApiTestSupport {

    private static final String TASK_URL = "https://planner.cloud.microsoft/webui/plan/p/task/t1";

    private PlannerFakes.FakeStatuses statuses;
    private OrgUnit unit;
    private Person admin;
    private Person manager;
    private Person staff;
    private Person colleague;
    private ActionItem first;
    private ActionItem second;

    @BeforeEach
    void data() {
        statuses = context.getBean(PlannerFakes.FakeStatuses.class);
        statuses.reset();
        context.getBean(PlannerFakes.FakeLinks.class).reset();
        unit = fixtures.unit("Planner Office", null);
        admin = fixtures.person("Ada Admin", unit, Role.STAFF, Role.ADMIN);
        manager = fixtures.manager("Mia Manager", unit);
        staff = fixtures.person("Sid Staff", unit);
        colleague = fixtures.person("Cal Colleague", unit);
        ActionItemManagement items = context.getBean(ActionItemManagement.class);
        first = items.create(new NewActionItem("Mirror me", null, null, null, staff.getId(), null, null, null, null,
                null, items.today().plusDays(5), null, null, 0), fixtures.actor(colleague)).orElseThrow();
        second = items.create(new NewActionItem("Mirror me too", null, null, null, staff.getId(), null, null, null,
                null, null, items.today().plusDays(6), null, null, 0), fixtures.actor(colleague)).orElseThrow();
    }

    @Test
    void anAdminLinksAUnitAndItsManagersSeeThePlanAndBuckets() {
        Response linked = put("/api/v1/org-units/" + unit.getId() + "/planner",
                Map.of("groupId", PlannerFakes.GROUP.toUpperCase()), admin);

        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.text("groupId")).isEqualTo(PlannerFakes.GROUP);
        assertThat(linked.body().get("orgUnitId").asLong()).isEqualTo(unit.getId());
        assertThat(linked.text("planId")).isEqualTo("plan-" + unit.getId());
        assertThat(linked.body().at("/buckets/0/key").asText()).isEqualTo("general");
        assertThat(linked.body().at("/buckets/0/name").asText()).isEqualTo("General");
        assertThat(linked.text("linkedBy")).isEqualTo("Ada Admin");

        Response seen = get("/api/v1/org-units/" + unit.getId() + "/planner", manager);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.text("planUrl")).startsWith("https://");
        assertThat(get("/api/v1/org-units/" + unit.getId() + "/planner", admin).status()).isEqualTo(200);
    }

    @Test
    void aUnitWithoutALinkIsNotFound() {
        Response none = get("/api/v1/org-units/" + unit.getId() + "/planner", admin);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(put("/api/v1/org-units/" + Long.MAX_VALUE + "/planner", Map.of("groupId", PlannerFakes.GROUP),
                admin).status()).isEqualTo(404);
        assertThat(get("/api/v1/org-units/" + Long.MAX_VALUE + "/planner", admin).status()).isEqualTo(404);
    }

    @Test
    void aGroupGraphDoesNotKnowIsABadRequestNamingGroupId() {
        Response unknown = put("/api/v1/org-units/" + unit.getId() + "/planner",
                Map.of("groupId", PlannerFakes.UNKNOWN_GROUP), admin);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("field")).isEqualTo("groupId");
    }

    @Test
    void theItemShowsItsSyncStateAndTheLinkToItsTask() {
        statuses.set(first.getId(), first.getNumber(), State.SYNCED, null, TASK_URL, 1);

        Response item = get("/api/v1/action-items/" + first.getId(), staff);

        assertThat(item.status()).isEqualTo(200);
        JsonNode sync = item.body().get("sync");
        assertThat(sync.get("state").asText()).isEqualTo("SYNCED");
        assertThat(sync.get("label").asText()).isEqualTo("In Planner");
        assertThat(sync.get("taskUrl").asText()).isEqualTo(TASK_URL);
        assertThat(sync.get("reason").isNull()).isTrue();
        assertThat(sync.get("syncedAt").asText()).isEqualTo("2026-12-01T12:00:00Z");

        Response without = get("/api/v1/action-items/" + second.getId(), staff);
        assertThat(without.body().get("sync").isNull()).isTrue();
    }

    @Test
    void whyASyncFailedIsForTheAssigneeManagersAndAdminsOnly() {
        statuses.set(first.getId(), first.getNumber(), State.FAILED, "Sid Staff has no Planner licence", null, 4);

        for (Person mayAct : List.of(staff, manager, admin)) {
            JsonNode sync = get("/api/v1/action-items/" + first.getId(), mayAct).body().get("sync");
            assertThat(sync.get("state").asText()).as(mayAct.getDisplayName()).isEqualTo("FAILED");
            assertThat(sync.get("label").asText()).isEqualTo("Planner sync failed");
            assertThat(sync.get("reason").asText()).as(mayAct.getDisplayName())
                    .isEqualTo("Sid Staff has no Planner licence");
        }
        // the originator sees the item, and that its sync failed, but not why
        JsonNode originator = get("/api/v1/action-items/" + first.getId(), colleague).body().get("sync");
        assertThat(originator.get("state").asText()).isEqualTo("FAILED");
        assertThat(originator.get("reason").isNull()).isTrue();
    }

    @Test
    void listsReadTheSyncStatesInOneBatch() {
        statuses.set(first.getId(), first.getNumber(), State.PENDING, null, null, 0);
        statuses.set(second.getId(), second.getNumber(), State.SYNCED, null, TASK_URL, 1);
        statuses.singleReads().set(0);
        statuses.batchReads().set(0);

        Response mine = get("/api/v1/action-items?limit=50", staff);

        assertThat(mine.status()).isEqualTo(200);
        assertThat(statuses.batchReads().get()).isEqualTo(1);
        assertThat(statuses.singleReads().get()).isZero();
        Map<Long, String> states = new java.util.HashMap<>();
        mine.body().forEach(i -> states.put(i.get("id").asLong(), i.path("sync").path("label").asText()));
        assertThat(states).containsEntry(first.getId(), "Syncing to Planner").containsEntry(second.getId(), "In Planner");
    }

    @Test
    void adminsListFailuresAndRetryThem() {
        statuses.set(first.getId(), first.getNumber(), State.FAILED, "the plan is full (Planner allows 9,000 tasks)",
                null, 3);
        statuses.set(second.getId(), second.getNumber(), State.FAILED, "Sid Staff has no Planner licence", null, 1);

        Response failures = get("/api/v1/admin/graph-sync/failures?limit=10&offset=0", admin);

        assertThat(failures.status()).isEqualTo(200);
        assertThat(failures.body()).hasSize(2);
        JsonNode newest = failures.body().get(0);
        assertThat(newest.get("itemId").asLong()).isEqualTo(second.getId());
        assertThat(newest.get("number").asText()).isEqualTo(second.getNumber());
        assertThat(newest.get("reason").asText()).isEqualTo("Sid Staff has no Planner licence");
        assertThat(newest.get("attempts").asInt()).isEqualTo(1);
        assertThat(newest.has("syncedAt")).isTrue();
        assertThat(get("/api/v1/admin/graph-sync/failures?limit=1&offset=1", admin).body()).singleElement()
                .satisfies(f -> assertThat(f.get("itemId").asLong()).isEqualTo(first.getId()));

        Response one = post("/api/v1/admin/graph-sync/retry", Map.of("itemIds", List.of(first.getId())), admin);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("retried").asInt()).isEqualTo(1);
        assertThat(statuses.retries()).containsExactly(List.of(first.getId()));

        Response all = post("/api/v1/admin/graph-sync/retry", Map.of("itemIds", List.of()), admin);
        assertThat(all.body().get("retried").asInt()).isEqualTo(1);
        assertThat(post("/api/v1/admin/graph-sync/retry", "{}", admin).body().get("retried").asInt()).isZero();
        assertThat(statuses.retries()).hasSize(3).last().isEqualTo(List.of());
    }
}
