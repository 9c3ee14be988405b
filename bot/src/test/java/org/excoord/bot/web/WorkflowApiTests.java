package org.excoord.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.process.AssignTo;
import org.excoord.process.ProcessStep;
import org.excoord.process.ProcessStepRepository;
import org.excoord.process.ProcessTemplate;
import org.excoord.process.ProcessTemplateRepository;
import org.excoord.process.SubstepOrder;
import org.excoord.shared.ActionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The everyday flows over real HTTP: an ad hoc item through its workflow with stale versions answered 409, an
 * executive action started from a template, correspondence from receipt to resolution, and the audit trail.
 */
class WorkflowApiTests extends ApiTestSupport {

    private OrgUnit office;
    private Person manager;
    private Person staff;
    private Person outsider;
    private Person secretariat;

    @BeforeEach
    void people() {
        OrgUnit agency = fixtures.unit("Workflow Agency", null);
        office = fixtures.unit("Workflow Office", agency);
        manager = fixtures.manager("Wanda Manager", office);
        staff = fixtures.person("Walt Staff", office);
        outsider = fixtures.person("Otto Outsider", fixtures.unit("Elsewhere", agency));
        secretariat = fixtures.person("Sela Secretariat", agency, Role.SECRETARIAT);
    }

    @Test
    void anAdHocItemGoesThroughReviewAndAStaleVersionIsAConflict() {
        Response created = post("/api/v1/action-items", Map.of("subject", "Draft the reply", "assigneePersonId",
                staff.getId(), "reviewerId", manager.getId(), "dueDate", today().plusDays(5).toString()), manager);
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.text("number")).matches("AI-\\d{4}-\\d{6}");
        assertThat(created.text("status")).isEqualTo("NEW");

