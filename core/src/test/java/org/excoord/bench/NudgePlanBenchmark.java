package org.excoord.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.excoord.nudge.JdbcNudgePlanner;
import org.excoord.nudge.NudgeKind;
import org.excoord.nudge.NudgeRules;
import org.excoord.nudge.PlannedNudge;
import org.excoord.shared.WorkingDays;
import org.flywaydb.core.Flyway;

/**
 * Plans a morning of nudges for 1,000,000 action items over 50,000 people ({@link BenchData}, as the hot-query
 * benchmark) with what the nudges need on top: a manager for each of the 1,221 units, people in four US time zones,
 * priorities, a secretariat and 2,000 correspondence records, preferences, snoozes, delegations and out of office.
 * The moment is 16:30 UTC on a working day (11:30 in New York, 08:30 in Los Angeles: everyone's default digest time
 * has come). Prints each run's time per statement, the counts per kind and the heap used; then a steady morning: the
 * next working day, with the first morning's plan logged as sent.
 *
 * <p>Run: {@code ./mvnw -q -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.excoord.bench.NudgePlanBenchmark [-Druns=5]} (see core's README).
 */
public final class NudgePlanBenchmark {

    private static final int PEOPLE = 50_000;
    private static final int ITEMS = 1_000_000;
    private static final int RUNS = Integer.getInteger("runs", 5);

