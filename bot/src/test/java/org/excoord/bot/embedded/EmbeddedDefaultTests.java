package org.excoord.bot.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded default as the app starts it (its own PostgreSQL on a fresh data directory, demo data): the server keeps
 * acknowledged writes through a crash, and the app's connections belong to a role that can change data but not the
 * schema, and can only add to the audit trail.
 */
@SecurityTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"excoord.embedded-postgres.enabled=true", "excoord.embedded-postgres.clean=true"})
class EmbeddedDefaultTests {

    private static final Path DATA = Path.of("target", "embedded-tests", "default-" + UUID.randomUUID());

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("excoord.embedded-postgres.data-dir", () -> DATA.toAbsolutePath().toString());
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    EmbeddedPostgresServer server;

    @Value("${local.server.port}")
    int port;

    @Test
    void theServerSyncsEveryCommitToDisk() {
        JdbcTemplate app = new JdbcTemplate(dataSource);
        assertThat(app.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(app.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        assertThat(app.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
    }

    @Test
    void theAppRunsAsARoleThatOwnsNothingAndIsNoSuperuser() {
        JdbcTemplate app = new JdbcTemplate(dataSource);
        assertThat(app.queryForObject("select current_user", String.class)).isEqualTo(DatabaseRoles.APP);
        assertThat(app.queryForObject("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles "
                + "where rolname = current_user", Boolean.class)).isFalse();
        assertThat(app.queryForObject("select count(*) from pg_class where relowner = "
                + "(select oid from pg_roles where rolname = current_user)", Integer.class)).isZero();
        assertThat(app.queryForObject("select has_schema_privilege('public', 'CREATE')", Boolean.class)).isFalse();
    }

    @Test
    void theAppsRoleCannotTamperWithTheAuditTrailOrTheSchema() {
        JdbcTemplate app = new JdbcTemplate(dataSource);
        long entries = app.queryForObject("select count(*) from audit_entry", Long.class);
        assertThat(entries).isPositive(); // the demo seed wrote some, as this role

        for (String tamper : List.of("alter table audit_entry disable trigger audit_entry_no_update_delete",
                "alter table audit_entry disable trigger all", "update audit_entry set actor_label = 'someone else'",
                "delete from audit_entry", "truncate audit_entry", "drop table audit_entry",
                "drop trigger audit_entry_no_update_delete on audit_entry", "create table escape_hatch (id int)",
                "alter table action_item drop column subject", "delete from flyway_schema_history",
                "insert into flyway_schema_history (installed_rank, description, type, script, installed_by, "
                        + "execution_time, success) values (999, 'x', 'SQL', 'x', 'x', 0, true)")) {
            assertThatThrownBy(() -> app.execute(tamper)).as(tamper).isInstanceOf(DataAccessException.class)
                    .satisfiesAnyOf(
                            e -> assertThat(e).hasStackTraceContaining("must be owner"),
                            e -> assertThat(e).hasStackTraceContaining("permission denied"));
        }
        assertThat(app.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(entries);
        assertThat(app.queryForObject("select count(*) from pg_trigger where tgrelid = 'audit_entry'::regclass "
                + "and tgenabled = 'O'", Integer.class)).isEqualTo(2);
    }

    /** A table a later migration adds gets the same rights (default privileges), and none beyond them. */
    @Test
    void everyTableIsGrantedToTheAppAndTheAuditTrailOnlyForReadingAndAdding() {
        JdbcTemplate app = new JdbcTemplate(dataSource);
        List<String> tables = app.queryForList("select tablename from pg_tables where schemaname = 'public' "
                + "and tablename <> 'flyway_schema_history'", String.class);
        assertThat(tables).contains("action_item", "audit_entry", "chat_address");
        for (String table : tables) {
            boolean audit = table.equals("audit_entry");
            assertThat(privileges(app, table)).as(table).isEqualTo(audit ? "SELECT,INSERT" : "SELECT,INSERT,UPDATE,DELETE");
        }
        assertThat(privileges(app, "flyway_schema_history")).isEmpty();
    }

    @Test
    void theAppWorksAsThatRole() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/action-items")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"Written as the app's role\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from audit_entry where record_type = "
                + "'ActionItem' and action = 'CREATED' and after_state::text like '%Written as the app''s role%'",
                Integer.class)).isOne();
    }

    private static String privileges(JdbcTemplate app, String table) {
        return String.join(",", app.queryForList("select p from unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', "
                + "'TRUNCATE', 'REFERENCES', 'TRIGGER']) p where has_table_privilege(?, p)", String.class, table));
    }
}
