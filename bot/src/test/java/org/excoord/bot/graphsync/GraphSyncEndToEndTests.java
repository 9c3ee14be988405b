package org.excoord.bot.graphsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.graphsync.emulator.EventSnapshot;
import org.excoord.graphsync.emulator.GraphEmulator;
import org.excoord.graphsync.emulator.TaskSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app with graph-sync on, against the loopback Graph emulator over TLS, driven through the REST API as
 * people would drive it: link a unit, assign, move the due date, reassign, complete in Planner, cancel. At the end
 * the emulator's Planner and calendars are compared with the database: every item has exactly one task and at most
 * one event, and all mirrored fields are equal.
 */
class GraphSyncEndToEndTests extends ApiTestSupport {

    private static final GraphEmulator GRAPH = new GraphEmulator().start();
    private static final Duration SYNCED = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void graph(DynamicPropertyRegistry registry) {
        registry.add("excoord.graph.enabled", () -> "true");
        registry.add("excoord.graph.base-url", GRAPH::baseUrl);
        registry.add("excoord.graph.login-host", GRAPH::loginHost);
        registry.add("excoord.graph.tenant-id", GRAPH::tenantId);
        registry.add("excoord.graph.client-id", GRAPH::clientId);
        registry.add("excoord.graph.client-secret", GRAPH::clientSecret);
        registry.add("excoord.graph.debounce", () -> "200ms");
        registry.add("excoord.graph.poll-interval", () -> "500ms");
        // the request counts here are the mirror's: no out-of-office rounds in between
        registry.add("excoord.graph.out-of-office.scheduled", () -> "false");
    }

    @AfterAll
    static void stop() {
        GRAPH.close();
    }

    @Test
    void assignMoveReassignCompleteInPlannerAndCancelLeaveTheMirrorEqualToTheDatabase() {
        OrgUnit unit = fixtures.unit("Mirrored Office", null);
        Person admin = fixtures.person("Ada Admin", unit, Role.STAFF, Role.ADMIN);
        Person manager = fixtures.manager("Mia Manager", unit);
        Person alex = fixtures.person("Alex Wilber", unit);
        Person lynne = fixtures.person("Lynne Robbins", unit);
        String group = java.util.UUID.randomUUID().toString();
        GRAPH.addGroup(group);
        for (Person p : List.of(admin, manager, alex, lynne)) {
            GRAPH.addUser(p.getEntraObjectId(), true);
        }

        Response linked = put("/api/v1/org-units/" + unit.getId() + "/planner", Map.of("groupId", group), admin);
        assertThat(linked.status()).as(linked.raw()).isEqualTo(200);
        String planId = linked.text("planId");
        assertThat(GRAPH.plans(group)).containsKey(planId);

        LocalDate due = context.getBean(org.excoord.actionitem.ActionItemManagement.class).today().plusDays(10);
        JsonNode kept = created(post("/api/v1/action-items", Map.of("subject", "Draft the zero trust report",
                "details", "Cover sections 3 and 4.", "priority", "HIGH", "assigneePersonId", alex.getId(),
                "dueDate", due.toString()), manager));
        JsonNode cancelled = created(post("/api/v1/action-items", Map.of("subject", "Collect the inventories",
                "assigneePersonId", alex.getId(), "dueDate", due.plusDays(3).toString()), manager));
        String number = kept.get("number").asText();

        // assigned: a task in the unit's plan and an all-day event on Alex's calendar
        TaskSnapshot task = await().atMost(SYNCED).until(() -> taskOf(planId, number), Optional::isPresent).get();
        assertThat(task.title()).isEqualTo(number + " · Draft the zero trust report");
        assertThat(task.assigneeIds()).containsExactly(alex.getEntraObjectId());
        assertThat(task.due()).isEqualTo(due);
        assertThat(task.priority()).isEqualTo(3);
        await().atMost(SYNCED).until(() -> taskOf(planId, number).map(TaskSnapshot::description).orElse(""),
                d -> d.contains("Cover sections 3 and 4."));
        EventSnapshot event = await().atMost(SYNCED).until(() -> eventOf(alex, number), Optional::isPresent).get();
        assertThat(event.subject()).isEqualTo("Due: " + number + " · Draft the zero trust report");
        assertThat(event.isAllDay()).isTrue();
        assertThat(event.showAs()).isEqualToIgnoringCase("free");
        assertThat(event.categories()).containsExactly("Executive Coordination");
        assertThat(event.attendees()).isZero();
        assertThat(event.start()).startsWith(due.toString());

        // the due date moves: the task and the event move
        LocalDate moved = due.plusDays(4);
        long id = kept.get("id").asLong();
        assertThat(put("/api/v1/action-items/" + id + "/due-date", Map.of("dueDate", moved.toString(),
                "version", version(id, manager)), manager).status()).isEqualTo(200);
        await().atMost(SYNCED).until(() -> taskOf(planId, number).map(TaskSnapshot::due).orElse(null), moved::equals);
        await().atMost(SYNCED).until(() -> eventOf(alex, number).map(e -> e.start().startsWith(moved.toString()))
                .orElse(false));

        // reassigned: the event leaves Alex's calendar and appears on Lynne's; the task changes hands
        assertThat(put("/api/v1/action-items/" + id + "/assignee", Map.of("personId", lynne.getId(),
                "version", version(id, manager)), manager).status()).isEqualTo(200);
        await().atMost(SYNCED).until(() -> eventOf(lynne, number).isPresent() && eventOf(alex, number).isEmpty());
        await().atMost(SYNCED).until(() -> taskOf(planId, number).map(TaskSnapshot::assigneeIds).orElse(Set.of()),
                ids -> ids.equals(Set.of(lynne.getEntraObjectId())));

        // Lynne ticks it complete in Planner: the item is submitted (a task assignment needs review) as Lynne
        String taskId = taskOf(planId, number).orElseThrow().id();
        GRAPH.editTaskAsUser(taskId, lynne.getEntraObjectId(), Map.of("percentComplete", 100));
        await().atMost(SYNCED).until(() -> status(id, manager), s -> !"NEW".equals(s));
        assertThat(status(id, manager)).isIn("SUBMITTED_FOR_REVIEW", "COMPLETE");
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForList("select actor_label from audit_entry where record_type = 'ActionItem'"
                + " and record_id = ? and actor_id = ?", String.class, String.valueOf(id), lynne.getId()))
                .anySatisfy(label -> assertThat(label).contains("via Planner"));