    private NudgePlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LocalDate day = LocalDate.now();
        while (!WorkingDays.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        Instant at = day.atTime(16, 30).toInstant(ZoneOffset.UTC);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("shared_buffers", "512MB")
                .setServerConfig("work_mem", "16MB").start()) {
            DataSource ds = pg.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations("classpath:db/migration/core").load().migrate();
            try (Connection c = ds.getConnection()) {
                long started = System.nanoTime();
                // items were created 40 days ago, but one in 1,000 (open ones) an hour before the moment: newly assigned
                BenchData.generate(c, PEOPLE, ITEMS, "(array['LOW','MEDIUM','MEDIUM','HIGH','CRITICAL'])[1 + i % 5]",
                        "case when i % 1000 = 3 then timestamptz '" + at.minusSeconds(3600) + "' else now() - interval '40 days' end");
                nudgeData(c, day);
                report("generated %,d items over %,d people in %.1f s", ITEMS, PEOPLE, (System.nanoTime() - started) / 1e9);
            }
            JdbcNudgePlanner planner = new JdbcNudgePlanner(ds, NudgeRules.defaults());
            for (int i = 0; i < 2; i++) {
                planner.plan(at);
            }
            if (Boolean.getBoolean("explain")) {
                planner.explain(at).forEach(plan -> report("%n%s", plan));
            }
            report("%nmorning of %s (%s), nudge log empty:", day, at);
            List<PlannedNudge> first = null;
            for (int run = 1; run <= RUNS; run++) {
                first = measured(planner, at, "run " + run);
            }
            logAsSent(ds, first);
            LocalDate next = WorkingDays.nextWorkingDay(day);
            Instant nextAt = next.atTime(16, 30).toInstant(ZoneOffset.UTC);
            planner.plan(nextAt);
            if (Boolean.getBoolean("explain")) {
                planner.explain(nextAt).forEach(plan -> report("%n%s", plan));
            }
            report("%nsteady morning of %s, the first morning's %,d messages logged as sent:", next, first.size());
            for (int run = 1; run <= RUNS; run++) {
                measured(planner, nextAt, "run " + run);
            }
            report("%nthe first moment again (everything logged): %,d planned", planner.plan(at).size());
        }
    }

    private static List<PlannedNudge> measured(JdbcNudgePlanner planner, Instant at, String name) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        Map<String, String> statements = new LinkedHashMap<>();
        long t = System.nanoTime();
        List<PlannedNudge> plan = planner.plan(at, (statement, nanos, rows) -> statements.put(statement,
                String.format("%s %,d ms (%,d)", statement, nanos / 1_000_000, rows)));
        long total = System.nanoTime() - t;
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        Map<NudgeKind, Integer> counts = new TreeMap<>();
        long lines = 0;
        for (PlannedNudge n : plan) {
            counts.merge(n.kind(), 1, Integer::sum);
            lines += n.itemIds().size();
        }
        report("%s: %,d ms, %,d messages, %,d lines; heap %,d MB after (%+,d MB during the plan, before GC)", name,
                total / 1_000_000, plan.size(), lines, heapAfter >> 20, (heapAfter - heapBefore) >> 20);
        report("    %s", String.join(" | ", statements.values()));
        report("    %s", counts);
        return plan;
    }

    /** What the nudges need beyond the hot-query data. */
    private static void nudgeData(Connection c, LocalDate day) throws Exception {
        try (Statement s = c.createStatement()) {
            // a manager for every unit: branch 1000+b is managed by person 1000+b-1 (who sits in it), the units
            // above by people 40,001-40,300 moved into them
            s.execute("update org_unit set manager_id = case when id > 1000 then id - 1 else 40000 + id end");
            s.execute("update person set org_unit_id = id - 40000 where id - 40000 in (select id from org_unit where id <= 1000)");
            s.execute("insert into person_role (person_id, role) select id, 'STAFF' from person");
            s.execute("insert into person_role (person_id, role) select manager_id, 'MANAGER' from org_unit");
            s.execute("insert into person_role (person_id, role) select p, 'SECRETARIAT' from generate_series(45001, 45020) p");
            s.execute("update person set time_zone = (array['America/New_York','America/New_York','America/New_York',"
                    + "'America/New_York','America/New_York','America/New_York','America/Chicago','America/Chicago',"
                    + "'America/Denver','America/Los_Angeles'])[1 + id % 10]");
            // preferences: one in ten has some (a later digest, digests off, a weekly team digest, urgent at night)
            s.execute("insert into nudge_preference (person_id, digest_time, digests_on, team_digest, urgent_in_quiet_hours, updated_at) "
                    + "select id, case when id % 3 = 0 then time '09:00' else time '08:00' end, id % 7 <> 0, "
                    + "case when id % 2 = 0 then 'WEEKLY' else 'DAILY' end, id % 5 = 0, now() from person where id % 10 = 3");
            s.execute("insert into item_nudge_control (person_id, item_id, snoozed_until, muted, updated_at) "
                    + "select assignee_person_id, id, case when id % 2 = 0 then date '" + day.plusDays(3) + "' end, id % 2 = 1, now() "
                    + "from action_item where is_open and assignee_person_id is not null and id % 97 = 0 limit 10000");
            s.execute("insert into delegation (delegator_id, delegate_id, starts_on, ends_on, source, created_at) "
                    + "select p, p + 1, date '" + day.minusDays(2) + "', date '" + day.plusDays(5) + "', 'PERSON', now() "
                    + "from generate_series(7, " + (PEOPLE - 1) + ", 100) p");
            s.execute("insert into out_of_office (person_id, starts_at, ends_at, checked_at) "
                    + "select p, now() - interval '3 days', now() + interval '10 days', now() from generate_series(9, " + PEOPLE + ", 100) p");
            // 2,000 correspondence records received over the last 20 days, replies due from 5 days ago to 15 ahead
            s.execute("insert into executive_action (id, number, name, category, priority, classification, status, due_date, "
                    + "owner_id, received_at, receiving_org_unit_id, created_at, updated_at) "
                    + "select 10000000 + k, 'EA-B-' || k, 'Letter ' || k, 'CORRESPONDENCE', 'MEDIUM', 'UNCLASSIFIED', 'OPEN', "
                    + "date '" + day + "' + (k % 21 - 5), 45001 + k % 20, now() - (k % 20) * interval '1 day', 1001 + k % 1000, now(), now() "
                    + "from generate_series(1, 2000) k");
            s.execute("insert into correspondence (executive_action_id, reference_number, routing_state, routed_org_unit_id, "
                    + "assigned_person_id, acknowledged_at) select 10000000 + k, 'CR-B-' || k, "
                    + "(array['UNROUTED','ROUTED','ACCEPTED','ASSIGNED','RESOLVED'])[1 + k % 5], 1001 + k % 1000, "
                    + "case when k % 5 = 3 then 1 + k * 7 % " + PEOPLE + " end, case when k % 3 = 0 then now() end "
                    + "from generate_series(1, 2000) k");
            s.execute("vacuum (analyze)");
        }
    }

    /** The plan's messages as SENT log rows, as a sweep would leave them. */
    private static void logAsSent(DataSource ds, List<PlannedNudge> plan) throws Exception {
        try (Connection c = ds.getConnection();
             var ps = c.prepareStatement("insert into nudge_log (person_id, kind, subject_id, day, recipient_id, state, "
                     + "attempts, claimed_at, sent_at) select * from unnest(?::bigint[], ?::text[], ?::bigint[], ?::date[], "
                     + "?::bigint[]) as u(p, k, s, d, r) cross join lateral (select 'SENT', 1, now(), now()) x "
                     + "on conflict do nothing")) {
            List<Long> people = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            List<Long> subjects = new ArrayList<>();
            List<String> days = new ArrayList<>();
            List<Long> recipients = new ArrayList<>();
            for (PlannedNudge n : plan) {
                people.add(n.personId());
                kinds.add(n.kind().name());
                subjects.add(n.subjectId());
                days.add(n.day().toString());
                recipients.add(n.recipientId());
            }
            ps.setArray(1, c.createArrayOf("bigint", people.toArray()));
            ps.setArray(2, c.createArrayOf("text", kinds.toArray()));
            ps.setArray(3, c.createArrayOf("bigint", subjects.toArray()));
            ps.setArray(4, c.createArrayOf("date", days.stream().map(java.sql.Date::valueOf).toArray()));
            ps.setArray(5, c.createArrayOf("bigint", recipients.toArray()));
            ps.executeUpdate();
            try (Statement s = c.createStatement()) {
                s.execute("vacuum (analyze) nudge_log");
            }
        }
    }

    @SuppressWarnings("java:S106") // a benchmark's output is its report
    private static void report(String format, Object... args) {
        System.out.println(String.format(format, args));
    }
}
