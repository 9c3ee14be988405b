package org.excoord.schema;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.excoord.testing.ScratchDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V6 moves every authority's text to authority_text: an existing database must not lose a character. */
class AuthorityTextMigrationTests {

    @Test
    void existingTextsMoveToTheirOwnTableUnchanged() {
        String name;
        try (ScratchDatabase scratch = ScratchDatabase.create("migrate_authority_text")) {
            name = scratch.name();
            DataSource db = scratch.dataSource();
            JdbcTemplate jdbc = scratch.jdbc();
            flyway(db).target("5").load().migrate();
            String text = "Sec. 1. Policy. — § 2 “quoted” text ".repeat(5_000);
            jdbc.update("insert into legal_authority (id, name, authority_type, status, jurisdiction, full_text, "
                    + "content_hash, created_at, updated_at) values (1, 'EO 1', 'EXECUTIVE_ORDER', 'ACTIVE', 'FEDERAL', ?, "
                    + "'hash-1', now(), now())", text);

            flyway(db).load().migrate();

            assertThat(jdbc.queryForObject("select full_text from authority_text where authority_id = 1", String.class))
                    .isEqualTo(text);
            assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where table_name = "
                    + "'legal_authority' and column_name = 'full_text'", Integer.class)).isZero();
        }
        assertThat(ScratchDatabase.exists(name)).as("the scratch database is dropped").isFalse();
    }

    private static FluentConfiguration flyway(DataSource db) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration/core");
    }
}
