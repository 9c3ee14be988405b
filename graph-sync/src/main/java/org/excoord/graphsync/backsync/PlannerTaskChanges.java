package org.excoord.graphsync.backsync;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ItemVerb;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.Person;
import org.excoord.directory.PersonRepository;
import org.excoord.graphsync.graph.PlannerTaskState;
import org.excoord.graphsync.status.SyncMarks;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.ActionType;
import org.excoord.shared.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What one changed Planner task means for its item, decided against what the push last wrote (the pushed_*
 * columns) and done in one transaction with storing the task's new etag and what Planner now holds in the pushed_*
 * columns (title, due date, assignees, progress), so the same change is never handled twice and the next push sends
 * whatever differs from the item:
 * <ul>
 * <li>progress raised by a person: the workflow, as that person ("Name (via Planner)" in the audit): 50 % starts the
 * item, 100 % submits it for review (completes it when its type needs no review); a refusal is explained in a
 * comment and the task is put back;</li>
 * <li>fields excoord owns (title, due date, assignees) or progress lowered: the item is marked for push, which puts
 * them back, and one comment says what was put back, as "what excoord had → what Planner had";</li>
 * <li>a task deleted in Planner: its id is forgotten and the item is marked for push, which creates it again.</li>
 * </ul>
 * Priority, start date and bucket are left as a person arranges them in Planner (the push sends them when the item
 * changes them). Comments are written by the system (no author). A row the push is writing at that moment is left for the next
 * poll, so a write of excoord's own, whose etag is not stored yet, is never taken for a person's.
 */
@Component
class PlannerTaskChanges {

    static final String VIA_PLANNER = " (via Planner)";
    private static final Logger LOG = LoggerFactory.getLogger(PlannerTaskChanges.class);
    private static final int MAX_QUOTED = 120;

    /** Counts for the poll's report (one poll runs on one thread). */
    static final class Tally {
        int applied;
        int putBack;
        int recreated;
        int deferred;
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ActionItemManagement items;
    private final Directory directory;
    private final PersonRepository people;
    private final SyncMarks marks;

    PlannerTaskChanges(JdbcTemplate jdbc, TransactionTemplate tx, ActionItemManagement items, Directory directory,
            PersonRepository people, SyncMarks marks) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.items = items;
        this.directory = directory;
        this.people = people;
        this.marks = marks;
    }

    /** The row as it is now (locked), with what the push last wrote and the item's current state. */
    private record Row(Long itemId, String taskId, String etag, String pushedTitle, LocalDate pushedDue,
            Set<String> pushedAssignees, Integer pushedPercent, boolean claimed, String number, String subject,
            ActionStatus status, ActionType type, LocalDate due, long version, String assigneeObjectId) {
    }

    private Optional<Row> lock(Long itemId) {
        return jdbc.query("""
                select s.item_id, s.task_id, s.task_etag, s.pushed_title, s.pushed_due, s.pushed_assignees,
                       s.pushed_percent, coalesce(s.claimed_until > now(), false) as claimed, i.number, i.subject,
                       i.status, i.item_type, i.due_date, i.version, p.entra_object_id
                from graph_item_sync s join action_item i on i.id = s.item_id
                left join person p on p.id = i.assignee_person_id
                where s.item_id = ? for update of s""", (rs, n) -> {
                    Date pushedDue = rs.getDate("pushed_due");
                    Date due = rs.getDate("due_date");
                    return new Row(rs.getLong("item_id"), rs.getString("task_id"), rs.getString("task_etag"),
                            rs.getString("pushed_title"), pushedDue == null ? null : pushedDue.toLocalDate(),
                            assignees(rs.getString("pushed_assignees")), (Integer) rs.getObject("pushed_percent"),
                            rs.getBoolean("claimed"), rs.getString("number"), rs.getString("subject"),
                            ActionStatus.valueOf(rs.getString("status")), ActionType.valueOf(rs.getString("item_type")),
                            due == null ? null : due.toLocalDate(), rs.getLong("version"),
                            rs.getString("entra_object_id"));
                }, itemId).stream().findFirst();
    }

