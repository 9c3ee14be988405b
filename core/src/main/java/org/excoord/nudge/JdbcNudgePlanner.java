package org.excoord.nudge;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nudge plan in one set-based pass: one statement per kind for everyone, driven by the partial indexes on open
 * items. What depends on the time zone (today, the time, working day, quiet hours, the due-soon horizon, the week) is
 * computed once per zone in Java ({@link LocalDays}) and joined as a handful of rows; working days overdue come from
 * {@link EscalationCalendar}, joined on (priority, due date); the org-unit chain is one recursive CTE over the small
 * unit table. Only the ids a card lists (at most {@link PlannedNudge#MAX_LINES}) leave the database.
 *
 * <p>Decisions worth knowing: "newly assigned" (DUE_NOW) is an open item whose creation or latest ASSIGNED
 * notification to its assignee came after today's digest (its send, or the digest time when none went out), due
 * inside the digest window. Out of office without a delegation holds the digests (DIGEST, TEAM_DIGEST,
 * SECRETARIAT_DIGEST) only. Quiet hours and working days are the concerned person's (the delegator's for a delegated
 * message). An escalation's level is capped at the managers above the item (its assignee left out of the chain).
 */
@Service
@Transactional(readOnly = true)
public class JdbcNudgePlanner implements NudgePlanner {

    /** A statement's time, for the benchmark. */
    public interface Timing {
        void took(String statement, long nanos, int rows);
    }

    private static final String FINAL_OR_LIVE = """
            not exists (select 1 from nudge_log l where l.person_id = %s and l.kind = '%s' and l.subject_id = %s
                and l.day = %s and (l.state not in ('CLAIMED', 'FAILED') or l.claim_until is null or l.claim_until > :at))""";

    private static final String ZONES = """
            z as materialized (
              select * from unnest(cast(:zTz as text)::text[], cast(:zToday as text)::date[],
                  cast(:zTime as text)::time[], cast(:zWorking as text)::boolean[], cast(:zQuiet as text)::boolean[],
                  cast(:zHorizon as text)::date[], cast(:zWeekEnd as text)::date[],
                  cast(:zWeekFirst as text)::boolean[], cast(:zAckBefore as text)::timestamptz[])
                as z(tz, today, lt, working, quiet, horizon, week_end, week_first, ack_before)),
            dl as materialized (
              select distinct on (d.delegator_id, t.today) d.delegator_id, t.today, d.delegate_id
                from delegation d join (select distinct today from z) t on d.starts_on <= t.today and d.ends_on >= t.today
               where d.revoked_at is null
               order by d.delegator_id, t.today, d.created_at desc, d.id desc),
            pz as materialized (
              -- the conditions folded into single flags: the planner estimates a flag, not a product of six
              select q.*, q.working and not q.quiet and q.digest_due and q.digests_on and not q.waits as digest_ok,
                     not q.quiet or q.urgent_ok as urgent_now,
                     q.team_digest = 'DAILY' or (q.team_digest = 'WEEKLY' and q.week_first) as team_ok
                from (
              select p.id, z.today, z.working, z.quiet, z.horizon, z.week_end, z.week_first, z.ack_before,
                     cast(:at as timestamptz) - (z.lt - coalesce(np.digest_time, cast(:digestTime as time))) as digest_at,
                     coalesce(np.digest_time, cast(:digestTime as time)) <= z.lt as digest_due,
                     coalesce(np.digests_on, true) as digests_on, coalesce(np.team_digest, 'DAILY') as team_digest,
                     coalesce(np.urgent_in_quiet_hours, false) as urgent_ok, coalesce(dl.delegate_id, p.id) as recipient,
                     dl.delegate_id is null and exists (select 1 from out_of_office o where o.person_id = p.id
                         and (o.starts_at is null or o.starts_at <= :at) and (o.ends_at is null or o.ends_at > :at)) as waits
                from person p join z on z.tz = p.time_zone
                left join nudge_preference np on np.person_id = p.id
                left join dl on dl.delegator_id = p.id and dl.today = z.today
               where p.active %s) q)""";

    /** Digest-like kinds wait for the working day, the digest time, daytime and the person's presence. */
    private static final String DIGEST_TIME = "digest_ok";

    private static final String NOT_CONTROLLED = """
            not exists (select 1 from item_nudge_control c where c.person_id = %s and c.item_id = %s
                and (c.muted or c.snoozed_until > %s))""";

    private final NamedParameterJdbcTemplate jdbc;
    private final NudgeRules rules;

    public JdbcNudgePlanner(DataSource dataSource, NudgeRules rules) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.rules = rules;
    }

    @Override
    public List<PlannedNudge> plan(Instant at) {
        return plan(at, (statement, nanos, rows) -> { });
    }

    /** The plan, telling {@code timing} what each statement took. */
    public List<PlannedNudge> plan(Instant at, Timing timing) {
        long t = System.nanoTime();
        List<String> zones = jdbc.queryForList("select distinct time_zone from person where active",
                new MapSqlParameterSource(), String.class);
        LocalDate earliestDue = jdbc.queryForObject(
                "select min(due_date) from action_item where is_open and due_date is not null",
                new MapSqlParameterSource(), LocalDate.class);
        List<LocalDays.Day> days = LocalDays.of(zones, at, rules);
        timing.took("zones", System.nanoTime() - t, days.size());
        if (days.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = params(days, at);
        List<PlannedNudge> plan = new ArrayList<>();
        plan.addAll(timed("DIGEST", timing, () -> digests(params, false)));
        plan.addAll(timed("DUE_NOW", timing, () -> dueNow(params)));
        plan.addAll(timed("TEAM_DIGEST", timing, () -> teamDigests(params, days)));
        plan.addAll(timed("ESCALATION", timing, () -> escalations(params, days, earliestDue)));
        plan.addAll(timed("CORRESPONDENCE_DUE", timing, () -> correspondenceDue(params)));
        plan.addAll(timed("SECRETARIAT_DIGEST", timing, () -> secretariatDigests(params)));
        return plan;
    }

    @Override
    public Optional<PlannedNudge> digestOf(Long personId, Instant at) {
        List<String> zone = jdbc.queryForList("select time_zone from person where id = :id",
                new MapSqlParameterSource("id", personId), String.class);
        if (zone.isEmpty()) {
            return Optional.empty();
        }
        MapSqlParameterSource params = params(LocalDays.of(zone, at, rules), at).addValue("one", personId);
        return digests(params, true).stream().findFirst();
    }

    @Override
    public Optional<PlannedNudge> teamDigestOf(Long managerId, Instant at) {
        List<String> zone = jdbc.queryForList("select time_zone from person where id = :id",
                new MapSqlParameterSource("id", managerId), String.class);
        if (zone.isEmpty()) {
            return Optional.empty();
        }
        List<LocalDays.Day> days = LocalDays.of(zone, at, rules);
        LocalDays.Day day = days.get(0);
        MapSqlParameterSource params = params(days, at).addValue("one", managerId).addValue("today", day.today())
                .addValue("weekEnd", day.weekEnd());
        return teamDigests(params, true).stream().findFirst();
    }

    private List<PlannedNudge> digests(MapSqlParameterSource params, boolean one) {
        String who = one ? "select * from pz"
                : "select * from pz where " + DIGEST_TIME + " and " + FINAL_OR_LIVE.formatted("pz.id", "DIGEST", "0",
                        "pz.today");
        String sql = "with " + ZONES.formatted(one ? "and p.id = :one" : "") + """
                , who as materialized (%s),
                cand as (
                  select w.id as pid, w.recipient, w.today, i.id, i.due_date
                    from action_item i join who w on w.id = i.assignee_person_id
                   where i.is_open and i.due_date <= :maxHorizon and i.due_date <= w.horizon
                     and %s)
                select pid, recipient, today, count(*) as total,
                       count(*) filter (where due_date < today) as overdue,
                       count(*) filter (where due_date = today) as due_today,
                       (array_agg(id order by due_date, id))[1 : %d] as ids
                  from cand group by pid, recipient, today""".formatted(who,
                        NOT_CONTROLLED.formatted("i.assignee_person_id", "i.id", "w.today"), PlannedNudge.MAX_LINES);
        return run(sql, params, (rs, n) -> {
            int total = rs.getInt("total");
            int overdue = rs.getInt("overdue");
            int dueToday = rs.getInt("due_today");
            return new PlannedNudge(rs.getLong("pid"), rs.getLong("recipient"), NudgeKind.DIGEST, 0,
                    rs.getObject("today", LocalDate.class), counts(overdue, "overdue", dueToday, "due today",
                            total - overdue - dueToday, "due soon"), ids(rs, "ids"), total, 0);
        });
    }

    /** Newly assigned since today's digest went out (or its time came), due inside the digest window. */
    private List<PlannedNudge> dueNow(MapSqlParameterSource params) {
        String sql = "with " + ZONES.formatted("") + """
                , who as materialized (
                  select pz.*, greatest(pz.digest_at, coalesce((select max(l.sent_at) from nudge_log l
                           where l.person_id = pz.id and l.kind = 'DIGEST' and l.subject_id = 0 and l.day = pz.today),
                           pz.digest_at)) as since
                    from pz where working and not quiet and digest_due),
                assigned as materialized (
                  select n.item_id, n.recipient_id, max(n.created_at) as at from notification n
                   where n.kind = 'ASSIGNED' and n.item_id is not null
                     and n.created_at > cast(:at as timestamptz) - interval '1 day'
                   group by n.item_id, n.recipient_id)
                select w.id as pid, w.recipient, w.today, i.id, i.due_date
                  from action_item i join who w on w.id = i.assignee_person_id
                  left join assigned a on a.item_id = i.id and a.recipient_id = i.assignee_person_id
                 where i.is_open and i.due_date <= :maxHorizon and i.due_date <= w.horizon
                   and i.updated_at > cast(:at as timestamptz) - interval '1 day'
                   and greatest(i.created_at, a.at) > w.since
                   and %s and %s""".formatted(NOT_CONTROLLED.formatted("w.id", "i.id", "w.today"),
                        FINAL_OR_LIVE.formatted("w.id", "DUE_NOW", "i.id", "w.today"));
        return run(sql, params, (rs, n) -> {
            LocalDate today = rs.getObject("today", LocalDate.class);
            LocalDate due = rs.getObject("due_date", LocalDate.class);
            long id = rs.getLong("id");
            String when = due.isBefore(today) ? "overdue since " + due : due.equals(today) ? "due today" : "due " + due;
            return new PlannedNudge(rs.getLong("pid"), rs.getLong("recipient"), NudgeKind.DUE_NOW, id, today,
                    "newly assigned, " + when, List.of(id), 1, 0);
        });
    }

    /**
     * A manager's unit subtree, overdue and due this week: items are counted per unit once (the org-unit index, in
     * order), then each manager sums the units under them; the card's first lines are the earliest due of the units'
     * first lines. Items the manager snoozed or muted are taken out of both.
     */
    private List<PlannedNudge> teamDigests(MapSqlParameterSource params, List<LocalDays.Day> days) {
        List<PlannedNudge> plan = new ArrayList<>();
        // one statement per local date (one, or two around midnight): every join below is then on a single key
        for (LocalDays.Day day : days.stream().collect(Collectors.toMap(LocalDays.Day::today, d -> d, (a, b) -> a))
                .values()) {
            MapSqlParameterSource p = new MapSqlParameterSource(params.getValues()).addValue("today", day.today())
                    .addValue("weekEnd", day.weekEnd());
            plan.addAll(teamDigests(p, false));
        }
        return plan;
    }

    /** Everyone's due team digests, or ({@code one}) the {@code :one} manager's whether due or not. */
    private List<PlannedNudge> teamDigests(MapSqlParameterSource params, boolean one) {
        String who = one ? "select * from pz"
                : "select * from pz where today = :today and digest_ok and team_ok and "
                        + FINAL_OR_LIVE.formatted("pz.id", "TEAM_DIGEST", "0", "pz.today");
        String sql = "with recursive " + ZONES.formatted(
                "and p.id in (select manager_id from org_unit where manager_id is not null)"
                        + (one ? " and p.id = :one" : "")) + """
                , who as materialized (%s),
                ancestry as (
                  select o.id as unit_id, o.id as above_id, o.parent_id as next_id from org_unit o
                  union all
                  select a.unit_id, o.id, o.parent_id from ancestry a join org_unit o on o.id = a.next_id),
                under as materialized (
                  select distinct m.manager_id, a.unit_id from ancestry a join org_unit m on m.id = a.above_id
                   where m.manager_id in (select id from who)),
                per_unit as materialized (
                  select i.org_unit_id, count(*) filter (where i.due_date < :today) as overdue, count(*) as total,
                         (array_agg(i.id order by i.due_date, i.id))[1 : %d] as ids,
                         (array_agg(i.due_date order by i.due_date, i.id))[1 : %d] as dues
                    from action_item i
                   where i.is_open and i.due_date <= :weekEnd and i.org_unit_id is not null
                   group by i.org_unit_id),
                minus as materialized (
                  select c.person_id as id, count(*) as total, count(*) filter (where i.due_date < :today) as overdue,
                         array_agg(c.item_id) as ids
                    from item_nudge_control c
                    join action_item i on i.id = c.item_id
                    join under un on un.manager_id = c.person_id and un.unit_id = i.org_unit_id
                   where (c.muted or c.snoozed_until > :today) and i.is_open and i.due_date <= :weekEnd
                   group by c.person_id),
                sums as (
                  select un.manager_id as id, sum(pu.total) as total, sum(pu.overdue) as overdue
                    from under un join per_unit pu on pu.org_unit_id = un.unit_id group by un.manager_id),
                lines as (
                  select un.manager_id as id, x.id as item_id,
                         row_number() over (partition by un.manager_id order by x.due, x.id) as rn
                    from under un join per_unit pu on pu.org_unit_id = un.unit_id
                    left join minus m on m.id = un.manager_id
                    cross join lateral unnest(pu.ids, pu.dues) as x(id, due)
                   where m.ids is null or x.id <> all(m.ids)),
                firsts as (
                  select l.id, array_agg(l.item_id order by l.rn) as ids from lines l where l.rn <= %d group by l.id)
                select w.id, w.recipient, w.today, s.total - coalesce(m.total, 0) as total,
                       s.overdue - coalesce(m.overdue, 0) as overdue, f.ids
                  from who w join sums s on s.id = w.id left join minus m on m.id = w.id left join firsts f on f.id = w.id
                 where s.total - coalesce(m.total, 0) > 0""".formatted(who, PlannedNudge.MAX_LINES,
                        PlannedNudge.MAX_LINES, PlannedNudge.MAX_LINES);
        return run(sql, params, (rs, n) -> {
            int total = rs.getInt("total");
            int overdue = rs.getInt("overdue");
            return new PlannedNudge(rs.getLong("id"), rs.getLong("recipient"), NudgeKind.TEAM_DIGEST, 0,
                    rs.getObject("today", LocalDate.class),
                    "your units: " + counts(overdue, "overdue", total - overdue, "due this week", 0, ""),
                    ids(rs, "ids"), total, 0);
        });
    }

    /**
     * An item N working days overdue goes to its unit's manager, one level up per further N days: the level and the
     * day each step was reached come from the calendar; the chain of managers above each unit is computed once.
     */
    private List<PlannedNudge> escalations(MapSqlParameterSource params, List<LocalDays.Day> days,
            LocalDate earliestDue) {
        List<PlannedNudge> plan = new ArrayList<>();
        // one statement per local date (one, or two around midnight): the calendar joins on (priority, due date)
        for (LocalDate today : days.stream().map(LocalDays.Day::today).distinct().toList()) {
            List<EscalationCalendar.Row> calendar = EscalationCalendar.of(List.of(today), earliestDue, rules);
            if (!calendar.isEmpty()) {
                plan.addAll(escalations(params, today, calendar));
            }
        }
        return plan;
    }

    private List<PlannedNudge> escalations(MapSqlParameterSource params, LocalDate today,
            List<EscalationCalendar.Row> calendar) {
        MapSqlParameterSource p = new MapSqlParameterSource(params.getValues())
                .addValue("cToday", array(calendar, r -> r.today().toString()))
                .addValue("cPriority", array(calendar, EscalationCalendar.Row::priority))
                .addValue("cDue", array(calendar, r -> r.due().toString()))
                .addValue("cLevel", array(calendar, r -> Integer.toString(r.level())))
                .addValue("cSteps", array(calendar, r -> r.steps().stream().map(LocalDate::toString)
                        .collect(Collectors.joining(",", "{", "}"))))
                .addValue("today", today)
                .addValue("catchUpFrom", EscalationCalendar.catchUpFrom(today, rules))
                .addValue("minDue", calendar.stream().map(EscalationCalendar.Row::due).min(LocalDate::compareTo)
                        .orElseThrow())
                .addValue("maxDue", calendar.stream().map(EscalationCalendar.Row::due).max(LocalDate::compareTo)
                        .orElseThrow());
        // only managers receive escalations: the people's CTE is the 1 in 40 who manage a unit
        String sql = "with recursive " + ZONES.formatted(
                "and p.id in (select manager_id from org_unit where manager_id is not null)") + """
                , cal as materialized (
                  select today, priority, due, level, steps::date[] as steps
                    from unnest(cast(:cToday as text)::date[], cast(:cPriority as text)::text[],
                                cast(:cDue as text)::date[], cast(:cLevel as text)::int[], cast(:cSteps as text)::text[])
                      as c(today, priority, due, level, steps)),
                climb as (
                  select u.id as unit_id, u.parent_id as next_id,
                         case when u.manager_id is null then '{}'::bigint[] else array[u.manager_id] end as managers
                    from org_unit u
                  union all
                  select c.unit_id, o.parent_id,
                         case when o.manager_id is null or o.manager_id = any(c.managers) then c.managers
                              else c.managers || o.manager_id end
                    from climb c join org_unit o on o.id = c.next_id),
                chain as materialized (select unit_id, managers from climb where next_id is null),
                step as (
                  select i.id, i.priority, i.due_date, c.today, c.level, c.steps,
                         array_remove(ch.managers, i.assignee_person_id) as managers
                    from action_item i
                    join cal c on c.priority = i.priority and c.due = i.due_date
                    join chain ch on ch.unit_id = i.org_unit_id
                   where i.is_open and i.due_date between :minDue and :maxDue),
                leveled as (
                  select s.*, least(s.level, cardinality(s.managers)) as k from step s where cardinality(s.managers) > 0),
                stepped as materialized (
                  select s.id, s.priority, s.due_date, s.k, s.managers[s.k] as manager, s.steps[s.k] as day
                    from leveled s where s.steps[s.k] >= :catchUpFrom),
                -- the log's anti-join over the candidates alone: with the managers (pz) in the same join, the planner
                -- may probe the log by person and kind only, which the statistics cannot tell apart from the whole
                -- key (few rows per person overall, but escalations all go to the 1 in 40 who manage), and filter
                -- the rest: 150M rows on the steady morning (34 s). Here every probe column comes from one relation.
                fresh as materialized (select s.* from stepped s where %s)
                select w.id as pid, w.recipient, s.id, s.priority, s.due_date, s.k, s.day
                  from fresh s join pz w on w.id = s.manager and w.today = :today
                 where w.urgent_now and %s""".formatted(FINAL_OR_LIVE.formatted("s.manager", "ESCALATION", "s.id", "s.day"),
                        NOT_CONTROLLED.formatted("w.id", "s.id", "w.today"));
        return run(sql, p, (rs, n) -> {
            long id = rs.getLong("id");
            int level = rs.getInt("k");
            return new PlannedNudge(rs.getLong("pid"), rs.getLong("recipient"), NudgeKind.ESCALATION, id,
                    rs.getObject("day", LocalDate.class), "overdue since " + rs.getObject("due_date", LocalDate.class)
                            + " (" + rs.getString("priority").toLowerCase(java.util.Locale.ROOT) + "): step " + level,
                    List.of(id), 1, level);
        });
    }

    /** A reply due today, to the correspondence's assignee or, unassigned, to its unit's manager. */
    private List<PlannedNudge> correspondenceDue(MapSqlParameterSource params) {
        String sql = "with " + ZONES.formatted("""
                and p.id in (select coalesce(c.assigned_person_id, u.manager_id) from correspondence c
                               left join org_unit u on u.id = c.routed_org_unit_id where c.routing_state <> 'RESOLVED')""") + """
                , due as materialized (
                  select c.executive_action_id as id, coalesce(c.assigned_person_id, u.manager_id) as person_id, ea.due_date
                    from correspondence c join executive_action ea on ea.id = c.executive_action_id
                    left join org_unit u on u.id = c.routed_org_unit_id
                   where c.routing_state <> 'RESOLVED' and ea.due_date in (select today from z))
                select w.id as pid, w.recipient, w.today, d.id
                  from due d join pz w on w.id = d.person_id and w.today = d.due_date
                 where w.urgent_now and %s""".formatted(
                        FINAL_OR_LIVE.formatted("w.id", "CORRESPONDENCE_DUE", "d.id", "w.today"));
        return run(sql, params, (rs, n) -> {
            long id = rs.getLong("id");
            return new PlannedNudge(rs.getLong("pid"), rs.getLong("recipient"), NudgeKind.CORRESPONDENCE_DUE, id,
                    rs.getObject("today", LocalDate.class), "reply due today", List.of(id), 1, 0);
        });
    }

    /** The secretariat's morning list: correspondence past its acknowledgement SLA, and replies due or overdue. */
    private List<PlannedNudge> secretariatDigests(MapSqlParameterSource params) {
        String sql = "with " + ZONES.formatted(
                "and p.id in (select person_id from person_role where role = 'SECRETARIAT')") + """
                , who as materialized (select * from pz where %s and %s),
                open_corr as materialized (
                  select c.executive_action_id as id, c.acknowledged_at, ea.received_at, ea.due_date
                    from correspondence c join executive_action ea on ea.id = c.executive_action_id
                   where c.routing_state <> 'RESOLVED'
                     and ((c.acknowledged_at is null and ea.received_at is not null) or ea.due_date is not null)),
                cand as (
                  select w.id as pid, w.recipient, w.today, o.id, o.due_date,
                         o.acknowledged_at is null and o.received_at < w.ack_before as unacknowledged,
                         o.due_date <= w.today as reply_due
                    from who w join open_corr o
                      on (o.acknowledged_at is null and o.received_at < w.ack_before) or o.due_date <= w.today)
                select pid, recipient, today, count(*) as total, count(*) filter (where unacknowledged) as late,
                       count(*) filter (where reply_due) as reply_due,
                       (array_agg(id order by due_date nulls last, id))[1 : %d] as ids
                  from cand group by pid, recipient, today""".formatted(DIGEST_TIME,
                        FINAL_OR_LIVE.formatted("pz.id", "SECRETARIAT_DIGEST", "0", "pz.today"), PlannedNudge.MAX_LINES);
        return run(sql, params, (rs, n) -> new PlannedNudge(rs.getLong("pid"), rs.getLong("recipient"),
                NudgeKind.SECRETARIAT_DIGEST, 0, rs.getObject("today", LocalDate.class),
                counts(rs.getInt("late"), "not acknowledged in time", rs.getInt("reply_due"), "due for reply", 0, ""),
                ids(rs, "ids"), rs.getInt("total"), 0));
    }

    /** Set while {@link #explain} runs: each statement's plan is collected instead of its rows. */
    private final ThreadLocal<List<String>> explaining = new ThreadLocal<>();

    /**
     * Each statement of the plan at {@code at} under {@code EXPLAIN (ANALYZE, BUFFERS)}: for the benchmark and for
     * an operator checking a slow morning.
     */
    public List<String> explain(Instant at) {
        List<String> plans = new ArrayList<>();
        explaining.set(plans);
        try {
            plan(at);
        } finally {
            explaining.remove();
        }
        return plans;
    }

    private List<PlannedNudge> run(String sql, MapSqlParameterSource params,
            org.springframework.jdbc.core.RowMapper<PlannedNudge> mapper) {
        List<String> plans = explaining.get();
        if (plans == null) {
            return jdbc.query(sql, params, mapper);
        }
        plans.add(String.join("\n", jdbc.queryForList("explain (analyze, buffers) " + sql, params, String.class)));
        return List.of();
    }

    private MapSqlParameterSource params(List<LocalDays.Day> days, Instant at) {
        return new MapSqlParameterSource().addValue("at", Timestamp.from(at))
                .addValue("digestTime", java.sql.Time.valueOf(rules.digestTime()))
                .addValue("zTz", array(days, LocalDays.Day::zone))
                .addValue("zToday", array(days, d -> d.today().toString()))
                .addValue("zTime", array(days, d -> d.time().toString()))
                .addValue("zWorking", array(days, d -> Boolean.toString(d.working())))
                .addValue("zQuiet", array(days, d -> Boolean.toString(d.quiet())))
                .addValue("zHorizon", array(days, d -> d.horizon().toString()))
                .addValue("zWeekEnd", array(days, d -> d.weekEnd().toString()))
                .addValue("zWeekFirst", array(days, d -> Boolean.toString(d.firstWorkingDayOfWeek())))
                .addValue("zAckBefore", array(days, d -> d.acknowledgeBefore().toString()))
                .addValue("maxHorizon", days.stream().map(LocalDays.Day::horizon).max(LocalDate::compareTo).orElseThrow())
                .addValue("maxWeekEnd", days.stream().map(LocalDays.Day::weekEnd).max(LocalDate::compareTo).orElseThrow());
    }

    /** A PostgreSQL array literal, every element quoted: zone names are the person table's text, whatever it is. */
    private static <T> String array(Collection<T> rows, Function<T, String> value) {
        return rows.stream().map(value).map(v -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static List<Long> ids(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<Long> ids = new ArrayList<>(values.length);
        for (Object v : values) {
            ids.add(((Number) v).longValue());
        }
        return ids;
    }

    /** "3 overdue, 1 due today": the non-zero counts in plain words. */
    static String counts(int a, String aWords, int b, String bWords, int c, String cWords) {
        List<String> parts = new ArrayList<>();
        if (a > 0) {
            parts.add(a + " " + aWords);
        }
        if (b > 0) {
            parts.add(b + " " + bWords);
        }
        if (c > 0) {
            parts.add(c + " " + cWords);
        }
        return parts.isEmpty() ? "nothing due" : String.join(", ", parts);
    }

    private static <T> List<T> timed(String statement, Timing timing, java.util.function.Supplier<List<T>> run) {
        long t = System.nanoTime();
        List<T> rows = run.get();
        timing.took(statement, System.nanoTime() - t, rows.size());
        return rows;
    }
}
