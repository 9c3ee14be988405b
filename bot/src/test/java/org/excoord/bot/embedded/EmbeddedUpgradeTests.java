package org.excoord.bot.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.excoord.testing.SecurityTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A local data directory from before the two roles: everything in it belongs to the superuser, which migrated it to
 * V6 and ran the app. The next start hands it to the owner role, V7 grants the app's role, and the data is intact.
 */
@SecurityTest
class EmbeddedUpgradeTests {

    private static final String[] LOCATIONS = {"classpath:db/migration/core", "classpath:db/migration/bot"};

    @Test
    void aDataDirectoryOwnedByTheSuperuserIsHandedToTheOwnerAndTheAppGetsOnlyItsGrants() throws Exception {
        Path dir = EmbeddedServerRecoveryTests.dataDir();
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .start()) {
            Flyway.configure().dataSource(old.getPostgresDatabase()).locations(LOCATIONS).target("6").load().migrate();
            JdbcTemplate superuser = new JdbcTemplate(old.getPostgresDatabase());
            superuser.execute("insert into audit_entry (actor_label, record_type, record_id, action) "
                    + "values ('Old Entry', 'ActionItem', '1', 'CREATED')");
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, 0, false)) {
            Flyway.configure().dataSource(server.jdbcUrl(), DatabaseRoles.OWNER, "").locations(LOCATIONS).load()
                    .migrate();
            JdbcTemplate app = new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(), DatabaseRoles.APP, ""));

            assertThat(app.queryForObject("select actor_label from audit_entry", String.class)).isEqualTo("Old Entry");
            app.update("insert into audit_entry (actor_label, record_type, record_id, action) "
                    + "values ('New Entry', 'ActionItem', '2', 'CREATED')");
            assertThat(app.queryForObject("select count(*) from action_item", Integer.class)).isZero();
            assertThatThrownBy(() -> app.execute("alter table audit_entry disable trigger all"))
                    .isInstanceOf(DataAccessException.class);
            assertThatThrownBy(() -> app.update("delete from audit_entry")).isInstanceOf(DataAccessException.class);
            assertThat(app.queryForObject("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                    + "where n.nspname = 'public' and c.relowner <> 'excoord_owner'::regrole", Integer.class)).isZero();
        }
    }
}