    /** A task whose etag differs from the one read at the start of the poll ({@code seenEtag}). */
    void changed(Long itemId, String seenEtag, PlannerTaskState task, Tally tally) {
        tx.executeWithoutResult(s -> {
            Row row = lock(itemId).orElse(null);
            if (row == null || !task.id().equals(row.taskId()) || Objects.equals(row.etag(), task.etag())) {
                return; // the push replaced or stored the task since the rows were read: nothing of a person's
            }
            if (row.claimed()) {
                tally.deferred++;
                return; // the push is writing this task now; its answer's etag decides at the next poll
            }
            List<String> putBack = new ArrayList<>(ownedChanges(row, task));
            int pushedPercent = row.pushedPercent() == null ? percentOf(row.status()) : row.pushedPercent();
            boolean mark = false;
            if (task.percentComplete() > pushedPercent) {
                mark = progress(row, task, tally);
            } else if (task.percentComplete() < pushedPercent) {
                putBack.add("progress " + pushedPercent + " % → " + task.percentComplete() + " %");
            }
            if (!putBack.isEmpty()) {
                comment(row, "Changed in Planner and put back: " + String.join("; ", putBack)
                        + "; excoord owns due dates, assignees and titles — change them in Teams"
                        + (putBack.stream().anyMatch(c -> c.startsWith("progress")) ? " (and the status there)" : ""));
                mark = true;
            }
            if (mark) {
                marks.mark(itemId);
                tally.putBack++;
            }
            // what Planner now holds, as the push's pushed_* columns mean it: the push sends what differs from the
            // item (so a put-back restores the owned fields), and the same change is not handled twice
            jdbc.update("""
                    update graph_item_sync set task_etag = ?, pushed_title = ?, pushed_due = ?, pushed_assignees = ?,
                        pushed_percent = ?, updated_at = now() where item_id = ?""", task.etag(), task.title(),
                    task.due() == null ? null : Date.valueOf(task.due()), joined(task.assigneeIds()),
                    task.percentComplete(), itemId);
        });
    }

    /** One of excoord's tasks is no longer in the plan. */
    void deleted(Long itemId, String taskId, Tally tally) {
        tx.executeWithoutResult(s -> {
            Row row = lock(itemId).orElse(null);
            if (row == null || !taskId.equals(row.taskId())) {
                return;
            }
            if (row.claimed()) {
                tally.deferred++;
                return;
            }
            // forget the task so that the push creates a new one instead of patching a task that is gone
            jdbc.update("""
                    update graph_item_sync set task_id = null, task_etag = null, details_etag = null,
                        task_create_sent_at = null, updated_at = now() where item_id = ?""", itemId);
            if (row.status() == ActionStatus.CANCELLED) {
                return; // a cancelled item has no task: gone is right
            }
            comment(row, "The Planner task of " + row.number() + " was deleted in Planner and is created again: the"
                    + " task mirrors the item, so cancel the item in Teams to remove it");
            marks.mark(itemId);
            tally.recreated++;
        });
    }

    /**
     * Differences in the fields excoord owns between the task and what the push wrote. A value that equals the
     * item's current one is not a person's change (the push wrote it and its etag is not stored yet).
     */
    private List<String> ownedChanges(Row row, PlannerTaskState task) {
        List<String> changes = new ArrayList<>();
        if (row.pushedTitle() == null) {
            return changes; // nothing recorded of what was pushed: nothing to compare against
        }
        String expectedTitle = row.number() + " · " + row.subject();
        if (!Objects.equals(task.title(), row.pushedTitle()) && !Objects.equals(task.title(), expectedTitle)) {
            changes.add("title " + quote(row.pushedTitle()) + " → " + quote(task.title()));
        }
        if (!Objects.equals(task.due(), row.pushedDue()) && !Objects.equals(task.due(), row.due())) {
            changes.add("due date " + date(row.pushedDue()) + " → " + date(task.due()));
        }
        Set<String> now = task.assigneeIds() == null ? Set.of() : new TreeSet<>(task.assigneeIds());
        boolean itemsOwn = row.assigneeObjectId() != null && now.equals(Set.of(row.assigneeObjectId()));
        if (row.pushedAssignees() != null && !now.equals(row.pushedAssignees()) && !itemsOwn) {
            changes.add("assignees " + names(row.pushedAssignees()) + " → " + names(now));
        }
        return changes;
    }

