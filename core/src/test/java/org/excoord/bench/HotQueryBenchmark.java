package org.excoord.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.excoord.actionitem.ActionItemRepository;
import org.flywaydb.core.Flyway;
import org.springframework.data.jpa.repository.Query;

/**
 * Measures the two hot queries on 1,000,000 action items over 50,000 people in 1,221 org units, on a fresh
 * embedded PostgreSQL migrated by the real Flyway scripts. The SQL is read from the repository's {@code @Query}
 * annotations, so the benchmark measures exactly what the app runs. Prints p50/p90/p99 and the plans.
 *
 * <p>Run: {@code ./mvnw -q -pl core test-compile exec:java -Dexec.mainClass=org.excoord.bench.HotQueryBenchmark
 * -Dexec.classpathScope=test} (see the README).
 */
public final class HotQueryBenchmark {

    private static final int PEOPLE = 50_000;
    private static final int ITEMS = 1_000_000;
    private static final int SAMPLES = Integer.getInteger("samples", 1_000);
    private static final LocalDate TODAY = LocalDate.now();

    private HotQueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("shared_buffers", "512MB")
                .setServerConfig("work_mem", "16MB").start()) {
            DataSource ds = pg.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations("classpath:db/migration/core").load().migrate();
            try (Connection c = ds.getConnection()) {
                long started = System.nanoTime();
                BenchData.generate(c, PEOPLE, ITEMS, "'MEDIUM'", "now()");
                report("generated %,d items over %,d people in %.1f s", ITEMS, PEOPLE, (System.nanoTime() - started) / 1e9);

                SqlOf openOf = SqlOf.of("findOpenOf", Long.class, int.class, int.class);
                Random random = new Random(42);
                measure(c, "open items of a person, by due date (limit 20)", openOf,
                        i -> Map.of("personId", (long) (1 + random.nextInt(PEOPLE)), "limit", 20, "offset", 0));

                SqlOf overdue = SqlOf.of("findOverdueUnder", String.class, LocalDate.class, int.class, int.class);
                for (String level : List.of("branch", "division", "office", "department")) {
                    List<String> paths = paths(c, level);
                    measure(c, "overdue items of a " + level + " subtree (limit 20; " + paths.size() + " units)", overdue,
                            i -> Map.of("pathPrefix", paths.get(random.nextInt(paths.size())) + "%", "today",
                                    Date.valueOf(TODAY), "limit", 20, "offset", 0));
                }
            }
        }
    }

    private static List<String> paths(Connection c, String level) throws SQLException {
        List<String> paths = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select path from org_unit where unit_type = ?")) {
            ps.setString(1, level);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    paths.add(rs.getString(1));
                }
            }
        }
        return paths;
    }

    private static void measure(Connection c, String name, SqlOf sql, Function<Integer, Map<String, Object>> params)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.jdbc());
             PreparedStatement explain = c.prepareStatement("explain (analyze, buffers, costs off) " + sql.jdbc())) {
            for (int i = 0; i < 200; i++) {
                run(ps, sql, params.apply(i));
            }
            long[] nanos = new long[SAMPLES];
            int rows = 0;
            for (int i = 0; i < SAMPLES; i++) {
                Map<String, Object> p = params.apply(i);
                long t = System.nanoTime();
                rows += run(ps, sql, p);
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            report("%n%s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (%d runs, %.1f rows each)", name,
                    ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[SAMPLES - 1] / 1e6, SAMPLES,
                    rows / (double) SAMPLES);
            sql.bind(explain, params.apply(-1));
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    report("    %s", rs.getString(1));
                }
            }
        }
    }

    private static int run(PreparedStatement ps, SqlOf sql, Map<String, Object> params) throws SQLException {
        sql.bind(ps, params);
        int rows = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows++;
            }
        }
        return rows;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }

    @SuppressWarnings("java:S106") // a benchmark's output is its report
    private static void report(String format, Object... args) {
        System.out.println(String.format(format, args));
    }

    /** A repository query with its {@code :named} parameters turned into JDBC placeholders. */
    private record SqlOf(String jdbc, List<String> names) {

        private static final Pattern NAMED = Pattern.compile(":(\\w+)");

        static SqlOf of(String method, Class<?>... types) throws NoSuchMethodException {
            Method m = ActionItemRepository.class.getMethod(method, types);
            String sql = m.getAnnotation(Query.class).value();
            List<String> names = new ArrayList<>();
            Matcher matcher = NAMED.matcher(sql);
            StringBuilder jdbc = new StringBuilder();
            while (matcher.find()) {
                names.add(matcher.group(1));
                matcher.appendReplacement(jdbc, "?");
            }
            matcher.appendTail(jdbc);
            return new SqlOf(jdbc.toString(), names);
        }

        void bind(PreparedStatement ps, Map<String, Object> params) throws SQLException {
            for (int i = 0; i < names.size(); i++) {
                ps.setObject(i + 1, params.get(names.get(i)));
            }
        }
    }
}
