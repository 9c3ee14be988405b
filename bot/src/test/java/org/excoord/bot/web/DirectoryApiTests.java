package org.excoord.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The caller, the org-unit tree, a unit with its people and overdue work, and people search. */
class DirectoryApiTests extends ApiTestSupport {

    private OrgUnit root;
    private OrgUnit child;
    private Person manager;
    private Person staff;

    @BeforeEach
    void aSmallTree() {
        root = fixtures.unit("Directory Root", null);
        child = fixtures.unit("Directory Child", root);
        manager = fixtures.manager("Mona Manager", root);
        staff = fixtures.person("Sam Staff", child);
    }

    @Test
    void meDescribesTheCallerWithTheManagerFoundUpTheTree() {
        Response me = get("/api/v1/me", staff);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("id").asLong()).isEqualTo(staff.getId());
        assertThat(me.text("upn")).isEqualTo(staff.getUpn());
        assertThat(me.text("displayName")).isEqualTo("Sam Staff");
        assertThat(me.body().at("/orgUnit/id").asLong()).isEqualTo(child.getId());
        assertThat(me.body().at("/manager/id").asLong()).isEqualTo(manager.getId());
        assertThat(me.body().get("roles")).extracting(JsonNode::asText).containsExactly("STAFF");
        assertThat(me.text("timeZone")).isEqualTo("America/New_York");
        assertThat(me.body().get("managedOrgUnits")).isEmpty();

        Response managerMe = get("/api/v1/me", manager);
        assertThat(managerMe.body().get("roles")).extracting(JsonNode::asText).contains("MANAGER");
        assertThat(managerMe.body().get("managedOrgUnits")).extracting(u -> u.get("id").asLong())
                .containsExactly(root.getId());
    }

    @Test
    void someoneExcoordDoesNotKnowIsForbidden() {
        Response me = send(HttpRequest.newBuilder(uri("/api/v1/me")).header(CurrentActorResolver.USER_HEADER,
                "stranger-" + UUID.randomUUID() + "@test.example").GET(), null);

        assertThat(me.status()).isEqualTo(403);
        assertThat(me.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theTreeComesInPathOrderWithParentsManagersAndPaths() {
        OrgUnit grandchild = fixtures.unit("Directory Grandchild", child);
        Response tree = get("/api/v1/org-units", staff);

        assertThat(tree.status()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        tree.body().forEach(u -> ids.add(u.get("id").asLong()));
        assertThat(ids).containsSubsequence(root.getId(), child.getId(), grandchild.getId());
        JsonNode rootView = find(tree.body(), root.getId());
        JsonNode childView = find(tree.body(), child.getId());
        assertThat(rootView.get("parentId").isNull()).isTrue();
        assertThat(rootView.at("/manager/id").asLong()).isEqualTo(manager.getId());
        assertThat(rootView.at("/manager/name").asText()).isEqualTo("Mona Manager");
        assertThat(rootView.get("orgCode").asText()).isEqualTo(root.getOrgCode());
        assertThat(rootView.get("abbreviation").asText()).isEqualTo(root.getAbbreviation());
        assertThat(childView.get("parentId").asLong()).isEqualTo(root.getId());
        assertThat(childView.get("path").asText()).isEqualTo(root.getPath() + child.getOrgCode() + "/");
    }

    @Test
    void aUnitComesWithItsPeople() {
        Person second = fixtures.person("Alma Second", child);
        Response unit = get("/api/v1/org-units/" + child.getId(), manager);

        assertThat(unit.status()).isEqualTo(200);
        assertThat(unit.text("name")).isEqualTo(child.getName());
        assertThat(unit.body().at("/parent/id").asLong()).isEqualTo(root.getId());
        assertThat(unit.body().get("people")).extracting(p -> p.get("displayName").asText())
                .containsExactly("Alma Second", "Sam Staff");
        assertThat(unit.body().get("people")).extracting(p -> p.get("id").asLong())
                .containsExactlyInAnyOrder(staff.getId(), second.getId());

        assertThat(get("/api/v1/org-units/" + Long.MAX_VALUE, manager).status()).isEqualTo(404);
        Response notANumber = get("/api/v1/org-units/abc", manager);
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.text("field")).isEqualTo("id");
    }

    @Test
    void overdueItemsOfASubtreeAreForItsManagersOnly() {
        LocalDate today = context.getBean(ActionItemManagement.class).today();
        Response overdueItem = post("/api/v1/action-items", Map.of("subject", "Late report",
                "assigneePersonId", staff.getId(), "dueDate", today.minusDays(3).toString()), staff);
        Response onTime = post("/api/v1/action-items", Map.of("subject", "Future report",
                "assigneePersonId", staff.getId(), "dueDate", today.plusDays(30).toString()), staff);
        assertThat(overdueItem.status()).isEqualTo(201);
        assertThat(onTime.status()).isEqualTo(201);

        Response overdue = get("/api/v1/org-units/" + root.getId() + "/overdue-items?limit=50&offset=0", manager);

        assertThat(overdue.status()).isEqualTo(200);
        assertThat(overdue.body()).extracting(i -> i.get("id").asLong())
                .containsExactly(overdueItem.body().get("id").asLong());
        assertThat(overdue.body().get(0).get("overdue").asBoolean()).isTrue();
        assertThat(overdue.body().get(0).at("/assignee/id").asLong()).isEqualTo(staff.getId());

        assertThat(get("/api/v1/org-units/" + root.getId() + "/overdue-items", staff).status()).isEqualTo(403);
        assertThat(get("/api/v1/org-units/" + Long.MAX_VALUE + "/overdue-items", manager).status()).isEqualTo(404);
        Response badLimit = get("/api/v1/org-units/" + root.getId() + "/overdue-items?limit=0", manager);
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.text("field")).isEqualTo("limit");
    }

    @Test
    void peopleAreFoundByNameOrUpnAndShownWithTheirManager() {
        String unique = "Quux" + UUID.randomUUID().toString().substring(0, 8);
        Person found = fixtures.person("Zebulon " + unique, child, Role.STAFF, Role.SECRETARIAT);

        Response search = get("/api/v1/people?q=" + unique + "&limit=5", staff);

        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body()).hasSize(1);
        assertThat(search.body().get(0).get("id").asLong()).isEqualTo(found.getId());
        assertThat(search.body().get(0).at("/orgUnit/id").asLong()).isEqualTo(child.getId());
        assertThat(get("/api/v1/people?q=" + found.getUpn(), staff).body()).hasSize(1);

        Response person = get("/api/v1/people/" + found.getId(), staff);
        assertThat(person.status()).isEqualTo(200);
        assertThat(person.text("displayName")).isEqualTo("Zebulon " + unique);
        assertThat(person.body().at("/manager/id").asLong()).isEqualTo(manager.getId());
        assertThat(person.body().get("roles")).extracting(JsonNode::asText).containsExactlyInAnyOrder("STAFF", "SECRETARIAT");

        assertThat(get("/api/v1/people/" + Long.MAX_VALUE, staff).status()).isEqualTo(404);
        Response tooMany = get("/api/v1/people?limit=100000", staff);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.text("field")).isEqualTo("limit");
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode node : list) {
            if (node.get("id").asLong() == id) {
                return node;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }
}
