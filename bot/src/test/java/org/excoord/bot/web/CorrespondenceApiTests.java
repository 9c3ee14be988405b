package org.excoord.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Correspondence over real HTTP, step by step with the wrong person first: accept, assign, reassign and resolve
 * are refused to everyone but who the routing names, and a classified letter is read only by those it is routed to.
 */
@SecurityTest
class CorrespondenceApiTests extends ApiTestSupport {

    private OrgUnit office;
    private OrgUnit otherOffice;
    private Person manager;
    private Person clerk;
    private Person otherManager;
    private Person otherStaff;
    private Person secretariat;
    private long typeId;

    @BeforeEach
    void people() {
        OrgUnit agency = fixtures.unit("Letters Agency", null);
        office = fixtures.unit("Letters Office", agency);
        manager = fixtures.manager("Lena Manager", office);
        clerk = fixtures.person("Carl Clerk", office);
        otherOffice = fixtures.unit("Letters Other Office", agency);
        otherManager = fixtures.manager("Olga Othermanager", otherOffice);
        otherStaff = fixtures.person("Oscar Otherstaff", otherOffice);
        secretariat = fixtures.person("Sam Secretariat", agency, Role.SECRETARIAT);
        typeId = context.getBean(ExecutiveActionTypeRepository.class).findByName("Congressional Inquiries")
                .orElseThrow().getId();
    }

    private JsonNode logAndRoute(String subject, String classification) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", subject);
        body.put("typeId", typeId);
        body.put("classification", classification);
        body.put("receipt", Map.of("receivedAt", "2026-03-02T14:30:00Z", "method", "MAIL", "fromPerson", "Sen. Roe"));
        Response logged = post("/api/v1/correspondence", body, secretariat);
        assertThat(logged.status()).isEqualTo(201);
        Response routed = post("/api/v1/correspondence/" + logged.body().get("id").asLong() + "/route",
                Map.of("orgUnitId", office.getId(), "version", logged.body().get("version").asLong()), secretariat);
        assertThat(routed.status()).isEqualTo(200);
        return routed.body();
    }

    private Response step(JsonNode letter, String verb, Map<String, Object> extra, Person as) {
        Map<String, Object> body = new LinkedHashMap<>(extra);
        body.put("version", letter.get("version").asLong());
        return post("/api/v1/correspondence/" + letter.get("id").asLong() + "/" + verb, body, as);
    }

    @Test
    void eachStepIsRefusedToTheWrongPersonAndTheLetterStaysAsItWas() {
        JsonNode letter = logAndRoute("Inquiry on staffing", "UNCLASSIFIED");
        for (Person wrong : List.of(clerk, otherManager, otherStaff, secretariat)) {
            assertThat(step(letter, "accept", Map.of(), wrong).status()).as("accept by " + wrong.getDisplayName())
                    .isEqualTo(403);
            assertThat(step(letter, "assign", Map.of("personId", clerk.getId()), wrong).status())
                    .as("assign by " + wrong.getDisplayName()).isEqualTo(403);
            assertThat(step(letter, "reassign", Map.of("orgUnitId", otherOffice.getId(), "note", "not ours"), wrong)
                    .status()).as("reassign by " + wrong.getDisplayName()).isEqualTo(403);
        }
        JsonNode unchanged = get("/api/v1/correspondence/" + letter.get("id").asLong(), manager).body();
        assertThat(unchanged.get("state").asText()).isEqualTo("ROUTED");
        assertThat(unchanged.get("version").asLong()).isEqualTo(letter.get("version").asLong());

        JsonNode accepted = step(letter, "accept", Map.of(), manager).body();
        assertThat(accepted.get("state").asText()).isEqualTo("ACCEPTED");
        Response outsideUnit = step(accepted, "assign", Map.of("personId", otherStaff.getId()), manager);
        assertThat(outsideUnit.status()).isEqualTo(400);
        assertThat(outsideUnit.text("field")).isEqualTo("personId");
        JsonNode assigned = step(accepted, "assign", Map.of("personId", clerk.getId()), manager).body();
        assertThat(assigned.get("state").asText()).isEqualTo("ASSIGNED");

        for (Person wrong : List.of(otherManager, otherStaff)) {
            Response resolve = step(assigned, "resolve", Map.of("resolution", "Not mine to answer"), wrong);
            assertThat(resolve.status()).as("resolve by " + wrong.getDisplayName()).isEqualTo(403);
        }
        Response resolved = step(assigned, "resolve", Map.of("resolution", "Answered"), clerk);
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.text("state")).isEqualTo("RESOLVED");
        assertThat(resolved.body().at("/executiveAction/owner/id").asLong()).isEqualTo(clerk.getId());
    }

    @Test
    void aReassignedLetterLeavesTheFirstUnitsHands() {
        JsonNode letter = logAndRoute("Inquiry for the other office", "UNCLASSIFIED");
        Response noReason = step(letter, "reassign", Map.of("orgUnitId", otherOffice.getId()), manager);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text("field")).isEqualTo("note");
        JsonNode moved = step(letter, "reassign", Map.of("orgUnitId", otherOffice.getId(), "note", "theirs"), manager)
                .body();
        assertThat(moved.at("/routedOrgUnit/id").asLong()).isEqualTo(otherOffice.getId());

        assertThat(step(moved, "accept", Map.of(), manager).status()).as("the first unit's manager").isEqualTo(403);
        assertThat(step(moved, "resolve", Map.of("resolution", "Done"), manager).status()).isEqualTo(403);
        assertThat(step(moved, "accept", Map.of(), otherManager).status()).isEqualTo(200);
    }

    @Test
    void aClassifiedLetterIsReadOnlyByThoseItIsRoutedToAndTheSecretariat() {
        JsonNode letter = logAndRoute("Sensitive inquiry on the enclave", "SBU");
        String path = "/api/v1/correspondence/" + letter.get("id").asLong();
        for (Person wrong : List.of(clerk, otherManager, otherStaff)) {
            Response read = get(path, wrong);
            assertThat(read.status()).as(wrong.getDisplayName()).isEqualTo(403);
            assertThat(read.raw()).doesNotContain("Sensitive inquiry");
            assertThat(get("/api/v1/correspondence", wrong).raw()).doesNotContain("Sensitive inquiry");
        }
        for (Person cleared : List.of(manager, secretariat)) {
            assertThat(get(path, cleared).body().at("/executiveAction/name").asText()).isEqualTo(
                    "Sensitive inquiry on the enclave");
        }
        JsonNode accepted = step(letter, "accept", Map.of(), manager).body();
        step(accepted, "assign", Map.of("personId", clerk.getId()), manager);
        assertThat(get(path, clerk).status()).as("assigned, the clerk answers it").isEqualTo(200);
    }
}