        // cancelled: its task is removed (the default) and so is its event
        long cancelledId = cancelled.get("id").asLong();
        String cancelledNumber = cancelled.get("number").asText();
        await().atMost(SYNCED).until(() -> taskOf(planId, cancelledNumber).isPresent());
        assertThat(post("/api/v1/action-items/" + cancelledId + "/transitions", Map.of("verb", "CANCEL",
                "version", version(cancelledId, manager), "comment", "No longer needed"), manager).status()).isEqualTo(200);
        await().atMost(SYNCED).until(() -> taskOf(planId, cancelledNumber).isEmpty()
                && eventOf(alex, cancelledNumber).isEmpty());

        // the mirror settles and equals the database, item by item
        await().atMost(SYNCED).until(() -> jdbc.queryForObject("select count(*) from graph_item_sync s join action_item i"
                + " on i.id = s.item_id where i.org_unit_id = ? and (s.pushed_seq < s.change_seq or s.claimed_by is not null)",
                Long.class, unit.getId()) == 0);
        List<Map<String, Object>> rows = jdbc.queryForList("select i.number, i.status, i.due_date, p.entra_object_id"
                + " from action_item i left join person p on p.id = i.assignee_person_id where i.org_unit_id = ?",
                unit.getId());
        assertThat(rows).hasSize(2);
        for (Map<String, Object> row : rows) {
            String n = (String) row.get("number");
            boolean open = !"CANCELLED".equals(row.get("status"));
            List<TaskSnapshot> tasks = GRAPH.tasksOfPlan(planId).stream().filter(t -> t.title().startsWith(n + " ")).toList();
            long events = GRAPH.allEvents().values().stream().flatMap(List::stream)
                    .filter(e -> e.extendedProperties().containsValue(n)).count();
            assertThat(tasks).as(n).hasSize(open ? 1 : 0);
            assertThat(events).as(n).isLessThanOrEqualTo(open ? 1 : 0);
            assertThat(tasks).as(n).allSatisfy(t -> {
                assertThat(t.due()).isEqualTo(((java.sql.Date) row.get("due_date")).toLocalDate());
                assertThat(t.assigneeIds()).containsExactly((String) row.get("entra_object_id"));
            });
        }
        assertThat(GRAPH.unknownRequests()).isEmpty();
    }

    private JsonNode created(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body();
    }

    private long version(long id, Person as) {
        return get("/api/v1/action-items/" + id, as).body().get("version").asLong();
    }

    private String status(long id, Person as) {
        return get("/api/v1/action-items/" + id, as).body().get("status").asText();
    }

    private static Optional<TaskSnapshot> taskOf(String planId, String number) {
        return GRAPH.tasksOfPlan(planId).stream().filter(t -> t.title().startsWith(number + " ")).findFirst();
    }

    private static Optional<EventSnapshot> eventOf(Person person, String number) {
        return GRAPH.events(person.getEntraObjectId()).stream()
                .filter(e -> e.extendedProperties().containsValue(number)).findFirst();
    }
}
