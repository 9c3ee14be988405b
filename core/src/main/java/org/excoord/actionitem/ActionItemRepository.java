package org.excoord.actionitem;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Action items. The two hot queries are native so that they match the partial indexes
 * ({@code where is_open}) exactly; see V1__domain.sql and the benchmark in the README.
 */
public interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    Optional<ActionItem> findByNumber(String number);

    /** Open items assigned to the person or to one of their teams, soonest due first (undated last). */
    @Query(nativeQuery = true, value = """
            select * from (
                (select * from action_item where is_open and assignee_person_id = :personId
                 order by due_date nulls last, id limit :limit + :offset)
                union all
                (select i.* from action_item i join team_member m on m.team_id = i.assignee_team_id
                 where i.is_open and m.person_id = :personId
                 order by i.due_date nulls last, i.id limit :limit + :offset)
            ) mine order by due_date nulls last, id limit :limit offset :offset""")
    List<ActionItem> findOpenOf(Long personId, int limit, int offset);

    /** The open items of {@link #findOpenOf} that are past their due date, most overdue first. */
    @Query(nativeQuery = true, value = """
            select * from (
                (select * from action_item where is_open and assignee_person_id = :personId and due_date < :today
                 order by due_date, id limit :limit + :offset)
                union all
                (select i.* from action_item i join team_member m on m.team_id = i.assignee_team_id
                 where i.is_open and m.person_id = :personId and i.due_date < :today
                 order by i.due_date, i.id limit :limit + :offset)
            ) mine order by due_date, id limit :limit offset :offset""")
    List<ActionItem> findOverdueOf(Long personId, LocalDate today, int limit, int offset);

    /**
     * Open items of an org unit and its sub-units, overdue first, then soonest due (undated last). One row per item:
     * the unit is the item's own ({@code org_unit_id}), not its assignees', so a team's item counts once however many
     * of its members are in the units. Items assigned personally to {@code exceptPersonId} are left out.
     */
    @Query(nativeQuery = true, value = """
            select i.* from action_item i join org_unit u on u.id = i.org_unit_id
            where i.is_open and u.path like :pathPrefix
              and (i.assignee_person_id is null or i.assignee_person_id <> :exceptPersonId)
            order by case when i.due_date < :today then 0 else 1 end, i.due_date nulls last, i.id
            limit :limit offset :offset""")
    List<ActionItem> findOpenUnder(String pathPrefix, long exceptPersonId, LocalDate today, int limit, int offset);

    /**
     * Open items past their due date in an org unit and everything below it, most overdue first. The work grows
     * with the number of units, not of items: each unit contributes at most {@code limit + offset} candidates read
     * from its partial index alone (index-only), and only the page's rows are fetched from the table.
     */
    @Query(nativeQuery = true, value = """
            select i.* from action_item i join (
                select t.id, t.due_date from org_unit u
                cross join lateral (
                    select a.id, a.due_date from action_item a
                    where a.is_open and a.org_unit_id = u.id and a.due_date < :today
                    order by a.due_date, a.id limit :limit + :offset) t
                where u.path like :pathPrefix
                order by t.due_date, t.id limit :limit offset :offset) page on page.id = i.id
            order by i.due_date, i.id""")
    List<ActionItem> findOverdueUnder(String pathPrefix, LocalDate today, int limit, int offset);

    List<ActionItem> findByExecutiveActionIdOrderBySequenceNoAscIdAsc(Long executiveActionId);

    List<ActionItem> findByParentIdOrderBySequenceNoAscIdAsc(Long parentId);

    List<ActionItem> findByPredecessorId(Long predecessorId);

    /** The next occurrence of a recurring item, if it was created. */
    Optional<ActionItem> findByRecurPreviousId(Long recurPreviousId);

    @Query("select count(i) from ActionItem i where i.parentId = ?1 and i.status not in"
            + " (org.excoord.shared.ActionStatus.COMPLETE, org.excoord.shared.ActionStatus.CANCELLED)")
    long countUnfinishedChildren(Long parentId);

    /** Status counts of an executive action's items, for the progress roll-up. */
    @Query("select i.status as status, count(i) as count,"
            + " sum(case when i.dueDate < ?2 and i.status in (org.excoord.shared.ActionStatus.NEW,"
            + " org.excoord.shared.ActionStatus.IN_PROGRESS, org.excoord.shared.ActionStatus.SUBMITTED_FOR_REVIEW,"
            + " org.excoord.shared.ActionStatus.REVIEW_IN_PROGRESS, org.excoord.shared.ActionStatus.RETURNED)"
            + " then 1 else 0 end) as overdue, min(i.dueDate) as nextDue"
            + " from ActionItem i where i.executiveActionId = ?1 group by i.status")
    List<StatusCount> countByStatus(Long executiveActionId, LocalDate today);

    /** One row of {@link #countByStatus}. */
    interface StatusCount {
        org.excoord.shared.ActionStatus getStatus();

        long getCount();

        long getOverdue();

        LocalDate getNextDue();
    }
}
