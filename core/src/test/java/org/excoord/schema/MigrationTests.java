package org.excoord.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.shared.ActionStatus;
import org.excoord.testing.CoreIntegrationTest;
import org.excoord.testing.EmbeddedPostgresSupport;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Flyway builds the schema and Hibernate validates its mapping against it (the context would not start
 * otherwise); these tests pin down what the database itself guarantees, each against rows or catalog entries the
 * migrations really created.
 */
class MigrationTests extends CoreIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ActionItemManagement items;

    @Test
    void theHotQueriesHavePartialIndexesOnOpenItems() {
        List<String> definitions = jdbc.queryForList(
                "select indexdef from pg_indexes where tablename = 'action_item' and indexname like 'ix_item_open_%'",
                String.class);
        assertThat(definitions).hasSize(4).allSatisfy(d -> assertThat(d).containsPattern("WHERE \\(?is_open"));
        assertThat(definitions).anySatisfy(d -> assertThat(d).contains("(assignee_person_id, due_date, id)"));
        assertThat(definitions).anySatisfy(d -> assertThat(d).contains("(org_unit_id, due_date, id)"));
        // the nudge planner's escalation and due-soon pass across everyone (V11)
        assertThat(definitions).anySatisfy(d -> assertThat(d).contains("(due_date, id)"));
    }

    @Test
    void isOpenIsDerivedFromTheStatusByTheDatabaseExactlyAsTheDomainDefinesIt() {
        OrgUnit unit = fixtures.unit("Is Open Office", null);
        Person person = fixtures.manager("Ida Open", unit);
        ActionItem item = items.create(NewActionItem.adHoc("Every status", person.getId(), null, null),
                fixtures.actor(person)).orElseThrow();
        for (ActionStatus status : ActionStatus.values()) {
            jdbc.update("update action_item set status = ? where id = ?", status.name(), item.getId());
            assertThat(jdbc.queryForObject("select is_open from action_item where id = ?", Boolean.class, item.getId()))
                    .as(status.name()).isEqualTo(status.isOpen());
        }
    }

    @Test
    void anUnknownStatusIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> jdbc.update("insert into legal_authority (id, name, authority_type, status, "
                + "jurisdiction, content_hash, created_at, updated_at) values (nextval('authority_seq'), "
                + "'x', 'EXECUTIVE_ORDER', 'WHATEVER', 'FEDERAL', md5(random()::text) || md5(random()::text), now(), now())"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /**
     * Flyway silently ignores a script whose name does not follow its pattern ({@code V7_x.sql}, {@code v7__x.sql}):
     * every script of the folder must be a migration the database recorded as applied.
     */
    @Test
    void everyScriptOfTheMigrationFolderIsAppliedInVersionOrder() throws Exception {
        List<String> scripts = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/core/*")) {
            scripts.add(r.getFilename());
        }
        Pattern versioned = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");
        assertThat(scripts).isNotEmpty().allSatisfy(f -> assertThat(f).matches(versioned));
        List<String> versions = scripts.stream().map(f -> versioned.matcher(f).replaceAll("$1").replace('_', '.'))
                .sorted(Comparator.comparing(MigrationVersion::fromVersion)).toList();

        JdbcTemplate owner = new JdbcTemplate(EmbeddedPostgresSupport.owner()); // the app's role cannot read the history
        List<String> applied = owner.queryForList("select version from flyway_schema_history where success "
                + "and version is not null order by installed_rank", String.class);
        assertThat(applied).containsExactlyElementsOf(versions);
        assertThat(owner.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
                .isZero();
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
