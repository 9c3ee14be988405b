package org.excoord.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workflow endpoint for cancel, defer and reopen (issue 10, defect 6): a missing reason or date, a malformed or
 * past date are 400s, never 500s; reopening is for the originator, managers and admins only (403 for the assignee
 * and strangers), and the refused item is left as it was.
 */
@SecurityTest
class ItemDecisionsApiSecurityTests extends ApiTestSupport {

    private Person manager;
    private Person staff;
    private Person outsider;

    @BeforeEach
    void people() {
        OrgUnit office = fixtures.unit("Decisions Api Office", null);
        manager = fixtures.manager("Dana Manager", office);
        staff = fixtures.person("Dev Staff", office);
        outsider = fixtures.person("Oz Outsider", fixtures.unit("Decisions Elsewhere", null));
    }

    private long newItem() {
        Response created = post("/api/v1/action-items", Map.of("subject", "Draft the reply", "assigneePersonId",
                staff.getId(), "dueDate", today().plusDays(5).toString()), manager);
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private long version(long id) {
        return get("/api/v1/action-items/" + id, manager).body().get("version").asLong();
    }

    private Response transition(long id, Map<String, Object> extra, Person as) {
        Map<String, Object> body = new LinkedHashMap<>(extra);
        body.put("version", version(id));
        return post("/api/v1/action-items/" + id + "/transitions", body, as);
    }

    @Test
    void cancelWithoutAReasonIsA400AndTheItemStaysOpen() {
        long id = newItem();

        Response missing = transition(id, Map.of("verb", "CANCEL"), manager);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.raw()).contains("comment");
        assertThat(transition(id, Map.of("verb", "CANCEL", "comment", "   "), manager).status()).isEqualTo(400);
        assertThat(get("/api/v1/action-items/" + id, manager).text("status")).isEqualTo("NEW");

        Response cancelled = transition(id, Map.of("verb", "CANCEL", "comment", "Superseded"), manager);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().at("/decision/note").asText()).isEqualTo("Superseded");
        assertThat(cancelled.body().at("/decision/by/id").asLong()).isEqualTo(manager.getId());
    }

    @Test
    void deferWithoutAMalformedOrAPastDateIsA400() {
        long id = newItem();

        assertThat(transition(id, Map.of("verb", "DEFER"), manager).status()).isEqualTo(400);
        assertThat(transition(id, Map.of("verb", "DEFER", "deferUntil", "next tuesday"), manager).status())
                .isEqualTo(400);
        assertThat(transition(id, Map.of("verb", "DEFER", "deferUntil", "2027-02-30"), manager).status())
                .isEqualTo(400);
        assertThat(transition(id, Map.of("verb", "DEFER", "deferUntil", Map.of("a", 1)), manager).status())
                .isEqualTo(400);
        assertThat(transition(id, Map.of("verb", "DEFER", "deferUntil", today().minusDays(1).toString()), manager)
                .status()).isEqualTo(400);
        assertThat(get("/api/v1/action-items/" + id, manager).text("status")).isEqualTo("NEW");

        Response deferred = transition(id, Map.of("verb", "DEFER", "deferUntil", today().plusDays(20).toString()),
                manager);
        assertThat(deferred.status()).isEqualTo(200);
        assertThat(deferred.text("deferredUntil")).isEqualTo(today().plusDays(20).toString());
    }

    @Test
    void onlyTheOriginatorManagersAndAdminsReopen() {
        long id = newItem();
        assertThat(transition(id, Map.of("verb", "CANCEL", "comment", "Not needed"), manager).status()).isEqualTo(200);

        assertThat(transition(id, Map.of("verb", "REOPEN"), staff).status()).isEqualTo(403);
        assertThat(transition(id, Map.of("verb", "REOPEN"), outsider).status()).isIn(403, 404);
        assertThat(get("/api/v1/action-items/" + id, manager).text("status")).isEqualTo("CANCELLED");

        Response reopened = transition(id, Map.of("verb", "REOPEN"), manager);
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.text("status")).isEqualTo("NEW");
    }

    @Test
    void theAssigneeCannotCancelTheirOwnItem() {
        long id = newItem();
        assertThat(transition(id, Map.of("verb", "CANCEL", "comment", "Too much work"), staff).status())
                .isEqualTo(403);
        assertThat(get("/api/v1/action-items/" + id, manager).text("status")).isEqualTo("NEW");
    }

    private LocalDate today() {
        return context.getBean(ActionItemManagement.class).today();
    }
}
