package org.excoord.bot.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.excoord.bot.schema.SchemaCatalog.Check;
import org.excoord.bot.schema.SchemaCatalog.Column;
import org.excoord.bot.schema.SchemaCatalog.ForeignKey;
import org.excoord.bot.schema.SchemaCatalog.Table;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts one row into every table of a catalog, generated from the catalog alone, so that a new table or column is
 * covered without anyone writing a fixture: parents before children (by the foreign keys), a value of the column's
 * type for every column (strings as long as the column allows, with non-ASCII characters; the first allowed value
 * of a CHECK (… IN …) list), and the parent's key in every foreign key. Nullable references to tables filled later
 * (cycles such as unit ↔ manager) are set afterwards.
 */
final class RowGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");
    private static final Instant BASE_INSTANT = Instant.parse("2026-03-01T12:34:56.789Z");
    private static final LocalDate BASE_DATE = LocalDate.of(2026, 3, 1);

    /** How generous a row is: everything filled, then fewer optional columns when the database refuses it. */
    private enum Mode { RICH, SAFE, REQUIRED }

    private final JdbcTemplate jdbc;
    private final SchemaCatalog catalog;
    /** The generated row of each table as the database stored it (defaults and identities included). */
    private final Map<String, JsonNode> rows = new TreeMap<>();
    private int counter;

    RowGenerator(JdbcTemplate jdbc, SchemaCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** One row in every table except {@code skip} (tables a fixture filled already). */
    void fill(Set<String> skip) {
        for (String table : skip) {
            // a fixture's row is the parent its children refer to
            rows.put(table, readJson(jdbc.queryForObject("select to_jsonb(r)::text from " + quote(table)
                    + " r limit 1", String.class)));
        }
        List<Table> order = insertionOrder();
        for (Table table : order) {
            if (!skip.contains(table.name())) {
                insert(table);
            }
        }
        order.forEach(this::linkLaterParents);
    }

    /** Parents before children, by the foreign keys a row cannot do without. */
    List<Table> insertionOrder() {
        Map<String, Set<String>> needs = new TreeMap<>();
        catalog.tables().values().forEach(t -> needs.put(t.name(), t.foreignKeys().stream()
                .filter(fk -> fk.required(t) && !fk.parentTable().equals(t.name())).map(ForeignKey::parentTable)
                .collect(Collectors.toCollection(HashSet::new))));
        List<Table> order = new ArrayList<>();
        Deque<String> ready = new ArrayDeque<>(needs.entrySet().stream().filter(e -> e.getValue().isEmpty())
                .map(Map.Entry::getKey).toList());
        Set<String> placed = new HashSet<>();
        while (!ready.isEmpty()) {
            String next = ready.removeFirst();
            placed.add(next);
            order.add(catalog.tables().get(next));
            needs.forEach((table, parents) -> {
                if (!placed.contains(table) && !ready.contains(table) && placed.containsAll(parents)) {
                    ready.addLast(table);
                }
            });
        }
        if (order.size() != needs.size()) {
            throw new IllegalStateException("required foreign keys form a cycle between "
                    + needs.keySet().stream().filter(t -> !placed.contains(t)).toList()
                    + ": give this version a fixture (schema-upgrade/V<version>.sql)");
        }
        return order;
    }

    private void insert(Table table) {
        DataAccessException refused = null;
        for (Mode mode : Mode.values()) {
            Map<String, String> values = values(table, mode);
            try {
                rows.put(table.name(), JSON.readTree(jdbc.queryForObject(insertSql(table, values), String.class,
                        values.values().toArray())));
                return;
            } catch (DataAccessException e) {
                refused = e;
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no generated row fits " + table.name() + " (" + refused.getMostSpecificCause()
                .getMessage() + "): give this version a fixture (schema-upgrade/V<version>.sql)", refused);
    }

    private Map<String, String> values(Table table, Mode mode) {
        Set<String> inChecks = new HashSet<>();
        Set<String> secondInChecks = new HashSet<>();
        for (Check check : table.checks()) {
            if (check.columns().size() > 1) {
                List<String> nullable = check.columns().stream().filter(c -> table.column(c).nullable()).toList();
                inChecks.addAll(nullable);
                secondInChecks.addAll(nullable.stream().skip(1).toList());
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> referenced = references(table, mode);
        for (Column column : table.columns().values()) {
            String name = column.name();
            boolean optional = column.nullable() || column.defaultValue() != null;
            if (column.assignedByDatabase()) {
                continue;
            }
            if (referenced.containsKey(name)) {
                putIfPresent(values, name, referenced.get(name));
            } else if (isForeignKeyColumn(table, name)) {
                continue; // a nullable reference to a table without a row yet: set afterwards
            } else if (mode == Mode.REQUIRED && optional
                    || mode == Mode.SAFE && column.nullable() && inChecks.contains(name)
                    || mode == Mode.RICH && column.nullable() && secondInChecks.contains(name)) {
                continue;
            } else {
                putIfPresent(values, name, value(table, column));
            }
        }
        return values;
    }

    /** The values of foreign-key columns: the parent row's key (our own for a reference to the same table). */
    private Map<String, String> references(Table table, Mode mode) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ForeignKey fk : table.foreignKeys()) {
            boolean self = fk.parentTable().equals(table.name());
            if (mode == Mode.REQUIRED && !fk.required(table) || self && mode != Mode.RICH && !fk.required(table)) {
                continue;
            }
            for (int i = 0; i < fk.columns().size(); i++) {
                String column = fk.columns().get(i);
                String parentColumn = fk.parentColumns().get(i);
                if (self) {
                    Column own = table.column(parentColumn);
                    if (!own.assignedByDatabase()) {
                        values.put(column, value(table, own)); // the same value as its own key column below
                    }
                } else if (rows.containsKey(fk.parentTable())) {
                    values.put(column, text(rows.get(fk.parentTable()).get(parentColumn)));
                }
            }
        }
        // a key column that is also a reference takes the reference's value, so a self-reference points at the row
        for (ForeignKey fk : table.foreignKeys()) {
            if (fk.parentTable().equals(table.name())) {
                for (int i = 0; i < fk.columns().size(); i++) {
                    String key = fk.parentColumns().get(i);
                    if (values.containsKey(fk.columns().get(i)) && !values.containsKey(key)) {
                        values.put(key, values.get(fk.columns().get(i)));
                    }
                }
            }
        }
        return values;
    }

    private static boolean isForeignKeyColumn(Table table, String column) {
        return table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column));
    }

    /** Nullable references left empty because their parent came later are set now, where the database allows it. */
    private void linkLaterParents(Table table) {
        JsonNode row = rows.get(table.name());
        if (row == null || table.primaryKey().isEmpty()) {
            return;
        }
        for (ForeignKey fk : table.foreignKeys()) {
            JsonNode parent = rows.get(fk.parentTable());
            boolean unset = fk.columns().stream().allMatch(c -> row.path(c).isNull());
            if (parent == null || !unset || fk.parentTable().equals(table.name())) {
                continue;
            }
            List<Object> args = new ArrayList<>();
            String set = fk.columns().stream().map(c -> quote(c) + " = ?::" + table.column(c).type())
                    .collect(Collectors.joining(", "));
            fk.parentColumns().forEach(c -> args.add(text(parent.get(c))));
            String where = table.primaryKey().stream().map(c -> quote(c) + " = ?::" + table.column(c).type())
                    .collect(Collectors.joining(" and "));
            table.primaryKey().forEach(c -> args.add(text(row.get(c))));
            try {
                rows.put(table.name(), JSON.readTree(jdbc.queryForObject("update " + quote(table.name()) + " as r set "
                        + set + " where " + where + " returning to_jsonb(r)::text", String.class, args.toArray())));
            } catch (DataAccessException refused) {
                // optional: the row exists without this reference (e.g. a trigger refuses updates)
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private String value(Table table, Column column) {
        for (Check check : table.checks()) {
            if (check.columns().equals(List.of(column.name()))) {
                Matcher literal = LITERAL.matcher(check.definition());
                if (literal.find()) {
                    return literal.group(1).replace("''", "'");
                }
            }
        }
        int n = ++counter;
        boolean key = table.primaryKey().contains(column.name());
        String type = column.type();
        if (type.endsWith("[]")) {
            return "{}";
        }
        return switch (type) {
            case "smallint" -> String.valueOf(key ? 9_000 + n : 100 + n);
            case "integer", "bigint" -> String.valueOf(key ? 900_000 + n : 100 + n);
            case "numeric", "real", "double precision" -> n + ".5";
            case "boolean" -> String.valueOf(!"true".equals(column.defaultValue()));
            case "character varying", "character", "text" -> text(column, n);
            case "date" -> BASE_DATE.plusDays(n).toString();
            case "timestamp with time zone", "timestamp without time zone" -> BASE_INSTANT.plusSeconds(n).toString();
            case "time without time zone", "time with time zone" -> "12:34:56";
            case "json", "jsonb" -> "{\"generated\": \"row ü " + n + "\", \"n\": " + n + "}";
            case "uuid" -> UUID.nameUUIDFromBytes(("row " + n).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
            case "bytea" -> "\\xdeadbeef";
            case "interval" -> n + " days";
            case "inet", "cidr" -> "127.0.0.1";
            default -> {
                if (column.nullable()) {
                    yield null;
                }
                throw new IllegalStateException("no generated value for " + table.name() + "." + column.name() + " of type "
                        + type + ": add the type to RowGenerator.value or give this version a fixture");
            }
        };
    }

    /** As long as the column allows (a narrowed column loses characters), with characters beyond ASCII and quotes. */
    private static String text(Column column, int n) {
        String text = "row " + n + " ünïcødé “quoted” 'single' — ";
        if (column.maxLength() == null) {
            return text + "x".repeat(200);
        }
        StringBuilder sized = new StringBuilder(text);
        while (sized.length() < column.maxLength()) {
            sized.append('x');
        }
        return sized.substring(0, column.maxLength());
    }

    private static String insertSql(Table table, Map<String, String> values) {
        if (values.isEmpty()) {
            return "insert into " + quote(table.name()) + " as r default values returning to_jsonb(r)::text";
        }
        String columns = values.keySet().stream().map(RowGenerator::quote).collect(Collectors.joining(", "));
        String params = values.keySet().stream().map(c -> "?::" + table.column(c).type())
                .collect(Collectors.joining(", "));
        return "insert into " + quote(table.name()) + " as r (" + columns + ") values (" + params
                + ") returning to_jsonb(r)::text";
    }

    private static void putIfPresent(Map<String, String> values, String column, String value) {
        if (value != null) {
            values.put(column, value);
        }
    }

    /** A JSON value as the text PostgreSQL reads back into the column's type. */
    static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    private static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
