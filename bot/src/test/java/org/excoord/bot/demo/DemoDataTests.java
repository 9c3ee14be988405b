package org.excoord.bot.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.directory.Person;
import org.excoord.directory.PersonRepository;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The embedded default's demo department: complete, consistent, usable through the API, and seeded once. */
@TestPropertySource(properties = "excoord.demo.enabled=true")
class DemoDataTests extends ApiTestSupport {

    @Test
    void theDirectoryHasUnitsPeopleAndManagers() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from org_unit where org_code in "
                + "('DPA', 'ES', 'OCIO', 'CSD', 'AIDD', 'OGC', 'OCFO') and manager_id is not null", Integer.class))
                .isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from person where upn like '%@example.com' "
                + "and manager_id is not null", Integer.class)).isGreaterThanOrEqualTo(12);

        Person adele = context.getBean(PersonRepository.class).findByEntraObjectId("00000000-0000-0000-0000-0000000000022")
                .orElseThrow();
        JsonNode me = get("/api/v1/me", adele).body();
        assertThat(me.get("displayName").asText()).isEqualTo("Adele Vance");
        assertThat(me.at("/manager/name").asText()).isEqualTo("Lynne Robbins");
    }

    @Test
    void theOrdersAreImportedWithTheirCrossReferencesAndStatus() {
        Person megan = person("meganb@example.com");
        JsonNode eo14144 = get("/api/v1/authorities/EO%2014144", megan).body();
        assertThat(eo14144.get("sections").size()).isGreaterThan(5);
        assertThat(eo14144.get("references")).anySatisfy(r -> {
            assertThat(r.get("toExecutiveOrderNumber").asText()).isEqualTo("14028");
            assertThat(r.get("toAuthorityId").isNull()).isFalse();
        });
        JsonNode eo14110 = get("/api/v1/authorities/EO%2014110", megan).body();
        assertThat(eo14110.get("status").asText()).isEqualTo("REPEALED");
        assertThat(eo14110.get("dispositionNotes").asText()).contains("14148");
        JsonNode all = get("/api/v1/authorities?size=200", megan).body();
        assertThat(all.get("content")).extracting(a -> a.get("executiveOrderNumber").asText())
                .contains("13800", "14028", "14057", "14110", "14144", "14179");
    }

    @Test
    void templatesActionsItemsAndCorrespondenceAreInPlace() {
        Person alex = person("alexw@example.com");
        List<JsonNode> templates = list(get("/api/v1/process-templates", alex).body());
        JsonNode eo = templates.stream().filter(t -> t.get("name").asText().equals(DemoTemplates.EO_PLANNING))
                .findFirst().orElseThrow();
        assertThat(eo.get("steps")).hasSize(6).allSatisfy(s -> assertThat(s.get("children").size()).isEqualTo(2));
        assertThat(templates).anySatisfy(t -> {
            assertThat(t.get("name").asText()).isEqualTo(DemoTemplates.BRIEFING_MEMO);
            assertThat(t.get("steps")).hasSize(4);
        });
        assertThat(get("/api/v1/executive-action-types", alex).body()).hasSize(26);

        JsonNode adeleItems = get("/api/v1/action-items", person("adelev@example.com")).body();
        assertThat(adeleItems).anySatisfy(i -> assertThat(i.get("overdue").asBoolean()).isTrue());
        assertThat(adeleItems).anySatisfy(i -> assertThat(i.get("overdue").asBoolean()).isFalse());
        long ocio = context.getBean(JdbcTemplate.class).queryForObject("select id from org_unit where org_code = 'OCIO'",
                Long.class);
        assertThat(get("/api/v1/org-units/" + ocio + "/overdue-items", alex).body().size()).isGreaterThanOrEqualTo(3);

        List<Map<String, Object>> states = context.getBean(JdbcTemplate.class).queryForList(
                "select distinct routing_state as state from correspondence");
        assertThat(states).extracting(s -> s.get("state")).contains("UNROUTED", "ROUTED", "ACCEPTED", "ASSIGNED");
        assertThat(get("/api/v1/correspondence", person("meganb@example.com")).body().size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void seedingAgainChangesNothing() throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String counts = "select (select count(*) from person) || '/' || (select count(*) from action_item) || '/' || "
                + "(select count(*) from legal_authority) || '/' || (select count(*) from process_template)";
        String before = jdbc.queryForObject(counts, String.class);
        context.getBean(DemoData.class).run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject(counts, String.class)).isEqualTo(before);
        assertThat(get("/actuator/health", null).text("status")).isEqualTo("UP");
    }

    private Person person(String upn) {
        return context.getBean(PersonRepository.class).findByUpn(upn).orElseThrow();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new java.util.ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
