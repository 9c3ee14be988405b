package org.excoord.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.excoord.testing.CoreIntegrationTest;
import org.excoord.testing.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Flyway builds the schema and Hibernate validates its mapping against it (the context would not start
 * otherwise); these tests pin down what the database itself guarantees.
 */
class MigrationTests extends CoreIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theHotQueriesHavePartialIndexesOnOpenItems() {
        List<String> definitions = jdbc.queryForList(
                "select indexdef from pg_indexes where tablename = 'action_item' and indexname like 'ix_item_open_%'",
                String.class);
        assertThat(definitions).hasSize(3).allSatisfy(d -> assertThat(d).containsPattern("WHERE \\(?is_open"));
        assertThat(definitions).anySatisfy(d -> assertThat(d).contains("(assignee_person_id, due_date, id)"));
        assertThat(definitions).anySatisfy(d -> assertThat(d).contains("(org_unit_id, due_date, id)"));
    }

    @Test
    void isOpenIsDerivedFromTheStatusByTheDatabase() {
        List<Boolean> open = jdbc.queryForList("select (s in ('NEW', 'IN_PROGRESS', 'SUBMITTED_FOR_REVIEW', "
                + "'REVIEW_IN_PROGRESS', 'RETURNED')) from unnest(array['NEW', 'COMPLETE']) s", Boolean.class);
        assertThat(open).containsExactly(true, false);
        String generation = jdbc.queryForObject("select generation_expression from information_schema.columns "
                + "where table_name = 'action_item' and column_name = 'is_open'", String.class);
        assertThat(generation).contains("NEW").contains("RETURNED").doesNotContain("COMPLETE");
    }

    @Test
    void anUnknownStatusIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> jdbc.update("insert into legal_authority (id, name, authority_type, status, "
                + "jurisdiction, content_hash, created_at, updated_at) values (nextval('authority_seq'), "
                + "'x', 'EXECUTIVE_ORDER', 'WHATEVER', 'FEDERAL', md5(random()::text) || md5(random()::text), now(), now())"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void allMigrationsApplied() {
        JdbcTemplate owner = new JdbcTemplate(EmbeddedPostgresSupport.owner()); // the app's role cannot read the history
        Integer failed = owner.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class);
        assertThat(failed).isZero();
        assertThat(owner.queryForObject("select count(*) from flyway_schema_history", Integer.class)).isPositive();
    }

    @Test
    void theTwentySixSampleTypesAreReferenceData() {
        List<String> categories = jdbc.queryForList("select category from executive_action_type where name in "
                + "('MOUs', 'Executive Orders', 'Congressional Inquiries', 'Audit Responses', 'Security Protocols') "
                + "order by name", String.class);
        assertThat(categories).containsExactly("REGULATORY_AND_COMPLIANCE", "INFORMATION_REQUEST", "DIRECTIVE_OR_ORDER",
                "AGREEMENT", "SECURITY_AND_SAFETY");
        assertThat(jdbc.queryForObject("select count(distinct category) from executive_action_type where id < 2000",
                Integer.class)).isEqualTo(10);
    }
}
