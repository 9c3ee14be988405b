package org.excoord.testing;

import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database of its own on the shared embedded PostgreSQL, for tests that need an empty schema (migrations from
 * scratch, upgrades). Dropped on {@link #close()}, open connections and all, so a JVM running many such tests does
 * not leave databases behind: use it in try-with-resources.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final String name;
    private final DataSource dataSource;

    private ScratchDatabase(String name) {
        this.name = name;
        admin().execute("create database " + name);
        this.dataSource = EmbeddedPostgresSupport.postgres().getDatabase("postgres", name);
    }

    /** A new, empty database named {@code prefix} plus a random suffix (prefix: lower-case letters, digits, _). */
    public static ScratchDatabase create(String prefix) {
        if (!prefix.matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("not a safe database name prefix: " + prefix);
        }
        return new ScratchDatabase(prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT));
    }

    public String name() {
        return name;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    /** Whether a database of this name exists on the shared server (to check that a test cleaned up). */
    public static boolean exists(String name) {
        return Boolean.TRUE.equals(admin().queryForObject("select exists (select 1 from pg_database where datname = ?)",
                Boolean.class, name));
    }

    @Override
    public void close() {
        // WITH (FORCE): a pooled or leaked connection must not keep the database alive (PostgreSQL 13+)
        admin().execute("drop database if exists " + name + " with (force)");
    }

    private static JdbcTemplate admin() {
        return new JdbcTemplate(EmbeddedPostgresSupport.postgres().getPostgresDatabase());
    }
}
