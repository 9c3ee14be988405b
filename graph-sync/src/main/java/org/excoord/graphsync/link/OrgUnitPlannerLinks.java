package org.excoord.graphsync.link;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.excoord.audit.AuditLog;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.OrgUnit;
import org.excoord.graphsync.graph.GraphFailure;
import org.excoord.graphsync.graph.GraphGateway;
import org.excoord.graphsync.graph.PlanState;
import org.excoord.graphsync.status.PlannerWebLinks;
import org.excoord.graphsync.status.SyncMarks;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links an org unit to a Microsoft 365 group: finds the group's plan titled "Executive Coordination · <unit>" (so a
 * second link, or a link after the database was restored, finds the same plan) or creates it, makes sure it has the
 * "General" bucket, and records buckets excoord made in it before ("EA-… · title"), so the push does not create them
 * twice. Graph is asked before the database transaction opens (no connection held over the network); the link,
 * its audit entry and the marking of the unit's open items then commit together.
 */
@Service
class OrgUnitPlannerLinks implements PlannerLinks {

    static final String PLAN_TITLE_PREFIX = "Executive Coordination · ";
    static final String GENERAL_KEY = "general";
    static final String GENERAL_NAME = "General";
    private static final String RECORD = "OrgUnit";
    private static final Logger LOG = LoggerFactory.getLogger(OrgUnitPlannerLinks.class);
    /** An Entra object id is a GUID; nothing else is sent to Graph in a URL. */
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** The buckets the push names "EA-2026-0001 · <action title>": the key is the action's number. */
    private static final Pattern ACTION_BUCKET = Pattern.compile("^(EA-[0-9A-Za-z-]{1,30}) · ");
    /** Planner's plan title limit is not documented as more than this; unit names are shorter anyway. */
    private static final int MAX_TITLE = 255;

    private final ObjectProvider<GraphGateway> gateways;
    private final Directory directory;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final SyncMarks marks;
    private final PlannerWebLinks links;
    private final Clock clock;

