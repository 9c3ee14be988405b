package org.excoord.bot.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.excoord.bot.schema.SchemaCatalog.Table;
import org.excoord.testing.EmbeddedPostgresSupport;
import org.excoord.testing.ScratchDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database at every earlier migration, with a row in every table it has, migrated to the latest: every row must
 * still be there with the values of every column that survives. The versions come from the migration folders the
 * app configures (Flyway's {@code MigrationInfoService}) and the rows from the database's catalog
 * ({@link RowGenerator}), so a new migration or table is covered without touching this test. A column a migration
 * drops must say where its data went ({@link #MOVED}), and that is checked too.
 */
class SchemaUpgradeTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "upgrade_from_v";

    /** A column a migration moved to another table, keyed by the row's primary key. */
    record Moved(String table, String column, String toTable, String toColumn, String toKey) {
    }

    private static final List<Moved> MOVED = List.of(
            new Moved("legal_authority", "full_text", "authority_text", "full_text", "authority_id")); // V6

    private static final Properties APP = appProperties();

    static List<String> earlierVersions() {
        List<String> versions = allVersions();
        assertThat(versions).as("migrations of " + locations()).hasSizeGreaterThan(1);
        return versions.subList(0, versions.size() - 1);
    }

    @ParameterizedTest(name = "from V{0}")
    @MethodSource("earlierVersions")
    void everyRowOfAnEarlierSchemaSurvivesTheUpgradeToTheLatest(String version) {
        try (ScratchDatabase db = ScratchDatabase.create(PREFIX + version.replace('.', '_'))) {
            JdbcTemplate jdbc = db.jdbc();
            flyway(db.dataSource()).target(version).load().migrate();
            SchemaCatalog before = SchemaCatalog.read(jdbc);
            Map<String, Long> beforeFixture = counts(jdbc, before);
            fixture(version).ifPresent(jdbc::execute);
            Set<String> filledByFixture = counts(jdbc, before).entrySet().stream()
                    .filter(e -> e.getValue() > beforeFixture.get(e.getKey())).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            new RowGenerator(jdbc, before).fill(filledByFixture);
            Map<String, Map<String, JsonNode>> rowsBefore = snapshot(jdbc, before);
            assertThat(rowsBefore).as("a row in every table at V" + version).allSatisfy((table, rows) ->
                    assertThat(rows).as(table).isNotEmpty());

            flyway(db.dataSource()).load().migrate();

            SchemaCatalog after = SchemaCatalog.read(jdbc);
            Map<String, Map<String, JsonNode>> rowsAfter = snapshot(jdbc, after);
            for (Table table : before.tables().values()) {
                assertSurvived(version, table, after, rowsBefore.get(table.name()), rowsAfter.get(table.name()), jdbc);
            }
        }
    }

    /** Flyway skips a script whose name does not fit its pattern without a word: every script must be a migration. */
    @Test
    void everyScriptOfTheMigrationFoldersIsAMigrationFlywayRuns() throws IOException {
        List<String> scripts = new ArrayList<>();
        for (String location : locations()) {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(location.replace("classpath:",
                    "classpath*:") + "/*")) {
                scripts.add(r.getFilename());
            }
        }
        assertThat(scripts).hasSizeGreaterThan(1).allSatisfy(s -> assertThat(s).matches("V\\d+(?:[._]\\d+)*__.+\\.sql"));
        assertThat(allVersions()).hasSameSizeAs(scripts);
    }

    @AfterAll
    static void noDatabaseIsLeftBehind() {
        assertThat(new JdbcTemplate(EmbeddedPostgresSupport.postgres().getPostgresDatabase()).queryForList(
                "select datname from pg_database where datname like 'upgrade\\_%'", String.class)).isEmpty();
    }

    private static void assertSurvived(String version, Table table, SchemaCatalog after, Map<String, JsonNode> before,
            Map<String, JsonNode> now, JdbcTemplate jdbc) {
        String where = "V" + version + " " + table.name();
        assertThat(after.tables()).as(where + ": the table is gone, and its data with it").containsKey(table.name());
        Table upgraded = after.tables().get(table.name());
        List<String> dropped = table.columns().keySet().stream().filter(c -> !upgraded.columns().containsKey(c)).toList();
        List<String> surviving = table.columns().keySet().stream().filter(upgraded.columns()::containsKey).toList();
        assertThat(surviving).as(where + ": the key survives").containsAll(table.primaryKey());
        assertThat(now).as(where + ": no row is lost").hasSizeGreaterThanOrEqualTo(before.size())
                .containsKeys(before.keySet().toArray(String[]::new));
        before.forEach((key, row) -> {
            JsonNode upgradedRow = now.get(key);
            assertThat(surviving).as(where + " row " + key).allSatisfy(column -> assertThat(upgradedRow.get(column))
                    .as(where + "." + column + " of row " + key).isEqualTo(row.get(column)));
        });
        for (String column : dropped) {
            Moved moved = MOVED.stream().filter(m -> m.table().equals(table.name()) && m.column().equals(column))
                    .findFirst().orElse(null);
            assertThat(moved).as(where + "." + column + " was dropped, and its data with it: declare where it moved "
                    + "in SchemaUpgradeTests.MOVED").isNotNull();
            assertThat(table.primaryKey()).as(where + ": a moved column needs a one-column key").hasSize(1);
            before.values().forEach(row -> assertThat(jdbc.queryForObject("select " + RowGenerator.quote(moved.toColumn())
                    + "::text from " + RowGenerator.quote(moved.toTable()) + " where " + RowGenerator.quote(moved.toKey())
                    + "::text = ?", String.class, RowGenerator.text(row.get(table.primaryKey().get(0)))))
                    .as(where + "." + column + " moved to " + moved.toTable() + "." + moved.toColumn())
                    .isEqualTo(RowGenerator.text(row.get(column))));
        }
    }

    /** Every row of every table, by primary key (by the whole row where a table has none). */
    private static Map<String, Map<String, JsonNode>> snapshot(JdbcTemplate jdbc, SchemaCatalog catalog) {
        Map<String, Map<String, JsonNode>> tables = new TreeMap<>();
        for (Table table : catalog.tables().values()) {
            Map<String, JsonNode> rows = new LinkedHashMap<>();
            for (String json : jdbc.queryForList("select to_jsonb(r)::text from " + RowGenerator.quote(table.name())
                    + " r", String.class)) {
                JsonNode row = read(json);
                String key = table.primaryKey().isEmpty() ? json + "#" + rows.size()
                        : table.primaryKey().stream().map(c -> String.valueOf(row.get(c))).collect(Collectors.joining("|"));
                rows.put(key, row);
            }
            tables.put(table.name(), rows);
        }
        return tables;
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc, SchemaCatalog catalog) {
        Map<String, Long> counts = new TreeMap<>();
        catalog.tables().keySet().forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from "
                + RowGenerator.quote(t), Long.class)));
        return counts;
    }

    /** An optional hand-written fixture for a version whose tables the generator cannot fill. */
    private static java.util.Optional<String> fixture(String version) {
        ClassPathResource resource = new ClassPathResource("schema-upgrade/V" + version + ".sql");
        if (!resource.exists()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> allVersions() {
        try (ScratchDatabase db = ScratchDatabase.create("upgrade_versions")) {
            return Arrays.stream(flyway(db.dataSource()).load().info().all()).filter(m -> m.getVersion() != null)
                    .map(MigrationInfo::getVersion).map(v -> v.getVersion()).toList();
        }
    }

    /** Flyway configured as the app configures it: its locations and placeholders from application.yml. */
    private static FluentConfiguration flyway(DataSource db) {
        Map<String, String> placeholders = new LinkedHashMap<>();
        APP.stringPropertyNames().stream().filter(k -> k.startsWith("spring.flyway.placeholders."))
                .forEach(k -> placeholders.put(k.substring("spring.flyway.placeholders.".length()), APP.getProperty(k)));
        return Flyway.configure().dataSource(db).locations(locations().toArray(String[]::new)).placeholders(placeholders);
    }

    private static List<String> locations() {
        List<String> locations = new ArrayList<>();
        APP.stringPropertyNames().stream().filter(k -> k.matches("spring\\.flyway\\.locations(\\[\\d+])?")).sorted()
                .forEach(k -> Arrays.stream(APP.getProperty(k).split(",")).map(String::strip).forEach(locations::add));
        assertThat(locations).as("spring.flyway.locations in application.yml").isNotEmpty();
        return List.copyOf(new LinkedHashSet<>(locations));
    }

    private static Properties appProperties() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        return yaml.getObject();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
