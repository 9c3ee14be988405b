package org.excoord.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.ImportAuthority;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recording under a record takes the right to change it: an analysis is recorded for a unit only by who assesses
 * for that unit, and an impact or risk under an analysis only by who may change that analysis.
 */
@SecurityTest
class AssessmentRightsApiTests extends ApiTestSupport {

    private long authorityId;
    private OrgUnit unit;
    private OrgUnit otherUnit;
    private Person manager;
    private Person otherManager;
    private Person secretariat;

    @BeforeEach
    void data() throws IOException {
        authorityId = context.getBean(AuthorityCatalog.class).importText(ImportAuthority.of(new String(
                getClass().getResourceAsStream("/authorities/eo-14028.md").readAllBytes(), StandardCharsets.UTF_8)),
                Actor.system()).orElseThrow().authority().getId();
        OrgUnit agency = fixtures.unit("Assess Agency", null);
        unit = fixtures.unit("Assess Office", agency);
        otherUnit = fixtures.unit("Assess Other Office", agency);
        manager = fixtures.manager("Ana Manager", unit);
        otherManager = fixtures.manager("Olli Othermanager", otherUnit);
        secretariat = fixtures.person("Sue Secretariat", agency, Role.SECRETARIAT);
    }

    @Test
    void anAnalysisIsRecordedForAUnitOnlyByWhoAssessesForIt() {
        String path = "/api/v1/authorities/" + authorityId + "/analyses";
        Response foreign = post(path, Map.of("name", "Their analysis", "orgUnitId", unit.getId()), otherManager);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.text("detail")).contains("only for the org units they manage");
        assertThat(post(path, Map.of("name", "Our analysis", "orgUnitId", unit.getId()), manager).status())
                .isEqualTo(201);
        assertThat(post(path, Map.of("name", "For them", "orgUnitId", unit.getId()), secretariat).status())
                .isEqualTo(201);
    }

    @Test
    void aFindingUnderAnAnalysisTakesTheRightToChangeTheAnalysis() {
        long analysisId = post("/api/v1/authorities/" + authorityId + "/analyses", Map.of("name", "Ours",
                "orgUnitId", unit.getId(), "pocId", manager.getId()), manager).body().get("id").asLong();
        for (String kind : List.of("impacts", "risks")) {
            String path = "/api/v1/authorities/" + authorityId + "/" + kind;
            Response foreign = post(path, Map.of("name", "Slipped in", "analysisId", analysisId, "level", "LOW"),
                    otherManager);
            assertThat(foreign.status()).as(kind).isEqualTo(403);
            assertThat(foreign.text("detail")).contains("may add to it");
            assertThat(post(path, Map.of("name", "Ours too", "analysisId", analysisId, "level", "LOW"), manager)
                    .status()).as(kind).isEqualTo(201);
            assertThat(post(path, Map.of("name", "Secretariat's", "analysisId", analysisId, "level", "LOW"),
                    secretariat).status()).as(kind).isEqualTo(201);
        }
        assertThat(get("/api/v1/authorities/" + authorityId + "/impacts", manager).body())
                .extracting(f -> f.get("name").asText()).doesNotContain("Slipped in");
    }
}
