package org.excoord.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Executive actions over real HTTP: who may change status, due date and outcome, and who may read or list a
 * classified one (the controller's visibility filter and {@code ExecutiveActionPolicy} behind it).
 */
@SecurityTest
class ExecutiveActionApiTests extends ApiTestSupport {

    private Person manager;
    private Person owner;
    private Person stranger;
    private Person otherManager;
    private Person secretariat;
    private Person admin;
    private LocalDate today;
    private long typeId;

    @BeforeEach
    void people() {
        OrgUnit agency = fixtures.unit("Actions Agency", null);
        OrgUnit office = fixtures.unit("Actions Office", agency);
        manager = fixtures.manager("Mona Manager", office);
        owner = fixtures.person("Owen Owner", office);
        OrgUnit elsewhere = fixtures.unit("Actions Elsewhere", agency);
        stranger = fixtures.person("Stella Stranger", elsewhere);
        otherManager = fixtures.manager("Omar Othermanager", elsewhere);
        secretariat = fixtures.person("Sadie Secretariat", agency, Role.SECRETARIAT);
        admin = fixtures.person("Ada Admin", agency, Role.ADMIN);
        today = context.getBean(ActionItemManagement.class).today();
        typeId = context.getBean(ExecutiveActionTypeRepository.class).findByName("Security Protocols").orElseThrow()
                .getId();
    }

    private JsonNode action(String name, String classification) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("typeId", typeId);
        body.put("ownerId", owner.getId());
        body.put("classification", classification);
        Response created = post("/api/v1/executive-actions", body, manager);
        assertThat(created.status()).isEqualTo(201);
        return created.body();
    }

    /** One kind of change: the path under the action and its body for a version. */
    private record Change(String path, BiFunction<Long, LocalDate, Map<String, Object>> body, String field,
            String expected) {
    }

    private List<Change> changes() {
        return List.of(
                new Change("status", (v, d) -> Map.of("status", "IN_PROGRESS", "version", v), "status", "IN_PROGRESS"),
                new Change("due-date", (v, d) -> Map.of("dueDate", d.plusDays(30).toString(), "version", v), "dueDate",
                        today.plusDays(30).toString()),
                new Change("outcome", (v, d) -> Map.of("outcomeSummary", "Done and dusted", "version", v),
                        "outcomeSummary", "Done and dusted"));
    }

    @Test
    void statusDueDateAndOutcomeAreChangedOnlyByTheOwnerTheirManagersAndAdministrators() {
        for (Change change : changes()) {
            for (Person who : List.of(owner, manager, admin)) {
                JsonNode action = action("Change " + change.path() + " by " + who.getDisplayName(), "UNCLASSIFIED");
                String path = "/api/v1/executive-actions/" + action.get("id").asLong() + "/" + change.path();
                long version = action.get("version").asLong();
                for (Person refused : List.of(stranger, otherManager, secretariat)) {
                    Response attempt = put(path, change.body().apply(version, today), refused);
                    assertThat(attempt.status()).as(change.path() + " by " + refused.getDisplayName()).isEqualTo(403);
                    assertThat(attempt.text("detail")).contains("only the owner of " + action.get("number").asText());
                }
                JsonNode unchanged = get("/api/v1/executive-actions/" + action.get("id").asLong(), owner).body();
                assertThat(unchanged.get("version").asLong()).as("nothing changed").isEqualTo(version);

                Response done = put(path, change.body().apply(version, today), who);
                assertThat(done.status()).as(change.path() + " by " + who.getDisplayName()).isEqualTo(200);
                assertThat(done.text(change.field())).isEqualTo(change.expected());
                assertThat(done.body().get("mayChange").asBoolean()).isTrue();
            }
        }
    }

    @Test
    void aClassifiedActionIsNeitherReadNorListedByAStranger() {
        JsonNode secret = action("Rotate the enclave keys", "SBU");
        long id = secret.get("id").asLong();
        String number = secret.get("number").asText();
        JsonNode open = action("Publish the patch calendar", "UNCLASSIFIED");

        for (Person refused : List.of(stranger, otherManager)) {
            for (String ref : List.of(String.valueOf(id), number)) {
                Response read = get("/api/v1/executive-actions/" + ref, refused);
                assertThat(read.status()).as(refused.getDisplayName() + " reads " + ref).isEqualTo(403);
                assertThat(read.raw()).contains(number).doesNotContain("Rotate the enclave");
            }
            assertThat(listedIds(refused)).doesNotContain(id).contains(open.get("id").asLong());
            assertThat(get("/api/v1/executive-actions/" + open.get("id").asLong(), refused).status()).isEqualTo(200);
        }
        for (Person cleared : List.of(owner, manager, secretariat, admin)) {
            Response read = get("/api/v1/executive-actions/" + number, cleared);
            assertThat(read.status()).as(cleared.getDisplayName()).isEqualTo(200);
            assertThat(read.text("name")).isEqualTo("Rotate the enclave keys");
            assertThat(read.text("classification")).isEqualTo("SBU");
            assertThat(listedIds(cleared)).contains(id);
        }
        Response status = put("/api/v1/executive-actions/" + id + "/status",
                Map.of("status", "IN_PROGRESS", "version", secret.get("version").asLong()), stranger);
        assertThat(status.status()).isEqualTo(403);
        assertThat(status.raw()).doesNotContain("Rotate the enclave");
    }

    @Test
    void workingOnAnItemOfAClassifiedActionDoesNotClearTheAssigneeForTheAction() {
        JsonNode secret = action("Rekey the vault", "SECRET");
        long id = secret.get("id").asLong();
        Response item = post("/api/v1/action-items", Map.of("subject", "Fetch the HSM", "executiveActionId", id,
                "assigneePersonId", stranger.getId()), manager);
        assertThat(item.status()).isEqualTo(201);

        assertThat(get("/api/v1/action-items/" + item.body().get("id").asLong(), stranger).status()).isEqualTo(200);
        assertThat(get("/api/v1/executive-actions/" + id, stranger).status()).isEqualTo(403);
        assertThat(listedIds(stranger)).doesNotContain(id);
    }

    @Test
    void nothingIsAddedUnderAnActionByWhoMayNotChangeIt() {
        for (String classification : List.of("UNCLASSIFIED", "SBU")) {
            JsonNode action = action("Lock down the " + classification + " lab", classification);
            long id = action.get("id").asLong();
            for (Person refused : List.of(stranger, otherManager, secretariat)) {
                Response item = post("/api/v1/action-items", Map.of("subject", "Let me in", "executiveActionId", id,
                        "assigneePersonId", refused.getId()), refused);
                assertThat(item.status()).as("an item by " + refused.getDisplayName()).isEqualTo(403);
                assertThat(item.raw()).doesNotContain("Lock down");
                Response sub = post("/api/v1/executive-actions", Map.of("name", "A sub-action", "typeId", typeId,
                        "parentId", id), refused);
                assertThat(sub.status()).as("a sub-action by " + refused.getDisplayName()).isEqualTo(403);
            }
            assertThat(get("/api/v1/executive-actions/" + id, owner).body().at("/progress/total").asInt())
                    .as("no item was added").isZero();
            Response byOwner = post("/api/v1/action-items", Map.of("subject", "Owner's task", "executiveActionId", id),
                    owner);
            assertThat(byOwner.status()).isEqualTo(201);
            Response subByManager = post("/api/v1/executive-actions", Map.of("name", "Manager's sub-action", "typeId",
                    typeId, "parentId", id), manager);
            assertThat(subByManager.status()).isEqualTo(201);
        }
        Response unknown = post("/api/v1/action-items", Map.of("subject", "Nowhere", "executiveActionId", 999_999_999L),
                owner);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("field")).isEqualTo("executiveActionId");
    }

    private List<Long> listedIds(Person as) {
        Response list = get("/api/v1/executive-actions?size=200", as);
        assertThat(list.status()).isEqualTo(200);
        return java.util.stream.StreamSupport.stream(list.body().get("content").spliterator(), false)
                .map(a -> a.get("id").asLong()).toList();
    }
}
