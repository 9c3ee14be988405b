package org.excoord.bot.schema;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tables of a database's public schema as PostgreSQL's catalog describes them: columns with their types,
 * nullability, defaults and generation, primary keys, foreign keys and check constraints. Read once at the version
 * under test and once after the upgrade, so the test knows what to insert and what must have survived.
 */
record SchemaCatalog(Map<String, Table> tables) {

    /** Flyway's own bookkeeping is not data. */
    private static final Set<String> NOT_DATA = Set.of("flyway_schema_history");

    record Column(String name, String type, boolean nullable, String defaultValue, boolean generated,
            Integer maxLength) {

        /** Written by the database itself (identity, generated always as …): never inserted. */
        boolean assignedByDatabase() {
            return generated;
        }
    }

    record ForeignKey(String name, List<String> columns, String parentTable, List<String> parentColumns) {

        boolean required(Table child) {
            return columns.stream().anyMatch(c -> !child.column(c).nullable());
        }
    }

    /** A check constraint with the columns it names and its definition as PostgreSQL prints it. */
    record Check(String name, List<String> columns, String definition) {
    }

    record Table(String name, Map<String, Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys,
            List<Check> checks) {

        Column column(String name) {
            Column c = columns.get(name);
            if (c == null) {
                throw new IllegalArgumentException(this.name + " has no column " + name);
            }
            return c;
        }
    }

    static SchemaCatalog read(JdbcTemplate jdbc) {
        Map<String, Map<String, Column>> columns = new TreeMap<>();
        jdbc.query("""
                select c.relname as table_name, a.attname as column_name, format_type(a.atttypid, null) as type,
                       not a.attnotnull as nullable, pg_get_expr(d.adbin, d.adrelid) as default_value,
                       (a.attidentity <> '' or a.attgenerated <> '') as generated,
                       case when a.atttypmod > 4 and t.typname in ('varchar', 'bpchar') then a.atttypmod - 4 end as max_length
                from pg_attribute a
                join pg_class c on c.oid = a.attrelid
                join pg_namespace n on n.oid = c.relnamespace
                join pg_type t on t.oid = a.atttypid
                left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
                where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
                order by c.relname, a.attnum""", rs -> {
            String table = rs.getString("table_name");
            if (!NOT_DATA.contains(table)) {
                Integer max = rs.getObject("max_length", Integer.class);
                columns.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(rs.getString("column_name"),
                        new Column(rs.getString("column_name"), rs.getString("type"), rs.getBoolean("nullable"),
                                rs.getString("default_value"), rs.getBoolean("generated"), max));
            }
        });
        Map<String, List<String>> keys = new TreeMap<>();
        jdbc.query("""
                select c.relname as table_name, array_to_string(array(select a.attname from unnest(i.indkey) with ordinality k(n, o)
                       join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.n order by k.o), ',') as columns
                from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and i.indisprimary""",
                rs -> {
                    keys.put(rs.getString("table_name"), List.of(rs.getString("columns").split(",")));
                });
        Map<String, List<ForeignKey>> foreign = new TreeMap<>();
        Map<String, List<Check>> checks = new TreeMap<>();
        jdbc.query("""
                select c.conname, c.contype, cl.relname as child, pl.relname as parent, pg_get_constraintdef(c.oid) as definition,
                       array_to_string(array(select a.attname from unnest(c.conkey) with ordinality k(n, o)
                           join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o), ',') as columns,
                       array_to_string(array(select a.attname from unnest(c.confkey) with ordinality k(n, o)
                           join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.o), ',') as parent_columns
                from pg_constraint c
                join pg_class cl on cl.oid = c.conrelid
                join pg_namespace n on n.oid = cl.relnamespace
                left join pg_class pl on pl.oid = c.confrelid
                where n.nspname = 'public' and c.contype in ('f', 'c')
                order by c.conname""", rs -> {
            List<String> cols = List.of(rs.getString("columns").split(","));
            if (rs.getString("contype").equals("f")) {
                foreign.computeIfAbsent(rs.getString("child"), t -> new java.util.ArrayList<>()).add(new ForeignKey(
                        rs.getString("conname"), cols, rs.getString("parent"),
                        List.of(rs.getString("parent_columns").split(","))));
            } else {
                checks.computeIfAbsent(rs.getString("child"), t -> new java.util.ArrayList<>())
                        .add(new Check(rs.getString("conname"), cols, rs.getString("definition")));
            }
        });
        Map<String, Table> tables = new TreeMap<>();
        columns.forEach((name, cols) -> tables.put(name, new Table(name, cols, keys.getOrDefault(name, List.of()),
                foreign.getOrDefault(name, List.of()), checks.getOrDefault(name, List.of()))));
        return new SchemaCatalog(tables);
    }

    @Override
    public String toString() {
        return tables.values().stream().map(t -> t.name() + Arrays.toString(t.columns().keySet().toArray()))
                .collect(Collectors.joining(", "));
    }
}