        Response started = transition(id, "START", created.body().get("version").asLong(), null, staff);
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.text("status")).isEqualTo("IN_PROGRESS");

        Response stale = transition(id, "SUBMIT", created.body().get("version").asLong(), null, staff);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");

        Response submitted = transition(id, "SUBMIT", started.body().get("version").asLong(), null, staff);
        assertThat(submitted.text("status")).isEqualTo("SUBMITTED_FOR_REVIEW");
        Response reviewing = transition(id, "START_REVIEW", submitted.body().get("version").asLong(), null, manager);
        assertThat(reviewing.text("status")).isEqualTo("REVIEW_IN_PROGRESS");

        Response returnWithoutComment = transition(id, "RETURN", reviewing.body().get("version").asLong(), null, manager);
        assertThat(returnWithoutComment.status()).isEqualTo(400);
        assertThat(returnWithoutComment.text("field")).isEqualTo("comment");

        Response byStaff = transition(id, "APPROVE", reviewing.body().get("version").asLong(), null, staff);
        assertThat(byStaff.status()).isEqualTo(403);
        Response approved = transition(id, "APPROVE", reviewing.body().get("version").asLong(), null, manager);
        assertThat(approved.text("status")).isEqualTo("COMPLETE");

        Response audit = get("/api/v1/audit?recordType=ActionItem&recordId=" + id, manager);
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).extracting(e -> e.get("action").asText())
                .containsSubsequence("CREATED", "START", "SUBMIT", "START_REVIEW", "APPROVE")
                .as("refused changes changed nothing").doesNotContain("RETURN");
        assertThat(get("/api/v1/audit?recordType=ActionItem&recordId=" + id, staff).status()).isEqualTo(403);
    }

    @Test
    void itemsAreReassignedCommentedAndHiddenFromOutsiders() {
        long id = post("/api/v1/action-items", Map.of("subject", "Collect figures", "assigneePersonId", staff.getId()),
                manager).body().get("id").asLong();
        assertThat(get("/api/v1/action-items/" + id, outsider).status()).isEqualTo(403);
        assertThat(post("/api/v1/action-items/" + id + "/comments", Map.of("body", "me too"), outsider).status())
                .isEqualTo(403);

        Response comment = post("/api/v1/action-items/" + id + "/comments", Map.of("body", "<at>Walt</at> **now**"), staff);
        assertThat(comment.status()).isEqualTo(201);
        Response item = get("/api/v1/action-items/" + id, staff);
        assertThat(item.body().get("recentComments")).extracting(c -> c.get("body").asText())
                .contains("<at>Walt</at> **now**");

        Person colleague = fixtures.person("Cora Colleague", office);
        Response reassigned = put("/api/v1/action-items/" + id + "/assignee",
                Map.of("personId", colleague.getId(), "version", item.body().get("version").asLong()), manager);
        assertThat(reassigned.status()).isEqualTo(200);
        assertThat(reassigned.body().at("/assignee/id").asLong()).isEqualTo(colleague.getId());
        assertThat(get("/api/v1/action-items", colleague).body()).extracting(i -> i.get("id").asLong()).contains(id);
    }

    @Test
    void badInputNamesTheFieldAndUnknownRecordsAre404() {
        Response noSubject = post("/api/v1/action-items", Map.of("details", "no subject"), manager);
        assertThat(noSubject.status()).isEqualTo(400);
        assertThat(noSubject.text("field")).isEqualTo("subject");
        Response badDate = postRaw("/api/v1/action-items", "application/json",
                "{\"subject\":\"x\",\"dueDate\":\"next tuesday\"}", manager);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.text("field")).isEqualTo("dueDate");
        Response broken = postRaw("/api/v1/action-items", "application/json", "{\"subject\":", manager);
        assertThat(broken.status()).isEqualTo(400);
        Response badVerb = postRaw("/api/v1/action-items/1/transitions", "application/json",
                "{\"verb\":\"EXPLODE\",\"version\":0}", manager);
        assertThat(badVerb.status()).isEqualTo(400);
        assertThat(badVerb.text("field")).isEqualTo("verb");
        assertThat(get("/api/v1/action-items/" + Long.MAX_VALUE, manager).status()).isEqualTo(404);
        assertThat(get("/api/v1/executive-actions/EA-1999-000001", manager).status()).isEqualTo(404);
    }

    @Test
    void anExecutiveActionStartsAProcessFromATemplateAndRollsUpProgress() {
        ProcessTemplate template = context.getBean(ProcessTemplateRepository.class)
                .save(new ProcessTemplate("API template " + System.nanoTime(), "test", SubstepOrder.SEQUENTIAL));
        ProcessStepRepository steps = context.getBean(ProcessStepRepository.class);
        steps.save(new ProcessStep(template.getId(), null, "Gather", ActionType.TASK_ASSIGNMENT, 1,
                SubstepOrder.SEQUENTIAL, 3, AssignTo.RECORD_OWNER, null, null, null));
        steps.save(new ProcessStep(template.getId(), null, "Approve", ActionType.APPROVAL, 2, SubstepOrder.SEQUENTIAL,
                7, AssignTo.RECORD_OWNER, null, null, null));

        JsonNode type = get("/api/v1/executive-action-types", manager).body().get(0);
        Response action = post("/api/v1/executive-actions", Map.of("name", "Implement the order", "typeId",
                type.get("id").asLong(), "ownerId", manager.getId()), manager);
        assertThat(action.status()).isEqualTo(201);
        assertThat(action.text("number")).matches("EA-\\d{4}-\\d{6}");
        long actionId = action.body().get("id").asLong();

        Response started = post("/api/v1/executive-actions/" + actionId + "/processes",
                Map.of("templateId", template.getId()), manager);
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.body().get("items")).extracting(i -> i.get("subject").asText())
                .contains("Gather", "Approve");

        Response details = get("/api/v1/executive-actions/" + action.text("number"), manager);
        assertThat(details.status()).isEqualTo(200);
        assertThat(details.body().at("/progress/total").asInt()).as("the process item and its two steps").isEqualTo(3);
        assertThat(get("/api/v1/process-templates", staff).body()).extracting(t -> t.get("name").asText())
                .contains(template.getName());

        Response missingType = post("/api/v1/executive-actions", Map.of("name", "No type"), manager);
        assertThat(missingType.status()).isEqualTo(400);
        assertThat(missingType.text("field")).isEqualTo("typeId");
    }

    @Test
    void correspondenceIsLoggedRoutedAcceptedAssignedAcknowledgedAndResolved() {
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("receivedAt", "2026-03-02T14:30:00Z");
        receipt.put("method", "MAIL");
        receipt.put("fromPerson", "Sen. Jane Roe");
        receipt.put("fromOrganization", "U.S. Senate");
        Response noMethod = post("/api/v1/correspondence",
                Map.of("subject", "Letter", "receipt", Map.of("receivedAt", "2026-03-02T14:30:00Z")), secretariat);
        assertThat(noMethod.status()).isEqualTo(400);
        assertThat(noMethod.text("field")).isEqualTo("receipt.method");

        long inquiries = StreamSupport.stream(get("/api/v1/executive-action-types", secretariat).body().spliterator(), false)
                .filter(type -> type.get("name").asText().equals("Congressional Inquiries")).findFirst().orElseThrow()
                .get("id").asLong();
        Response logged = post("/api/v1/correspondence", Map.of("subject", "Inquiry on EO implementation",
                "typeId", inquiries, "receipt", receipt), secretariat);
        assertThat(logged.status()).isEqualTo(201);
        long id = logged.body().get("id").asLong();
        assertThat(logged.text("referenceNumber")).isNotBlank();
        assertThat(logged.text("state")).isEqualTo("UNROUTED");

        assertThat(post("/api/v1/correspondence/" + id + "/route", Map.of("orgUnitId", office.getId(), "version",
                logged.body().get("version").asLong()), staff).status()).isEqualTo(403);
        Response routed = post("/api/v1/correspondence/" + id + "/route", Map.of("orgUnitId", office.getId(),
                "note", "yours", "version", logged.body().get("version").asLong()), secretariat);
        assertThat(routed.text("state")).isEqualTo("ROUTED");
        assertThat(get("/api/v1/correspondence", manager).body()).extracting(c -> c.get("id").asLong()).contains(id);

        Response accepted = post("/api/v1/correspondence/" + id + "/accept",
                Map.of("version", routed.body().get("version").asLong()), manager);
        assertThat(accepted.text("state")).isEqualTo("ACCEPTED");
        Response assigned = post("/api/v1/correspondence/" + id + "/assign",
                Map.of("personId", staff.getId(), "version", accepted.body().get("version").asLong()), manager);
        assertThat(assigned.text("state")).isEqualTo("ASSIGNED");
        Response acknowledged = post("/api/v1/correspondence/" + id + "/acknowledge",
                Map.of("version", assigned.body().get("version").asLong()), secretariat);
        assertThat(acknowledged.text("acknowledgedAt")).isNotNull();
        Response resolved = post("/api/v1/correspondence/" + id + "/resolve", Map.of("resolution", "Replied",
                "version", acknowledged.body().get("version").asLong()), staff);
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.text("resolution")).isEqualTo("Replied");
        assertThat(resolved.body().get("history")).extracting(h -> h.get("step").asText())
                .containsSubsequence(List.of("ROUTED", "ACCEPTED", "ASSIGNED"));
    }

    private LocalDate today() {
        return context.getBean(ActionItemManagement.class).today();
    }

    private Response transition(long id, String verb, long version, String comment, Person as) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("verb", verb);
        body.put("version", version);
        if (comment != null) {
            body.put("comment", comment);
        }
        return post("/api/v1/action-items/" + id + "/transitions", body, as);
    }
}