    OrgUnitPlannerLinks(ObjectProvider<GraphGateway> gateways, Directory directory, JdbcTemplate jdbc,
            TransactionTemplate tx, AuditLog audit, SyncMarks marks, PlannerWebLinks links, Clock clock) {
        this.gateways = gateways;
        this.directory = directory;
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.marks = marks;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public Outcome<PlannerLinkView> link(Long orgUnitId, String groupId, Actor actor) {
        if (actor == null || !actor.isAdmin()) {
            return Outcome.refused(Refusal.forbidden("only administrators link org units to Planner")
                    .about(RECORD, orgUnitId, null));
        }
        Optional<OrgUnit> unit = directory.orgUnit(orgUnitId);
        if (unit.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no org unit " + orgUnitId));
        }
        if (groupId == null || groupId.isBlank()) {
            return Outcome.refused(Refusal.invalid("groupId", "give the Microsoft 365 group's object id (a GUID)"));
        }
        String group = groupId.strip();
        if (!GUID.matcher(group).matches()) {
            return Outcome.refused(Refusal.invalid("groupId", "the group id must be the Microsoft 365 group's Entra"
                    + " object id, a GUID like 0f4c3e1a-1234-4abc-9def-0123456789ab"));
        }
        group = group.toLowerCase(Locale.ROOT);
        GraphGateway graph = gateways.getIfAvailable();
        if (graph == null) {
            return Outcome.refused(Refusal.invalid("groupId", "Planner sync is off (excoord.graph.enabled=false):"
                    + " turn it on and configure the Graph credentials before linking org units to Planner"));
        }
        String title = title(unit.get().getName());
        PlanState plan;
        List<PlanState.Bucket> buckets;
        try {
            plan = graph.findOrCreatePlan(group, title);
            buckets = new ArrayList<>(graph.buckets(plan.id()));
            if (buckets.stream().noneMatch(b -> GENERAL_NAME.equals(b.name()))) {
                buckets.add(graph.createBucket(plan.id(), GENERAL_NAME));
            }
        } catch (GraphFailure e) {
            LOG.warn("Linking org unit {} to group {} failed: Graph answered {} {}", orgUnitId, group, e.status(),
                    e.errorCode());
            return Outcome.refused(Refusal.invalid("groupId", e.status() == 404
                    ? "Graph does not know group " + group + " (is it a Microsoft 365 group of this tenant?)"
                    : "Graph does not know group " + group + " or could not be asked (HTTP " + e.status()
                            + (e.errorCode() == null ? "" : ", " + e.errorCode()) + "); try again later"));
        }
        String groupOf = group;
        return tx.execute(s -> store(unit.get(), groupOf, plan, buckets, actor));
    }

    private Outcome<PlannerLinkView> store(OrgUnit unit, String groupId, PlanState plan, List<PlanState.Bucket> buckets,
            Actor actor) {
        // the plan belongs to the group and the title names the unit, so another unit holding it means two units
        // share a name: refuse rather than mix their tasks
        List<Long> holders = jdbc.queryForList("select org_unit_id from planner_link where plan_id = ?"
                + " and org_unit_id <> ?", Long.class, plan.id(), unit.getId());
        if (!holders.isEmpty()) {
            return Outcome.refused(Refusal.conflict("the plan \"" + plan.title() + "\" is already linked to org unit "
                    + holders.get(0)));
        }
        Map<String, Object> before = jdbc.query("select group_id, plan_id from planner_link where org_unit_id = ?"
                + " for update", (rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("plannerGroupId", rs.getString(1));
                    m.put("plannerPlanId", rs.getString(2));
                    return m;
                }, unit.getId()).stream().findFirst().orElse(null);
        if (before != null && !plan.id().equals(before.get("plannerPlanId"))) {
            // the buckets were the old plan's; the new plan's are recorded below
            jdbc.update("delete from planner_bucket where plan_id = ?", before.get("plannerPlanId"));
        }
        String linkedBy = actor.displayName();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                insert into planner_link (org_unit_id, group_id, plan_id, plan_title, linked_at, linked_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (org_unit_id) do update set group_id = excluded.group_id, plan_id = excluded.plan_id,
                    plan_title = excluded.plan_title, linked_at = excluded.linked_at, linked_by = excluded.linked_by,
                    polled_at = null, poll_claimed_until = null""",
                unit.getId(), groupId, plan.id(), plan.title(), now, linkedBy);
        for (PlanState.Bucket bucket : buckets) {
            String key = keyOf(bucket.name());
            if (key != null) {
                jdbc.update("""
                        insert into planner_bucket (plan_id, bucket_key, bucket_id, name) values (?, ?, ?, ?)
                        on conflict (plan_id, bucket_key) do update set bucket_id = excluded.bucket_id,
                            name = excluded.name""", plan.id(), key, bucket.id(), bucket.name());
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("plannerGroupId", groupId);
        after.put("plannerPlanId", plan.id());
        after.put("plannerPlanTitle", plan.title());
        audit.record(actor, RECORD, unit.getId(), "PLANNER_LINKED", before, after);
        int marked = marks.markOpenItemsOf(unit.getId());
        LOG.info("Org unit {} linked to group {}, plan {} by {}; {} open items marked for sync", unit.getId(), groupId,
                plan.id(), linkedBy, marked);
        return Outcome.done(read(unit).orElseThrow());
    }

    @Override
    public Outcome<PlannerLinkView> view(Long orgUnitId, Actor actor) {
        Optional<OrgUnit> unit = directory.orgUnit(orgUnitId);
        if (unit.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no org unit " + orgUnitId));
        }
        if (actor == null || !actor.isAdmin() && !actor.manages(unit.get().getPath())) {
            return Outcome.refused(Refusal.forbidden("only administrators and the managers of " + unit.get().getName()
                    + " see its Planner link").about(RECORD, orgUnitId, null));
        }
        return read(unit.get()).<Outcome<PlannerLinkView>>map(Outcome::done).orElseGet(() -> Outcome.refused(
                Refusal.notFound(unit.get().getName() + " is not linked to Planner")));
    }

    private Optional<PlannerLinkView> read(OrgUnit unit) {
        Optional<PlannerLinkView> link = jdbc.query("select group_id, plan_id, plan_title, linked_at, linked_by"
                + " from planner_link where org_unit_id = ?", (rs, n) -> new PlannerLinkView(unit.getId(),
                        unit.getName(), rs.getString("group_id"), rs.getString("plan_id"), rs.getString("plan_title"),
                        links.plan(rs.getString("plan_id")), List.of(), rs.getTimestamp("linked_at").toInstant(),
                        rs.getString("linked_by")), unit.getId()).stream().findFirst();
        return link.map(v -> new PlannerLinkView(v.orgUnitId(), v.orgUnitName(), v.groupId(), v.planId(),
                v.planTitle(), v.planUrl(), bucketsOf(v.planId()), v.linkedAt(), v.linkedBy()));
    }

    /** General first, then the actions' buckets by number. */
    private List<PlannerLinkView.Bucket> bucketsOf(String planId) {
        return jdbc.query("select bucket_key, bucket_id, name from planner_bucket where plan_id = ?"
                + " order by bucket_key = 'general' desc, bucket_key",
                (rs, n) -> new PlannerLinkView.Bucket(rs.getString(1), rs.getString(2), rs.getString(3)), planId);
    }

    static String title(String unitName) {
        String title = PLAN_TITLE_PREFIX + unitName.strip();
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE);
    }

    /** The bucket's key in planner_bucket, or null for a bucket excoord did not make (it is left alone). */
    static String keyOf(String bucketName) {
        if (GENERAL_NAME.equals(bucketName)) {
            return GENERAL_KEY;
        }
        Matcher m = ACTION_BUCKET.matcher(bucketName == null ? "" : bucketName);
        return m.find() ? m.group(1) : null;
    }
}