    /**
     * Progress raised in Planner: the verbs that bring the item there, as the person who did it. Returns whether
     * the task must be put back (the change was refused, or no one can be held to have made it).
     */
    private boolean progress(Row row, PlannerTaskState task, Tally tally) {
        boolean done = task.percentComplete() >= 100;
        List<ItemVerb> verbs = verbs(row.status(), row.type(), done);
        if (verbs.isEmpty()) {
            // already that far (e.g. submitted, and ticked complete in Planner): nothing to apply; the task shows what
            // the status maps to (submitted is 50 %), so a push follows when Planner shows something else
            return task.percentComplete() != percentOf(row.status());
        }
        String what = done ? "completed the task" : "set the task to " + task.percentComplete() + " %";
        String objectId = done && task.completedBy() != null ? task.completedBy()
                : task.assigneeIds() != null && task.assigneeIds().size() == 1 ? task.assigneeIds().iterator().next()
                        : null;
        if (objectId == null) {
            comment(row, "Someone " + what + " in Planner, but the task has " + size(task.assigneeIds())
                    + " assignees and excoord cannot tell who: it is put back; change the status in Teams");
            return true;
        }
        Optional<Actor> person = directory.actorForEntraObjectId(objectId);
        if (person.isEmpty()) {
            comment(row, "A user excoord does not know (Entra object id " + quote(objectId) + ") " + what
                    + " in Planner: it is put back; change the status in Teams");
            return true;
        }
        Actor actor = viaPlanner(person.get());
        long version = row.version();
        for (ItemVerb verb : verbs) {
            Outcome<ActionItem> outcome = items.apply(row.itemId(), verb, version, null, actor);
            if (!outcome.isDone()) {
                LOG.info("Back-sync: {} refused for {} as {}: {}", verb, row.number(), actor.displayName(),
                        outcome.refusal().message());
                comment(row, person.get().displayName() + " " + what + " in Planner, but excoord could not \""
                        + verb.label() + "\": " + outcome.refusal().message() + ". The task is put back.");
                return true;
            }
            version = outcome.orElseThrow().getVersion();
            tally.applied++;
        }
        return false;
    }

    /** From the item's status to "started" (any progress) or "done" (100 %). */
    static List<ItemVerb> verbs(ActionStatus status, ActionType type, boolean done) {
        List<ItemVerb> verbs = new ArrayList<>();
        if (status == ActionStatus.NEW || status == ActionStatus.RETURNED || status == ActionStatus.DEFERRED) {
            verbs.add(ItemVerb.START);
        } else if (status != ActionStatus.IN_PROGRESS) {
            return verbs; // submitted, in review, complete or cancelled: already past "started"
        }
        if (done) {
            verbs.add(type.needsReview() ? ItemVerb.SUBMIT : ItemVerb.COMPLETE);
        }
        return verbs;
    }

    /** The design's mapping (graph-sync README): what the push writes for a status. */
    static int percentOf(ActionStatus status) {
        return switch (status) {
            case NEW, DEFERRED -> 0;
            case IN_PROGRESS, SUBMITTED_FOR_REVIEW, REVIEW_IN_PROGRESS, RETURNED -> 50;
            case COMPLETE, CANCELLED -> 100;
        };
    }

    /** The person, named so that the audit and the item's history read "Alex Wilber (via Planner)". */
    static Actor viaPlanner(Actor person) {
        return new Actor(person.personId(), person.displayName() + VIA_PLANNER, person.orgUnitId(), person.roles(),
                person.managedPaths(), person.teamIds());
    }

    private void comment(Row row, String body) {
        Outcome<?> outcome = items.comment(row.itemId(), body, Actor.system());
        if (!outcome.isDone()) {
            LOG.warn("Back-sync could not comment on {}: {}", row.number(), outcome.refusal().message());
        }
    }

    private String names(Set<String> objectIds) {
        if (objectIds.isEmpty()) {
            return "nobody";
        }
        return objectIds.stream().map(id -> people.findByEntraObjectId(id).map(Person::getDisplayName)
                .orElse("an unknown user")).sorted().collect(Collectors.joining(", "));
    }

    /** The push's format: Entra object ids, sorted, comma-separated; null when nothing was recorded. */
    static Set<String> assignees(String column) {
        if (column == null) {
            return null;
        }
        return Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String joined(Set<String> ids) {
        return ids == null ? "" : String.join(",", new TreeSet<>(ids));
    }

    private static int size(Set<String> ids) {
        return ids == null ? 0 : ids.size();
    }

    private static String date(LocalDate date) {
        return date == null ? "none" : date.toString();
    }

    /** Planner text shown in a comment: quoted, without control characters, not too long. */
    private static String quote(String text) {
        if (text == null) {
            return "(none)";
        }
        String clean = text.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return "\"" + (clean.length() > MAX_QUOTED ? clean.substring(0, MAX_QUOTED) + "…" : clean) + "\"";
    }
}
