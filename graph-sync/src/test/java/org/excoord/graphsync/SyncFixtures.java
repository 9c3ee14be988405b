package org.excoord.graphsync;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Set;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.graphsync.graph.PlannerTaskState;
import org.excoord.graphsync.link.PlannerLinkView;
import org.excoord.graphsync.link.PlannerLinks;
import org.excoord.shared.ActionType;
import org.excoord.testing.Fixtures;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Items in a linked unit whose Planner task exists, as if the push had created it: the task is in the fake plan
 * and graph_item_sync holds its id, its etag and what was pushed.
 */
public final class SyncFixtures {

    private final Fixtures fixtures;
    private final ActionItemManagement items;
    private final PlannerLinks links;
    private final JdbcTemplate jdbc;

    public SyncFixtures(ApplicationContext context, Fixtures fixtures) {
        this.fixtures = fixtures;
        this.items = context.getBean(ActionItemManagement.class);
        this.links = context.getBean(PlannerLinks.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /** A unit with a manager and a staff member, linked to a fresh group's plan. */
    public record LinkedUnit(OrgUnit unit, Person manager, Person staff, PlannerLinkView link) {
    }

    public LinkedUnit linkedUnit(FakeGraphGateway graph, Person admin) {
        OrgUnit unit = fixtures.unit("Policy Office", null);
        Person manager = fixtures.manager("Morgan Manager", unit);
        Person staff = fixtures.person("Alex Wilber", unit);
        PlannerLinkView link = links.link(unit.getId(), graph.group(), fixtures.actor(admin)).orElseThrow();
        return new LinkedUnit(unit, manager, staff, link);
    }

    public ActionItem item(LinkedUnit unit, ActionType type, LocalDate due) {
        Actor manager = fixtures.actor(unit.manager());
        NewActionItem spec = new NewActionItem("Draft the zero trust plan", null, type, null, unit.staff().getId(),
                null, null, null, null, null, due, null, null, 0);
        return items.create(spec, manager).orElseThrow();
    }

    /** The item's task as the push leaves it: in the plan, and its id, etag and pushed fields stored. */
    public PlannerTaskState pushed(FakeGraphGateway graph, LinkedUnit unit, ActionItem item, int percent) {
        String title = item.getNumber() + " · " + item.getSubject();
        Set<String> assignees = Set.of(unit.staff().getEntraObjectId());
        PlannerTaskState task = graph.putTask(unit.link().planId(), title, item.getDueDate(), percent, assignees);
        jdbc.update("""
                insert into graph_item_sync (item_id, change_seq, pushed_seq, ready_at, state, plan_id, task_id,
                    task_etag, pushed_title, pushed_due, pushed_assignees, pushed_percent, synced_at, updated_at)
                values (?, 1, 1, now(), 'SYNCED', ?, ?, ?, ?, ?, ?, ?, now(), now())
                on conflict (item_id) do update set pushed_seq = graph_item_sync.change_seq, state = 'SYNCED',
                    plan_id = excluded.plan_id, task_id = excluded.task_id, task_etag = excluded.task_etag,
                    pushed_title = excluded.pushed_title, pushed_due = excluded.pushed_due,
                    pushed_assignees = excluded.pushed_assignees, pushed_percent = excluded.pushed_percent,
                    synced_at = now(), updated_at = now()""",
                item.getId(), unit.link().planId(), task.id(), task.etag(), title,
                item.getDueDate() == null ? null : Date.valueOf(item.getDueDate()), unit.staff().getEntraObjectId(),
                percent);
        return task;
    }
}
